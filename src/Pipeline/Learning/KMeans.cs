using System.Numerics;

namespace Pipeline.Learning;

/// <summary>
/// Spherical k-means (Lloyd's algorithm on unit vectors, similarity by dot product): groups word
/// vectors into clusters whose numbers serve as word-class features, as Brown clusters do.
/// Deterministic for a seed: initial centroids are a seeded sample of the points, ties go to the
/// lower cluster, and each centroid is summed in point order.
/// </summary>
public static class KMeans
{
    /// <summary>Cluster of each point. <paramref name="points"/> is n rows of <paramref name="dimensions"/> values; rows are normalized in place.</summary>
    public static int[] Cluster(float[] points, int dimensions, int k, int iterations, int seed)
    {
        int n = points.Length / dimensions;
        if (k < 1 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"k must be between 1 and the number of points ({n})");
        for (int p = 0; p < n; p++) Normalize(points.AsSpan(p * dimensions, dimensions));

        var centroids = new float[k * dimensions];
        // A seeded sample of the points; when the sample repeats itself too much (k close to n), the first unchosen points fill it up.
        var chosen = new Random(seed).GetItems(Enumerable.Range(0, n).ToArray(), n).Distinct().Take(k).ToList();
        if (chosen.Count < k) chosen.AddRange(Enumerable.Range(0, n).Except(chosen).Take(k - chosen.Count));
        for (int c = 0; c < chosen.Count; c++) points.AsSpan(chosen[c] * dimensions, dimensions).CopyTo(centroids.AsSpan(c * dimensions));

        var assignment = new int[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            int changed = 0;
            Parallel.For(0, n, () => 0, (p, _, local) =>
            {
                int best = Nearest(points.AsSpan(p * dimensions, dimensions), centroids, dimensions, k);
                if (best != assignment[p] || iteration == 0) { assignment[p] = best; local++; }
                return local;
            }, local => Interlocked.Add(ref changed, local));
            if (changed == 0 && iteration > 0) break;

            Array.Clear(centroids);
            for (int p = 0; p < n; p++)
            {
                var centroid = centroids.AsSpan(assignment[p] * dimensions, dimensions);
                var point = points.AsSpan(p * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++) centroid[d] += point[d];
            }
            // An empty cluster keeps a zero centroid and wins no point; a re-seed would break determinism for little gain.
            for (int c = 0; c < k; c++) Normalize(centroids.AsSpan(c * dimensions, dimensions));
        }
        return assignment;
    }

    private static int Nearest(ReadOnlySpan<float> point, float[] centroids, int dimensions, int k)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < k; c++)
        {
            float score = Dot(point, centroids.AsSpan(c * dimensions, dimensions));
            if (score > bestScore) { bestScore = score; best = c; }
        }
        return best;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    private static void Normalize(Span<float> vector)
    {
        float norm = MathF.Sqrt(Dot(vector, vector));
        if (norm == 0) return;
        foreach (ref float x in vector) x /= norm;
    }
}
