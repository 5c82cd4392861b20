using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

public class ScorerTests
{
    private static GoldEvent Gold(EventType type, string person, string[] companies, string?[] roles, string?[] dates) =>
        new(type, person, companies, roles, dates);

    private static Dictionary<string, GoldDocument> HandMadeGold() => new()
    {
        ["d1"] = new("d1", null, [
            Gold(EventType.Start, "Jane Roe", ["Acme Corp", "Acme"], ["chief executive officer", "CEO"], ["2021-03"]),
            Gold(EventType.End, "John Doe", ["Acme Corp"], [null], [null]),
            Gold(EventType.Hold, "Michael C. Barlerin", ["Beta Inc"], [null, "director"], ["2019", null]),
        ], "d1.json"),
        ["d2"] = new("d2", null, [], "d2.json"),
        ["d3"] = new("d3", null, [Gold(EventType.Start, "Ann Lee", ["Gamma"], [null], [null])], "d3.json"),
    };

    private static readonly Prediction[] HandMadePredictions =
    [
        new("d1", "start", "Ms. Jane Roe", "ACME", "CEO", "2021-03"),
        new("d1", "start", "Jane Roe", "Acme Corp.", "chief executive officer", "2021-03"), // the same event after normalization
        new("d1", "end", "John Doe", "Acme", "president", null),                          // core match, wrong role
        new("d1", "hold", "Michael Barlerin", "Beta", null, null),                         // initial dropped, null role and date accepted
        new("d1", "hold", "Jane Roe", "Acme", "CEO", null),                                // no such gold event
        new("d2", "start", "X Y", "Z", null, null),                                        // a document without events
        new("d9", "start", "Not Scored", "Nowhere", null, null),                           // no gold: ignored
    ];

