using System.Globalization;
using System.Text;

namespace Pipeline.Evaluation;

/// <summary>
/// The name normalization of the spec's scoring rules: NFKC, case folding, "&amp;" read as "and", other
/// punctuation removed, a leading "the" dropped; honorifics, generational suffixes and initials for
/// people; trailing legal suffixes for companies; abbreviation expansion for roles.
/// </summary>
public static class Normalization
{
    private static readonly HashSet<string> PersonDrops = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "sir", "jr", "sr", "ii", "iii" };

    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "ag", "sa", "nv", "gmbh",
    };

    private static readonly Dictionary<string, string[]> RoleExpansions = new(StringComparer.Ordinal)
    {
        ["ceo"] = ["chief", "executive", "officer"],
        ["cfo"] = ["chief", "financial", "officer"],
        ["coo"] = ["chief", "operating", "officer"],
        ["cto"] = ["chief", "technology", "officer"],
        ["cmo"] = ["chief", "marketing", "officer"],
        ["cio"] = ["chief", "information", "officer"],
        ["vp"] = ["vice", "president"],
        ["svp"] = ["senior", "vice", "president"],
        ["evp"] = ["executive", "vice", "president"],
        ["gm"] = ["general", "manager"],
        ["md"] = ["managing", "director"],
        ["chairwoman"] = ["chairman"],
        ["chairperson"] = ["chairman"],
        ["chair"] = ["chairman"],
    };

    /// <summary>The common steps: the words of the text after folding and punctuation removal, leading "the" dropped.</summary>
    public static List<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length + 8);
        foreach (char c in WellFormed(text).Normalize(NormalizationForm.FormKC))
        {
            if (c == '&') folded.Append(" and ");
            else if (char.IsWhiteSpace(c) || IsWordChar(c)) AppendFolded(folded, c);
            else folded.Append(' ');
        }
        var words = folded.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        return words;
    }

    /// <summary>
    /// The text with each unpaired surrogate (JSON can carry one: "\ud800") read as U+FFFD, as NFKC needs well-formed
    /// UTF-16 and throws otherwise.
    /// </summary>
    private static string WellFormed(string text)
    {
        char[]? copy = null;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy == null ? text : new string(copy);
    }

    public static string? Person(string? name)
    {
        if (name == null) return null;
        var words = Words(name);
        var kept = words.Where(w => !PersonDrops.Contains(w) && CodePoints(w) > 1).ToList();
        return string.Join(' ', kept.Count > 0 ? kept : words);
    }

    public static string? Company(string? name)
    {
        if (name == null) return null;
        var words = Words(name);
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    public static string? Role(string? role)
    {
        if (role == null) return null;
        return string.Join(' ', Words(role).SelectMany(w => RoleExpansions.TryGetValue(w, out var expansion) ? expansion : [w]));
    }

    /// <summary>Letters, numbers and the underscore: what a regular-expression word character is in Unicode text.</summary>
    private static bool IsWordChar(char c) => c == '_' || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => char.IsSurrogate(c), // astral letters: keep the pair together
    };

    /// <summary>Case folding: lower case, with the folds that lower-casing misses.</summary>
    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\u00DF': sb.Append("ss"); break; // ß
            case '\u017F': sb.Append('s'); break;  // long s
            case '\u03C2': sb.Append('\u03C3'); break; // final sigma
            default: sb.Append(char.ToLowerInvariant(c)); break;
        }
    }

    private static int CodePoints(string word)
    {
        int n = 0;
        foreach (var _ in word.EnumerateRunes()) n++;
        return n;
    }
}
