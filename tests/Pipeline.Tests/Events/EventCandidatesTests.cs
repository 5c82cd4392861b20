using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Events;
using Pipeline.Learning;
using Pipeline.Tests.Entities;

namespace Pipeline.Tests.Events;

public class EventCandidatesTests
{
    /// <summary>
    /// Acme 0 Corp 1 named 2 Jane 3 Roe 4 chief 5 executive 6 . 7 | Beta 8 Inc 9 hired 10 Tom 11 Lee 12 . 13 | Lee 14 said 15 so 16 . 17
    /// </summary>
    private static Document Article() => EventExtractorTests.Article(["Acme Corp named Jane Roe chief executive .", "Beta Inc hired Tom Lee .", "Lee said so ."],
        (0, 2, MentionType.Organization), (3, 5, MentionType.Person), (5, 7, MentionType.Title),
        (8, 10, MentionType.Organization), (11, 13, MentionType.Person), (14, 15, MentionType.Person));

    [Test]
    public void EachPersonIsPairedWithTheSentencesOrganizationsTheRecentOnesAndTheMainOneWithAndWithoutEachTitle()
    {
        var candidates = EventCandidates.Of(Article()).Select(c =>
            $"{c.Person.Text}@{c.Person.FirstToken}={c.PersonEntity.Name} | {c.OrganizationEntity.Name} {c.Scope} {c.Organization?.FirstToken.ToString() ?? "-"} "
            + $"back {c.Back.Sentences}{(c.Back.Subject ? " subject" : "")}{(c.Main ? " main" : "")} | {c.Role?.Text ?? "-"}");
        Assert.That(candidates, Is.EqualTo(new[]
        {
            "Jane Roe@3=Jane Roe | Acme Corp Sentence 0 back 0 main | -",
            "Jane Roe@3=Jane Roe | Acme Corp Sentence 0 back 0 main | chief executive",
            "Tom Lee@11=Tom Lee | Beta Inc Sentence 8 back 0 | -",
            "Tom Lee@11=Tom Lee | Acme Corp Previous - back 1 subject main | -",
            "Lee@14=Tom Lee | Beta Inc Previous - back 1 subject | -",
            "Lee@14=Tom Lee | Acme Corp Previous - back 2 subject main | -",
        }));
    }

    [Test]
    public void ACandidateKnowsHowManyOrganizationsItsSentenceNamesAndWhetherItIntroducesThePerson()
    {
        // Acme 0 said 1 Acme 2 hired 3 Ann 4 Lee 5 . 6 | Lee 7 left 8 Beta 9 for 10 Gamma 11 . 12 | Lee 13 said 14 so 15 . 16
        var document = EventExtractorTests.Article(["Acme said Acme hired Ann Lee .", "Lee left Beta for Gamma .", "Lee said so ."],
            (0, 1, MentionType.Organization), (2, 3, MentionType.Organization), (4, 6, MentionType.Person),
            (7, 8, MentionType.Person), (9, 10, MentionType.Organization), (11, 12, MentionType.Organization), (13, 14, MentionType.Person));
        var seen = new HashSet<Mention>();
        Assert.That(EventCandidates.Of(document).Where(c => seen.Add(c.Person)).Select(c =>
            $"{c.Person.Text}@{c.Person.FirstToken} {EventCandidates.OrganizationsNamed(c.Sentence)} {(EventCandidates.Introduces(c) ? "introduces" : "again")}"),
            Is.EqualTo(new[] { "Ann Lee@4 1 introduces", "Lee@7 2 again", "Lee@13 0 again" }));
    }

    [Test]
    public void ATriggerSpeaksOfThePeopleOnItsSideOfTheQuotationMarks()
    {
        // Ann 0 Lee 1 said 2 “ 3 Roe 4 leaves 5 Acme 6 ” 7 , 8 years 9 after 10 she 11 joined 12 . 13
        var document = EventExtractorTests.Article(["Ann Lee said “ Roe leaves Acme ” , years after she joined ."],
            (0, 2, MentionType.Person), (4, 5, MentionType.Person), (6, 7, MentionType.Organization));
        var triggers = new EventCandidates(RuleBasedExtractor.ReadTriggers());
        Assert.That(EventCandidates.Of(document).Select(c => $"{c.Person.Text} {triggers.NearestTrigger(document, c)}"),
            Is.EqualTo(new[] { "Ann Lee Start", "Roe End", "she Start" }));
    }

