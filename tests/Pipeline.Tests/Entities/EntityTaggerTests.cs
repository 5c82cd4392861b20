using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Learning;
using Pipeline.Text;

namespace Pipeline.Tests.Entities;

public class EntityTaggerTests
{
    // Loading the shipped model takes a couple of seconds (word classes and name lists): once for the whole fixture.
    private static readonly Lazy<EntityTagger> Shipped = new(() => EntityModelDirectory.Load(EntityModelDirectory.DefaultPath()));
    private static readonly Lazy<EntityRecognizer> Recognizer = new(() => new EntityRecognizer(Shipped.Value));

    private static Document Prepare(string text)
    {
        var document = new Document("t", text);
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }

    private static string[] Mentions(Document document) =>
        document.Mentions.Select(m => $"{m.Type}: {m.Text}").ToArray();

    private static string[] Tag(string text)
    {
        var document = Prepare(text);
        Recognizer.Value.Process(document);
        Assert.That(document.Mentions.All(m => m.Text == document.TextOf(m.Span)), Is.True, "each mention's text is its span's text");
        Assert.That(document.Mentions.All(m => m.Span.Start == document.Tokens[m.FirstToken].Start && m.Span.End == document.Tokens[m.EndToken - 1].End),
            Is.True, "each mention's span runs from its first token to its last");
        return Mentions(document);
    }

    // --- Loading ---

