using Pipeline.Documents;

namespace Pipeline.Evaluation;

/// <summary>True positives, predictions and gold items; precision, recall and F1 follow. Counts add up.</summary>
public readonly record struct PrfCounts(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

public enum ErrorKind { FalsePositive, FalseNegative }

/// <summary>An unmatched prediction or gold event. Level is "core" or "strict".</summary>
public sealed record ScoringError(string Level, ErrorKind Kind, string Doc, Prediction? Predicted, GoldEvent? Gold);

/// <summary>A core match whose role or date differs from the gold's.</summary>
public sealed record SlotMismatch(string Doc, Prediction Predicted, GoldEvent Gold, bool RoleOk, bool DateOk);

public sealed class ScoreReport
{
    public static readonly string[] Types = ["start", "end", "hold", "all"];

    /// <summary>Counts keyed by (level, type): level "core" or "strict", type "start", "end", "hold" or "all".</summary>
    public Dictionary<(string Level, string Type), PrfCounts> Counts { get; } = new();
    public int CoreMatches { get; set; }
    public int RoleMatches { get; set; }
    public int DateMatches { get; set; }
    public double RoleAccuracy => CoreMatches == 0 ? 0 : (double)RoleMatches / CoreMatches;
    public double DateAccuracy => CoreMatches == 0 ? 0 : (double)DateMatches / CoreMatches;
    public int Documents { get; set; }
    public List<ScoringError> Errors { get; } = new();
    public List<SlotMismatch> SlotMismatches { get; } = new();

    /// <summary>Each predicted event that gives a confidence, and whether it is a core match: what the reliability table bins.</summary>
    public List<(double Confidence, bool Correct)> Confidences { get; } = new();

    /// <summary>
    /// The core matches by confidence, in tenths (0.9 to 1.0 holding 1.0): per bin the events, their mean confidence and
    /// the share that is correct; and the expected calibration error, the events' weighted mean gap between the two.
    /// </summary>
    public (List<(double From, int Events, double MeanConfidence, double ShareCorrect)> Bins, double CalibrationError) Reliability()
    {
        var bins = new List<(double, int, double, double)>();
        double error = 0;
        for (int b = 0; b < 10; b++)
        {
            var inBin = Confidences.Where(c => Math.Min(9, (int)Math.Floor(c.Confidence * 10)) == b).ToList();
            if (inBin.Count == 0) continue;
            double mean = inBin.Average(c => c.Confidence), share = inBin.Count(c => c.Correct) / (double)inBin.Count;
            bins.Add((b / 10.0, inBin.Count, mean, share));
            error += inBin.Count * Math.Abs(mean - share);
        }
        return (bins, Confidences.Count == 0 ? 0 : error / Confidences.Count);
    }

    public PrfCounts this[string level, string type] => Counts.GetValueOrDefault((level, type));
}

/// <summary>
/// Scores predicted events against gold (spec section 4): per document a one-to-one maximum matching,
/// counts summed over documents. The strict matching is found first; role and date accuracy come from a
/// core matching grown from it, so that pairs whose slots agree are preferred.
/// </summary>
public static class Scorer
{
    public static ScoreReport Score(IReadOnlyDictionary<string, GoldDocument> gold, IEnumerable<Prediction> predictions, ISet<string>? onlyDocs = null)
    {
        var docs = gold.Keys.Where(d => onlyDocs == null || onlyDocs.Contains(d)).OrderBy(d => d, StringComparer.Ordinal).ToList();
        var wanted = docs.ToHashSet(StringComparer.Ordinal);

        // Predictions identical after normalization count once.
        var byDoc = new Dictionary<string, List<Prediction>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string?, string?, string?, string?, string?)>();
        foreach (var p in predictions)
        {
            if (!wanted.Contains(p.Doc)) continue;
            if (!seen.Add((p.Doc, p.Type, Normalization.Person(p.Person), Normalization.Company(p.Company), Normalization.Role(p.Role), p.Date))) continue;
            if (!byDoc.TryGetValue(p.Doc, out var list)) byDoc[p.Doc] = list = new();
            list.Add(p);
        }

        var report = new ScoreReport { Documents = docs.Count };
        foreach (var level in new[] { "core", "strict" })
            foreach (var type in ScoreReport.Types)
                report.Counts[(level, type)] = default;

        foreach (var doc in docs)
            ScoreDocument(doc, byDoc.GetValueOrDefault(doc) ?? [], gold[doc].Events.Select(Normalized.From).ToList(), report);
        return report;
    }

    /// <summary>A gold event with its acceptable values normalized once.</summary>
    private sealed record Normalized(GoldEvent Event, string Type, HashSet<string?> People, HashSet<string?> Companies, HashSet<string?> Roles, HashSet<string?> Dates)
    {
        public static Normalized From(GoldEvent g) => new(g, g.Type.Name(),
            [Normalization.Person(g.Person)],
            g.Companies.Select(Normalization.Company).ToHashSet(),
            g.Roles.Select(Normalization.Role).ToHashSet(),
            g.Dates.ToHashSet());
    }

    private static void ScoreDocument(string doc, List<Prediction> preds, List<Normalized> golds, ScoreReport report)
    {
        var person = preds.Select(p => Normalization.Person(p.Person)).ToArray();
        var company = preds.Select(p => Normalization.Company(p.Company)).ToArray();
        var role = preds.Select(p => Normalization.Role(p.Role)).ToArray();

        bool Core(int pi, int gi) => preds[pi].Type == golds[gi].Type && golds[gi].People.Contains(person[pi]) && golds[gi].Companies.Contains(company[pi]);
        bool RoleOk(int pi, int gi) => golds[gi].Roles.Contains(role[pi]);
        bool DateOk(int pi, int gi) => golds[gi].Dates.Contains(preds[pi].Date);

        var strict = BipartiteMatching.Match(preds.Count, golds.Count, (p, g) => Core(p, g) && RoleOk(p, g) && DateOk(p, g));
        var slotted = BipartiteMatching.Match(preds.Count, golds.Count, (p, g) => Core(p, g) && (RoleOk(p, g) || DateOk(p, g)), strict);
        var core = BipartiteMatching.Match(preds.Count, golds.Count, Core, slotted);

        foreach (var (level, matching) in new[] { ("core", core), ("strict", strict) })
        {
            foreach (var type in ScoreReport.Types)
            {
                bool Selected(string? t) => type == "all" || t == type;
                var counts = new PrfCounts(
                    matching.Count(m => Selected(golds[m.Gold].Type)),
                    preds.Count(p => Selected(p.Type)),
                    golds.Count(g => Selected(g.Type)));
                report.Counts[(level, type)] += counts;
            }
            var matchedPreds = matching.Select(m => m.Pred).ToHashSet();
            var matchedGolds = matching.Select(m => m.Gold).ToHashSet();
            if (level == "core")
                for (int pi = 0; pi < preds.Count; pi++)
                    if (preds[pi].Confidence is double confidence) report.Confidences.Add((confidence, matchedPreds.Contains(pi)));
            for (int pi = 0; pi < preds.Count; pi++)
                if (!matchedPreds.Contains(pi)) report.Errors.Add(new ScoringError(level, ErrorKind.FalsePositive, doc, preds[pi], null));
            for (int gi = 0; gi < golds.Count; gi++)
                if (!matchedGolds.Contains(gi)) report.Errors.Add(new ScoringError(level, ErrorKind.FalseNegative, doc, null, golds[gi].Event));
        }

        foreach (var (pi, gi) in core)
        {
            bool roleOk = RoleOk(pi, gi), dateOk = DateOk(pi, gi);
            report.CoreMatches++;
            if (roleOk) report.RoleMatches++;
            if (dateOk) report.DateMatches++;
            if (!roleOk || !dateOk) report.SlotMismatches.Add(new SlotMismatch(doc, preds[pi], golds[gi].Event, roleOk, dateOk));
        }
    }
}

