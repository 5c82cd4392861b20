using Pipeline.Documents;
using Pipeline.Events;

namespace Pipeline.Tests.Events;

public class EventConsolidatorTests
{
    private static CareerEvent E(EventType type, string person, string company, string? role, string? date = null, double confidence = 0.5) =>
        new(type, person, company, role, date, confidence, new TextSpan(0, 1));

    [Test]
    public void AppliesTheSpecsRulesForOneArticle()
    {
        var events = new[]
        {
            E(EventType.Start, "Jane Roe", "Acme Corp", "CEO"),
            E(EventType.Start, "Jane Roe", "Acme", "chief executive officer", "2021-03"), // same event, dated: wins
            E(EventType.Start, "Jane Roe", "Acme", null),                                 // the move again without a role
            E(EventType.Hold, "Jane Roe", "Acme", "CEO"),                                 // a start is reported: no hold
            E(EventType.Hold, "Jane Roe", "Acme", null),                                  // likewise
            E(EventType.Hold, "Jane Roe", "Acme", "director"),                            // another role: kept
            E(EventType.End, "John Doe", "Acme", null),                                   // no role anywhere: kept
        };
        Assert.That(EventConsolidator.Consolidate(events), Is.EqualTo(new[]
        {
            events[1], events[5], events[6],
        }));
    }
}
