using System.Text;
using Pipeline.Ingest;

namespace Pipeline.Tests.Ingest;

public class DocumentSourceTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-ingest-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, byte[] content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string relative, string content) => Write(relative, Encoding.UTF8.GetBytes(content));

    [Test]
    public void PlainTextIsKeptExactlyAndTheBomIsDropped()
    {
        var text = "Acme Corp named Jane Roe\r\nchief executive.\n\n  Second  paragraph.";
        Write("2021/acme-ceo.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var results = new DocumentSource([_dir]).Read().ToList();
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Document!.Id, Is.EqualTo("2021/acme-ceo"));
        Assert.That(results[0].Document!.Text, Is.EqualTo(text));
    }

    [Test]
    public void FoldersAreReadRecursivelyInPathOrderAndIdsArePathsWithoutExtension()
    {
        Write("b/two.txt", "Two.");
        Write("a/one.html", "<html><body><p>One paragraph of the page text.</p></body></html>");
        Write("a/notes.md", "not an article");
        Write("c/many.jsonl", "{\"id\":\"x-1\",\"text\":\"First.\"}\n\n{\"id\":\"x-2\",\"text\":\"Second.\",\"published\":\"2020-02-03\"}\n");
        var ids = new DocumentSource([_dir]).Read().Select(r => r.Document?.Id ?? r.Error!.Reason).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "a/one", "b/two", "x-1", "x-2" }));
    }

    [Test]
    public void JsonLinesRecordsCarryTheirFieldsAndBadLinesBecomeErrors()
    {
        var path = Write("docs.jsonl", string.Join("\n",
            "{\"id\": \"ok\", \"text\": \"Line one.\\nLine two.\", \"published\": \"2021-03-04\", \"title\": \"T\", \"url\": \"https://u\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"text\": \"no id\"}",
            "{\"id\": \"no-text\"}",
            "{\"id\": \"bad-date\", \"text\": \"x\", \"published\": \"March 4\"}",
            "{\"id\": \"page\", \"html\": \"<p>From <b>HTML</b> record, long enough to keep.</p>\"}",
            "{\"id\": \"ok\", \"text\": \"duplicate\"}"));
        var results = new DocumentSource([path]).Read().ToList();
        Assert.That(results, Has.Count.EqualTo(7));

        var ok = results[0].Document!;
        Assert.That((ok.Id, ok.Text, ok.Published, ok.Title, ok.Url), Is.EqualTo(("ok", "Line one.\nLine two.", (DateOnly?)new DateOnly(2021, 3, 4), "T", "https://u")));
        Assert.That(results[1].Error!.Line, Is.EqualTo(2));
        Assert.That(results[1].Error!.Reason, Does.StartWith("not valid JSON"));
        Assert.That(results[2].Error!.Reason, Is.EqualTo("record has no \"id\""));
        Assert.That((results[3].Error!.DocumentId, results[3].Error!.Reason), Is.EqualTo(("no-text", "record has neither \"text\" nor \"html\"")));
        Assert.That(results[4].Error!.Reason, Is.EqualTo("\"published\" is not an ISO date: \"March 4\""));
        Assert.That(results[5].Document!.Text, Is.EqualTo("From HTML record, long enough to keep."));
        Assert.That(results[6].Error!.Reason, Does.StartWith("duplicate document id \"ok\""));
        Assert.That(results.All(r => r.Error == null || r.Error.Input == path));
    }

    [Test]
    public void BadFilesAreReportedAndTheOthersStillRead()
    {
        Write("good.txt", "Good text.");
        Write("binary.txt", [0x41, 0x00, 0x42]);
        Write("latin1.txt", [0x63, 0x61, 0x66, 0xE9]);
        var results = new DocumentSource([_dir, Path.Combine(_dir, "missing.txt")]).Read().ToList();
        Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(results.Where(r => r.Error != null).Select(r => (Path.GetFileName(r.Error!.Input), r.Error.Reason)), Is.EqualTo(new[]
        {
            ("binary.txt", "binary file (contains NUL bytes), not text"),
            ("latin1.txt", "not valid UTF-8 (bad byte at offset 3)"),
            ("missing.txt", "no such file or folder"),
        }));
    }

    [Test]
    public void StandardInputIsReadAsJsonLines()
    {
        var results = new DocumentSource(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"Hello.\"}\n"))).Read().ToList();
        Assert.That(results.Single().Document!.Id, Is.EqualTo("s1"));
    }
}
