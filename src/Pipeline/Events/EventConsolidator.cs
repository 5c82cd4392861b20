using Pipeline.Documents;
using Pipeline.Evaluation;

namespace Pipeline.Events;

/// <summary>
/// Applies the spec's rules for one article's events: one event per (type, person, organization, role);
/// an event without a role is dropped when the same move is also found with one; a hold is dropped
/// when the article reports a start or end for the same person, organization and role. Where
/// duplicates differ, the dated one and the more confident one win.
/// </summary>
public sealed class EventConsolidator : IDocumentProcessor
{
    public string Name => "consolidate-events";
    public Annotations Requires => Annotations.Events;
    public Annotations Produces => Annotations.Events;

    public void Process(Document document)
    {
        var consolidated = Consolidate(document.Events);
        document.Events.Clear();
        document.Events.AddRange(consolidated);
    }

    public static List<CareerEvent> Consolidate(IEnumerable<CareerEvent> events)
    {
        var best = new Dictionary<(EventType, string?, string?, string?), CareerEvent>();
        var order = new List<(EventType, string?, string?, string?)>();
        foreach (var e in events)
        {
            var key = (e.Type, Normalization.Person(e.Person), Normalization.Company(e.Company), Normalization.Role(e.Role));
            if (!best.TryGetValue(key, out var kept)) { best[key] = e; order.Add(key); }
            else if (Better(e, kept)) best[key] = e;
        }

        var withRole = order.Where(k => k.Item4 != null).Select(k => (k.Item1, k.Item2, k.Item3)).ToHashSet();
        var moves = order.Where(k => k.Item1 != EventType.Hold).Select(k => (k.Item2, k.Item3, k.Item4)).ToHashSet();
        var movesAnyRole = order.Where(k => k.Item1 != EventType.Hold).Select(k => (k.Item2, k.Item3)).ToHashSet();

        var result = new List<CareerEvent>();
        foreach (var key in order)
        {
            var (type, person, company, role) = key;
            if (role == null && withRole.Contains((type, person, company))) continue;
            if (type == EventType.Hold && (moves.Contains((person, company, role)) || (role == null && movesAnyRole.Contains((person, company))))) continue;
            result.Add(best[key]);
        }
        return result;
    }

    private static bool Better(CareerEvent candidate, CareerEvent kept) =>
        (candidate.Date != null && kept.Date == null) || (candidate.Date != null == (kept.Date != null) && candidate.Confidence > kept.Confidence);
}
