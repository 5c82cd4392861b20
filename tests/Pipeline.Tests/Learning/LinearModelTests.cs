using System.Buffers.Binary;
using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class LinearModelTests
{
    private static readonly FeatureHash A = FeatureHash.Of(1).Add("a");
    private static readonly FeatureHash B = FeatureHash.Of(1).Add("b");
    private static readonly FeatureHash C = FeatureHash.Of(1).Add("c");
    private static readonly FeatureHash Unknown = FeatureHash.Of(1).Add("never seen");

    /// <summary>Three classes; a = [1, -2, 0.5], b = [0, 0, 3], c = [0, 0, 0] (a row kept though all zero).</summary>
    private static LinearModel Sample() => new(3,
        new Dictionary<ulong, int> { [A.Value] = 0, [B.Value] = 1, [C.Value] = 2 },
        [1f, -2f, 0.5f, 0f, 0f, 3f, 0f, 0f, 0f]);

    private static float[] Row(LinearModel model, FeatureHash feature) =>
        Enumerable.Range(0, model.ClassCount).Select(c => model.Weight(feature, c)).ToArray();

    private static byte[] Bytes(LinearModel model)
    {
        var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Test]
    public void EveryFeatureOfALargeModelFindsItsOwnRowAndOthersNone()
    {
        // Keys that share their low bits or their high bits, and the extremes, probe past one another.
        var keys = Enumerable.Range(0, 3000).Select(k => (ulong)k << 40).Concat(Enumerable.Range(1, 3000).Select(k => (ulong)k))
            .Append(ulong.MaxValue).ToList();
        var model = new LinearModel(1, keys.Select((key, row) => (key, row)).ToDictionary(p => p.key, p => p.row),
            keys.Select((_, row) => (float)row + 1).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(keys.Select(key => model.Weight(new FeatureHash(key), 0)), Is.EqualTo(keys.Select((_, row) => (float)row + 1)));
            Assert.That(model.Weight(new FeatureHash(3001), 0), Is.Zero);
            Assert.That(model.Weight(new FeatureHash(3000UL << 40), 0), Is.Zero);
            Assert.That(model.Weight(new FeatureHash(ulong.MaxValue - 1), 0), Is.Zero);
        });
    }

    [Test]
    public void WeightLooksUpAFeaturesRowAndIsZeroForUnknownFeatures()
    {
        var model = Sample();
        Assert.Multiple(() =>
        {
            Assert.That(Row(model, A), Is.EqualTo(new[] { 1f, -2f, 0.5f }));
            Assert.That(Row(model, B), Is.EqualTo(new[] { 0f, 0f, 3f }));
            Assert.That(Row(model, Unknown), Is.EqualTo(new[] { 0f, 0f, 0f }));
            Assert.That(model.FeatureCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void AddScoresAddsEachFeaturesRowAndSkipsUnknownFeatures()
    {
        var scores = new float[] { 10, 10, 10 };
        Sample().AddScores([A, Unknown, B, A], scores);
        Assert.That(scores, Is.EqualTo(new[] { 12f, 6f, 14f }));
    }

    [Test]
    public void ScoreClearsTheClassScoresBeforeAdding()
    {
        ILinearScorer model = Sample();
        var scores = new float[] { 7, 7, 7, 42 };
        model.Score([A, B], scores);
        // Only the first ClassCount entries belong to the model; the rest is left alone.
        Assert.That(scores, Is.EqualTo(new[] { 1f, -2f, 3.5f, 42f }));
    }

    [Test]
    public void RejectsWeightsThatDoNotMatchTheRows() =>
        Assert.That(() => new LinearModel(3, new Dictionary<ulong, int> { [A.Value] = 0 }, new float[4]), Throws.ArgumentException);

    [Test]
    public void MeanAveragesEachWeightOverAllModelsCountingMissingRowsAsZero()
    {
        var first = new LinearModel(3, new Dictionary<ulong, int> { [A.Value] = 0 }, [1f, 2f, 0f]);
        var second = new LinearModel(3, new Dictionary<ulong, int> { [A.Value] = 0, [B.Value] = 1 }, [3f, 0f, -1f, 0f, 0f, 4f]);
        var mean = LinearModel.Mean([first, second]);
        Assert.Multiple(() =>
        {
            Assert.That(Row(mean, A), Is.EqualTo(new[] { 2f, 1f, -0.5f }));
            Assert.That(Row(mean, B), Is.EqualTo(new[] { 0f, 0f, 2f }));
            Assert.That(mean.FeatureCount, Is.EqualTo(2));
            Assert.That(mean.ClassCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void MeanRejectsModelsWithDifferentClasses()
    {
        var three = new LinearModel(3, new Dictionary<ulong, int>(), []);
        var two = new LinearModel(2, new Dictionary<ulong, int>(), []);
        Assert.That(() => LinearModel.Mean([three, two]), Throws.ArgumentException);
    }

    [Test]
    public void WriteUsesTheDocumentedLittleEndianLayout()
    {
        var model = new LinearModel(3, new Dictionary<ulong, int> { [A.Value] = 0 }, [0f, -2f, 0.5f]);
        var bytes = Bytes(model);
        var expected = new List<byte>();
        expected.AddRange("PLM1"u8.ToArray());
        expected.AddRange(BitConverter.GetBytes(1));   // format version (BitConverter is little-endian on our platforms)
        expected.AddRange(BitConverter.GetBytes(3));   // classes
        expected.AddRange(BitConverter.GetBytes(1));   // rows
        expected.AddRange(BitConverter.GetBytes(A.Value));
        expected.Add(2);                                // two non-zero weights
        expected.Add(1); expected.AddRange(BitConverter.GetBytes(-2f));
        expected.Add(2); expected.AddRange(BitConverter.GetBytes(0.5f));
        Assert.That(bytes, Is.EqualTo(expected.ToArray()));
    }

    [Test]
    public void WriteThenReadGivesTheSameWeightsAndScores()
    {
        var model = Sample();
        var copy = LinearModel.Read(new MemoryStream(Bytes(model)), "memory");
        ILinearScorer original = model, read = copy;
        var expected = new float[3];
        var actual = new float[3];
        original.Score([A, B, C, Unknown], expected);
        read.Score([A, B, C, Unknown], actual);
        Assert.Multiple(() =>
        {
            Assert.That(copy.ClassCount, Is.EqualTo(3));
            Assert.That(copy.FeatureCount, Is.EqualTo(3));
            foreach (var f in new[] { A, B, C, Unknown }) Assert.That(Row(copy, f), Is.EqualTo(Row(model, f)));
            Assert.That(actual, Is.EqualTo(new[] { 1f, -2f, 3.5f }));
            Assert.That(actual, Is.EqualTo(expected));
            Assert.That(Bytes(copy), Is.EqualTo(Bytes(model)));
        });
    }

    [Test]
    public void SaveThenLoadRoundTripsThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-linear-{Guid.NewGuid():N}.bin");
        try
        {
            Sample().Save(path);
            var loaded = LinearModel.Load(path);
            Assert.That(Row(loaded, A), Is.EqualTo(new[] { 1f, -2f, 0.5f }));
        }
        finally { File.Delete(path); }
    }

    private static InvalidDataException ReadFails(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(new MemoryStream(bytes), "models/x/weights.bin"))!;

    [Test]
    public void ReadRejectsAWrongMagicNamingTheSource()
    {
        var bytes = Bytes(Sample());
        bytes[3] = (byte)'2';
        var e = ReadFails(bytes);
        Assert.That(e.Message, Does.StartWith("models/x/weights.bin:").And.Contains("magic"));
    }

    [Test]
    public void ReadRejectsAnUnknownFormatVersionNamingTheSource()
    {
        var bytes = Bytes(Sample());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 2);
        var e = ReadFails(bytes);
        Assert.That(e.Message, Does.StartWith("models/x/weights.bin:").And.Contains("version 2"));
    }

    [Test]
    public void ReadRejectsATruncatedStreamNamingTheSource()
    {
        var bytes = Bytes(Sample());
        foreach (int cut in new[] { 1, 5, bytes.Length - 17 })
        {
            var e = ReadFails(bytes[..^cut]);
            Assert.That(e.Message, Does.StartWith("models/x/weights.bin:").And.Contains("truncated"), $"cut {cut}");
        }
    }

    [Test]
    public void ReadRejectsAClassOutsideTheModel()
    {
        var bytes = Bytes(new LinearModel(3, new Dictionary<ulong, int> { [A.Value] = 0 }, [0f, 0f, 1f]));
        bytes[16 + 8 + 1] = 3;  // the class byte of the row's only weight
        var e = ReadFails(bytes);
        Assert.That(e.Message, Does.StartWith("models/x/weights.bin:").And.Contains("class 3 of 3"));
    }

    [Test]
    public void ReadRejectsARepeatedFeature()
    {
        var model = new LinearModel(2, new Dictionary<ulong, int> { [A.Value] = 0, [B.Value] = 1 }, [1f, 0f, 0f, 1f]);
        var bytes = Bytes(model);
        // Row layout: 8-byte key, count, (class, weight) = 14 bytes a row; copy row 0's key over row 1's.
        bytes.AsSpan(16, 8).CopyTo(bytes.AsSpan(16 + 14));
        var e = ReadFails(bytes);
        Assert.That(e.Message, Does.StartWith("models/x/weights.bin:").And.Contains("repeats"));
    }
}