    [Test]
    public void AVerbAndItsParticleAreATrigger()
    {
        // Ann 0 Lee 1 stepped 2 down 3 . 4 | Tom 5 Roe 6 took 7 over 8 at 9 Acme 10 . 11 | Bo 12 Wu 13 took 14 a 15 step 16 back 17 . 18 | Jo 19 Ng 20 stood 21 up 22 . 23
        // | Li 24 Na 25 will 26 no 27 longer 28 serve 29 . 30
        var document = EventExtractorTests.Article(["Ann Lee stepped down .", "Tom Roe took over at Acme .", "Bo Wu took a step back .", "Jo Ng stood up .", "Li Na will no longer serve ."],
            (0, 2, MentionType.Person), (5, 7, MentionType.Person), (10, 11, MentionType.Organization), (12, 14, MentionType.Person), (19, 21, MentionType.Person),
            (24, 26, MentionType.Person));
        var triggers = new EventCandidates(RuleBasedExtractor.ReadTriggers());
        Assert.That(EventCandidates.Of(document).Select(c => $"{c.Person.Text} {triggers.NearestTrigger(document, c)?.ToString() ?? "-"}"),
            Is.EqualTo(new[] { "Ann Lee End", "Tom Roe Start", "Bo Wu -", "Jo Ng -", "Li Na End" }));
    }

    [Test]
    public void FeaturesAreTheSameForTheSameCandidateAndDifferWithTheTitle()
    {
        var document = Article();
        var extractor = new EventCandidates(RuleBasedExtractor.ReadTriggers());
        var rules = EventExtractor.RuleEvents(document, RuleBasedExtractor.Load());
        var candidates = EventCandidates.Of(document);
        List<ulong> Features(EventCandidate c)
        {
            var features = new List<FeatureHash>();
            extractor.Features(document, c, rules, features);
            return features.Select(f => f.Value).ToList();
        }
        Assert.Multiple(() =>
        {
            Assert.That(Features(candidates[1]), Is.EqualTo(Features(candidates[1])));
            Assert.That(Features(candidates[0]), Is.Not.EqualTo(Features(candidates[1])));
            Assert.That(document.Events, Is.Empty, "the rule-based extractor's events are taken back");
        });
    }

    [Test]
    public void TitlesJoinedByAndOrCommasAreOneRunAndOthersStandAlone()
    {
        // Acme 0 named 1 Jane 2 Roe 3 president 4 , 5 chief 6 executive 7 and 8 treasurer 9 of 10 Beta 11 and 12 director 13 . 14
        var document = EventExtractorTests.Article(["Acme named Jane Roe president , chief executive and treasurer of Beta and director ."],
            (0, 1, MentionType.Organization), (2, 4, MentionType.Person), (4, 5, MentionType.Title), (6, 8, MentionType.Title),
            (9, 10, MentionType.Title), (11, 12, MentionType.Organization), (13, 14, MentionType.Title));
        var titles = document.Mentions.Where(m => m.Type == MentionType.Title).ToList();
        Assert.That(titles.Select(t => EventCandidates.CoordinatedRun(document, titles, t)),
            Is.EqualTo(new[] { (4, 10, 1), (4, 10, 2), (4, 10, 3), (13, 14, 0) }));
    }

    [Test]
    public void TheRuleEventsCompareNamesAsTheScorerDoes()
    {
        var rules = new RuleEvents([new CareerEvent(EventType.Start, "Mr. Jane Roe", "Acme Corp.", "CEO", null, 0.5, new TextSpan(0, 1))]);
        Assert.Multiple(() =>
        {
            Assert.That(rules.Contains(EventType.Start, "Jane Roe", "Acme", "chief executive officer", core: false), Is.True);
            Assert.That(rules.Contains(EventType.Start, "Jane Roe", "Acme", null, core: false), Is.False);
            Assert.That(rules.Contains(EventType.Start, "Jane Roe", "Acme", null, core: true), Is.True);
            Assert.That(rules.Contains(EventType.End, "Jane Roe", "Acme", null, core: true), Is.False);
        });
    }
}

