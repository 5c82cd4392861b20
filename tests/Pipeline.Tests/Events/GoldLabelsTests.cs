using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Events;

namespace Pipeline.Tests.Events;

/// <summary>Which gold event a training candidate states.</summary>
public class GoldLabelsTests
{
    private static readonly EventCandidates Candidates = new(RuleBasedExtractor.ReadTriggers());

    private static GoldEvent Gold(EventType type, string? role, string? date) =>
        new(type, "Ann Roe", ["Westinghouse"], [role], [date]);

    /// <summary>The label of each candidate, as "sentence role: type" ("-" for no title), in candidate order.</summary>
    private static string[] Labels(Document document, params GoldEvent[] events)
    {
        var labels = new GoldLabels(new GoldDocument("d", null, events, "d.json"));
        return EventCandidates.Of(document).Select(c => $"{document.Sentences.IndexOf(c.Sentence.Sentence)} {c.Role?.Text ?? "-"}: "
            + (labels.EventOf(document, c, Candidates)?.Type.ToString() ?? "none")).ToArray();
    }

    private static void AddTime(Document document, int token, string value) =>
        document.TimeExpressions.Add(new TimeExpression(document.Tokens[token].Span, document.TextOf(document.Tokens[token]), value, token, token + 1));

    [Test]
    public void OfAPairsSeveralEventsACandidateStatesTheOneItsSentenceDates()
    {
        // Ann 0 Roe 1 joined 2 Westinghouse 3 in 4 1994 5 . 6 | Ann 7 Roe 8 left 9 Westinghouse 10 in 11 2000 12 . 13
        var document = EventExtractorTests.Article(["Ann Roe joined Westinghouse in 1994 .", "Ann Roe left Westinghouse in 2000 ."],
            (0, 2, MentionType.Person), (3, 4, MentionType.Organization), (7, 9, MentionType.Person), (10, 11, MentionType.Organization));
        AddTime(document, 5, "1994");
        AddTime(document, 12, "2000");
        // The end is listed first: the dates, not the order of the gold file, decide.
        Assert.That(Labels(document, Gold(EventType.End, null, "2000"), Gold(EventType.Start, null, "1994")), Is.EqualTo(new[] { "0 -: Start", "1 -: End" }));
    }

    [Test]
    public void WithoutDatesTheTriggerWordsTypeDecidesAndATitleMustMatch()
    {
        // Ann 0 Roe 1 left 2 Westinghouse 3 as 4 president 5 . 6
        var document = EventExtractorTests.Article(["Ann Roe left Westinghouse as president ."],
            (0, 2, MentionType.Person), (3, 4, MentionType.Organization), (5, 6, MentionType.Title));
        Assert.That(Labels(document, Gold(EventType.Start, "chief executive", null), Gold(EventType.End, "president", null)),
            Is.EqualTo(new[] { "0 -: End", "0 president: End" }));
        Assert.That(Labels(document, Gold(EventType.Start, "chief executive", null)), Is.EqualTo(new[] { "0 -: Start", "0 president: none" }));
    }

    [Test]
    public void ForTheRoleModelTheTitledCandidatesThatStateAnEventAreRightOrElseTheOneWithoutATitle()
    {
        // Ann 0 Roe 1 left 2 Westinghouse 3 as 4 president 5 and 6 chairman 7 . 8
        var document = EventExtractorTests.Article(["Ann Roe left Westinghouse as president and chairman ."],
            (0, 2, MentionType.Person), (3, 4, MentionType.Organization), (5, 6, MentionType.Title), (7, 8, MentionType.Title));
        var candidates = EventCandidates.Of(document);
        // Each choice as "type: first-end right…", candidates by index (0 without a title, 1 president, 2 chairman).
        string[] Choices(params GoldEvent[] events)
        {
            var labels = new GoldLabels(new GoldDocument("d", null, events, "d.json"));
            var examples = candidates.Select(c => (Array.Empty<Pipeline.Learning.FeatureHash>(), GoldLabels.Label(labels.EventOf(document, c, Candidates)))).ToArray();
            return GoldLabels.ForRoles(candidates, examples).Select(c => $"{(EventType)(c.Label - 1)}: {c.First}-{c.End} {string.Join(" ", c.Right)}").ToArray();
        }
        Assert.Multiple(() =>
        {
            Assert.That(candidates.Select(c => c.Role?.Text ?? "-"), Is.EqualTo(new[] { "-", "president", "chairman" }));
            Assert.That(Choices(Gold(EventType.End, "president", null)), Is.EqualTo(new[] { "End: 0-3 1" }));
            Assert.That(Choices(Gold(EventType.End, "president", null), Gold(EventType.End, "chairman", null)), Is.EqualTo(new[] { "End: 0-3 1 2" }));
            Assert.That(Choices(Gold(EventType.End, null, null)), Is.EqualTo(new[] { "End: 0-3 0" }));
            Assert.That(Choices(Gold(EventType.End, "president", null), Gold(EventType.Hold, "chairman", null)), Is.EqualTo(new[] { "End: 0-3 1", "Hold: 0-3 2" }));
            Assert.That(Choices(Gold(EventType.Start, "director", null)), Is.EqualTo(new[] { "Start: 0-3 0" }));
        });
    }
}
