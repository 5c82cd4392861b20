using FsCheck;
using FsCheck.Fluent;

namespace Pipeline.Tests.Properties;

/// <summary>Inputs for the property tests: arbitrary text, text made of the words news uses, bytes, markup and JSON.</summary>
public static class Generators
{
    /// <summary>Few cases, small sizes: the properties run in CI with the rest of the suite.</summary>
    public static Config Quick(int cases = 200) => Config.QuickThrowOnFailure.WithMaxTest(cases).WithEndSize(60);

    private static readonly string[] NewsWords =
    [
        "Acme", "Corp", "Corp.", "Inc.", "Co.", "Ltd", "Jane", "Roe", "John", "Doe", "Mr.", "Ms.", "Dr.", "J.", "U.S.", "Alibaba", "'s", "n't",
        "named", "appointed", "hired", "joined", "became", "resigned", "left", "retired", "stepped", "down", "will", "succeed", "succeeds",
        "replaces", "as", "chief", "executive", "officer", "CEO", "CFO", "president", "vice", "chairman", "head", "of", "the", "a", "at",
        "and", "former", "acting", "interim", "director", "board", "since", "until", "in", "on", "last", "next", "this", "year", "month",
        "week", "ago", "later", "earlier", "following", "previous", "January", "March", "Jan.", "Sept.", "Tuesday", "Monday", "today",
        "yesterday", "1", "2", "15", "31", "99", "1986", "2001", "2021", "9999", "0001", "10000", "1998-2007", "mid-2019", "2020s",
        "1,000", "3.25", "$", "$1.5", "%", ",", ".", "..", "...", "!", "?", ";", ":", "-", "--", "\u2014", "(", ")", "\"", "'", "\u201C",
        "\u201D", "\u2022", "*", "&", "http://example.com/a.", "www.x.org", "effective", "immediately", "years", "months", "weeks", "days",
        "two", "three", "twenty", "first", "second", "\u674E\u660E", "\u5317\u4EAC", "caf\u00E9", "e\u0301", "\uD83D\uDE00", "\uD800", "\uDC00",
        "\u00A0", "\u3000", "\t", "\r\n", "\n", "\n\n", "  ",
    ];

    /// <summary>Text in the shape of news: sentences of news words, names, titles, dates and punctuation, with odd characters mixed in.</summary>
    public static Gen<string> NewsText { get; } =
        Gen.Elements(NewsWords)
            .ArrayOf()
            .SelectMany(words => Gen.Elements(" ", " ", " ", "", "\n").ArrayOf(words.Length).Select(gaps => string.Concat(words.Zip(gaps, (w, g) => w + g))));

    /// <summary>Any string: arbitrary UTF-16 (lone surrogates included), or news-shaped text.</summary>
    public static Gen<string> AnyText { get; } = Gen.Frequency(
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (1, Gen.Elements(NewsWords).ArrayOf().Select(string.Concat)),
        (3, NewsText));

    /// <summary>A publication date anywhere in the calendar, edges included, or none.</summary>
    public static Gen<DateOnly?> Published { get; } = Gen.Frequency(
        (1, Gen.Constant((DateOnly?)null)),
        (1, Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 12, 31), new DateOnly(9999, 1, 1), new DateOnly(2000, 2, 29))),
        (4, Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(n => (DateOnly?)DateOnly.FromDayNumber(n))),
        (4, Gen.Choose(new DateOnly(1980, 1, 1).DayNumber, new DateOnly(2030, 1, 1).DayNumber).Select(n => (DateOnly?)DateOnly.FromDayNumber(n))));

    /// <summary>Bytes: random, or text in UTF-8 with some bytes broken.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Frequency(
        (1, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])),
        (2, AnyText.SelectMany(text => Gen.Choose(0, 3).ArrayOf().Select(breaks =>
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            foreach (int b in breaks)
                if (bytes.Length > 0) bytes[(b * 7919) % bytes.Length] = (byte)(0x80 + b * 37);
            return bytes;
        }))));

    private static readonly string[] Markup =
    [
        "<html>", "</html>", "<body>", "</body>", "<head>", "</head>", "<p>", "</p>", "<div class=\"article\">", "<div class=\"share\">", "</div>",
        "<article>", "</article>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<a href=\"x\">", "</a>", "<br>", "<br/>",
        "<meta property=\"article:published_time\" content=\"2021-03-04\">", "<time datetime=\"2019-01-01\">", "</time>",
        "<script type=\"application/ld+json\">{\"datePublished\":\"2020-05-06\",\"headline\":\"H\"}</script>", "<table>", "<tr>", "<td>",
        "<li>", "<ul>", "</ul>", "<h1>", "</h1>", "<", ">", "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&", "\"", "'", "<![CDATA[", "]]>",
    ];

    /// <summary>Tag soup: markup pieces (balanced or not) and text.</summary>
    public static Gen<string> Html { get; } =
        Gen.Frequency((1, Gen.Elements(Markup)), (1, NewsText.Resize(8)))
            .ArrayOf()
            .Select(string.Concat);

    private static readonly string[] JsonPieces =
    [
        "{", "}", "[", "]", ":", ",", "\"id\"", "\"text\"", "\"html\"", "\"published\"", "\"title\"", "\"url\"", "\"x\"", "\"\"", "null",
        "1", "-2.5e9", "true", "\"2021-03-04\"", "\"2021-13-45\"", "\"March 4\"", "\"\\ud800\"", "\"\\u0000\"", "\"<p>Acme named Jane Roe CEO.</p>\"",
        "\"Acme Corp named Jane Roe chief executive officer.\"", " ", "\n", "\r\n", "\uFEFF", "\\", "\"unterminated",
    ];

    /// <summary>JSON Lines: well-formed records with odd values, and fragments of JSON.</summary>
    public static Gen<string> JsonLines { get; } = Gen.Frequency(
        (2, Gen.Elements(JsonPieces).ArrayOf().Select(string.Concat)),
        (1, Gen.Zip(Gen.Zip(Gen.Elements("a", "b", "", "a"), AnyText.Resize(20)), Published)
            .Select(r => Newtonsoft.Json.JsonConvert.SerializeObject(new { id = r.Item1.Item1, text = r.Item1.Item2, published = r.Item2?.ToString("yyyy-MM-dd") }) + "\n")
            .ArrayOf()
            .Select(string.Concat)));
}
