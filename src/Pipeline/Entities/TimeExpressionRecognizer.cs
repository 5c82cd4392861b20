using System.Text.RegularExpressions;
using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>
/// Finds time expressions and normalizes them to ISO 8601 at the precision the text gives, resolving
/// relative ones ("this year", "last July", "Tuesday", "two months ago") against the publication date.
/// Without a publication date a relative expression has no value. "Effective immediately" is found
/// with no value, so that no date is attached to its event.
/// </summary>
public sealed partial class TimeExpressionRecognizer : IDocumentProcessor
{
    private const string MonthPattern = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string WeekdayPattern = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string NumberPattern = @"(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)";

    [GeneratedRegex(
        $@"\b{MonthPattern}\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{{2}})\b" +
        $@"|\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MonthPattern}\s*,?\s+(?<year>(?:19|20)\d{{2}})\b" +
        $@"|\b{MonthPattern}\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)" +
        $@"|\b(?:(?<rel>last|next|this)\s+)?{MonthPattern}(?:,?\s+(?<year>(?:19|20)\d{{2}}))?\b(?<monthonly>)" +
        $@"|\b(?<year>(?:19|20)\d{{2}})\b(?![.,]\d|\s*(?:%|pct|percent|mln|million|billion|bln|dlrs|shares|yuan))" +
        $@"|\b(?<rel>this|last|next|past)\s+(?<unit>year|month|week)\b" +
        $@"|\b{NumberPattern}\s+(?<unit>years?|months?|weeks?|days?)\s+ago\b" +
        $@"|\b(?<today>today|yesterday|tomorrow)\b" +
        $@"|\b(?:(?<rel>last|next|this)\s+)?{WeekdayPattern}\b" +
        $@"|\b(?<immediately>effective\s+immediately|with\s+immediate\s+effect|immediately)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Expression();

    public string Name => "time-expressions";
    public Annotations Requires => Annotations.Sentences;
    public Annotations Produces => Annotations.TimeExpressions;

    public void Process(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            var text = document.TextOf(sentence.Span);
            foreach (Match m in Expression().Matches(text))
            {
                if (!Accept(m, text)) continue;
                var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
                int first = FirstTokenAt(document, sentence, span.Start), end = FirstTokenAt(document, sentence, span.End);
                document.TimeExpressions.Add(new TimeExpression(span, m.Value, Resolve(m, document.Published), first, end));
            }
        }
    }

    /// <summary>"May" and "March" are also words: a month name alone counts only with a preposition or modifier before it, or a capital.</summary>
    private static bool Accept(Match m, string text)
    {
        if (!m.Groups["monthonly"].Success || m.Groups["year"].Success || m.Groups["rel"].Success) return true;
        if (!char.IsUpper(m.Value[0])) return false;
        var before = text[..m.Index].TrimEnd();
        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" since", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" until", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" by", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" early", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" late", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" from", StringComparison.OrdinalIgnoreCase)
            || (m.Value != "May" && m.Value != "March");
    }

    private static int FirstTokenAt(Document doc, Sentence sentence, int offset)
    {
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (doc.Tokens[k].End > offset) return k;
        return sentence.EndToken;
    }

    public static string? Resolve(Match m, DateOnly? published)
    {
        if (m.Groups["immediately"].Success) return null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : null;
        int? month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : null;
        int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value) : null;
        string rel = m.Groups["rel"].Value.ToLowerInvariant();

        if (month is int mo)
        {
            if (year is int y) return day is int d ? Iso(y, mo, d) : $"{y:D4}-{mo:D2}";
            if (published is not DateOnly p) return null;
            int resolvedYear = rel switch
            {
                "last" => mo < p.Month ? p.Year : p.Year - 1,
                "next" => mo > p.Month ? p.Year : p.Year + 1,
                _ => p.Year,
            };
            return day is int d2 ? Iso(resolvedYear, mo, d2) : $"{resolvedYear:D4}-{mo:D2}";
        }
        if (year is int onlyYear) return $"{onlyYear:D4}";
        if (published is not DateOnly pub) return null;

        if (m.Groups["unit"].Success && m.Groups["n"].Success)
        {
            int n = ParseNumber(m.Groups["n"].Value);
            return m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "year" => $"{pub.Year - n:D4}",
                "month" => YearMonth(pub.AddMonths(-n)),
                "week" => YearMonth(pub.AddDays(-7 * n)),
                _ => pub.AddDays(-n).ToString("yyyy-MM-dd"),
            };
        }
        if (m.Groups["unit"].Success)
        {
            int offset = rel switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            return m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "year" => $"{pub.Year + offset:D4}",
                "month" => YearMonth(pub.AddMonths(offset)),
                _ => YearMonth(pub.AddDays(7 * offset)),
            };
        }
        if (m.Groups["today"].Success)
        {
            return (m.Groups["today"].Value.ToLowerInvariant() switch
            {
                "yesterday" => pub.AddDays(-1),
                "tomorrow" => pub.AddDays(1),
                _ => pub,
            }).ToString("yyyy-MM-dd");
        }
        if (m.Groups["weekday"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            // News reports the past week: the latest such day on or before publication, unless "next".
            int back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
            var date = rel == "next" ? pub.AddDays((((int)target - (int)pub.DayOfWeek + 6) % 7) + 1) : pub.AddDays(-back);
            return date.ToString("yyyy-MM-dd");
        }
        return null;
    }

    private static string Iso(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}";

    private static string YearMonth(DateOnly d) => $"{d.Year:D4}-{d.Month:D2}";

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int ParseNumber(string s) => s.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits => int.Parse(digits),
    };
}
