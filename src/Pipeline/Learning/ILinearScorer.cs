namespace Pipeline.Learning;

/// <summary>Scores classes from features: a trained model, or a perceptron while it trains.</summary>
public interface ILinearScorer
{
    int ClassCount { get; }

    /// <summary>Adds the features' weight rows to <paramref name="scores"/> (length ≥ <see cref="ClassCount"/>).</summary>
    void AddScores(ReadOnlySpan<FeatureHash> features, Span<float> scores);

    /// <summary>Sets <paramref name="scores"/> to the sum of the features' weight rows.</summary>
    void Score(ReadOnlySpan<FeatureHash> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        AddScores(features, scores);
    }
}
