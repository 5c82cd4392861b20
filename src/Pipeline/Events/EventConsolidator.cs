using Pipeline.Documents;
using Pipeline.Evaluation;

namespace Pipeline.Events;

/// <summary>
/// Applies the spec's rules for one article's events: one event per (type, person, organization, role);
/// an event without a role is dropped when the same move is also found with one (but not when dated otherwise: that
/// is another move); an end without a role takes the one role (other than founder) the person is given at the
/// organization elsewhere; a hold is dropped when the article reports a start or end for the same person, organization
/// and role. Where duplicates differ, the dated one and the more confident one win; a move whose titled events have no
/// date takes the date of its untitled event.
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

        // The dates of each move's titled events: an untitled one dated otherwise is another move ("joined in 2003, chief executive since 2010").
        var withRole = order.Where(k => k.Item4 != null).ToLookup(k => (k.Item1, k.Item2, k.Item3), k => best[k].Date);
        // A move whose titled events have no date takes the date of its untitled event ("hired Fang as head of video
        // generation ... Fang joined in March").
        var untitledDates = order.Where(k => k.Item4 == null && best[k].Date != null).ToDictionary(k => (k.Item1, k.Item2, k.Item3), k => best[k].Date);
        foreach (var key in order)
            if (key.Item4 != null && untitledDates.TryGetValue((key.Item1, key.Item2, key.Item3), out var date) && withRole[(key.Item1, key.Item2, key.Item3)].All(d => d == null))
                best[key] = best[key] with { Date = date };
        var moves = order.Where(k => k.Item1 != EventType.Hold).Select(k => (k.Item2, k.Item3, k.Item4)).ToHashSet();
        var movesAnyRole = order.Where(k => k.Item1 != EventType.Hold).Select(k => (k.Item2, k.Item3)).ToHashSet();

        var result = new List<CareerEvent>();
        foreach (var key in order)
        {
            var (type, person, company, role) = key;
            if (role == null && withRole.Contains((type, person, company))
                && (best[key].Date == null || withRole[(type, person, company)].Any(date => date == null || date == best[key].Date))) continue;
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
        var pairs = events.Select(e => (Normalization.Person(e.Person), Normalization.Company(e.Company))).ToList();
        // Each pair's roles from holds and starts, by their normalized form, with the first way the article writes each.
        var roles = new Dictionary<(string?, string?), Dictionary<string, string>>();
        for (int i = 0; i < events.Count; i++)
            if (events[i] is { Type: not EventType.End, Role: { } role } && !IsFounder(role))
            {
                if (!roles.TryGetValue(pairs[i], out var written)) roles[pairs[i]] = written = new Dictionary<string, string>();
                written.TryAdd(Normalization.Role(role)!, role);
            }
        for (int i = 0; i < events.Count; i++)
            yield return events[i] is { Type: EventType.End, Role: null } && roles.TryGetValue(pairs[i], out var held) && held.Count == 1
                ? events[i] with { Role = held.Values.First() }
                : events[i];
    }

    /// <summary>Founding is done once: no end takes it ("founded Acme in 1971 ... resigned as chairman").</summary>
    private static bool IsFounder(string role) => Normalization.Role(role) is "founder" or "co founder" or "cofounder";

    private static bool Better(CareerEvent candidate, CareerEvent kept) =>
        (candidate.Date != null && kept.Date == null) || (candidate.Date != null == (kept.Date != null) && candidate.Confidence > kept.Confidence);
}
