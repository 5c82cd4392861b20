namespace Pipeline.Learning;

/// <summary>
/// Trains a multi-class averaged perceptron (Collins 2002) with exact lazy averaging: each weight keeps
/// the running total of its past values and the step at which it last changed, so the average over all
/// steps is exact without touching unchanged weights. Feature rows are created on their first update.
/// Deterministic: the same examples in the same order give the same model; ties go to the lower class.
/// </summary>
public sealed class AveragedPerceptron : ILinearScorer
{
    private readonly Dictionary<ulong, int> _rowOf = new();
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _step;

    public AveragedPerceptron(int classCount)
    {
        if (classCount < 2 || classCount > 255) throw new ArgumentOutOfRangeException(nameof(classCount), "a model has 2 to 255 classes");
        ClassCount = classCount;
        _weights = new float[1024 * classCount];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    public int ClassCount { get; }

    /// <summary>Examples seen so far; each <see cref="Update"/> is one.</summary>
    public int Steps => _step;

    /// <summary>Adds the current (not averaged) weights, as training needs.</summary>
    public void AddScores(ReadOnlySpan<FeatureHash> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (!_rowOf.TryGetValue(feature.Value, out int row)) continue;
            Vectors.Add(_weights.AsSpan(row * ClassCount, ClassCount), scores);
        }
    }

    /// <summary>One training example: when the guess is wrong, moves the truth's weights up and the guess's down by one.</summary>
    public void Update(ReadOnlySpan<FeatureHash> features, int truth, int guess)
    {
        if (truth != guess)
            foreach (var feature in features)
            {
                int row = RowFor(feature.Value);
                Change(row * ClassCount + truth, 1f);
                Change(row * ClassCount + guess, -1f);
            }
        // The step ends after its update, so the average is over the weights after each step (Collins 2002).
        _step++;
    }

    /// <summary>
    /// One multiple-instance example (a bag): examples of which at least one has <paramref name="label"/> and the others
    /// may not. The member that the current weights give the label most surely (the label's lead over the best other
    /// class, ties to the first) is learned as an ordinary example, and the rest of the bag is left alone. Returns that
    /// member. A bag of one is an ordinary example.
    /// </summary>
    public int UpdateBag(IReadOnlyList<FeatureHash[]> members, int label, Span<float> scores)
    {
        int chosen = 0, guess = 0;
        float surest = float.NegativeInfinity;
        for (int k = 0; k < members.Count; k++)
        {
            ((ILinearScorer)this).Score(members[k], scores);
            int best = 0;
            float rival = float.NegativeInfinity;
            for (int c = 0; c < ClassCount; c++)
            {
                if (scores[c] > scores[best]) best = c;
                if (c != label && scores[c] > rival) rival = scores[c];
            }
            if (scores[label] - rival > surest) (surest, chosen, guess) = (scores[label] - rival, k, best);
        }
        Update(members[chosen], label, guess);
        return chosen;
    }

    /// <summary>
    /// One ranking example: of a list of items, the <paramref name="right"/> ones should score highest in class
    /// <paramref name="label"/>. When another outscores the best-scored right one (ties to the first), learns that pair
    /// (<see cref="UpdateRanking"/>); otherwise it is a step without change. Returns the item that scored highest.
    /// </summary>
    public int UpdateChoice(IReadOnlyList<FeatureHash[]> items, int label, ReadOnlySpan<int> right, Span<float> scores)
    {
        int guess = -1, truth = -1;
        float guessScore = float.NegativeInfinity, truthScore = float.NegativeInfinity;
        for (int k = 0; k < items.Count; k++)
        {
            ((ILinearScorer)this).Score(items[k], scores);
            float score = scores[label];
            if (score > guessScore) (guess, guessScore) = (k, score);
            if (score > truthScore && right.Contains(k)) (truth, truthScore) = (k, score);
        }
        if (guess == truth) Update(items[guess], label, label);
        else UpdateRanking(items[truth], items[guess], label);
        return guess;
    }

    /// <summary>
    /// One ranking example that was ranked wrong: of a list of items, the guess outscored the truth in class
    /// <paramref name="label"/>. Moves that class's weights up by one for the truth's features and down by one for the
    /// guess's. (A list ranked right is a step without change: <see cref="Update"/> with truth = guess.)
    /// </summary>
    public void UpdateRanking(ReadOnlySpan<FeatureHash> truth, ReadOnlySpan<FeatureHash> guess, int label)
    {
        foreach (var feature in truth) Change(RowFor(feature.Value) * ClassCount + label, 1f);
        foreach (var feature in guess) Change(RowFor(feature.Value) * ClassCount + label, -1f);
        _step++;
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (double)(_step - _stamps[index]) * _weights[index];
        _stamps[index] = _step;
        _weights[index] += delta;
    }

    private int RowFor(ulong key)
    {
        if (_rowOf.TryGetValue(key, out int row)) return row;
        row = _rowOf.Count;
        _rowOf.Add(key, row);
        if ((row + 1) * ClassCount > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>
    /// The model with every weight averaged over all steps so far. Rows whose averaged weights are all
    /// zero are dropped. Training may go on afterwards; the result does not change.
    /// </summary>
    public LinearModel Average()
    {
        var rowOf = new Dictionary<ulong, int>();
        var averaged = new List<float>();
        var row = new float[ClassCount];
        foreach (var (key, source) in _rowOf)
        {
            bool any = false;
            for (int c = 0; c < ClassCount; c++)
            {
                int i = source * ClassCount + c;
                double total = _totals[i] + (double)(_step - _stamps[i]) * _weights[i];
                row[c] = _step == 0 ? 0f : (float)(total / _step);
                any |= row[c] != 0f;
            }
            if (!any) continue;
            rowOf.Add(key, rowOf.Count);
            averaged.AddRange(row);
        }
        return new LinearModel(ClassCount, rowOf, averaged.ToArray());
    }
}