    [Test]
    public void ScoresAHandComputedMix()
    {
        var report = Scorer.Score(HandMadeGold(), HandMadePredictions);
        Assert.Multiple(() =>
        {
            Assert.That(report["core", "all"], Is.EqualTo(new PrfCounts(3, 5, 4)));
            Assert.That(report["core", "all"].Precision, Is.EqualTo(0.6));
            Assert.That(report["core", "all"].Recall, Is.EqualTo(0.75));
            Assert.That(report["core", "all"].F1, Is.EqualTo(2 * 0.6 * 0.75 / 1.35).Within(1e-12));
            Assert.That(report["strict", "all"], Is.EqualTo(new PrfCounts(2, 5, 4)));
            Assert.That(report["strict", "all"].F1, Is.EqualTo(4.0 / 9).Within(1e-12));
            Assert.That(report["core", "start"], Is.EqualTo(new PrfCounts(1, 2, 2)));
            Assert.That(report["core", "end"], Is.EqualTo(new PrfCounts(1, 1, 1)));
            Assert.That(report["core", "hold"], Is.EqualTo(new PrfCounts(1, 2, 1)));
            Assert.That(report["strict", "end"], Is.EqualTo(new PrfCounts(0, 1, 1)));
            Assert.That((report.CoreMatches, report.RoleMatches, report.DateMatches), Is.EqualTo((3, 2, 3)));
            Assert.That(report.RoleAccuracy, Is.EqualTo(2.0 / 3).Within(1e-12));
            Assert.That(report.DateAccuracy, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void TheReliabilityTableBinsCoreOutcomesByConfidence()
    {
        // Core outcomes: Jane Roe start 0.95 (right; its duplicate at 0.15 counts once), John Doe end 0.91 (right),
        // Barlerin hold 0.55 (right), Jane Roe hold 0.52 (wrong), X Y start 0.05 (wrong); d9 has no gold.
        double?[] confidences = [0.95, 0.15, 0.91, 0.55, 0.52, 0.05, 0.99];
        var report = Scorer.Score(HandMadeGold(), HandMadePredictions.Select((p, i) => p with { Confidence = confidences[i] }));
        var (bins, error) = report.Reliability();
        Assert.Multiple(() =>
        {
            Assert.That(bins.Select(b => (b.From, b.Events)), Is.EqualTo(new[] { (0.0, 1), (0.5, 2), (0.9, 2) }));
            Assert.That(bins.Select(b => b.ShareCorrect), Is.EqualTo(new[] { 0.0, 0.5, 1.0 }));
            Assert.That(bins[1].MeanConfidence, Is.EqualTo(0.535).Within(1e-12));
            // (1 × 0.05 + 2 × |0.535 − 0.5| + 2 × |0.93 − 1|) / 5
            Assert.That(error, Is.EqualTo((0.05 + 2 * 0.035 + 2 * 0.07) / 5).Within(1e-12));
            Assert.That(Scorer.Score(HandMadeGold(), HandMadePredictions).Reliability().Bins, Is.Empty, "no confidences, no table");
        });
    }

    [Test]
    public void ListsEveryErrorWithItsDocument()
    {
        var report = Scorer.Score(HandMadeGold(), HandMadePredictions);
        var core = report.Errors.Where(e => e.Level == "core").Select(e => (e.Kind, e.Doc, e.Predicted?.Person ?? e.Gold!.Person)).ToList();
        Assert.That(core, Is.EquivalentTo(new[]
        {
            (ErrorKind.FalsePositive, "d1", "Jane Roe"),
            (ErrorKind.FalsePositive, "d2", "X Y"),
            (ErrorKind.FalseNegative, "d3", "Ann Lee"),
        }));
        var strict = report.Errors.Where(e => e.Level == "strict").Select(e => (e.Kind, e.Doc, e.Predicted?.Person ?? e.Gold!.Person)).ToList();
        Assert.That(strict, Is.EquivalentTo(new[]
        {
            (ErrorKind.FalsePositive, "d1", "John Doe"),
            (ErrorKind.FalsePositive, "d1", "Jane Roe"),
            (ErrorKind.FalsePositive, "d2", "X Y"),
            (ErrorKind.FalseNegative, "d1", "John Doe"),
            (ErrorKind.FalseNegative, "d3", "Ann Lee"),
        }));
        Assert.That(report.SlotMismatches.Select(m => (m.Doc, m.Predicted.Role, m.RoleOk, m.DateOk)), Is.EqualTo(new[] { ("d1", (string?)"president", false, true) }));
    }

    [Test]
    public void DocsRestrictionScoresOnlyTheListedDocuments()
    {
        var report = Scorer.Score(HandMadeGold(), HandMadePredictions, new HashSet<string> { "d2", "d3" });
        Assert.That(report["core", "all"], Is.EqualTo(new PrfCounts(0, 1, 1)));
        Assert.That(report.Documents, Is.EqualTo(2));
    }

    [Test]
    public void NoPredictionsScoreZeroRecall()
    {
        var report = Scorer.Score(HandMadeGold(), []);
        Assert.That(report["core", "all"], Is.EqualTo(new PrfCounts(0, 0, 4)));
        Assert.That((report["core", "all"].Precision, report["core", "all"].Recall, report["core", "all"].F1), Is.EqualTo((0.0, 0.0, 0.0)));
    }

    [Test]
    public void MatchingIsMaximumNotGreedy()
    {
        // Prediction 0 fits both gold events, prediction 1 only the first: greedy would pair 0 with 0 and lose one.
        var pairs = BipartiteMatching.Match(2, 2, (p, g) => p == 0 || g == 0);
        Assert.That(pairs, Is.EquivalentTo(new[] { (1, 0), (0, 1) }));
    }

    [Test]
    public void StrictPairsArePreferredForSlotAccuracy()
    {
        // Two gold events differ only by role; the prediction with the right role must pair with its gold twin.
        var gold = new Dictionary<string, GoldDocument>
        {
            ["d"] = new("d", null, [
                Gold(EventType.Start, "Jane Roe", ["Acme"], ["president"], [null]),
                Gold(EventType.Start, "Jane Roe", ["Acme"], ["chief executive officer"], [null]),
            ], "d.json"),
        };
        var report = Scorer.Score(gold, [new Prediction("d", "start", "Jane Roe", "Acme", "CEO", null)]);
        Assert.That((report.CoreMatches, report.RoleMatches), Is.EqualTo((1, 1)));
    }

    [Test]
    public void GoldScoredAgainstItselfIsPerfect()
    {
        var folder = TestPaths.SharedOrSkip("data/news-dev/gold");
        var problems = new List<Pipeline.Ingest.InputError>();
        var gold = GoldStandard.ReadFolder(folder, problems);
        Assert.That(problems, Is.Empty);
        var report = Scorer.Score(gold, gold.Values.SelectMany(AsPredictions));
        Assert.That(report["core", "all"].F1, Is.EqualTo(1.0));
        Assert.That(report["strict", "all"].F1, Is.EqualTo(1.0));
        Assert.That(report["strict", "all"].Gold, Is.EqualTo(606));
    }

    /// <summary>
    /// Each gold event as a prediction with acceptable values, choosing values that keep it distinct from
    /// the document's other events (a gold file may hold two events that differ only in an alias list).
    /// </summary>
    public static IEnumerable<Prediction> AsPredictions(GoldDocument doc)
    {
        var used = new HashSet<(string, string?, string?, string?, string?)>();
        foreach (var e in doc.Events)
        {
            var choices = from c in e.Companies from r in e.Roles from d in e.Dates select new Prediction(doc.Doc, e.Type.Name(), e.Person, c, r, d);
            yield return choices.FirstOrDefault(p => used.Add((p.Type!, Normalization.Person(p.Person), Normalization.Company(p.Company), Normalization.Role(p.Role), p.Date)))
                ?? choices.First();
        }
    }

    [Test]
    public void JsonReportHasFlatKeys()
    {
        var json = JObject.Parse(ReportFormatter.Json(Scorer.Score(HandMadeGold(), HandMadePredictions)));
        Assert.That((double)json["core.all.f1"]!, Is.EqualTo(0.6667));
        Assert.That((double)json["strict.all.p"]!, Is.EqualTo(0.4));
        Assert.That((int)json["core.hold.pred"]!, Is.EqualTo(2));
        Assert.That((double)json["slot.role_acc"]!, Is.EqualTo(0.6667));
        Assert.That(((JArray)json["errors"]!).Count, Is.EqualTo(8));
    }
}
