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

    /// <summary>A dash as datelines write it after the place or date: "-", "--", an en or an em dash.</summary>
    public static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "--" or "\u2013" or "\u2014";

    /// <summary>
    /// Honorifics before a name (with or without a period where one is written), each with the sex it tells: 'm', 'f',
    /// or '\0' for "Dr", "Prof", "Professor" and "Capt", which tell none.
    /// </summary>
    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> Honorifics = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["Mr"] = 'm', ["Mr."] = 'm', ["Sir"] = 'm', ["Lord"] = 'm', ["Herr"] = 'm', ["Alhaji"] = 'm', ["Datuk"] = 'm', ["Dato"] = 'm',
        ["Mrs"] = 'f', ["Mrs."] = 'f', ["Ms"] = 'f', ["Ms."] = 'f', ["Miss"] = 'f', ["Madam"] = 'f', ["Mme"] = 'f', ["Mme."] = 'f', ["Dame"] = 'f',
        ["Lady"] = 'f', ["Frau"] = 'f', ["Alhaja"] = 'f', ["Hajiya"] = 'f', ["Datin"] = 'f',
        ["Dr"] = '\0', ["Dr."] = '\0', ["Prof"] = '\0', ["Prof."] = '\0', ["Professor"] = '\0', ["Capt"] = '\0', ["Capt."] = '\0',
        ["Comrade"] = '\0', ["Councillor"] = '\0', ["Rev"] = '\0', ["Rev."] = '\0',
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An honorific before a name: "Mr", "Ms", "Sir", "Dame", "Dr", "Prof", "Professor", "Capt", "Herr", "Frau", "Alhaji", "Datuk", "Comrade".</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.ContainsKey(word);

    /// <summary>The sex an honorific tells, 'm' or 'f' as given-names.txt writes it; '\0' for none or no honorific.</summary>
    public static char SexOfHonorific(ReadOnlySpan<char> word) => Honorifics.TryGetValue(word, out char sex) ? sex : '\0';

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
