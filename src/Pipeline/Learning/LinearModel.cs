using System.Numerics;
using System.Text;

namespace Pipeline.Learning;

/// <summary>
/// A trained multi-class linear model: one weight per (feature, class). Immutable and safe to share
/// between threads. Scoring adds the weight rows of the features present.
/// </summary>
public sealed class LinearModel : ILinearScorer
{
    /// <summary>
    /// Binary layout, little-endian:
    /// "PLM1" magic; int32 format version; int32 class count C; int32 row count R;
    /// then R rows, each: uint64 feature hash, byte n (non-zero weights), n × (byte class, float32 weight).
    /// </summary>
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "PLM1"u8.ToArray();

    private readonly Dictionary<ulong, int> _rowOf;
    private readonly float[] _weights;

    // Scoring looks up every feature of every token: an open-addressing table of the rows, probed linearly from a
    // multiplicative hash, answers faster than the dictionary. A slot holds its row plus one; zero marks it empty.
    private readonly (ulong Key, int Row)[] _slots;
    private readonly int _shift;

    public LinearModel(int classCount, Dictionary<ulong, int> rowOf, float[] weights)
    {
        if (weights.Length != rowOf.Count * classCount) throw new ArgumentException("weights must hold one row of class weights per feature");
        ClassCount = classCount;
        _rowOf = rowOf;
        _weights = weights;
        int capacity = 2;
        while (capacity < 2 * rowOf.Count) capacity <<= 1;
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _slots = new (ulong, int)[capacity];
        foreach (var (key, row) in rowOf)
        {
            int slot = Home(key);
            while (_slots[slot].Row != 0) slot = (slot + 1) & (capacity - 1);
            _slots[slot] = (key, row + 1);
        }
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The feature's row of weights, or -1 when the model has none.</summary>
    private int RowOf(ulong key)
    {
        int mask = _slots.Length - 1;
        for (int slot = Home(key); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _slots[slot];
            if (entry.Row == 0) return -1;
            if (entry.Key == key) return entry.Row - 1;
        }
    }

    public int ClassCount { get; }
    public int FeatureCount => _rowOf.Count;

    public void AddScores(ReadOnlySpan<FeatureHash> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            int row = RowOf(feature.Value);
            if (row >= 0) Vectors.Add(_weights.AsSpan(row * ClassCount, ClassCount), scores);
        }
    }

    public float Weight(FeatureHash feature, int label) => RowOf(feature.Value) is >= 0 and var row ? _weights[row * ClassCount + label] : 0f;

    /// <summary>The model whose weights are the mean of the models' weights (all with the same classes).</summary>
    public static LinearModel Mean(IReadOnlyList<LinearModel> models)
    {
        int classes = models[0].ClassCount;
        if (models.Any(m => m.ClassCount != classes)) throw new ArgumentException("the models have different classes");
        var rowOf = new Dictionary<ulong, int>();
        var sums = new List<float>();
        foreach (var model in models)
            foreach (var (key, row) in model._rowOf)
            {
                if (!rowOf.TryGetValue(key, out int target))
                {
                    rowOf.Add(key, target = rowOf.Count);
                    sums.AddRange(new float[classes]);
                }
                for (int c = 0; c < classes; c++) sums[target * classes + c] += model._weights[row * classes + c] / models.Count;
            }
        return new LinearModel(classes, rowOf, sums.ToArray());
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        writer.Write(_rowOf.Count);
        foreach (var (key, row) in _rowOf)
        {
            writer.Write(key);
            var weights = _weights.AsSpan(row * ClassCount, ClassCount);
            int nonZero = 0;
            foreach (var w in weights) if (w != 0) nonZero++;
            writer.Write((byte)nonZero);
            for (int c = 0; c < weights.Length; c++)
                if (weights[c] != 0) { writer.Write((byte)c); writer.Write(weights[c]); }
        }
    }

    public static LinearModel Read(Stream stream, string source)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw new InvalidDataException($"{source}: not a linear model file (bad magic)");
            int version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"{source}: model format version {version}; this program reads version {FormatVersion}");
            int classes = reader.ReadInt32(), rows = reader.ReadInt32();
            if (classes is < 1 or > 255 || rows < 0)
                throw new InvalidDataException($"{source}: corrupt header ({classes} classes, {rows} rows)");
            // A row takes at least 9 bytes: a corrupt count must not make us allocate gigabytes.
            if (stream.CanSeek && rows > (stream.Length - stream.Position) / 9)
                throw new InvalidDataException($"{source}: the model file is truncated (its header promises {rows} rows)");
            var rowOf = new Dictionary<ulong, int>(rows);
            var weights = new float[checked(rows * classes)];
            for (int row = 0; row < rows; row++)
            {
                if (!rowOf.TryAdd(reader.ReadUInt64(), row)) throw new InvalidDataException($"{source}: feature row {row} repeats a feature");
                int nonZero = reader.ReadByte();
                for (int k = 0; k < nonZero; k++)
                {
                    int c = reader.ReadByte();
                    if (c >= classes) throw new InvalidDataException($"{source}: feature row {row} names class {c} of {classes}");
                    weights[row * classes + c] = reader.ReadSingle();
                }
            }
            return new LinearModel(classes, rowOf, weights);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{source}: the model file is truncated");
        }
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Write(stream);
    }

    public static LinearModel Load(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return Read(stream, path);
    }
}
