using System.Globalization;
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
    private readonly Dictionary<ulong, int[]> _classes = new();

    public WordClusters(int granularities) => Granularities = granularities;

    public static readonly WordClusters None = new(0);

    public int Granularities { get; }
    public int Count => _classes.Count;

    /// <summary>The classes of a word, one per granularity, or empty when the word is unknown.</summary>
    public ReadOnlySpan<int> Of(ReadOnlySpan<char> word) =>
        _classes.TryGetValue(FeatureHash.Of(Template).AddLower(word).Value, out var classes) ? classes : default;

    public void Add(string word, int[] classes)
    {
        if (classes.Length != Granularities) throw new ArgumentException($"\"{word}\" has {classes.Length} classes; expected {Granularities}");
        _classes[FeatureHash.Of(Template).AddLower(word).Value] = classes;
    }

    public static WordClusters Read(string path)
    {
        WordClusters? clusters = null;
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var classes = new int[fields.Length - 1];
            for (int g = 0; g < classes.Length; g++)
                if (!int.TryParse(fields[g + 1], NumberStyles.None, CultureInfo.InvariantCulture, out classes[g]))
                    throw new InvalidDataException($"{path}:{lineNumber}: expected \"word<tab>class<tab>...\" with whole-number classes");
            clusters ??= new WordClusters(classes.Length);
            if (classes.Length != clusters.Granularities || classes.Length == 0)
                throw new InvalidDataException($"{path}:{lineNumber}: {classes.Length} classes; the file's first entry has {clusters.Granularities}");
            clusters.Add(fields[0], classes);
        }
        return clusters ?? throw new InvalidDataException($"{path}: no word classes in the file");
    }
}
