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

    /// <summary>
    /// The candidate's label; <paramref name="found"/>, when given, collects the gold event it matches. Of several
    /// gold events of the pair (a biography's start and end at one employer), the one the sentence dates, then the
    /// one of the sentence's nearest trigger word's type, is the one it states.
    /// </summary>
    public int Of(Document document, EventCandidate c, EventCandidates candidates, HashSet<GoldEvent>? found = null)
    {
        string? person = Normalization.Person(c.PersonEntity.Name), company = Normalization.Company(c.OrganizationEntity.Name);
        string? role = c.Role == null ? null : Normalization.Role(c.Role.Text);
        GoldEvent? best = null;
        int bestFit = -1;
        EventType? trigger = candidates.NearestTrigger(document, c);
        foreach (var e in _events)
            if (e.Person == person && e.Companies.Contains(company) && (role == null || e.Roles.Contains(role)))
            {
                string? date = EventExtractor.DateOf(document, c, e.Event.Type);
                int fit = (date != null && e.Event.Dates.Contains(date) ? 2 : 0) + (e.Event.Type == trigger ? 1 : 0);
                if (fit > bestFit) (best, bestFit) = (e.Event, fit);
            }
        if (best != null)
        {
            found?.Add(best);
            return (int)best.Type + 1;
        }
        return EventExtractor.None;
    }

    /// <summary>
    /// The role model's labels: the event model's <paramref name="examples"/>, except that a candidate without a title is
    /// no event when one of its titled candidates (<see cref="EventCandidates.TitledEnd"/>) states the same event type: the event carries that title, and the role model learns to choose it.
    /// </summary>
    public static (FeatureHash[] Features, int Label)[] ForRoles(IReadOnlyList<EventCandidate> candidates, (FeatureHash[] Features, int Label)[] examples)
    {
        var labels = ((FeatureHash[] Features, int Label)[])examples.Clone();
        for (int untitled = 0; untitled < labels.Length; untitled++)
        {
            if (candidates[untitled].Role != null || examples[untitled].Label == EventExtractor.None) continue;
            for (int k = untitled + 1, end = EventCandidates.TitledEnd(candidates, untitled); k < end; k++)
                if (examples[k].Label == examples[untitled].Label) labels[untitled].Label = EventExtractor.None;
        }
        return labels;
    }
}
