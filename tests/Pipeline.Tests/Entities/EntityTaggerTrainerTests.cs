using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Learning;

namespace Pipeline.Tests.Entities;

/// <summary>Training on a small made-up corpus: deterministic, two passes, and a model folder that loads to the same tagger.</summary>
public class EntityTaggerTrainerTests
{
    private static readonly string[] People = ["Adams", "Baker", "Clark", "Davis", "Evans", "Fox", "Grant", "Hill", "Irwin", "Jones", "Kerr", "Lowe"];
    private static readonly string[] Places = ["Aston", "Bexley", "Crewe", "Dover", "Ely", "Frome", "Goole", "Hythe"];
    private static readonly string[] Types = ["PER", "LOC"];

    /// <summary>"Mr NAME said in PLACE ." sentences (PER at token 1, LOC at token 4), and a plain one.</summary>
    private static LabeledDocument Article(int seed)
    {
        var sentences = new List<string>();
        var entities = new List<EntitySpan>();
        for (int k = 0; k < 3; k++)
        {
            int first = sentences.Count * 6;
            sentences.Add($"Mr {People[(seed + k) % People.Length]} said in {Places[(seed * 3 + k) % Places.Length]} .");
            entities.Add(new EntitySpan(first + 1, first + 2, 0));
            entities.Add(new EntitySpan(first + 4, first + 5, 1));
        }
        sentences.Add("The talks went on .");
        return new LabeledDocument(EntityTaggerResourcesTests.DocumentOf(sentences.ToArray()), entities);
    }

    private static readonly List<LabeledDocument> Train = Enumerable.Range(0, 12).Select(Article).ToList();
    private static readonly List<LabeledDocument> Dev = Enumerable.Range(20, 4).Select(Article).ToList();
    private static readonly EntityTrainingOptions Options = new(Epochs: 3, Seed: 7, Folds: 3, Members: 2, FirstPassFolds: 2);

    private static TrainedEntityTagger TrainOnce(EntityTrainingOptions options) =>
        EntityTaggerTrainer.Train(Train, Dev, Types, options, WordClusters.None, new Gazetteer());

    private static byte[] Bytes(LinearModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    private static readonly Document Unseen = EntityTaggerResourcesTests.DocumentOf("Mr Quinn said in Ripon .", "The talks went on .");

    [Test]
    public void TrainingTwiceWithTheSameSeedGivesTheSameModels()
    {
        var (a, b) = (TrainOnce(Options), TrainOnce(Options));
        Assert.Multiple(() =>
        {
            Assert.That(Bytes(a.Final.Model), Is.EqualTo(Bytes(b.Final.Model)));
            Assert.That(Bytes(a.FirstPass!.Model), Is.EqualTo(Bytes(b.FirstPass!.Model)));
            Assert.That(a.Final.DevF1ByEpoch, Is.EqualTo(b.Final.DevF1ByEpoch));
        });
    }

    [Test]
    public void TheSecondPassReadsTheFirstAndBothLearnThePattern()
    {
        var trained = TrainOnce(Options);
        Assert.Multiple(() =>
        {
            Assert.That(trained.Tagger.FirstPass, Is.SameAs(trained.FirstPass!.Tagger));
            Assert.That(trained.FirstPass.Tagger.FirstPass, Is.Null);
            Assert.That(trained.Final.DevF1ByEpoch, Has.Count.EqualTo(2).And.All.Count.EqualTo(3));
            Assert.That(trained.Final.BestEpochs, Has.Count.EqualTo(2).And.All.InRange(1, 3));
            Assert.That(trained.Tagger.Tag(Unseen), Is.EqualTo(new[] { new EntitySpan(1, 2, 0), new EntitySpan(4, 5, 1) }));
            Assert.That(trained.FirstPass.Tagger.Tag(Unseen), Is.EqualTo(new[] { new EntitySpan(1, 2, 0), new EntitySpan(4, 5, 1) }));
        });
    }

    [Test]
    public void WithoutFirstPassFoldsTheTaggerHasOnePass()
    {
        var trained = TrainOnce(Options with { FirstPassFolds = 0 });
        Assert.Multiple(() =>
        {
            Assert.That(trained.FirstPass, Is.Null);
            Assert.That(trained.Tagger.FirstPass, Is.Null);
        });
    }

    [Test]
    public void TrainingNeedsAsManyDocumentsAsFolds() =>
        Assert.That(() => EntityTaggerTrainer.Train(Train.Take(2).ToList(), Dev, Types, Options, WordClusters.None, new Gazetteer()),
            Throws.ArgumentException.With.Message.Contains("at least 3 documents"));

    [Test]
    public void ASavedModelLoadsToATaggerThatTagsTheSame()
    {
        var trained = TrainOnce(Options);
        var folder = Directory.CreateTempSubdirectory("pipeline-trained-").FullName;
        try
        {
            EntityModelDirectory.Save(folder, trained, new JObject { ["train"] = "made up" }, clustersFile: null, nameListsFolder: null);
            var loaded = EntityModelDirectory.Load(folder);
            var manifest = JObject.Parse(File.ReadAllText(Path.Combine(folder, "model.json")));
            Assert.Multiple(() =>
            {
                Assert.That(loaded.FirstPass, Is.Not.Null);
                Assert.That(loaded.Temperature, Is.EqualTo(trained.Tagger.Temperature));
                Assert.That(loaded.FirstPass!.Temperature, Is.EqualTo(trained.FirstPass!.Tagger.Temperature));
                Assert.That((int)manifest["first_pass"]!["features"]!, Is.EqualTo(trained.FirstPass.Model.FeatureCount));
                Assert.That(loaded.Tag(Unseen), Is.EqualTo(trained.Tagger.Tag(Unseen)));
                foreach (var (document, _) in Dev)
                    Assert.That(loaded.Tag(document), Is.EqualTo(trained.Tagger.Tag(document)));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
