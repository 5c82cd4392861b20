namespace Pipeline.Text;

/// <summary>What a token's text looks like, without allocating.</summary>
internal static class WordShape
{
    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLetter(c)) return true;
        return false;
    }

    public static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>The possessive that the tokenizer splits off: "'s", "’s".</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => word is "'s" or "\u2019s";

    private static readonly WordSet Honorifics = new(
        ["Mr", "Mr.", "Sir", "Lord", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Madam", "Mme", "Mme.", "Dame", "Lady", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Capt", "Capt.", "Herr", "Frau",
            "Alhaji", "Alhaja"],
        StringComparer.Ordinal);

    /// <summary>An honorific before a name: "Mr", "Ms", "Sir", "Dame", "Dr", "Prof", "Professor", "Capt", "Herr", "Frau" (with or without a period where one is written), "Alhaji".</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word);

    /// <summary>An initial: single letters with periods ("C.", "J.W.", "R").</summary>
    public static bool IsInitial(ReadOnlySpan<char> word)
    {
        bool letter = false;
        for (int k = 0; k < word.Length; k++)
        {
            if (char.IsLetter(word[k]))
            {
                if (k + 1 < word.Length && word[k + 1] != '.') return false;
                letter = true;
            }
            else if (word[k] != '.') return false;
        }
        return letter;
    }
}
