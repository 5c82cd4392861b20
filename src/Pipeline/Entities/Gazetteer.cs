using System.Runtime.InteropServices;
using Pipeline.Documents;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// Names and their entity types, matched case-insensitively over tokens. The tagger's gazetteer is
/// learned from training data: every entity string and the types it was seen with.
/// Matching marks each token with the types and BILOU positions of the longest entry starting at
/// every token, so overlapping entries all count.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxWords = 6;
    private const int EntryTemplate = 0x6A2E;

    private readonly Dictionary<ulong, byte> _types = new();

    public int Count => _types.Count;

    /// <summary>Adds a name (its words separated by single spaces) with the index of its type (0..7).</summary>
    public void Add(ReadOnlySpan<char> name, int type)
    {
        if (type is < 0 or > 7) throw new ArgumentOutOfRangeException(nameof(type), "a gazetteer has at most 8 types");
        var hash = FeatureHash.Of(EntryTemplate);
        int words = 0;
        foreach (var range in name.Split(' '))
        {
            if (name[range].IsEmpty) continue; // doubled or trailing spaces
            if (++words > MaxWords) return;
            hash = hash.AddLower(name[range]);
        }
        CollectionsMarshal.GetValueRefOrAddDefault(_types, hash.Value, out _) |= (byte)(1 << type);
    }

    /// <summary>
    /// For each token of the sentence, a bit mask of (type, position) pairs: bit 4·type + p where
    /// p is 0 for the first word of a multi-word entry, 1 inside, 2 last, 3 a one-word entry.
    /// </summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, Span<uint> marks)
    {
        marks.Clear();
        for (int i = 0; i < tokens.Length; i++)
        {
            var hash = FeatureHash.Of(EntryTemplate);
            int longest = 0;
            byte types = 0;
            for (int n = 1; n <= MaxWords && i + n <= tokens.Length; n++)
            {
                var token = tokens[i + n - 1];
                hash = hash.AddLower(text.AsSpan(token.Start, token.Length));
                if (_types.TryGetValue(hash.Value, out byte found)) { longest = n; types = found; }
            }
            for (int type = 0; type < 8 && longest > 0; type++)
            {
                if ((types & (1 << type)) == 0) continue;
                if (longest == 1) { marks[i] |= 1u << (4 * type + 3); continue; }
                marks[i] |= 1u << (4 * type);
                for (int k = i + 1; k < i + longest - 1; k++) marks[k] |= 1u << (4 * type + 1);
                marks[i + longest - 1] |= 1u << (4 * type + 2);
            }
        }
    }

    public static Gazetteer Read(string path, IReadOnlyList<string> types)
    {
        var gazetteer = new Gazetteer();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            int type = tab < 0 ? -1 : IndexOf(types, line[..tab]);
            if (type < 0) throw new InvalidDataException($"{path}:{lineNumber}: expected \"TYPE<tab>name\" with a type among {string.Join(", ", types)}");
            gazetteer.Add(line.AsSpan(tab + 1), type);
        }
        return gazetteer;
    }

    /// <summary>Name lists from a folder, one file a type: <c>PER.txt</c> holds the names of type "PER", one a line.</summary>
    public static Gazetteer ReadLists(string folder, IReadOnlyList<string> types)
    {
        var gazetteer = new Gazetteer();
        for (int type = 0; type < types.Count; type++)
            foreach (var name in Lexicon.ReadLines(Path.Combine(folder, types[type] + ".txt")))
                gazetteer.Add(name, type);
        return gazetteer;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
