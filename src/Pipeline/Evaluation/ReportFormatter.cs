using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

using Pipeline.Documents;

namespace Pipeline.Evaluation;

/// <summary>Prints a score report as a table with every error listed, or as JSON with flat keys ("core.all.f1").</summary>
public static class ReportFormatter
{
    public static string Text(ScoreReport report)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{report.Documents} documents scored");
        sb.AppendLine("level   type       P      R      F1     tp   pred   gold");
        foreach (var level in new[] { "core", "strict" })
            foreach (var type in ScoreReport.Types)
            {
                var c = report[level, type];
                sb.AppendLine(inv, $"{level,-7} {type,-6} {c.Precision,6:F3} {c.Recall,6:F3} {c.F1,6:F3} {c.TruePositives,6} {c.Predicted,6} {c.Gold,6}");
            }
        sb.AppendLine(inv, $"role accuracy {report.RoleAccuracy:F3} and date accuracy {report.DateAccuracy:F3} among {report.CoreMatches} core matches");
        var (bins, calibrationError) = report.Reliability();
        if (bins.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"reliability (core): {report.Confidences.Count} events with a confidence; expected calibration error {calibrationError:F3}");
            sb.AppendLine("confidence  events  mean   correct");
            foreach (var (from, events, mean, share) in bins)
                sb.AppendLine(inv, $"{from:F1}-{from + 0.1:F1}    {events,6}  {mean:F3}  {share:F3}");
        }

        foreach (var level in new[] { "core", "strict" })
            foreach (var kind in new[] { ErrorKind.FalsePositive, ErrorKind.FalseNegative })
            {
                var errors = report.Errors.Where(e => e.Level == level && e.Kind == kind).ToList();
                sb.AppendLine();
                sb.AppendLine(inv, $"{level} {(kind == ErrorKind.FalsePositive ? "false positives" : "false negatives")}: {errors.Count}");
                foreach (var e in errors)
                    sb.AppendLine(inv, $"  {e.Doc}\t{(e.Predicted != null ? Describe(e.Predicted) : Describe(e.Gold!))}");
            }
        sb.AppendLine();
        sb.AppendLine(inv, $"core matches with a wrong role or date: {report.SlotMismatches.Count}");
        foreach (var m in report.SlotMismatches)
            sb.AppendLine(inv, $"  {m.Doc}\tpredicted {Describe(m.Predicted)}\tgold {Describe(m.Gold)}");
        return sb.ToString();
    }

    public static string Json(ScoreReport report)
    {
        var o = new JObject();
        foreach (var level in new[] { "core", "strict" })
            foreach (var type in ScoreReport.Types)
            {
                var c = report[level, type];
                o[$"{level}.{type}.p"] = Math.Round(c.Precision, 4);
                o[$"{level}.{type}.r"] = Math.Round(c.Recall, 4);
                o[$"{level}.{type}.f1"] = Math.Round(c.F1, 4);
                o[$"{level}.{type}.tp"] = c.TruePositives;
                o[$"{level}.{type}.pred"] = c.Predicted;
                o[$"{level}.{type}.gold"] = c.Gold;
            }
        o["slot.role_acc"] = Math.Round(report.RoleAccuracy, 4);
        o["slot.date_acc"] = Math.Round(report.DateAccuracy, 4);
        o["slot.core_matches"] = report.CoreMatches;
        o["documents"] = report.Documents;
        var (bins, calibrationError) = report.Reliability();
        if (bins.Count > 0) o["reliability.calibration_error"] = Math.Round(calibrationError, 4);
        foreach (var (from, events, mean, share) in bins)
        {
            o[$"reliability.{from:F1}.events"] = events;
            o[$"reliability.{from:F1}.mean_confidence"] = Math.Round(mean, 4);
            o[$"reliability.{from:F1}.correct"] = Math.Round(share, 4);
        }
        o["errors"] = new JArray(report.Errors.Select(e => new JObject
        {
            ["level"] = e.Level,
            ["kind"] = e.Kind == ErrorKind.FalsePositive ? "FP" : "FN",
            ["doc"] = e.Doc,
            ["event"] = e.Predicted != null ? ToJson(e.Predicted) : ToJson(e.Gold!),
        }));
        o["slot_mismatches"] = new JArray(report.SlotMismatches.Select(m => new JObject
        {
            ["doc"] = m.Doc,
            ["predicted"] = ToJson(m.Predicted),
            ["gold"] = ToJson(m.Gold),
        }));
        return o.ToString(Formatting.Indented);
    }

    private static JObject ToJson(Prediction p) => new()
    {
        ["type"] = p.Type, ["person"] = p.Person, ["company"] = p.Company, ["role"] = p.Role, ["date"] = p.Date,
    };

    private static JObject ToJson(GoldEvent g) => new()
    {
        ["type"] = g.Type.Name(),
        ["person"] = g.Person,
        ["company"] = new JArray(g.Companies),
        ["role"] = new JArray(g.Roles),
        ["date"] = new JArray(g.Dates),
    };

    private static string Describe(Prediction p) =>
        $"{p.Type} | {p.Person} | {p.Company} | {p.Role ?? "-"} | {p.Date ?? "-"}";

    private static string Describe(GoldEvent g) =>
        $"{g.Type.Name()} | {g.Person} | {string.Join(" / ", g.Companies)} | {string.Join(" / ", g.Roles.Select(r => r ?? "-"))} | {string.Join(" / ", g.Dates.Select(d => d ?? "-"))}";
}
