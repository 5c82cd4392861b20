using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class KMeansTests
{
    /// <summary>Three points near the x axis (about 4° to 8°), three near the y axis (about 81° to 86°), interleaved.</summary>
    private static float[] TwoDirections() =>
    [
        1f, 0.1f,
        0.1f, 1f,
        2f, 0.3f,
        0.3f, 2f,
        3f, 0.2f,
        0.2f, 3f,
    ];

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(42)]
    public void TwoClustersSeparateTwoDirections(int seed)
    {
        var clusters = KMeans.Cluster(TwoDirections(), dimensions: 2, k: 2, iterations: 20, seed);
        Assert.Multiple(() =>
        {
            Assert.That(clusters, Has.Length.EqualTo(6));
            Assert.That(new[] { clusters[0], clusters[2], clusters[4] }, Is.All.EqualTo(clusters[0]));
            Assert.That(new[] { clusters[1], clusters[3], clusters[5] }, Is.All.EqualTo(clusters[1]));
            Assert.That(clusters[0], Is.Not.EqualTo(clusters[1]));
            Assert.That(clusters, Is.All.InRange(0, 1));
        });
    }

    [Test]
    public void SphericalClusteringIgnoresLength()
    {
        // Same direction, very different lengths: one cluster; the opposite direction: the other.
        float[] points = [1f, 1f, 100f, 100f, 0.01f, 0.01f, -1f, 1f, -50f, 50f];
        var clusters = KMeans.Cluster(points, 2, 2, 20, seed: 7);
        Assert.Multiple(() =>
        {
            Assert.That(clusters[1], Is.EqualTo(clusters[0]));
            Assert.That(clusters[2], Is.EqualTo(clusters[0]));
            Assert.That(clusters[4], Is.EqualTo(clusters[3]));
            Assert.That(clusters[3], Is.Not.EqualTo(clusters[0]));
        });
    }

    [Test]
    public void TheSameSeedGivesTheSameClusters()
    {
        var random = new Random(5);
        var points = Enumerable.Range(0, 200 * 8).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var first = KMeans.Cluster((float[])points.Clone(), 8, 10, 15, seed: 3);
        var second = KMeans.Cluster((float[])points.Clone(), 8, 10, 15, seed: 3);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first.Distinct().Count(), Is.GreaterThan(1));
        });
    }

    [Test]
    public void RowsAreNormalizedInPlace()
    {
        float[] points = [3f, 4f, 0f, -2f];
        KMeans.Cluster(points, 2, 1, 1, seed: 0);
        Assert.That(points, Is.EqualTo(new[] { 0.6f, 0.8f, 0f, -1f }));
    }

    [Test]
    public void OneClusterTakesEveryPoint() =>
        Assert.That(KMeans.Cluster(TwoDirections(), 2, 1, 5, seed: 0), Is.EqualTo(new[] { 0, 0, 0, 0, 0, 0 }));

    [Test]
    public void TiesBetweenEqualCentroidsGoToTheLowerCluster()
    {
        // Both points normalize to (1, 0), so both centroids are (1, 0): every point goes to cluster 0.
        float[] points = [1f, 0f, 2f, 0f];
        Assert.That(KMeans.Cluster(points, 2, 2, 5, seed: 0), Is.EqualTo(new[] { 0, 0 }));
    }

    [TestCase(0)]
    [TestCase(7)]
    public void RejectsKOutsideOneToThePointCount(int k) =>
        Assert.That(() => KMeans.Cluster(TwoDirections(), 2, k, 5, seed: 0), Throws.TypeOf<ArgumentOutOfRangeException>());
}