/// <summary>
/// Maximum bipartite matching by augmenting paths (Kuhn), optionally grown from an earlier matching:
/// the seed's predictions stay matched, though an augmenting path may move them to another partner.
/// </summary>
public static class BipartiteMatching
{
    public static List<(int Pred, int Gold)> Match(int predCount, int goldCount, Func<int, int, bool> ok, IReadOnlyList<(int Pred, int Gold)>? seed = null)
    {
        var adjacent = new List<int>[predCount];
        for (int p = 0; p < predCount; p++)
        {
            adjacent[p] = new List<int>();
            for (int g = 0; g < goldCount; g++)
                if (ok(p, g)) adjacent[p].Add(g);
        }
        var owner = Enumerable.Repeat(-1, goldCount).ToArray();
        var seeded = new HashSet<int>();
        foreach (var (p, g) in seed ?? [])
        {
            owner[g] = p;
            seeded.Add(p);
        }

        bool TryAssign(int p, HashSet<int> visited)
        {
            foreach (int g in adjacent[p])
            {
                if (!visited.Add(g)) continue;
                if (owner[g] == -1 || TryAssign(owner[g], visited))
                {
                    owner[g] = p;
                    return true;
                }
            }
            return false;
        }

        for (int p = 0; p < predCount; p++)
            if (!seeded.Contains(p)) TryAssign(p, new HashSet<int>());

        var pairs = new List<(int, int)>();
        for (int g = 0; g < goldCount; g++)
            if (owner[g] != -1) pairs.Add((owner[g], g));
        return pairs;
    }
}
