using System.Globalization;
using System.Runtime.InteropServices;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// Word classes at a few granularities, from clustering word vectors learned on a large news corpus:
/// words used alike share a class ("feyenoord" with other clubs, "nadal" with other players), so the
/// tagger generalizes from the names it was trained on to names it has never seen. Looked up lower-cased.
/// File: "#" comment lines, then "word TAB class TAB class ..." with one class per granularity.
/// </summary>
public sealed class WordClusters
{
    private const int Template = 0x7C1;
    // Each word's classes sit side by side in one array, so a 340,000-word file makes no array per word.
    private readonly Dictionary<ulong, int> _offsetOf = new();
    private int[] _classes = new int[1024];

    public WordClusters(int granularities) => Granularities = granularities;

    public static readonly WordClusters None = new(0);

    public int Granularities { get; }
    public int Count => _offsetOf.Count;

    /// <summary>The classes of a word, one per granularity, or empty when the word is unknown.</summary>
    public ReadOnlySpan<int> Of(ReadOnlySpan<char> word) =>
        _offsetOf.TryGetValue(FeatureHash.Of(Template).AddLower(word).Value, out int offset) ? _classes.AsSpan(offset, Granularities) : default;

    public void Add(ReadOnlySpan<char> word, ReadOnlySpan<int> classes)
    {
        if (classes.Length != Granularities) throw new ArgumentException($"\"{word}\" has {classes.Length} classes; expected {Granularities}");
        ref int offset = ref CollectionsMarshal.GetValueRefOrAddDefault(_offsetOf, FeatureHash.Of(Template).AddLower(word).Value, out bool exists);
        if (!exists)
        {
            offset = _offsetOf.Count - 1;
            offset *= Granularities;
            if (_classes.Length < offset + Granularities) Array.Resize(ref _classes, Math.Max(_classes.Length * 2, offset + Granularities));
        }
        classes.CopyTo(_classes.AsSpan(offset, Granularities));
    }

    public static WordClusters Read(string path)
    {
        WordClusters? clusters = null;
        int lineNumber = 0;
        int[] classes = [];
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var rest = line.AsSpan();
            int tab = rest.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{path}:{lineNumber}: expected \"word<tab>class<tab>...\"");
            var word = rest[..tab];
            clusters ??= new WordClusters(rest.Count('\t'));
            if (classes.Length != clusters.Granularities) classes = new int[clusters.Granularities];
            rest = rest[(tab + 1)..];
            for (int g = 0; g < classes.Length; g++)
            {
                int end = rest.IndexOf('\t');
                var field = end < 0 ? rest : rest[..end];
                bool last = end < 0;
                if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out classes[g]) || last != (g == classes.Length - 1))
                    throw new InvalidDataException($"{path}:{lineNumber}: expected \"word\" and {clusters.Granularities} whole-number classes, separated by tabs");
                if (!last) rest = rest[(end + 1)..];
            }
            clusters.Add(word, classes);
        }
        return clusters ?? throw new InvalidDataException($"{path}: no word classes in the file");
    }
}
