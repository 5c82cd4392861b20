using System.Text.RegularExpressions;
using Pipeline.Evaluation;
using Pipeline.Ingest;

namespace Pipeline.Tests.Evaluation;

/// <summary>The team's corpus and gold set: every gold file follows the spec and matches a document, and back.</summary>
public class CorpusGoldTests
{
    private static readonly string Corpus = Path.Combine(TestPaths.RepositoryRoot, "corpus");
    private static readonly string Annotations = Path.Combine(TestPaths.RepositoryRoot, "annotations");

    private static readonly Lazy<Dictionary<string, Documents.Document>> Documents = new(() =>
    {
        var results = new DocumentSource([Corpus]).Read().ToList();
        Assert.That(results.Where(r => r.Error != null).Select(r => r.Error!.ToString()), Is.Empty, "every corpus file must read cleanly");
        return results.ToDictionary(r => r.Document!.Id, r => r.Document!);
    });

    private static readonly Lazy<Dictionary<string, GoldDocument>> Gold = new(() =>
    {
        var problems = new List<Pipeline.Ingest.InputError>();
        var gold = GoldStandard.ReadFolder(Annotations, problems);
        Assert.That(problems, Is.Empty, "every gold file must follow the spec");
        return gold;
    });

    [Test]
    public void EveryGoldFileFollowsTheSpecAndIsNamedAfterItsDocument()
    {
        foreach (var doc in Gold.Value.Values)
        {
            var expectedPath = Path.Combine(Annotations, doc.Doc.Replace('/', Path.DirectorySeparatorChar) + ".json");
            Assert.That(Path.GetFullPath(doc.Path), Is.EqualTo(Path.GetFullPath(expectedPath)), $"gold for \"{doc.Doc}\" is in the wrong file");
        }
    }

    [Test]
    public void GoldAndDocumentsCorrespondOneToOne()
    {
        Assert.That(Gold.Value.Keys.Except(Documents.Value.Keys), Is.Empty, "gold files naming no document");
        Assert.That(Documents.Value.Keys.Except(Gold.Value.Keys), Is.Empty, "documents without a gold file");
    }

    [Test]
    public void GoldPublicationDatesAreTheDocuments()
    {
        foreach (var (id, gold) in Gold.Value)
            Assert.That(gold.Published, Is.EqualTo(Documents.Value[id].Published), $"published date of {id}");
    }

    [Test]
    public void EveryPersonAndSomeCompanyNameOccurInTheDocumentText()
    {
        var problems = new List<string>();
        foreach (var (id, gold) in Gold.Value)
        {
            var text = Squeeze(Documents.Value[id].Text);
            foreach (var e in gold.Events)
            {
                if (!text.Contains(Squeeze(e.Person))) problems.Add($"{id}: person \"{e.Person}\" is not in the text");
                if (!e.Companies.Any(c => text.Contains(Squeeze(c)))) problems.Add($"{id}: no company of \"{string.Join(" / ", e.Companies)}\" is in the text");
            }
        }
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void TheSplitCoversEveryDocumentOnce()
    {
        var splits = new[] { "train", "dev", "test" }
            .SelectMany(name => File.ReadAllLines(Path.Combine(Annotations, "splits", name + ".txt")).Select(id => (id, name)))
            .ToList();
        Assert.That(splits.Select(s => s.id), Is.Unique);
        Assert.That(splits.Select(s => s.id), Is.EquivalentTo(Gold.Value.Keys));
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", " ").ToLowerInvariant();
}
