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

    private List<(string Input, string Reason)> Errors(IEnumerable<IngestResult> results) =>
        results.Where(r => r.Error != null).Select(r => (Path.GetRelativePath(_dir, r.Error!.Input), r.Error.Reason)).ToList();

    [Test]
    public void EmptyAndBlankDocumentsAreReported()
    {
        Write("empty.txt", []);
        Write("blank.txt", " \n\t\n");
        Write("bare.html", "<html><body><nav>Home</nav></body></html>");
        Write("records.jsonl", "{\"id\":\"e\",\"text\":\"  \"}\n{\"id\":\"h\",\"html\":\"<p></p>\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
        var results = new DocumentSource([_dir]).Read().ToList();
        Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "ok" }));
        Assert.That(Errors(results), Is.EqualTo(new[]
        {
            ("bare.html", "no article text in the page"),
            ("blank.txt", "no text (the file holds only white space)"),
            ("empty.txt", "empty file"),
            ("records.jsonl", "\"text\" is empty"),
            ("records.jsonl", "no article text in \"html\""),
        }));
    }

    [Test]
    public void DocumentsOverTheSizeLimitAreRejectedWithTheSizeAndTheLimit()
    {
        Write("big.txt", new string('x', 1001));
        Write("small.txt", new string('x', 1000));
        Write("lines.jsonl", "{\"id\":\"long\",\"text\":\"" + new string('y', 2000) + "\"}\n{\"id\":\"short\",\"text\":\"Short.\"}\n");
        var results = new DocumentSource([_dir], maxDocumentBytes: 1000).Read().ToList();
        Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "short", "small" }));
        Assert.That(Errors(results), Is.EqualTo(new[]
        {
            ("big.txt", "file is 1,001 bytes, over the limit of 1,000 bytes per document (--max-doc-bytes)"),
            ("lines.jsonl", "line is 2,023 bytes, over the limit of 1,000 bytes per document (--max-doc-bytes)"),
        }));
    }

    [Test]
    public void ABadLineOfJsonLinesIsReportedAndTheNextLinesAreRead()
    {
        var path = Write("mixed.jsonl", [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\"}\r\n{\"id\":\"b\",\"text\":\"Fine.\"}\r\n")]);
        var results = new DocumentSource([path]).Read().ToList();
        Assert.That((results[0].Error!.Line, results[0].Error!.Reason), Is.EqualTo(((int?)1, "not valid UTF-8 (bad byte at offset 21 of the line)")));
        Assert.That((results[1].Document!.Id, results[1].Document!.Text), Is.EqualTo(("b", "Fine.")));
    }

    [Test]
    public void BinaryDataInJsonLinesStopsThatFileWithOneError()
    {
        Write("a.jsonl", [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"First.\"}\n"), 0x00, 0x01, 0x0A, 0x00, 0x0A, 0x00]);
        Write("b.txt", "After.");
        var results = new DocumentSource([_dir]).Read().ToList();
        Assert.That(results.Select(r => r.Document?.Id ?? $"{r.Error!.Line}: {r.Error.Reason}"), Is.EqualTo(new[]
        {
            "a", "2: binary data (NUL bytes), not JSON Lines; the rest of the file is skipped", "b",
        }));
    }

    [Test]
    public void UnicodeTextThatIsNotUtf8IsNamed()
    {
        Write("utf16.txt", [0xFF, 0xFE, 0x41, 0x00]);
        Assert.That(Errors(new DocumentSource([_dir]).Read()), Is.EqualTo(new[] { ("utf16.txt", "UTF-16 text (byte-order mark); only UTF-8 is read") }));
    }

    [Test]
    public void AFolderNamedLikeAFileIsReportedAndSkipped()
    {
        Write("a.txt/inner.txt", "Inside.");
        Write("b.txt", "Beside.");
        var results = new DocumentSource([_dir]).Read().ToList();
        Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "b" }));
        Assert.That(Errors(results), Is.EqualTo(new[] { ("a.txt", "a folder named like a .txt file; skipped (name it on the command line to read the files in it)") }));
        Assert.That(new DocumentSource([Path.Combine(_dir, "a.txt")]).Read().Single().Document!.Id, Is.EqualTo("inner"), "named on the command line, it is a folder");
    }

    [Test]
    public void SymbolicLinkLoopsAndBrokenLinksAreReportedAndNeverFollowed()
    {
        Write("sub/real.txt", "Real.");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "loop"), "..");
        Write("other/real.txt", "Elsewhere.");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "elsewhere"), Path.Combine(_dir, "other"));
        File.CreateSymbolicLink(Path.Combine(_dir, "x.txt"), "y.txt");
        File.CreateSymbolicLink(Path.Combine(_dir, "y.txt"), "x.txt");
        File.CreateSymbolicLink(Path.Combine(_dir, "gone.txt"), "nowhere.txt");
        File.CreateSymbolicLink(Path.Combine(_dir, "alias.txt"), Path.Combine("sub", "real.txt"));
        File.CreateSymbolicLink(Path.Combine(_dir, "ignored.md"), "nowhere.md");

        var results = new DocumentSource([_dir]).Read().ToList();
        Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "alias", "other/real", "sub/real" }));
        var errors = Errors(results);
        Assert.That(errors.Select(e => e.Input), Is.EqualTo(new[] { "gone.txt", "sub/elsewhere", "sub/loop", "x.txt", "y.txt" }));
        Assert.That(errors[0].Reason, Is.EqualTo("broken symbolic link: nowhere.txt does not exist"));
        Assert.That(errors[1].Reason, Is.EqualTo($"symbolic link to the folder {Path.Combine(_dir, "other")}; not followed (name that folder on the command line to read it)"));
        Assert.That(errors[2].Reason, Is.EqualTo($"symbolic link loop: it points to {_dir}, a folder that contains it; not followed"));
        Assert.That(errors[3].Reason, Does.StartWith("symbolic link loop (").And.EndWith("); skipped"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AnUnreadableFileOrFolderIsReportedAndTheOthersStillRead()
    {
        if (Environment.IsPrivilegedProcess) Assert.Ignore("running as root, where file permissions do not stop reading");
        var locked = Write("locked.txt", "Secret.");
        Write("closed/inside.txt", "Unlisted.");
        Write("open.txt", "Open.");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(_dir, "closed"), UnixFileMode.None);
        try
        {
            var results = new DocumentSource([_dir]).Read().ToList();
            Assert.That(results.Where(r => r.Document != null).Select(r => r.Document!.Id), Is.EqualTo(new[] { "open" }));
            Assert.That(Errors(results).Select(e => (e.Input, e.Reason.Split(':')[0])), Is.EqualTo(new[] { ("closed", "cannot list folder"), ("locked.txt", "cannot read") }));
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(_dir, "closed"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void AHugeLineIsSkippedWithoutHoldingItAndTheNextLineIsRead()
    {
        var reader = new ByteLineReader(new MemoryStream([.. Enumerable.Repeat((byte)'x', 100_000), (byte)'\n', (byte)'o', (byte)'k']), maxLineBytes: 10);
        Assert.That(reader.ReadLine() && reader.TooLong && reader.Length == 100_000 && reader.Line.IsEmpty);
        Assert.That(reader.ReadLine() && Encoding.ASCII.GetString(reader.Line) == "ok" && !reader.TooLong);
        Assert.That(reader.ReadLine(), Is.False);
    }
}
