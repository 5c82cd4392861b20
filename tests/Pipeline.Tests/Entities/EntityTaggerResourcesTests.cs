using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Learning;

namespace Pipeline.Tests.Entities;

/// <summary>What the entity tagger knows besides its weights: word casing, word classes, shapes and document history.</summary>
public class EntityTaggerResourcesTests
{
    /// <summary>A document with one sentence a line and tokens separated by single spaces.</summary>
    internal static Document DocumentOf(params string[] sentences)
    {
        var document = new Document("d", string.Join("\n", sentences));
        int start = 0;
        foreach (var sentence in sentences)
        {
            int first = document.Tokens.Count, offset = start;
            foreach (var word in sentence.Split(' '))
            {
                document.Tokens.Add(new Token(offset, offset + word.Length, TokenKind.Word));
                offset += word.Length + 1;
            }
            document.Sentences.Add(new Sentence(start, start + sentence.Length, first, document.Tokens.Count - first));
            start += sentence.Length + 1;
        }
        return document;
    }

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-resources-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    // --- WordCasing ---

    private static Document CasingDocument() => DocumentOf(
        "The bank said Bank shares rose in London .",
        "Shares in London fell and the bank said so .",
        "BANK CRISIS IN LONDON");

    [Test]
    public void CasingCountsMidSentenceWordsOutsideCapitalsHeadlines()
    {
        // Mid-sentence uses: bank 2 lower + 1 capitalized (Mixed), said 2 lower, in 2 lower, London 2 capitalized.
        // "Shares", "The" open sentences; words seen once are dropped; "." has no letter; the capitals line is skipped.
        var (casing, entries) = WordCasing.FromDocuments([CasingDocument()]);
        Assert.Multiple(() =>
        {
            Assert.That(entries, Is.EqualTo(new (string, byte)[]
            {
                ("bank", WordCasing.Mixed), ("in", WordCasing.Lower), ("london", WordCasing.Capitalized), ("said", WordCasing.Lower),
            }));
            Assert.That(casing.Count, Is.EqualTo(4));
            Assert.That(casing.ClassOf("LONDON"), Is.EqualTo(WordCasing.Capitalized));
            Assert.That(casing.ClassOf("Bank"), Is.EqualTo(WordCasing.Mixed));
            Assert.That(casing.ClassOf("shares"), Is.EqualTo(WordCasing.Unknown));
            Assert.That(casing.ClassOf("crisis"), Is.EqualTo(WordCasing.Unknown));
        });
    }

    [Test]
    public void CasingClassesAreSplitAtNinetyPercent()
    {
        // "x" then 9 lower + 1 capitalized "acme" (90% lower: Lower), 8 + 2 "beta" (Mixed), 1 + 9 "gamma" (10%: Capitalized).
        static string Sentence(string word, int lower, int upper) =>
            "x " + string.Join(" ", Enumerable.Repeat(word, lower).Concat(Enumerable.Repeat(char.ToUpperInvariant(word[0]) + word[1..], upper)));
        var (casing, _) = WordCasing.FromDocuments([DocumentOf(Sentence("acme", 9, 1), Sentence("beta", 8, 2), Sentence("gamma", 1, 9))]);
        Assert.Multiple(() =>
        {
            Assert.That(casing.ClassOf("acme"), Is.EqualTo(WordCasing.Lower));
            Assert.That(casing.ClassOf("beta"), Is.EqualTo(WordCasing.Mixed));
            Assert.That(casing.ClassOf("gamma"), Is.EqualTo(WordCasing.Capitalized));
        });
    }

