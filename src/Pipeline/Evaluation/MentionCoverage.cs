using Pipeline.Documents;

namespace Pipeline.Evaluation;

/// <summary>How many gold values of one slot some mention of the document gives; <see cref="Misses"/> lists the others.</summary>
public sealed class SlotCoverage
{
    private readonly List<(string Doc, string Gold)> _misses = new();

    public int Found { get; private set; }
    public int Total { get; private set; }
    public double Share => Total == 0 ? 0 : (double)Found / Total;

    /// <summary>Gold values (all acceptable values of one event, joined by " | ") that no mention gives.</summary>
    public IReadOnlyList<(string Doc, string Gold)> Misses => _misses;

    internal void Count(string doc, IReadOnlyList<string?> acceptable, IReadOnlySet<string> offered, Func<string, string> normalize)
    {
        var values = acceptable.OfType<string>().ToList();
        // An event without a value for the slot asks nothing of the recognizers.
        if (values.Count == 0) return;
        Total++;
        if (values.Any(v => offered.Contains(normalize(v)))) Found++;
        else _misses.Add((doc, string.Join(" | ", values)));
    }
}

/// <summary>
/// The ceiling the entity stages set for event extraction: the share of gold roles that some title
/// mention of the document gives (both sides normalized as the scorer compares roles), and the share of
/// gold dates that some time expression of the document resolves to.
/// </summary>
public sealed class MentionCoverage
{
    public SlotCoverage Roles { get; } = new();
    public SlotCoverage Dates { get; } = new();
    public int Documents { get; private set; }

    /// <summary>Counts one gold document against the same document after the mention stages.</summary>
    public void Add(GoldDocument gold, Document processed)
    {
        Documents++;
        var titles = processed.Mentions.Where(m => m.Type == MentionType.Title).Select(m => Normalization.Role(m.Text)!).ToHashSet(StringComparer.Ordinal);
        var dates = processed.TimeExpressions.Select(t => t.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var e in gold.Events)
        {
            Roles.Count(gold.Doc, e.Roles, titles, role => Normalization.Role(role)!);
            Dates.Count(gold.Doc, e.Dates, dates, date => date);
        }
    }
}
