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
}
