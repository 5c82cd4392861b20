using Newtonsoft.Json.Linq;
using Pipeline.Evaluation;
using Pipeline.Learning;

namespace Pipeline.Tests.Evaluation;

public class EntityScoresTests
{
    private const int Per = 0, Org = 1, Loc = 2;

    /// <summary>
    /// Sentence 1: gold PER [0,2), LOC [3,4), ORG [5,6); predicted PER [0,2) (right), ORG [3,4) (wrong type), LOC [7,8) (spurious).
    /// Sentence 2: gold LOC [0,1); predicted LOC [0,1) (right), PER [1,3) (spurious).
    /// PER: 1 correct / 2 predicted / 1 gold. ORG: 0 / 1 / 1. LOC: 1 / 2 / 2. Overall: 2 / 5 / 4.
    /// </summary>
    private static EntityScores HandExample()
    {
        var scores = new EntityScores(["PER", "ORG", "LOC"]);
        scores.Add([new(0, 2, Per), new(3, 4, Loc), new(5, 6, Org)], [new(0, 2, Per), new(3, 4, Org), new(7, 8, Loc)]);
        scores.Add([new EntitySpan(0, 1, Loc)], [new(0, 1, Loc), new(1, 3, Per)]);
        return scores;
    }

    [Test]
    public void CountsExactSpanMatchesPerTypeAndOverall()
    {
        var scores = HandExample();
        Assert.Multiple(() =>
        {
            Assert.That(scores.Of(Per), Is.EqualTo(new PrecisionRecall(1, 2, 1)));
            Assert.That(scores.Of(Org), Is.EqualTo(new PrecisionRecall(0, 1, 1)));
            Assert.That(scores.Of(Loc), Is.EqualTo(new PrecisionRecall(1, 2, 2)));
            Assert.That(scores.Overall, Is.EqualTo(new PrecisionRecall(2, 5, 4)));
        });
    }

    [Test]
    public void PrecisionRecallAndF1FollowFromTheCounts()
    {
        var overall = HandExample().Overall;
        var per = HandExample().Of(Per);
        Assert.Multiple(() =>
        {
            Assert.That(overall.Precision, Is.EqualTo(0.4).Within(1e-12));
            Assert.That(overall.Recall, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(overall.F1, Is.EqualTo(4.0 / 9).Within(1e-12));
            Assert.That(per.Precision, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(per.Recall, Is.EqualTo(1.0).Within(1e-12));
            Assert.That(per.F1, Is.EqualTo(2.0 / 3).Within(1e-12));
        });
    }

    [Test]
    public void NothingToDivideGivesZeros()
    {
        var none = new PrecisionRecall(0, 0, 0);
        var missed = new PrecisionRecall(0, 0, 3);
        var wrong = new PrecisionRecall(0, 2, 3);
        Assert.Multiple(() =>
        {
            Assert.That((none.Precision, none.Recall, none.F1), Is.EqualTo((0.0, 0.0, 0.0)));
            Assert.That((missed.Precision, missed.Recall, missed.F1), Is.EqualTo((0.0, 0.0, 0.0)));
            Assert.That((wrong.Precision, wrong.Recall, wrong.F1), Is.EqualTo((0.0, 0.0, 0.0)));
        });
    }

    [Test]
    public void AnEntityCountsOnceHoweverOftenItIsListed()
    {
        var scores = new EntityScores(["PER"]);
        scores.Add([new(0, 1, Per), new(0, 1, Per)], [new(0, 1, Per), new(0, 1, Per), new(2, 3, Per)]);
        Assert.That(scores.Overall, Is.EqualTo(new PrecisionRecall(1, 2, 1)));
    }

    [Test]
    public void SpansMustMatchExactly()
    {
        var scores = new EntityScores(["PER"]);
        scores.Add([new EntitySpan(1, 3, Per)], [new(1, 2, Per), new(0, 3, Per), new(1, 4, Per)]);
        Assert.That(scores.Overall, Is.EqualTo(new PrecisionRecall(0, 3, 1)));
    }

    [Test]
    public void JsonHasTheOverallFiguresAndOneObjectPerType()
    {
        var json = JObject.Parse(HandExample().Json());
        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name),
                Is.EqualTo(new[] { "precision", "recall", "f1", "gold", "predicted", "correct", "per_type" }));
            Assert.That((double)json["precision"]!, Is.EqualTo(0.4));
            Assert.That((double)json["recall"]!, Is.EqualTo(0.5));
            Assert.That((double)json["f1"]!, Is.EqualTo(0.4444));
            Assert.That(((int)json["gold"]!, (int)json["predicted"]!, (int)json["correct"]!), Is.EqualTo((4, 5, 2)));
            var perType = (JObject)json["per_type"]!;
            Assert.That(perType.Properties().Select(p => p.Name), Is.EqualTo(new[] { "PER", "ORG", "LOC" }));
            Assert.That((double)perType["PER"]!["precision"]!, Is.EqualTo(0.5));
            Assert.That((double)perType["PER"]!["recall"]!, Is.EqualTo(1.0));
            Assert.That((double)perType["PER"]!["f1"]!, Is.EqualTo(0.6667));
            Assert.That((double)perType["ORG"]!["f1"]!, Is.EqualTo(0.0));
            Assert.That(((int)perType["ORG"]!["gold"]!, (int)perType["ORG"]!["predicted"]!, (int)perType["ORG"]!["correct"]!), Is.EqualTo((1, 1, 0)));
            Assert.That((double)perType["LOC"]!["f1"]!, Is.EqualTo(0.5));
        });
    }

    [Test]
    public void JsonIsOneCompactLine() =>
        Assert.That(new EntityScores(["PER"]).Json(),
            Is.EqualTo("""{"precision":0.0,"recall":0.0,"f1":0.0,"gold":0,"predicted":0,"correct":0,"per_type":{"PER":{"precision":0.0,"recall":0.0,"f1":0.0,"gold":0,"predicted":0,"correct":0}}}"""));

    [Test]
    [SetCulture("en-US")]
    public void TextIsATableWithOverallFirst()
    {
        var lines = HandExample().Text().Split(Environment.NewLine);
        Assert.That(lines, Is.EqualTo(new[]
        {
            "type     precision    recall        f1    gold   found",
            "overall     0.4000    0.5000    0.4444       4       5",
            "PER         0.5000    1.0000    0.6667       1       2",
            "ORG         0.0000    0.0000    0.0000       1       1",
            "LOC         0.5000    0.5000    0.5000       2       2",
            "",
        }));
    }
}
