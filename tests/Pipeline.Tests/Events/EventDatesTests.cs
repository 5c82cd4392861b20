using Pipeline.Documents;
using Pipeline.Events;
using Pipeline.Learning;

namespace Pipeline.Tests.Events;

/// <summary>The date model: its examples (which of a sentence's dates is an event's) and its choice once trained.</summary>
public class EventDatesTests
{
    private static readonly string[] Sentence = ["Acme said Ann Rudd , who joined in 1989 , was named president , effective Feb. 1 ."];

    /// <summary>Acme 0 said 1 Ann 2 Rudd 3 , 4 who 5 joined 6 in 7 1989 8 , 9 was 10 named 11 president 12 , 13 effective 14 Feb. 15 1 16 . 17</summary>
    private static (Document Document, EventCandidate Untitled) Rudd()
    {
        var document = EventExtractorTests.Article(Sentence, (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (12, 13, MentionType.Title));
        EventExtractorTests.AddTime(document, 8, 9, "1989");
        EventExtractorTests.AddTime(document, 15, 17, "1995-02-01");
        var triggers = RuleBasedExtractor.ReadTriggers();
        var prepared = EventExtractor.Prepare(document, new EventCandidates(triggers), new RuleBasedExtractor(triggers));
        return (document, prepared.Candidates.Single(c => c.Role == null));
    }

    [TestCase(new[] { "1995-02-01" }, new[] { 2 })]
    [TestCase(new[] { "1989", "1995-02-01" }, new[] { 1, 2 })]
    [TestCase(new string?[] { null, "1989" }, new[] { 0, 1 })]
    [TestCase(new string?[] { null }, new[] { 0 })]
    [TestCase(new[] { "2001" }, new[] { 0 })]
    public void AnExampleRanksNoneAndTheSentencesDatesWithTheGoldOnesRight(string?[] gold, int[] right)
    {
        var (document, untitled) = Rudd();
        var example = EventDates.Example(document, untitled, EventType.Start, gold)!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(example.Options, Has.Length.EqualTo(3), "none, 1989, Feb. 1");
            Assert.That(example.Right, Is.EqualTo(right));
        });
    }

    [Test]
    public void TheNextSentencesDatesAreOptionsToo()
    {
        // Acme 0 named 1 Ann 2 Rudd 3 president 4 in 5 2019 6 . 7 | She 8 starts 9 in 10 May 11 . 12
        var document = EventExtractorTests.Article(["Acme named Ann Rudd president in 2019 .", "She starts in May ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (4, 5, MentionType.Title));
        EventExtractorTests.AddTime(document, 6, 7, "2019");
        EventExtractorTests.AddTime(document, 11, 12, "2020-05");
        var c = EventCandidates.Of(document).First(c => c.Sentence.Sentence.FirstToken == 0);
        var example = EventDates.Example(document, c, EventType.Start, ["2020-05"])!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(example.Options, Has.Length.EqualTo(3), "none, 2019, May");
            Assert.That(example.Right, Is.EqualTo(new[] { 2 }));
        });
    }

    [Test]
    public void TheModelChoosesTheDateItLearnedWhereTheHandRuleTakesAnother()
    {
        var (document, untitled) = Rudd();
        var example = EventDates.Example(document, untitled, EventType.Start, ["1995-02-01"])!.Value;
        var perceptron = new AveragedPerceptron(EventExtractor.ClassCount);
        var scores = new float[EventExtractor.ClassCount];
        int start = (int)EventType.Start + 1;
        // The first step ranks none (all scores 0, ties to the first) above Feb. 1 and learns that; the second finds it right.
        Assert.That(perceptron.UpdateChoice(example.Options, start, example.Right, scores), Is.EqualTo(0));
        Assert.That(perceptron.UpdateChoice(example.Options, start, example.Right, scores), Is.EqualTo(2));
        var model = perceptron.Average();
        Assert.Multiple(() =>
        {
            Assert.That(EventDates.Heuristic(document, untitled, EventType.Start), Is.EqualTo("1989"));
            Assert.That(EventDates.Choose(document, untitled, EventType.Start, model), Is.EqualTo("1995-02-01"));
            // No weights for ends: every option scores 0, and none, first, wins.
            Assert.That(EventDates.Choose(document, untitled, EventType.End, model), Is.Null);
        });
    }

    [Test]
    public void EffectiveImmediatelyGivesNoDateAndNoExample()
    {
        // Acme 0 named 1 Ann 2 Rudd 3 president 4 in 5 1989 6 , 7 effective 8 immediately 9 . 10
        var document = EventExtractorTests.Article(["Acme named Ann Rudd president in 1989 , effective immediately ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (4, 5, MentionType.Title));
        EventExtractorTests.AddTime(document, 6, 7, "1989");
        var c = EventCandidates.Of(document).First();
        var example = EventDates.Example(document, c, EventType.Start, ["1989"])!.Value;
        var perceptron = new AveragedPerceptron(EventExtractor.ClassCount);
        var scores = new float[EventExtractor.ClassCount];
        for (int step = 0; step < 2; step++) perceptron.UpdateChoice(example.Options, (int)EventType.Start + 1, example.Right, scores);
        var model = perceptron.Average();
        Assert.That(EventDates.Choose(document, c, EventType.Start, model), Is.EqualTo("1989"));
        EventExtractorTests.AddTime(document, 8, 10, null);
        Assert.Multiple(() =>
        {
            Assert.That(EventDates.Example(document, c, EventType.Start, ["1989"]), Is.Null);
            Assert.That(EventDates.Heuristic(document, c, EventType.Start), Is.Null);
            Assert.That(EventDates.Choose(document, c, EventType.Start, model), Is.Null);
        });
    }
}
