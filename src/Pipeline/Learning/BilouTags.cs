namespace Pipeline.Learning;

/// <summary>
/// BILOU tags over a set of entity types, as a table: tag 0 is O; type t has B = 1 + 4t, I, L, U.
/// A legal sequence opens an entity with B and closes it with L, or marks a one-token entity U.
/// Tagging with BILOU instead of BIO lets the model learn what ends an entity, which helps on names
/// whose last word is telling ("Corp", "Inc").
/// </summary>
public sealed class BilouTags
{
    public const int Outside = 0;
    private enum Part { B, I, L, U }

    private readonly bool[,] _allowed;
    private readonly int[][] _successors, _lastSuccessors;

    public BilouTags(IReadOnlyList<string> types)
    {
        if (types.Count == 0 || types.Distinct().Count() != types.Count) throw new ArgumentException("entity types must be distinct and at least one");
        Types = types;
        Count = 1 + 4 * types.Count;
        _allowed = new bool[Count + 1, Count];
        for (int prev = 0; prev <= Count; prev++)
            for (int next = 0; next < Count; next++)
                _allowed[prev, next] = prev == Count || !IsInside(prev) ? !IsContinuation(next) : IsContinuation(next) && TypeOf(next) == TypeOf(prev);
        _successors = new int[Count + 1][];
        _lastSuccessors = new int[Count + 1][];
        for (int prev = 0; prev <= Count; prev++)
        {
            _successors[prev] = Enumerable.Range(0, Count).Where(next => _allowed[prev, next]).ToArray();
            _lastSuccessors[prev] = _successors[prev].Where(CanEnd).ToArray();
        }
    }

    /// <summary>The tags that may follow <paramref name="previous"/>, in order; at the last token, only those that close every entity.</summary>
    public ReadOnlySpan<int> Successors(int previous, bool last) => last ? _lastSuccessors[previous] : _successors[previous];

    public IReadOnlyList<string> Types { get; }

    /// <summary>Number of tags.</summary>
    public int Count { get; }

    /// <summary>The pseudo-tag before the first token of a sentence.</summary>
    public int Start => Count;

    public static int TypeOf(int tag) => (tag - 1) / 4;
    private static Part PartOf(int tag) => (Part)((tag - 1) % 4);
    private static bool IsInside(int tag) => tag != Outside && PartOf(tag) is Part.B or Part.I;
    private static bool IsContinuation(int tag) => tag != Outside && PartOf(tag) is Part.I or Part.L;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (or <see cref="Start"/>).</summary>
    public bool Allowed(int previous, int next) => _allowed[previous, next];

    /// <summary>Whether a sentence may end after <paramref name="last"/>: not inside an open entity.</summary>
    public static bool CanEnd(int last) => !IsInside(last);

    public string Name(int tag) => tag == Outside ? "O" : $"{PartOf(tag)}-{Types[TypeOf(tag)]}";

    /// <summary>Writes the tags of entity spans over <paramref name="tags"/> (cleared to O first).</summary>
    public static void Encode(IEnumerable<EntitySpan> spans, Span<int> tags)
    {
        tags.Clear();
        foreach (var span in spans)
        {
            int b = 1 + 4 * span.Type;
            if (span.End - span.Start == 1) { tags[span.Start] = b + (int)Part.U; continue; }
            tags[span.Start] = b + (int)Part.B;
            for (int i = span.Start + 1; i < span.End - 1; i++) tags[i] = b + (int)Part.I;
            tags[span.End - 1] = b + (int)Part.L;
        }
    }

    /// <summary>
    /// The entity spans of a tag sequence. A broken sequence (which constrained decoding never gives)
    /// is read leniently: an entity runs from a B, or an I/L of a new type, to its L or the last tag of its type.
    /// </summary>
    public static List<EntitySpan> Decode(ReadOnlySpan<int> tags)
    {
        var spans = new List<EntitySpan>();
        int start = -1, type = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            bool continues = start >= 0 && tag != Outside && IsContinuation(tag) && TypeOf(tag) == type;
            if (start >= 0 && !continues) { spans.Add(new EntitySpan(start, i, type)); start = -1; }
            if (tag == Outside) continue;
            if (!continues) { start = i; type = TypeOf(tag); }
            if (PartOf(tag) is Part.L or Part.U) { spans.Add(new EntitySpan(start, i + 1, type)); start = -1; }
        }
        if (start >= 0) spans.Add(new EntitySpan(start, tags.Length, type));
        return spans;
    }
}

/// <summary>An entity over tokens [Start, End) of a sentence, with the index of its type.</summary>
public readonly record struct EntitySpan(int Start, int End, int Type);
