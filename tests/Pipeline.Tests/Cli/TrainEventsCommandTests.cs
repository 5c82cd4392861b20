using Pipeline.Cli;
using Pipeline.Events;

namespace Pipeline.Tests.Cli;

public class TrainEventsCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-train-events-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>Six short articles, four to train on and two to develop on, each with one gold start.</summary>
    private TrainEventsCommand.Source SmallCorpus()
    {
        string corpus = Path.Combine(_dir, "corpus"), gold = Path.Combine(_dir, "gold"), splits = Path.Combine(gold, "splits");
        Directory.CreateDirectory(corpus);
        Directory.CreateDirectory(splits);
        string[] people = ["Jane Roe", "Tom Lee", "Ann Wu", "Raj Patel", "Eva Berg", "Luis Ortega"];
        string[] companies = ["Acme Holdings Inc", "Beta Systems Corp", "Gamma Foods Ltd", "Delta Motors Inc", "Omega Bank Corp", "Sigma Group Ltd"];
        for (int i = 0; i < people.Length; i++)
        {
            File.WriteAllText(Path.Combine(corpus, $"a{i}.txt"),
                $"{companies[i]} said on Monday that it had named {people[i]} chief executive. Analysts welcomed the appointment.");
            File.WriteAllText(Path.Combine(gold, $"a{i}.json"),
                $$"""{"doc": "a{{i}}", "events": [{"type": "start", "person": "{{people[i]}}", "company": "{{companies[i]}}", "role": "chief executive", "date": null}]}""");
        }
        File.WriteAllLines(Path.Combine(splits, "train.txt"), ["a0", "a1", "a2", "a3"]);
        File.WriteAllLines(Path.Combine(splits, "dev.txt"), ["a4", "a5"]);
        return new TrainEventsCommand.Source(corpus, gold, Path.Combine(splits, "train.txt"), Path.Combine(splits, "dev.txt"));
    }

    [TestCase(new[] { 0.50, 0.58, 0.584, 0.586 }, 3)]
    [TestCase(new[] { 0.593, 0.58, 0.584, 0.594 }, 1)]
    [TestCase(new[] { 0.50, 0.51, 0.52, 0.60 }, 4)]
    public void TheFirstEpochWithinTheFoldsNoiseOfTheBestIsChosen(double[] f1ByEpoch, int expected) =>
        Assert.That(EventTrainer.ChooseEpoch(f1ByEpoch), Is.EqualTo(expected));

    [Test]
    public void TrainingWritesAModelThatLoadsAndTheCrossValidatedReport()
    {
        string output = Path.Combine(_dir, "model"), report = Path.Combine(_dir, "cv.txt");
        var log = new StringWriter();
        int exit = TrainEventsCommand.Run([SmallCorpus()], output, null, new EventTrainingOptions(Epochs: 2, Folds: 2), log, report);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), log.ToString());
        Assert.That(() => EventModelDirectory.Load(output), Throws.Nothing);
        var lines = File.ReadAllLines(report);
        Assert.Multiple(() =>
        {
            Assert.That(log.ToString(), Does.Contain("prepared 4 training and 2 development documents"));
            Assert.That(lines[0], Is.EqualTo("4 documents scored"));
            Assert.That(lines, Has.Some.Match(@"^core\s+all\s.*\s4$"), "four gold events in the report's core line");
        });
    }

    [Test]
    public void TrainingTwiceWithOneSeedWritesTheSameWeightsAndAnotherSeedOthers()
    {
        var source = SmallCorpus();
        byte[] Weights(string name, int seed)
        {
            string output = Path.Combine(_dir, name);
            Assert.That(TrainEventsCommand.Run([source], output, null, new EventTrainingOptions(Epochs: 2, Seed: seed, Folds: 2), new StringWriter()), Is.EqualTo(ExitCodes.Success));
            return File.ReadAllBytes(Path.Combine(output, "weights.bin"));
        }
        var first = Weights("first", 1);
        Assert.Multiple(() =>
        {
            Assert.That(Weights("second", 1), Is.EqualTo(first));
            Assert.That(Weights("third", 7), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void ASourcesWeightCountsItsDocumentsMoreAndIsRecorded()
    {
        var source = SmallCorpus();
        (byte[] Weights, string Manifest) Train(string name, int weight)
        {
            string output = Path.Combine(_dir, name);
            Assert.That(TrainEventsCommand.Run([source with { Weight = weight }], output, null, new EventTrainingOptions(Epochs: 2, Folds: 2), new StringWriter()), Is.EqualTo(ExitCodes.Success));
            return (File.ReadAllBytes(Path.Combine(output, "weights.bin")), File.ReadAllText(Path.Combine(output, "model.json")));
        }
        var (once, _) = Train("once", 1);
        var (twice, manifest) = Train("twice", 2);
        Assert.Multiple(() =>
        {
            Assert.That(twice, Is.Not.EqualTo(once));
            Assert.That(Newtonsoft.Json.Linq.JObject.Parse(manifest)["training"]!["weights"]![source.Documents]!.ToObject<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public void AWeightMustBeAtLeastOne()
    {
        var log = new StringWriter();
        Assert.That(TrainEventsCommand.Run([SmallCorpus() with { Weight = 0 }], Path.Combine(_dir, "model"), null, new EventTrainingOptions(), log), Is.EqualTo(ExitCodes.UsageOrIo));
        Assert.That(log.ToString(), Does.Contain("--news-weight must be at least 1"));
    }

    [Test]
    public void TheFoldsMustBeAtLeastTwo()
    {
        var log = new StringWriter();
        Assert.That(TrainEventsCommand.Run([SmallCorpus()], Path.Combine(_dir, "model"), null, new EventTrainingOptions(Folds: 1), log), Is.EqualTo(ExitCodes.UsageOrIo));
        Assert.That(log.ToString(), Does.Contain("--folds must be at least 2"));
    }
}
