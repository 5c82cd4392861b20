using Pipeline.Learning;

namespace Pipeline.Evaluation;

/// <summary>Precision, recall and F1 from counts; all zero when there is nothing to divide.</summary>
public readonly record struct PrecisionRecall(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Correct == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

/// <summary>
/// Exact-span entity scores as conlleval computes them: an entity is correct when its first token,
/// end and type all match a gold entity; precision over predicted entities, recall over gold ones.
/// </summary>
public sealed class EntityScores
{
    private readonly PrecisionRecall[] _byType;

    public EntityScores(IReadOnlyList<string> types)
    {
        Types = types;
        _byType = new PrecisionRecall[types.Count];
    }

    public IReadOnlyList<string> Types { get; }

    public PrecisionRecall Overall => _byType.Aggregate(default(PrecisionRecall), (sum, s) => sum + s);

    public PrecisionRecall Of(int type) => _byType[type];

    public void Add(IEnumerable<EntitySpan> gold, IEnumerable<EntitySpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var g in goldSet) _byType[g.Type] += new PrecisionRecall(0, 0, 1);
        foreach (var p in predicted.Distinct())
            _byType[p.Type] += new PrecisionRecall(goldSet.Contains(p) ? 1 : 0, 1, 0);
    }

    public string Json()
    {
        var overall = Overall;
        var perType = new Newtonsoft.Json.Linq.JObject();
        for (int t = 0; t < Types.Count; t++)
            perType[Types[t]] = Figures(_byType[t]);
        var json = Figures(overall);
        json["per_type"] = perType;
        return json.ToString(Newtonsoft.Json.Formatting.None);
    }

    public string Text()
    {
        var lines = new List<string> { $"{"type",-8} {"precision",9} {"recall",9} {"f1",9} {"gold",7} {"found",7}" };
        void Line(string name, PrecisionRecall s) =>
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name,-8} {s.Precision,9:F4} {s.Recall,9:F4} {s.F1,9:F4} {s.Gold,7} {s.Predicted,7}"));
        Line("overall", Overall);
        for (int t = 0; t < Types.Count; t++) Line(Types[t], _byType[t]);
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static Newtonsoft.Json.Linq.JObject Figures(PrecisionRecall s) => new()
    {
        ["precision"] = Math.Round(s.Precision, 4),
        ["recall"] = Math.Round(s.Recall, 4),
        ["f1"] = Math.Round(s.F1, 4),
        ["gold"] = s.Gold,
        ["predicted"] = s.Predicted,
        ["correct"] = s.Correct,
    };
}
