using Pipeline.Documents;
using Pipeline.Evaluation;

namespace Pipeline.Events;

/// <summary>
/// Applies the spec's rules for one article's events: one event per (type, person, organization, role);
/// an event without a role is dropped when the same move is also found with one; an end without a role
/// takes the one role the person is given at the organization elsewhere; a hold is dropped when the
/// article reports a start or end for the same person, organization and role. Where duplicates differ,
/// the dated one and the more confident one win.
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
        events = EndsTakeHeldRoles(events.ToList());
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

    /// <summary>
    /// An end whose sentence names no title ends the role that the article gives the person at that organization
    /// ("Lee, chief executive of Acme, ... Lee resigned"), when the person's holds and starts there give one role.
    /// </summary>
    private static IEnumerable<CareerEvent> EndsTakeHeldRoles(List<CareerEvent> events)
    {
        var roles = new Dictionary<(string?, string?), List<string>>();
        foreach (var e in events)
            if (e.Type != EventType.End && e.Role != null)
            {
                var key = (Normalization.Person(e.Person), Normalization.Company(e.Company));
                if (!roles.TryGetValue(key, out var list)) roles[key] = list = new List<string>();
                if (!list.Any(r => Normalization.Role(r) == Normalization.Role(e.Role))) list.Add(e.Role);
            }
        foreach (var e in events)
        {
            if (e.Type == EventType.End && e.Role == null && roles.TryGetValue((Normalization.Person(e.Person), Normalization.Company(e.Company)), out var held) && held.Count == 1)
                yield return e with { Role = held[0] };
            else yield return e;
        }
    }

    private static bool Better(CareerEvent candidate, CareerEvent kept) =>
        (candidate.Date != null && kept.Date == null) || (candidate.Date != null == (kept.Date != null) && candidate.Confidence > kept.Confidence);
}
