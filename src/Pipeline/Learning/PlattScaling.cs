namespace Pipeline.Learning;

/// <summary>
/// Turns a classifier's margin into a probability, P(correct) = 1 / (1 + exp(-(A·margin + B))), with A and B
/// fitted by maximum likelihood on held-out examples (Platt 1999, with his smoothed targets so that a
/// separable set does not drive A to infinity).
/// </summary>
public readonly record struct PlattScaling(double A, double B)
{
    public double Probability(double margin) => 1 / (1 + Math.Exp(-(A * margin + B)));

    public static PlattScaling Fit(IReadOnlyList<(double Margin, bool Correct)> examples)
    {
        int positives = examples.Count(e => e.Correct), negatives = examples.Count - positives;
        if (positives == 0 || negatives == 0) return new PlattScaling(0, positives == 0 ? -4 : 4);
        double high = (positives + 1.0) / (positives + 2), low = 1.0 / (negatives + 2);
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0)) * -1;
        // Newton's method on the two parameters, with step halving to keep the likelihood rising.
        double loss = Loss(examples, a, b, high, low);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double gA = 0, gB = 0, hAA = 1e-12, hAB = 0, hBB = 1e-12;
            foreach (var (margin, correct) in examples)
            {
                double p = 1 / (1 + Math.Exp(-(a * margin + b))), t = correct ? high : low;
                double d = p - t, w = p * (1 - p);
                gA += d * margin; gB += d;
                hAA += w * margin * margin; hAB += w * margin; hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            if (Math.Abs(gA) + Math.Abs(gB) < 1e-9 || det <= 0) break;
            double stepA = (hBB * gA - hAB * gB) / det, stepB = (hAA * gB - hAB * gA) / det;
            double scale = 1;
            while (scale > 1e-6)
            {
                double next = Loss(examples, a - scale * stepA, b - scale * stepB, high, low);
                if (next <= loss) { a -= scale * stepA; b -= scale * stepB; loss = next; break; }
                scale /= 2;
            }
            if (scale <= 1e-6) break;
        }
        return new PlattScaling(a, b);
    }

    private static double Loss(IReadOnlyList<(double Margin, bool Correct)> examples, double a, double b, double high, double low)
    {
        double loss = 0;
        foreach (var (margin, correct) in examples)
        {
            double z = a * margin + b, t = correct ? high : low;
            // -[t log p + (1 - t) log(1 - p)] with p = sigmoid(z), written to stay finite for large |z|.
            loss += Math.Log(1 + Math.Exp(-Math.Abs(z))) + Math.Max(z, 0) - t * z;
        }
        return loss;
    }
}
