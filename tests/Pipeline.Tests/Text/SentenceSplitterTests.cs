using Pipeline.Documents;
using Pipeline.Text;

namespace Pipeline.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    private static Document Split(string text)
    {
        var doc = new Document("t", text);
        Tokenizer.Process(doc);
        Splitter.Process(doc);
        return doc;
    }

    private static string[] Sentences(string text)
    {
        var doc = Split(text);
        return doc.Sentences.Select(s => doc.TextOf(s.Span)).ToArray();
    }

    [Test]
    public void KeepsAbbreviationsTitlesAndInitialsInsideSentences() =>
        Assert.That(Sentences("Mr. Hecht joined Acme Corp. in Jan. 1987 from the U.S. unit. Michael C. Barlerin, 52, was named president."),
            Is.EqualTo(new[] { "Mr. Hecht joined Acme Corp. in Jan. 1987 from the U.S. unit.", "Michael C. Barlerin, 52, was named president." }));

    [Test]
    public void CompanySuffixEndsASentenceUnlessASuffixOrAnAcronymFollowsAndOtherAbbreviationsOnlyBeforeATypicalOpener() =>
        Assert.That(Sentences("She joined Acme Inc. The company makes valves. He left Beta Co. Beta shares rose. Gamma Co. Ltd. and Delta GmbH & Co. KG merged. "
            + "He joined U.S. Steel in the U.S. The company grew."),
            Is.EqualTo(new[] { "She joined Acme Inc.", "The company makes valves.", "He left Beta Co.", "Beta shares rose.", "Gamma Co. Ltd. and Delta GmbH & Co. KG merged.",
                "He joined U.S. Steel in the U.S.", "The company grew." }));

    [Test]
    public void DecimalsAndMoneyDoNotEndSentences() =>
        Assert.That(Sentences("Profit rose 3.25 pct to $1.13bn. Sales were No. 2 in Europe."),
            Is.EqualTo(new[] { "Profit rose 3.25 pct to $1.13bn.", "Sales were No. 2 in Europe." }));

    [Test]
    public void ClosingQuotesStayWithTheirSentence() =>
        Assert.That(Sentences("\"We are done.\" He left. \"Why?\" she asked. \"Stop!\" he said."),
            Is.EqualTo(new[] { "\"We are done.\"", "He left.", "\"Why?\" she asked.", "\"Stop!\" he said." }));

    [Test]
    public void HardWrappedLinesAreOneSentenceAndIndentedLinesStartParagraphs()
    {
        const string text = "Acme Corp said John Smith\nwas named president, succeeding\nJane Doe.\n    Smith, 45, was previously\nchief financial officer";
        Assert.That(Sentences(text), Is.EqualTo(new[]
        {
            "Acme Corp said John Smith\nwas named president, succeeding\nJane Doe.",
            "Smith, 45, was previously\nchief financial officer",
        }));
    }

    [Test]
    public void BlankLinesEndHeadlinesWithoutPunctuation() =>
        Assert.That(Sentences("Acme names new chief\n\nAcme Corp named Jane Roe chief executive"),
            Is.EqualTo(new[] { "Acme names new chief", "Acme Corp named Jane Roe chief executive" }));

    [Test]
    public void ListItemsStandAlone() =>
        Assert.That(Sentences("The board named:\n- Ana Ortiz as director\n- Ben Okafor as treasurer"),
            Is.EqualTo(new[] { "The board named:", "- Ana Ortiz as director", "- Ben Okafor as treasurer" }));

    [Test]
    public void LowerCaseAfterAPeriodDoesNotSplit() =>
        Assert.That(Sentences("The shares rose vs. expectations, analysts said."), Has.Length.EqualTo(1));

    [Test]
    public void SentencesCarryExactSpansAndTokenRanges()
    {
        var doc = Split("He quit.  She stayed.");
        Assert.That(doc.Sentences, Is.EqualTo(new[] { new Sentence(0, 8, 0, 3), new Sentence(10, 21, 3, 3) }));
    }

    [Test]
    public void ChineseNamesInBracketsStayInTheSentence() =>
        Assert.That(Sentences("William Li (李斌) founded Nio in 2014. He is its chairman."),
            Is.EqualTo(new[] { "William Li (李斌) founded Nio in 2014.", "He is its chairman." }));

    [TestCase(4, new[] { 4 })]
    [TestCase(5, new[] { 4, 1 })]
    [TestCase(8, new[] { 4, 4 })]
    [TestCase(9, new[] { 4, 4, 1 })]
    public void ASentenceLongerThanTheLimitIsCutIntoPiecesOfTheLimit(int words, int[] pieces)
    {
        var text = string.Join(' ', Enumerable.Range(1, words).Select(i => $"w{i}")) + "\n\nNext one.";
        var doc = new Document("t", text);
        Tokenizer.Process(doc);
        new SentenceSplitter(maxTokens: 4).Process(doc);
        Assert.That(doc.Sentences.Select(s => s.TokenCount), Is.EqualTo(pieces.Append(3)), "pieces of at most 4 tokens, then the next sentence");
        Assert.That(string.Join(" ", doc.Sentences.SkipLast(1).Select(s => doc.TextOf(s.Span))), Is.EqualTo(text[..text.IndexOf('\n')]), "no text is dropped");
    }

    [Test]
    public void TheDefaultLimitIs250Tokens()
    {
        var doc = Split(string.Join(' ', Enumerable.Repeat("word", 600)));
        Assert.That(doc.Sentences.Select(s => s.TokenCount), Is.EqualTo(new[] { 250, 250, 100 }));
    }
}
