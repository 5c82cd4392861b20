using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Learning;

namespace Pipeline.Events;

/// <summary>
/// The label of a training candidate: the type of the gold event it states (person, organization and, when it has one,
/// title, compared as the scorer compares them), or "no event".
/// </summary>
public sealed class GoldLabels(GoldDocument gold)
{
    private readonly List<(GoldEvent Event, string? Person, HashSet<string?> Companies, HashSet<string?> Roles)> _events =
        gold.Events.Select(g => (g, Normalization.Person(g.Person), g.Companies.Select(Normalization.Company).ToHashSet(),
            g.Roles.Where(r => r != null).Select(Normalization.Role).ToHashSet())).ToList();

    /// <summary>The classifier's label of a candidate that states <paramref name="stated"/> (<see cref="EventOf"/>): its type's class, or "no event".</summary>
    public static int Label(GoldEvent? stated) => stated == null ? EventExtractor.None : (int)stated.Type + 1;

    /// <summary>
    /// The gold event the candidate states, or null. Of several gold events of the pair (a biography's start and end at
    /// one employer), the one the sentence dates, then the one of the sentence's nearest trigger word's type, is the one it states.
    /// </summary>
    public GoldEvent? EventOf(Document document, EventCandidate c, EventCandidates candidates)
    {
        string? person = Normalization.Person(c.PersonEntity.Name), company = Normalization.Company(c.OrganizationEntity.Name);
        string? role = c.Role == null ? null : Normalization.Role(c.Role.Text);
        GoldEvent? best = null;
        int bestFit = -1;
        EventType? trigger = candidates.NearestTrigger(document, c);
        foreach (var e in _events)
            if (e.Person == person && e.Companies.Contains(company) && (role == null || e.Roles.Contains(role)))
            {
                string? date = EventDates.Heuristic(document, c, e.Event.Type);
                int fit = (date != null && e.Event.Dates.Contains(date) ? 2 : 0) + (e.Event.Type == trigger ? 1 : 0);
                if (fit > bestFit) (best, bestFit) = (e.Event, fit);
            }
        return best;
    }

    /// <summary>
    /// The role model's examples: for each candidate without a title and each event type that it or its titled candidates
    /// (<see cref="EventCandidates.TitledEnd"/>) state, the list of them to rank, the titled ones that state that type
    /// being right, or the one without a title when none does. The event model learns whether a candidate states an
    /// event; the role model learns, by ranking, which title the event carries.
    /// </summary>
    public static List<RoleChoice> ForRoles(IReadOnlyList<EventCandidate> candidates, (FeatureHash[] Features, int Label)[] examples)
    {
        var choices = new List<RoleChoice>();
        for (int untitled = 0; untitled < candidates.Count; untitled++)
        {
            if (candidates[untitled].Role != null) continue;
            int end = EventCandidates.TitledEnd(candidates, untitled);
            if (end - untitled < 2) continue;
            for (int label = 1; label < EventExtractor.ClassCount; label++)
            {
                var right = Enumerable.Range(untitled + 1, end - untitled - 1).Where(k => examples[k].Label == label).ToArray();
                if (right.Length > 0 || examples[untitled].Label == label) choices.Add(new RoleChoice(untitled, end, label, right.Length > 0 ? right : [untitled]));
            }
        }
        return choices;
    }
}

/// <summary>
/// A ranking example of the role model: candidates <see cref="First"/> to <see cref="End"/> (one without a title and its
/// titled ones), the event type <see cref="Label"/> they are ranked for, and the ones that are right.
/// </summary>
public sealed record RoleChoice(int First, int End, int Label, int[] Right);
