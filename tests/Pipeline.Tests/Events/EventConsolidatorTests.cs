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

    [Test]
    public void AnEndWithoutATitleEndsThePersonsOneRoleAtThatOrganization()
    {
        var events = new[]
        {
            E(EventType.Hold, "Tom Lee", "Acme", "chief executive"),
            E(EventType.End, "Tom Lee", "Acme", null, "2020"),          // ends the one role he held there
            E(EventType.End, "Tom Lee", "Beta Inc", null),              // no role at Beta: stays without
            E(EventType.Start, "Ann Wu", "Acme", "president"),
            E(EventType.Hold, "Ann Wu", "Acme", "director"),
            E(EventType.End, "Ann Wu", "Acme", null),                   // two roles: which one ended is not known
            E(EventType.Start, "Bo Xu", "Beta Inc", "co-founder", "1971"),
            E(EventType.End, "Bo Xu", "Beta Inc", null, "2020"),        // founding ends no role
        };
        Assert.That(EventConsolidator.Consolidate(events), Is.EqualTo(new[]
        {
            E(EventType.End, "Tom Lee", "Acme", "chief executive", "2020"), events[2], events[3], events[4], events[5], events[6], events[7],
        }));
    }

    [Test]
    public void AMoveWithoutATitleDatedOtherwiseThanTheTitledOnesIsAnotherMove()
    {
        var events = new[]
        {
            E(EventType.Start, "Jane Roe", "Acme", "chief executive", "2010"),
            E(EventType.Start, "Jane Roe", "Acme", null, "2003"),       // joined years before: kept
            E(EventType.Start, "Ann Wu", "Acme", "president", "2015"),
            E(EventType.Start, "Ann Wu", "Acme", null, "2015"),         // the same move: dropped
            E(EventType.End, "Tom Lee", "Acme", "president"),
            E(EventType.End, "Tom Lee", "Acme", null, "2019"),          // the titled end has no date: this one, which dates it
        };
        Assert.That(EventConsolidator.Consolidate(events), Is.EqualTo(new[] { events[0], events[1], events[2], events[4] with { Date = "2019" } }));
    }
}