public class EventModelDirectoryTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-events-model-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static TrainedEvents Trained(bool roles = true, bool dates = true)
    {
        var model = new LinearModel(4, new Dictionary<ulong, int> { [7] = 0 }, [0.5f, -1f, 2f, 0.25f]);
        var roleModel = new LinearModel(4, new Dictionary<ulong, int> { [9] = 0 }, [1f, 3f, -2f, 0f]);
        var dateModel = new LinearModel(4, new Dictionary<ulong, int> { [11] = 0 }, [0f, 2f, 0.5f, -4f]);
        var empty = Scorer.Score(new Dictionary<string, GoldDocument>(), []);
        return new TrainedEvents(model, new PlattScaling(0.125, -0.5), -5f, 3, [0.25, 0.5, 0.75], empty, empty, 10, 4, roles ? roleModel : null, -20f,
            dates ? dateModel : null);
    }

    [Test]
    public void ASavedModelLoadsWithItsWeightsCalibrationThresholdsRoleModelAndDateModel()
    {
        EventModelDirectory.Save(_dir, Trained(), new JObject { ["train"] = "made up" });
        var loaded = EventModelDirectory.Load(_dir);
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(_dir, "model.json")));
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 4).Select(c => ((LinearModel)loaded.Events).Weight(new FeatureHash(7), c)), Is.EqualTo(new[] { 0.5f, -1f, 2f, 0.25f }));
            Assert.That(Enumerable.Range(0, 4).Select(c => ((LinearModel)loaded.Roles!).Weight(new FeatureHash(9), c)), Is.EqualTo(new[] { 1f, 3f, -2f, 0f }));
            Assert.That(Enumerable.Range(0, 4).Select(c => ((LinearModel)loaded.Dates!).Weight(new FeatureHash(11), c)), Is.EqualTo(new[] { 0f, 2f, 0.5f, -4f }));
            Assert.That(loaded.Calibration, Is.EqualTo(new PlattScaling(0.125, -0.5)));
            Assert.That((loaded.Threshold, loaded.RoleThreshold), Is.EqualTo((-5f, -20f)));
            Assert.That((int)manifest["scores"]!["best_epoch"]!, Is.EqualTo(3));
        });
    }

    [Test]
    public void AModelSavedWithoutRoleAndDateModelsOverAnotherLoadsWithoutThem()
    {
        EventModelDirectory.Save(_dir, Trained(), new JObject());
        EventModelDirectory.Save(_dir, Trained(roles: false, dates: false), new JObject());
        var loaded = EventModelDirectory.Load(_dir);
        Assert.Multiple(() =>
        {
            Assert.That((loaded.Roles, loaded.Dates), Is.EqualTo(((ILinearScorer?)null, (ILinearScorer?)null)));
            Assert.That(File.Exists(Path.Combine(_dir, "roles.bin")), Is.False);
            Assert.That(File.Exists(Path.Combine(_dir, "dates.bin")), Is.False);
        });
    }

    [TestCase("feature_set_version")]
    [TestCase("format_version")]
    public void LoadingRefusesAnotherVersionNamingTheManifest(string key)
    {
        EventModelDirectory.Save(_dir, Trained(), new JObject());
        var path = Path.Combine(_dir, "model.json");
        var manifest = JObject.Parse(File.ReadAllText(path));
        manifest[key] = 99;
        File.WriteAllText(path, manifest.ToString());
        var e = Assert.Throws<InvalidDataException>(() => EventModelDirectory.Load(_dir))!;
        Assert.That(e.Message, Does.StartWith(path).And.Contains($"{key} is 99"));
    }

    [Test]
    public void AFolderWithoutAModelSaysHowToTrainOne() =>
        Assert.That(() => EventModelDirectory.Load(_dir), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("pipeline train events"));
}
