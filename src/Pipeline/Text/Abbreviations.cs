namespace Pipeline.Text;

public enum AbbreviationKind : byte
{
    None,
    /// <summary>Stands before a name and never ends a sentence (Mr.).</summary>
    Prefix,
    /// <summary>May end a sentence (U.S., Jr.).</summary>
    Terminal,
    /// <summary>A company's legal form (Inc., Co.): it ends a sentence unless another legal form or an acronym follows.</summary>
    Legal,
    /// <summary>Rarely ends a sentence (Jan., No.).</summary>
    Inner,
    /// <summary>A single capital letter: a middle initial (Michael C. Barlerin).</summary>
    Initial,
}

/// <summary>Abbreviations that keep their period, from models/lexicons/abbreviations.txt.</summary>
public sealed class Abbreviations
{
    private readonly Dictionary<string, AbbreviationKind> _kinds;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<(string Entry, AbbreviationKind Kind)> entries)
    {
        _kinds = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, kind) in entries) _kinds[entry.TrimEnd('.')] = kind;
        _lookup = _kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Load(string? modelDirectory = null) =>
        new(Lexicon.ReadTagged(Lexicon.PathOf("abbreviations.txt", modelDirectory)).Select(e => (e.Entry, e.Tag switch
        {
            "prefix" => AbbreviationKind.Prefix,
            "terminal" => AbbreviationKind.Terminal,
            "legal" => AbbreviationKind.Legal,
            "inner" => AbbreviationKind.Inner,
            _ => throw new InvalidDataException($"abbreviations.txt: unknown kind \"{e.Tag}\" for \"{e.Entry}\""),
        })));

    private static readonly Lazy<Abbreviations> Shared = new(() => Load());

    /// <summary>The abbreviations shipped in the default models folder, loaded once.</summary>
    public static Abbreviations Default => Shared.Value;

    /// <summary>The kind of a word written before a period ("Inc", "U.S", "C"); None when it is no abbreviation.</summary>
    public AbbreviationKind KindOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationKind.Initial;
        if (_lookup.TryGetValue(word, out var kind)) return kind;
        // Dotted letter sequences (U.S, N.Y, p.m) are abbreviations even when unlisted.
        if (word.Length >= 3 && word.Contains('.') && IsDottedLetters(word)) return AbbreviationKind.Terminal;
        return AbbreviationKind.None;
    }

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            bool letterPosition = i % 2 == 0;
            if (letterPosition ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return true;
    }
}
