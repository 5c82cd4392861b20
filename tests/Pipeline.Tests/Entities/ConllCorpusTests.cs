using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Learning;

namespace Pipeline.Tests.Entities;

public class ConllCorpusTests
{
    private const int Per = 0, Org = 1, Loc = 2, Misc = 3;
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-conll-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(_dir, "sample.conll");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>"token POS chunk tag" lines from "token/tag" pairs; "" is a sentence break.</summary>
    private string WriteTagged(params string[] items) =>
        Write(items.Select(item => item.Length == 0 ? "" : $"{item[..item.LastIndexOf('/')]} NN I-NP {item[(item.LastIndexOf('/') + 1)..]}").ToArray());

    private static string[] TokenTexts(Document document) => document.Tokens.Select(document.TextOf).ToArray();

    // Two Reuters stories, IOB1 tags as in the original files. Line numbers on the right.
    private static readonly string[] TwoStories =
    [
        "EU NNP I-NP I-ORG",           // 1   headline of story 1
        "rejects VBZ I-VP O",          // 2
        "German JJ I-NP I-MISC",       // 3
        "call NN I-NP O",              // 4
        ". . O O",                     // 5
        "",                            // 6
        "LONDON NNP I-NP I-LOC",       // 7   dateline
        "1996-08-30 CD I-NP O",        // 8
        "",                            // 9
        "Peter NNP I-NP I-PER",        // 10
        "Blackburn NNP I-NP I-PER",    // 11
        "said VBD I-VP O",             // 12
        ". . O O",                     // 13
        "",                            // 14
        "Rain NN I-NP O",              // 15  headline of story 2
        "hits VBZ I-VP O",             // 16
        "FRANCE NNP I-NP I-LOC",       // 17
        "",                            // 18
        "PARIS NNP I-NP I-LOC",        // 19  dateline
        "1996-08-31 CD I-NP O",        // 20
        "",                            // 21
        "Le NNP I-NP I-ORG",           // 22
        "Monde NNP I-NP I-ORG",        // 23
        "reported VBD I-VP O",         // 24
        ". . O O",                     // 25
    ];

    [Test]
    public void SplitsDocumentsAtTheHeadlineBeforeEachDateline()
    {
        var path = Write(TwoStories);
        var documents = ConllCorpus.Read(path);
        Assert.That(documents, Has.Count.EqualTo(2));
        var (first, second) = (documents[0].Document, documents[1].Document);
        Assert.Multiple(() =>
        {
            Assert.That(first.Text, Is.EqualTo("EU rejects German call .\nLONDON 1996-08-30\nPeter Blackburn said ."));
            Assert.That(second.Text, Is.EqualTo("Rain hits FRANCE\nPARIS 1996-08-31\nLe Monde reported ."));
            Assert.That((first.Id, second.Id), Is.EqualTo(("conll-1", "conll-2")));
            Assert.That((first.Source, second.Source), Is.EqualTo((path, path)));
            Assert.That((first.SourceLine, second.SourceLine), Is.EqualTo(((int?)1, (int?)15)));
        });
    }

    [Test]
    public void TokensAreJoinedBySpacesAndSentencesByNewlines()
    {
        var document = ConllCorpus.Read(Write(TwoStories))[0].Document;
        Assert.Multiple(() =>
        {
            Assert.That(TokenTexts(document), Is.EqualTo(new[] { "EU", "rejects", "German", "call", ".", "LONDON", "1996-08-30", "Peter", "Blackburn", "said", "." }));
            Assert.That(document.Tokens.Take(3), Is.EqualTo(new[] { new Token(0, 2, TokenKind.Word), new Token(3, 10, TokenKind.Word), new Token(11, 17, TokenKind.Word) }));
            Assert.That(document.Sentences, Is.EqualTo(new[] { new Sentence(0, 24, 0, 5), new Sentence(25, 42, 5, 2), new Sentence(43, 65, 7, 4) }));
            Assert.That(document.Sentences.Select(s => document.TextOf(s.Span)),
                Is.EqualTo(new[] { "EU rejects German call .", "LONDON 1996-08-30", "Peter Blackburn said ." }));
        });
    }

    [Test]
    public void EntitiesAreOverAbsoluteTokenIndicesOfTheirDocument()
    {
        var documents = ConllCorpus.Read(Write(TwoStories));
        Assert.Multiple(() =>
        {
            Assert.That(documents[0].Entities, Is.EqualTo(new EntitySpan[] { new(0, 1, Org), new(2, 3, Misc), new(5, 6, Loc), new(7, 9, Per) }));
            Assert.That(documents[1].Entities, Is.EqualTo(new EntitySpan[] { new(2, 3, Loc), new(3, 4, Loc), new(5, 7, Org) }));
        });
    }