    [Test]
    public void CasingWriteThenReadKeepsTheClasses()
    {
        var path = Path.Combine(_dir, "casing.tsv");
        WordCasing.Write(path, [("bank", WordCasing.Mixed), ("london", WordCasing.Capitalized), ("said", WordCasing.Lower)]);
        var casing = WordCasing.Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllLines(path), Is.EqualTo(new[] { "bank\t3", "london\t2", "said\t1" }));
            Assert.That(casing.Count, Is.EqualTo(3));
            Assert.That(casing.ClassOf("London"), Is.EqualTo(WordCasing.Capitalized));
            Assert.That(casing.ClassOf("SAID"), Is.EqualTo(WordCasing.Lower));
        });
    }

    [TestCase("said\t4")]
    [TestCase("said")]
    [TestCase("\t1")]
    [TestCase("said\tlower")]
    public void CasingReadRejectsABadLineNamingTheFileAndLine(string bad)
    {
        var path = Write("casing.tsv", "bank\t3", bad);
        var e = Assert.Throws<InvalidDataException>(() => WordCasing.Read(path))!;
        Assert.That(e.Message, Does.StartWith($"{path}:2:"));
    }

    [TestCase(new[] { "GERMANY BEATS ITALY" }, true)]
    [TestCase(new[] { "NEW YORK 1996-08-30" }, true)]
    [TestCase(new[] { "EU 1996-08-30" }, false)]          // one word with letters
    [TestCase(new[] { "GERMANY beats ITALY" }, false)]
    [TestCase(new[] { "U.S. TO CUT RATES" }, true)]
    public void CapitalsHeadlinesHaveNoLowerCaseAndTwoWords(string[] sentence, bool expected)
    {
        var document = DocumentOf(sentence);
        Assert.That(WordCasing.IsAllCapitals(document.Text, document.Tokens, document.Sentences[0]), Is.EqualTo(expected));
    }

    [TestCase(new[] { "germany beat italy" }, true)]
    [TestCase(new[] { "1996-08-30 rome ." }, false)]      // one word with letters
    [TestCase(new[] { "germany beat Italy" }, false)]
    [TestCase(new[] { "u.s. to cut rates" }, true)]
    public void LowerCaseSentencesHaveNoCapitalAndTwoWords(string[] sentence, bool expected)
    {
        var document = DocumentOf(sentence);
        Assert.That(WordCasing.IsAllLowerCase(document.Text, document.Tokens, document.Sentences[0]), Is.EqualTo(expected));
    }

    // --- WordClusters ---

    [Test]
    public void ClustersReadOneClassPerGranularityLookedUpLowerCased()
    {
        var path = Write("clusters.tsv", "# word classes", "paris\t3\t17", "", "london\t3\t18");
        var clusters = WordClusters.Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(clusters.Granularities, Is.EqualTo(2));
            Assert.That(clusters.Count, Is.EqualTo(2));
            Assert.That(clusters.Of("PARIS").ToArray(), Is.EqualTo(new[] { 3, 17 }));
            Assert.That(clusters.Of("London").ToArray(), Is.EqualTo(new[] { 3, 18 }));
            Assert.That(clusters.Of("rome").IsEmpty, Is.True);
            Assert.That(WordClusters.None.Of("paris").IsEmpty, Is.True);
        });
    }

    [TestCase("rome\t3\tx")]
    [TestCase("rome\t3\t-1")]
    [TestCase("rome\t3")]
    [TestCase("rome\t3\t4\t5")]
    [TestCase("rome")]
    public void ClustersReadRejectsABadLineNamingTheFileAndLine(string bad)
    {
        var path = Write("clusters.tsv", "# word classes", "paris\t3\t17", bad);
        var e = Assert.Throws<InvalidDataException>(() => WordClusters.Read(path))!;
        Assert.That(e.Message, Does.StartWith($"{path}:3:"));
    }

    [Test]
    public void ClustersReadRejectsAFileWithoutEntries()
    {
        var path = Write("clusters.tsv", "# nothing here", "");
        var e = Assert.Throws<InvalidDataException>(() => WordClusters.Read(path))!;
        Assert.That(e.Message, Does.StartWith($"{path}:"));
    }

    [Test]
    public void ClustersAddRejectsTheWrongNumberOfClasses() =>
        Assert.That(() => new WordClusters(2).Add("paris", [1, 2, 3]), Throws.ArgumentException.With.Message.Contains("paris"));

    // --- Shapes ---

    [TestCase("London", "Xxxxx")]          // the run of five lower-case letters is cut to four
    [TestCase("1996-08-30", "dddd-dd-dd")]
    [TestCase("McDonald's", "XxXxxxx'x")]
    [TestCase("U.S.", "X.X.")]
    [TestCase("AAAAAAA", "XXXX")]
    [TestCase("Ünïcode", "Xxxxx")]
    [TestCase("x", "x")]
    [TestCase("3.5%", "d.d%")]
    [TestCase("aaaa-aaaaaa", "xxxx-xxxx")]
    public void ShapeMapsCharacterClassesAndCutsRunsToFour(string word, string shape)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.That(EntityFeatures.ShapeOf(word, buffer).ToString(), Is.EqualTo(shape));
    }

    [Test]
    public void ShapeStopsAtTheEndOfTheBuffer()
    {
        Span<char> buffer = stackalloc char[3];
        Assert.That(EntityFeatures.ShapeOf("Ab1-x", buffer).ToString(), Is.EqualTo("Xxd"));
    }

    // --- DocumentHistory ---

    [Test]
    public void StartingADocumentSkipsLowerCaseSentences()
    {
        var history = new DocumentHistory();
        history.Start(DocumentOf("shares of apple rose .", "Shares of Apple fell ."));
        Assert.Multiple(() =>
        {
            Assert.That(history.Casing[FeatureHash.Of(0).AddLower("apple").Value], Is.EqualTo(WordCasing.Capitalized));
            Assert.That(history.Casing.ContainsKey(FeatureHash.Of(0).AddLower("rose").Value), Is.False);
            Assert.That(history.Casing, Has.Count.EqualTo(3)); // of, apple, fell
        });
    }

    private static string[] Contexts(DocumentHistory history, string word, int token)
    {
        var features = new List<FeatureHash>();
        history.AddContexts(FeatureHash.Of(0).AddLower(word), token, features, leftTemplate: 1, rightTemplate: 2);
        var names = new Dictionary<ulong, string>();
        foreach (var w in new[] { "of", "at", "said", "cheered", "beat", "hull", "fans", "leeds", "." })
        {
            names[FeatureHash.Of(1).Add(FeatureHash.Of(0).AddLower(w)).Value] = "left " + w;
            names[FeatureHash.Of(2).Add(FeatureHash.Of(0).AddLower(w)).Value] = "right " + w;
        }
        names[FeatureHash.Of(1).Add(default(FeatureHash)).Value] = "left <s>";
        names[FeatureHash.Of(2).Add(default(FeatureHash)).Value] = "right </s>";
        return features.Select(f => names.GetValueOrDefault(f.Value, "?")).ToArray();
    }

    [Test]
    public void AWordSeesTheNeighboursOfItsOtherOccurrencesOnceEach()
    {
        var history = new DocumentHistory();
        // Tokens: Leeds 0, beat 1, Hull 2, . 3 | Fans 4, of 5, Leeds 6, cheered 7, . 8 | Fans 9, of 10, Leeds 11, said 12
        history.Start(DocumentOf("Leeds beat Hull .", "Fans of Leeds cheered .", "Fans of Leeds said"));
        Assert.Multiple(() =>
        {
            // Most recent occurrence first; "of" from the second and third occurrences is added once.
            Assert.That(Contexts(history, "Leeds", 0), Is.EqualTo(new[] { "left of", "right said", "right cheered" }));
            Assert.That(Contexts(history, "Leeds", 11), Is.EqualTo(new[] { "left of", "right cheered", "left <s>", "right beat" }));
            Assert.That(Contexts(history, "Hull", 2), Is.Empty, "a word seen once has no other occurrence");
            Assert.That(Contexts(history, "cheered", 7), Is.Empty, "lower-case words are not indexed");
        });
    }

    [Test]
    public void AWordKeepsTheNeighboursOfAtMostEightOccurrences()
    {
        var history = new DocumentHistory();
        var sentences = Enumerable.Range(0, 12).Select(i => i < 10 ? "Fans of Leeds" : "Fans at Leeds").ToArray();
        history.Start(DocumentOf(sentences));
        // Only the first eight occurrences are indexed, so "at" (the 11th and 12th) never appears.
        Assert.That(Contexts(history, "Leeds", 2), Is.EqualTo(new[] { "left of", "right </s>" }));
    }

    [Test]
    public void AFirstPassGivesTagsAndTheTypesOfTheWordsOtherOccurrences()
    {
        var history = new DocumentHistory();
        // Tokens: Leeds 0, United 1, won 2, . 3 | Leeds 4, fans 5, cheered 6, . 7
        var document = DocumentOf("Leeds United won .", "Leeds fans cheered .");
        history.Start(document);
        Assert.That(history.HasFirstPass, Is.False);
        history.SetFirstPass(document, [new EntitySpan(0, 2, 1), new EntitySpan(4, 5, 2)]);
        var leeds = FeatureHash.Of(0).AddLower("leeds");
        Assert.Multiple(() =>
        {
            Assert.That(history.HasFirstPass, Is.True);
            Assert.That(Enumerable.Range(0, 8).Select(history.FirstPassTag), Is.EqualTo(new[] { 5, 7, 0, 0, 12, 0, 0, 0 })); // B-ORG L-ORG O O U-LOC
            Assert.That(Enumerable.Range(0, 3).Select(t => DocumentHistory.CountOf(history.FirstPassTypes(leeds), t)), Is.EqualTo(new[] { 0, 0, 1 }));
            Assert.That(DocumentHistory.CountOf(history.FirstPassTypes(leeds), 3), Is.EqualTo(1));
            Assert.That(history.FirstPassWithin(leeds), Is.EqualTo(1L << 24), "inside a longer ORG once; the one-word LOC does not count");
            Assert.That(history.FirstPassWithin(FeatureHash.Of(0).AddLower("united")), Is.EqualTo(1L << 24));
            Assert.That(history.FirstPassTypes(FeatureHash.Of(0).AddLower("fans")), Is.Zero, "lower-case words are not counted");
        });
        history.Start(document);
        Assert.That(history.HasFirstPass, Is.False, "a new document forgets the first pass");
    }

    [Test]
    public void RemovingACountLeavesZeroAndSaturatedCountersAlone()
    {
        long packed = (1L << 12) | (4095L << 24);
        Assert.Multiple(() =>
        {
            Assert.That(DocumentHistory.Remove(packed, 1), Is.EqualTo(4095L << 24));
            Assert.That(DocumentHistory.Remove(packed, 2), Is.EqualTo(packed));
            Assert.That(DocumentHistory.Remove(packed, 0), Is.EqualTo(packed));
        });
    }

    [Test]
    public void HistoryCountsEachTypeSeparately()
    {
        var history = new DocumentHistory();
        var smith = FeatureHash.Of(0).AddLower("Smith");
        history.Add(smith, 1);
        history.Add(smith, 1);
        history.Add(smith, 0);
        history.Add(smith, 4);
        var packed = history.Get(smith);
        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 5).Select(t => DocumentHistory.CountOf(packed, t)), Is.EqualTo(new[] { 1, 2, 0, 0, 1 }));
            Assert.That(packed, Is.EqualTo(1L | (2L << 12) | (1L << 48)));
            Assert.That(history.Get(FeatureHash.Of(0).AddLower("Jones")), Is.Zero);
        });
    }

    [Test]
    public void HistoryCountersSaturateWithoutSpillingIntoTheNext()
    {
        var history = new DocumentHistory();
        var word = FeatureHash.Of(0).AddLower("Leeds");
        for (int i = 0; i < 5000; i++) history.Add(word, 2);
        for (int i = 0; i < 4100; i++) history.Add(word, 4);
        history.Add(word, 3);
        var packed = history.Get(word);
        Assert.That(Enumerable.Range(0, 5).Select(t => DocumentHistory.CountOf(packed, t)), Is.EqualTo(new[] { 0, 0, 4095, 1, 4095 }));
    }

    [Test]
    public void StartingADocumentForgetsTheLastAndNotesMidSentenceCasing()
    {
        var history = new DocumentHistory();
        var apple = FeatureHash.Of(0).AddLower("apple");
        history.Add(apple, 2);
        history.Start(DocumentOf("APPLE SHARES FALL", "Shares of Apple rose .", "The apple fell and Rose smiled ."));
        Assert.Multiple(() =>
        {
            Assert.That(history.Get(apple), Is.Zero);
            Assert.That(history.Casing[apple.Value], Is.EqualTo(WordCasing.Lower | WordCasing.Capitalized));
            Assert.That(history.Casing[FeatureHash.Of(0).AddLower("of").Value], Is.EqualTo(WordCasing.Lower));
            Assert.That(history.Casing[FeatureHash.Of(0).AddLower("rose").Value], Is.EqualTo(WordCasing.Lower | WordCasing.Capitalized));
            // Sentence-initial words and the capitals headline are not counted; "." has no letter.
            Assert.That(history.Casing.ContainsKey(FeatureHash.Of(0).AddLower("shares").Value), Is.False);
            Assert.That(history.Casing.ContainsKey(FeatureHash.Of(0).AddLower("fall").Value), Is.False);
            Assert.That(history.Casing.ContainsKey(FeatureHash.Of(0).AddLower(".").Value), Is.False);
            Assert.That(history.Casing, Has.Count.EqualTo(6)); // of, apple, rose, fell, and, smiled
        });
    }
}
