using Pipeline.Documents;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// How a word is usually written in running text: mostly lower-case ("rejects"), mostly capitalized
/// ("London") or both ("Bank", "bank"). This is what lets the tagger read an all-capitals headline or
/// lower-cased text: "REJECTS" is a word that is normally lower-case, so it is not a name.
/// Counted from mid-sentence words of sentences that are not all capitals.
/// </summary>
public sealed class WordCasing
{
    public const byte Unknown = 0, Lower = 1, Capitalized = 2, Mixed = 3;
    private const int Template = 0x3C1;
    private const int MinimumCount = 2;

    private readonly Dictionary<ulong, byte> _classes = new();

    public byte ClassOf(ReadOnlySpan<char> word) =>
        _classes.TryGetValue(FeatureHash.Of(Template).AddLower(word).Value, out byte c) ? c : Unknown;

    public int Count => _classes.Count;

    /// <summary>Counts lower-case and capitalized uses of each word in the documents' text.</summary>
    public static (WordCasing Casing, List<(string Word, byte Class)> Entries) FromDocuments(IEnumerable<Document> documents)
    {
        var counts = new Dictionary<string, (int Lower, int Upper)>(StringComparer.Ordinal);
        foreach (var document in documents)
            foreach (var sentence in document.Sentences)
            {
                if (IsAllCapitals(document.Text, document.Tokens, sentence)) continue;
                for (int k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
                {
                    var word = document.Slice(document.Tokens[k]);
                    if (!char.IsLetter(word[0])) continue;
                    var key = word.ToString().ToLowerInvariant();
                    var (lower, upper) = counts.GetValueOrDefault(key);
                    counts[key] = char.IsUpper(word[0]) ? (lower, upper + 1) : (lower + 1, upper);
                }
            }
        var entries = new List<(string, byte)>();
        foreach (var (word, (lower, upper)) in counts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (lower + upper < MinimumCount) continue;
            double share = (double)lower / (lower + upper);
            entries.Add((word, share >= 0.9 ? Lower : share <= 0.1 ? Capitalized : Mixed));
        }
        return (FromEntries(entries), entries);
    }

    public static WordCasing FromEntries(IEnumerable<(string Word, byte Class)> entries)
    {
        var casing = new WordCasing();
        foreach (var (word, c) in entries) casing._classes[FeatureHash.Of(Template).AddLower(word).Value] = c;
        return casing;
    }

    public static void Write(string path, IEnumerable<(string Word, byte Class)> entries) =>
        File.WriteAllLines(path, entries.Select(e => $"{e.Word}\t{e.Class}"));

    public static WordCasing Read(string path)
    {
        var entries = new List<(string, byte)>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !byte.TryParse(line.AsSpan(tab + 1), out byte c) || c > Mixed)
                throw new InvalidDataException($"{path}:{lineNumber}: expected \"word<tab>class\" with class 0-3");
            entries.Add((line[..tab], c));
        }
        return FromEntries(entries);
    }

    /// <summary>Text typed in lower case: no upper-case letter, and at least two words with letters.</summary>
    public static bool IsAllLowerCase(string text, IReadOnlyList<Token> tokens, Sentence sentence) =>
        HasNoLetterLike(text, tokens, sentence, char.IsUpper);

    /// <summary>A headline in capitals: no lower-case letter, and at least two words with letters.</summary>
    public static bool IsAllCapitals(string text, IReadOnlyList<Token> tokens, Sentence sentence) =>
        HasNoLetterLike(text, tokens, sentence, char.IsLower);

    /// <summary>A sentence in title case ("Peugeot Deal Boosts Mitsubishi"): four capitalized words of four letters or more, and no lower-case one.</summary>
    public static bool IsTitleCased(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        int capitalized = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            if (char.IsLower(word[0])) return false;
            capitalized++;
        }
        return capitalized >= 4;
    }

    private static bool HasNoLetterLike(string text, IReadOnlyList<Token> tokens, Sentence sentence, Func<char, bool> excluded)
    {
        int words = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
            bool hasLetter = false;
            foreach (char c in word)
            {
                if (excluded(c)) return false;
                hasLetter |= char.IsLetter(c);
            }
            if (hasLetter) words++;
        }
        return words >= 2;
    }
}
