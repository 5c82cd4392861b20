using System.Globalization;

namespace Pipeline.Ingest;

/// <summary>Parses the publication dates that inputs carry: ISO dates and timestamps.</summary>
public static class Dates
{
    /// <summary>
    /// The calendar date of an ISO 8601 date or timestamp, as written ("2023-05-17T08:30:00+08:00" is
    /// 2023-05-17: the article's own date, not converted to UTC).
    /// </summary>
    public static bool TryParseIsoDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.AsSpan().Trim();
        return s.Length >= 10 && s[4] == '-' && s[7] == '-' && (s.Length == 10 || s[10] is 'T' or 't' or ' ')
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>ISO first, then the other full dates that web pages put in their metadata ("Tue, 02 Nov 2022 14:05:00 GMT").</summary>
    public static bool TryParseWebDate(string? value, out DateOnly date)
    {
        if (TryParseIsoDate(value, out date)) return true;
        if (value == null || !System.Text.RegularExpressions.Regex.IsMatch(value, @"\b(19|20)\d{2}\b")) return false;
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)) return false;
        date = DateOnly.FromDateTime(parsed.DateTime);
        return true;
    }
}