    [Test]
    public void AFileWithoutDatelinesIsOneDocument()
    {
        var documents = ConllCorpus.Read(WriteTagged("a/O", "b/O", "", "c/O", "", "d/O"));
        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.EqualTo(1));
            Assert.That(documents[0].Document.Text, Is.EqualTo("a b\nc\nd"));
        });
    }

    [Test]
    public void ADatelineNeedsTwoToEightWordsEndingInAnIsoDate()
    {
        // "Results 96-08-30" (not ISO) and a nine-word sentence ending in a date are not datelines; "NEW YORK 1996-08-30" is.
        var documents = ConllCorpus.Read(WriteTagged(
            "h1/O", "", "LONDON/I-LOC", "1996-08-30/O", "", "x/O", "",
            "h2/O", "", "Results/O", "96-08-30/O", "", "y/O", "",
            "h3/O", "", "a/O", "b/O", "c/O", "d/O", "e/O", "f/O", "g/O", "h/O", "1996-08-30/O", "",
            "h4/O", "", "NEW/I-LOC", "YORK/I-LOC", "1996-08-30/O", "", "z/O"));
        Assert.That(documents.Select(d => d.Document.Text.Split('\n')[0]), Is.EqualTo(new[] { "h1", "h4" }));
    }

    [Test]
    public void Iob1ChunksFollowConlleval()
    {
        // I-X after O or another type opens a chunk; B-X opens one right after an X chunk; I-X continues X.
        var entity = ConllCorpus.Read(WriteTagged("A/I-PER", "B/I-PER", "C/B-PER", "D/O", "E/I-LOC", "F/I-ORG", "G/I-ORG", "H/I-MISC"))[0].Entities;
        Assert.That(entity, Is.EqualTo(new EntitySpan[] { new(0, 2, Per), new(2, 3, Per), new(4, 5, Loc), new(5, 7, Org), new(7, 8, Misc) }));
    }

    [Test]
    public void Iob2ChunksFollowConlleval()
    {
        var entity = ConllCorpus.Read(WriteTagged("A/B-PER", "B/I-PER", "C/B-PER", "D/O", "E/B-LOC", "F/B-LOC", "G/I-LOC", "H/O"))[0].Entities;
        Assert.That(entity, Is.EqualTo(new EntitySpan[] { new(0, 2, Per), new(2, 3, Per), new(4, 5, Loc), new(5, 7, Loc) }));
    }

    [Test]
    public void AChunkEndsWithItsSentence()
    {
        var entity = ConllCorpus.Read(WriteTagged("A/O", "B/I-PER", "", "C/I-PER", "D/I-PER"))[0].Entities;
        Assert.That(entity, Is.EqualTo(new EntitySpan[] { new(1, 2, Per), new(2, 4, Per) }));
    }

    [Test]
    public void ExtraBlankLinesAndRepeatedSpacesAreTolerated()
    {
        var documents = ConllCorpus.Read(Write("", "", "A  NNP   I-NP  I-PER", "", "", "", "b NN I-NP O", "  ", ""));
        Assert.Multiple(() =>
        {
            Assert.That(documents[0].Document.Text, Is.EqualTo("A\nb"));
            Assert.That(documents[0].Entities, Is.EqualTo(new EntitySpan[] { new(0, 1, Per) }));
            Assert.That(documents[0].Document.SourceLine, Is.EqualTo(3));
        });
    }

    [Test]
    public void DocstartLinesAreNotTokens()
    {
        var documents = ConllCorpus.Read(Write("-DOCSTART- -X- O O", "", "A NN I-NP O", "", "-DOCSTART- -X- O O", "", "B NN I-NP O"));
        Assert.That(documents.Select(d => d.Document.Text), Is.EqualTo(new[] { "A\nB" }));
    }

    [Test]
    public void OnlyTheLastFieldIsTheTag()
    {
        var documents = ConllCorpus.Read(Write("Paris I-LOC", "is O", "", "Smith x y z w I-PER"));
        Assert.That(documents[0].Entities, Is.EqualTo(new EntitySpan[] { new(0, 1, Loc), new(2, 3, Per) }));
    }

    [TestCase("X-PER", "unknown tag")]
    [TestCase("I-", "unknown tag")]
    [TestCase("BPER", "unknown tag")]
    [TestCase("B-FOO", "unknown entity type")]
    [TestCase("I-per", "unknown entity type")]
    public void ABadTagNamesTheFileAndLine(string tag, string complaint)
    {
        var path = Write("A NN I-NP O", "", "B NN I-NP O", "C NN I-NP O", $"D NN I-NP {tag}", "E NN I-NP O");
        var e = Assert.Throws<InvalidDataException>(() => ConllCorpus.Read(path))!;
        Assert.That(e.Message, Does.StartWith($"{path}:5:").And.Contains(complaint).And.Contains(tag));
    }

    [Test]
    public void ALineWithOneFieldNamesTheFileAndLine()
    {
        var path = Write("A NN I-NP O", "", "", "lonely");
        var e = Assert.Throws<InvalidDataException>(() => ConllCorpus.Read(path))!;
        Assert.That(e.Message, Does.StartWith($"{path}:4:").And.Contains("lonely"));
    }

    [Test]
    public void AMissingFileIsReported() =>
        Assert.That(() => ConllCorpus.Read(Path.Combine(_dir, "absent.conll")), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("absent.conll"));

    [Test]
    public void TheTypesAreTheConllFour() => Assert.That(ConllCorpus.Types, Is.EqualTo(new[] { "PER", "ORG", "LOC", "MISC" }));
}