    [Test]
    public void TheShippedModelLoadsFromBesideTheBinaries()
    {
        var path = EntityModelDirectory.DefaultPath();
        var tagger = Shipped.Value;
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(path, "model.json")));
        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo(Path.Combine(AppContext.BaseDirectory, "models", "ner")));
            Assert.That(tagger.Tags.Types, Is.EqualTo(new[] { "PER", "ORG", "LOC", "MISC" }));
            Assert.That(tagger.Tags.Count, Is.EqualTo(17));
            Assert.That(Enumerable.Range(0, 17).Select(tagger.Tags.Name), Is.EqualTo(manifest["tags"]!.Values<string>()));
            Assert.That(tagger.Temperature, Is.EqualTo((float)manifest["decoding"]!["temperature"]!));
            Assert.That(tagger.Resources.Clusters.Count, Is.EqualTo((int)manifest["word_classes"]!));
            Assert.That(tagger.Resources.Clusters.Granularities, Is.GreaterThan(1));
            Assert.That(tagger.Resources.Gazetteer.Count, Is.InRange(1, (int)manifest["names"]!));
            Assert.That(tagger.Resources.NameLists.Count, Is.GreaterThan(0));
            Assert.That(tagger.Resources.Casing.Count, Is.EqualTo(File.ReadLines(Path.Combine(path, "casing.tsv")).Count()));
        });
    }

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-ner-model-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// A copy of the shipped model folder whose manifest <paramref name="edit"/> changes. The word classes and name
    /// lists (9 MB, optional: the folder loads without them) are left out to keep the copy quick.
    /// </summary>
    private string CopyOfTheModel(Action<JObject> edit)
    {
        var source = EntityModelDirectory.DefaultPath();
        foreach (var file in Directory.EnumerateFiles(source))
            if (Path.GetFileName(file) != "clusters.tsv") File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        var manifestPath = Path.Combine(_dir, "model.json");
        var manifest = JObject.Parse(File.ReadAllText(manifestPath));
        edit(manifest);
        File.WriteAllText(manifestPath, manifest.ToString());
        return _dir;
    }

    [Test]
    public void ACopyWithTheManifestUntouchedLoads()
    {
        var tagger = EntityModelDirectory.Load(CopyOfTheModel(_ => { }));
        Assert.Multiple(() =>
        {
            Assert.That(tagger.Tags.Types, Is.EqualTo(new[] { "PER", "ORG", "LOC", "MISC" }));
            Assert.That(tagger.Resources.Gazetteer.Count, Is.EqualTo(Shipped.Value.Resources.Gazetteer.Count));
            Assert.That(tagger.Resources.Clusters.Count, Is.Zero);
        });
    }

    [TestCase("feature_set_version", 1, EntityFeatures.Version)]
    [TestCase("feature_set_version", EntityFeatures.Version + 1, EntityFeatures.Version)]
    [TestCase("format_version", 2, EntityModelDirectory.FormatVersion)]
    [TestCase("model_format_version", 99, LinearModel.FormatVersion)]
    public void LoadingRefusesAnotherVersionNamingTheManifest(string key, int version, int current)
    {
        var folder = CopyOfTheModel(m => m[key] = version);
        var e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(folder))!;
        Assert.That(e.Message, Does.StartWith(Path.Combine(folder, "model.json") + ":").And.Contains($"{key} is {version}; this program reads {current}"));
    }

    [Test]
    public void TheShippedModelReadsAFirstPassWithTheSameResources()
    {
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(EntityModelDirectory.DefaultPath(), "model.json")));
        var firstPass = Shipped.Value.FirstPass;
        Assert.That(firstPass, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(firstPass!.Temperature, Is.EqualTo((float)manifest["first_pass"]!["temperature"]!));
            Assert.That(firstPass.Resources, Is.SameAs(Shipped.Value.Resources));
            Assert.That(firstPass.FirstPass, Is.Null);
        });
    }

    [Test]
    public void AManifestWithoutAFirstPassLoadsAOnePassTagger()
    {
        var tagger = EntityModelDirectory.Load(CopyOfTheModel(m => m.Remove("first_pass")));
        Assert.That(tagger.FirstPass, Is.Null);
    }

    [Test]
    public void LoadingAFirstPassWithoutItsWeightsNamesTheFile()
    {
        var folder = CopyOfTheModel(_ => { });
        File.Delete(Path.Combine(folder, "first-pass.bin"));
        var e = Assert.Throws<FileNotFoundException>(() => EntityModelDirectory.Load(folder))!;
        Assert.That(e.Message, Does.Contain("first-pass.bin"));
    }

    [Test]
    public void LoadingRefusesAMissingOrNonIntegerVersion()
    {
        var missing = CopyOfTheModel(m => m.Remove("feature_set_version"));
        var e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(missing))!;
        Assert.That(e.Message, Does.StartWith(Path.Combine(missing, "model.json") + ":").And.Contains("feature_set_version is missing"));

        File.WriteAllText(Path.Combine(missing, "model.json"), File.ReadAllText(Path.Combine(EntityModelDirectory.DefaultPath(), "model.json"))
            .Replace("\"format_version\": 1", "\"format_version\": \"1\""));
        e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(missing))!;
        Assert.That(e.Message, Does.Contain("format_version is missing"));
    }

    [Test]
    public void LoadingRefusesAnotherTagScheme()
    {
        var folder = CopyOfTheModel(m => m["tag_scheme"] = "BIO");
        var e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(folder))!;
        Assert.That(e.Message, Does.StartWith(Path.Combine(folder, "model.json") + ":").And.Contains("BILOU"));
    }

    [Test]
    public void LoadingRefusesAManifestThatIsNotJson()
    {
        File.WriteAllText(Path.Combine(_dir, "model.json"), "{ \"format_version\": 1, ");
        var e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(_dir))!;
        Assert.That(e.Message, Does.StartWith(Path.Combine(_dir, "model.json") + ":").And.Contains("not valid JSON"));
    }

    [Test]
    public void LoadingAFolderWithoutAManifestSaysSo() =>
        Assert.That(() => EntityModelDirectory.Load(_dir),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains(_dir).And.Message.Contains("model.json"));

    [Test]
    public void LoadingRefusesTruncatedWeightsNamingTheFile()
    {
        var folder = CopyOfTheModel(_ => { });
        var weights = Path.Combine(folder, "weights.bin");
        using (var stream = File.Open(weights, FileMode.Open)) stream.SetLength(1000);
        var e = Assert.Throws<InvalidDataException>(() => EntityModelDirectory.Load(folder))!;
        Assert.That(e.Message, Does.StartWith(weights + ":").And.Contains("truncated"));
    }

    // --- The shipped model on clear cases ---

    [TestCase("Angela Merkel met Emmanuel Macron in Paris on Monday.",
        new[] { "Person: Angela Merkel", "Person: Emmanuel Macron", "Location: Paris" })]
    [TestCase("Microsoft said on Tuesday that Satya Nadella will visit London.",
        new[] { "Organization: Microsoft", "Person: Satya Nadella", "Location: London" })]
    [TestCase("The European Union and Japan signed a trade deal in Tokyo.",
        new[] { "Organization: European Union", "Location: Japan", "Location: Tokyo" })]
    [TestCase("Shares of Siemens AG rose in Frankfurt.",
        new[] { "Organization: Siemens AG", "Location: Frankfurt" })]
    [TestCase("President Bill Clinton said on Friday that Yasser Arafat would meet Israeli Prime Minister Benjamin Netanyahu.",
        new[] { "Person: Bill Clinton", "Person: Yasser Arafat", "Misc: Israeli", "Person: Benjamin Netanyahu" })]
    [TestCase("GERMANY BEATS ITALY IN ROME",
        new[] { "Location: GERMANY", "Location: ITALY", "Location: ROME" })]
    [TestCase("CLINTON VISITS LONDON",
        new[] { "Person: CLINTON", "Location: LONDON" })]
    [TestCase("GERMANY BEATS ITALY IN ROME\nGermany beat Italy 2-1 in Rome on Sunday.",
        new[] { "Location: GERMANY", "Location: ITALY", "Location: ROME", "Location: Germany", "Location: Italy", "Location: Rome" })]
    [TestCase("germany beat italy in rome .",
        new[] { "Location: germany", "Location: italy", "Location: rome" })]
    [TestCase("talks between germany and france resumed in paris .",
        new[] { "Location: germany", "Location: france", "Location: paris" })]
    [TestCase("he flew from london to paris .",
        new[] { "Location: london", "Location: paris" })]
    [TestCase("the united states and china agreed .",
        new[] { "Location: united states", "Location: china" })]
    [TestCase("angela merkel met emmanuel macron in paris on monday.",
        new[] { "Person: angela merkel", "Person: emmanuel macron", "Location: paris" })]
    [TestCase("the cat sat on the mat .", new string[0])]
    [TestCase("The cat sat on the mat.", new string[0])]
    [TestCase("He said it would rain later in the week and that prices would rise.", new string[0])]
    public void TheShippedModelTagsClearCases(string text, string[] expected) => Assert.That(Tag(text), Is.EqualTo(expected));

    [Test]
    public void ASentenceLongerThanTheWorkspaceBuffersIsTaggedToTheEnd()
    {
        // 72 tokens ("Monday ," and "Berlin ." are two each): more than the 64 the workspace starts with.
        var text = "Angela Merkel met Emmanuel Macron in Paris on Monday, and then they" + string.Concat(Enumerable.Repeat(" talked and", 26))
            + " talked before Merkel flew to Berlin.";
        var document = Prepare(text);
        Recognizer.Value.Process(document);
        Assert.Multiple(() =>
        {
            Assert.That(document.Sentences, Has.Count.EqualTo(1));
            Assert.That(document.Tokens, Has.Count.EqualTo(72));
            Assert.That(Mentions(document), Is.EqualTo(new[] { "Person: Angela Merkel", "Person: Emmanuel Macron", "Location: Paris", "Person: Merkel", "Location: Berlin" }));
            Assert.That(document.Mentions.Select(m => (m.FirstToken, m.EndToken)), Is.EqualTo(new[] { (0, 2), (3, 5), (6, 7), (67, 68), (70, 71) }));
        });
    }

    // --- Determinism and threads ---

    private static readonly string[] Texts =
    [
        "Angela Merkel met Emmanuel Macron in Paris on Monday.",
        "GERMANY BEATS ITALY IN ROME\nGermany beat Italy 2-1 in Rome on Sunday. Italian coach Arrigo Sacchi was not pleased.",
        "Microsoft said on Tuesday that Satya Nadella will visit London. Nadella will meet bankers from Barclays and HSBC.",
        "Shares of Siemens AG rose in Frankfurt. Siemens said its orders grew.",
        "President Bill Clinton said on Friday that Yasser Arafat would meet Israeli Prime Minister Benjamin Netanyahu.",
        "The cat sat on the mat.",
    ];

    [Test]
    public void TaggingADocumentDoesNotDependOnTheDocumentBefore()
    {
        var tagger = Shipped.Value;
        var workspace = new EntityTagger.Workspace();
        var alone = Texts.Select(t => tagger.Tag(Prepare(t))).ToArray();
        var inTurn = Texts.Select(t => tagger.Tag(Prepare(t), workspace)).ToArray();
        var again = Texts.Reverse().Select(t => tagger.Tag(Prepare(t), workspace)).Reverse().ToArray();
        Assert.Multiple(() =>
        {
            for (int i = 0; i < Texts.Length; i++)
            {
                Assert.That(inTurn[i], Is.EqualTo(alone[i]), Texts[i]);
                Assert.That(again[i], Is.EqualTo(alone[i]), Texts[i]);
            }
            Assert.That(alone.Sum(a => a.Count), Is.GreaterThan(10));
        });
    }

    [Test]
    public void TaggingInParallelGivesTheSameMentionsAsInTurn()
    {
        var sequential = Texts.Select(t =>
        {
            var document = Prepare(t);
            Recognizer.Value.Process(document);
            return document.Mentions.ToArray();
        }).ToArray();

        const int copies = 16;
        var documents = Enumerable.Range(0, Texts.Length * copies).Select(i => Prepare(Texts[i % Texts.Length])).ToArray();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, d => Recognizer.Value.Process(d));

        Assert.Multiple(() =>
        {
            for (int i = 0; i < documents.Length; i++)
                Assert.That(documents[i].Mentions, Is.EqualTo(sequential[i % Texts.Length]), $"copy {i / Texts.Length} of \"{Texts[i % Texts.Length]}\"");
        });
    }

    // --- The tagger's decoding, with a hand-made model ---

    private static readonly EntityResources NoResources = new(new Gazetteer(), WordCasing.FromEntries([]), WordClusters.None, new Gazetteer());

    /// <summary>A one-type tagger whose only weights are on the bias feature (template 1 of feature set version 1).</summary>
    private static EntityTagger BiasTagger(params float[] bias) =>
        new(new BilouTags(["PER"]), new LinearModel(5, new Dictionary<ulong, int> { [FeatureHash.Of(1).Value] = 0 }, bias), NoResources);

    private static Document Words(string text) => EntityTaggerResourcesTests.DocumentOf(text);

    [Test]
    public void DecodingOnlyProducesLegalSequences()
    {
        Assert.Multiple(() =>
        {
            // O, B, I, L, U: favouring U tags each word as an entity of its own.
            Assert.That(BiasTagger(0, 0, 0, 0, 10).Tag(Words("a b c")), Is.EqualTo(new EntitySpan[] { new(0, 1, 0), new(1, 2, 0), new(2, 3, 0) }));
            // Favouring B, I and L: B must open, and the sentence cannot end inside the entity, so B I L.
            Assert.That(BiasTagger(0, 10, 10, 10, 0).Tag(Words("a b c")), Is.EqualTo(new EntitySpan[] { new(0, 3, 0) }));
            // Favouring O: nothing.
            Assert.That(BiasTagger(10, 0, 0, 0, 0).Tag(Words("a b c")), Is.Empty);
            // A one-word sentence cannot end on B: of the tags left, O and U tie and the lower (O) wins.
            Assert.That(BiasTagger(0, 10, 10, 10, 0).Tag(Words("a")), Is.Empty);
        });
    }

    [Test]
    public void EntitiesAreOverAbsoluteTokenIndicesAcrossSentences()
    {
        var document = EntityTaggerResourcesTests.DocumentOf("a b", "c");
        Assert.That(BiasTagger(0, 0, 0, 0, 10).Tag(document), Is.EqualTo(new EntitySpan[] { new(0, 1, 0), new(1, 2, 0), new(2, 3, 0) }));
    }

    [Test]
    public void TheTaggerRejectsAModelForAnotherTagSetAndANonPositiveTemperature()
    {
        var tags = new BilouTags(["PER"]);
        var model = new LinearModel(5, new Dictionary<ulong, int>(), []);
        Assert.Multiple(() =>
        {
            Assert.That(() => new EntityTagger(new BilouTags(["PER", "LOC"]), model, NoResources), Throws.ArgumentException);
            Assert.That(() => new EntityTagger(tags, model, NoResources, 0f), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new EntityTagger(tags, model, NoResources, float.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void TheRecognizerRefusesATypeThePipelineDoesNotKnow()
    {
        var tagger = new EntityTagger(new BilouTags(["PER", "DATE"]), new LinearModel(9, new Dictionary<ulong, int>(), []), NoResources);
        Assert.That(() => new EntityRecognizer(tagger), Throws.ArgumentException.With.Message.Contains("\"DATE\""));
    }
}
