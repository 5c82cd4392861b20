using Newtonsoft.Json.Linq;
using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

public class ExtractCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-extract-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private (int Exit, List<JObject> Events, string Errors) Extract(params string[] inputs)
    {
        var output = Path.Combine(_dir, "events.jsonl");
        var stderr = new StringWriter();
        int exit = ExtractCommand.Run(new ExtractOptions(inputs) { Output = output }, new StringWriter(), stderr, () => Stream.Null);
        var events = File.Exists(output) ? File.ReadLines(output).Select(JObject.Parse).ToList() : [];
        return (exit, events, stderr.ToString());
    }

    [Test]
    public void WritesTheSpecsFormatWithEvidenceFromTheText()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"acme\",\"published\":\"2021-03-04\",\"text\":\"Acme Corp named Jane Roe chief executive officer on Tuesday, succeeding John Doe.\"}\n");
        var (exit, events, _) = Extract(input);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        const string sentence = "Acme Corp named Jane Roe chief executive officer on Tuesday, succeeding John Doe.";
        // Confidence comes from the trained model: a probability, in its place in the field order.
        Assert.That(events.Select(e => e["confidence"]!.Type), Is.All.EqualTo(JTokenType.Float));
        Assert.That(events.Select(e => (double)e["confidence"]!), Is.All.InRange(0.0, 1.0));
        Assert.That(events.Select(e => { e["confidence"] = 0.5; return e.ToString(Newtonsoft.Json.Formatting.None); }), Is.EqualTo(new[]
        {
            "{\"doc\":\"acme\",\"type\":\"start\",\"person\":\"Jane Roe\",\"company\":\"Acme Corp\",\"role\":\"chief executive officer\",\"date\":\"2021-03-02\",\"confidence\":0.5,\"evidence\":{\"start\":0,\"end\":81,\"text\":\"" + sentence + "\"}}",
            "{\"doc\":\"acme\",\"type\":\"end\",\"person\":\"John Doe\",\"company\":\"Acme Corp\",\"role\":\"chief executive officer\",\"date\":\"2021-03-02\",\"confidence\":0.5,\"evidence\":{\"start\":0,\"end\":81,\"text\":\"" + sentence + "\"}}",
        }));
    }

    [Test]
    public void ABadDocumentIsReportedAndTheOthersKeepTheirEvents()
    {
        File.WriteAllText(Path.Combine(_dir, "good.txt"), "Beta Inc said Ann Lee resigned as president.");
        File.WriteAllBytes(Path.Combine(_dir, "bad.txt"), [0x00, 0x01]);
        var inputs = Path.Combine(_dir, "inputs");
        Directory.CreateDirectory(inputs);
        File.Move(Path.Combine(_dir, "good.txt"), Path.Combine(inputs, "good.txt"));
        File.Move(Path.Combine(_dir, "bad.txt"), Path.Combine(inputs, "bad.txt"));

        var (exit, events, errors) = Extract(inputs);
        Assert.That(exit, Is.EqualTo(ExitCodes.SomeInputsFailed));
        Assert.That(events.Select(e => ((string)e["doc"]!, (string)e["type"]!, (string)e["person"]!, (string)e["company"]!, (string?)e["role"])),
            Is.EqualTo(new[] { ("good", "end", "Ann Lee", "Beta Inc", (string?)"president") }));
        var error = JObject.Parse(errors.Split('\n')[0]);
        Assert.That(((string)error["input"]!, (string)error["reason"]!), Is.EqualTo((Path.Combine(inputs, "bad.txt"), "binary file (contains NUL bytes), not text")));
    }

    [Test]
    public void EvidenceIsTheTextBetweenItsOffsetsOnRealNews()
    {
        var docsPath = TestPaths.SharedOrSkip("data/news-dev/docs.jsonl");
        var texts = File.ReadLines(docsPath).Select(JObject.Parse).ToDictionary(o => (string)o["id"]!, o => (string)o["text"]!);
        var (exit, events, _) = Extract(docsPath);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        Assert.That(events, Is.Not.Empty);
        foreach (var e in events)
        {
            var evidence = e["evidence"]!;
            int start = (int)evidence["start"]!, end = (int)evidence["end"]!;
            Assert.That((string)evidence["text"]!, Is.EqualTo(texts[(string)e["doc"]!][start..end]));
        }
    }

    [Test]
    public void NothingIsLeftBehindWhenTheOutputCannotBeRead()
    {
        var (exit, events, errors) = Extract(Path.Combine(_dir, "nope"));
        Assert.That(exit, Is.EqualTo(ExitCodes.SomeInputsFailed));
        Assert.That(events, Is.Empty);
        Assert.That(errors, Does.Contain("no such file or folder"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "events.jsonl" }), "only the finished output, no temporary file");
    }

    private static string Corpus(string relative) => Path.Combine(TestPaths.RepositoryRoot, "corpus", relative);

    /// <summary>Good articles (two pages, a text file and four records from the corpus) written into a folder.</summary>
    private static void WriteGoodArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Corpus("web/hanul-energy-solutions-names-park-ji-hoon-ceo.html"), Path.Combine(folder, "hanul.html"));
        File.Copy(Corpus("web/tidewater-analytics-hires-aws-executive-as-cto.html"), Path.Combine(folder, "tidewater.htm"));
        var records = File.ReadLines(Corpus("wire/stories.jsonl")).Take(5).ToList();
        File.WriteAllLines(Path.Combine(folder, "wire.jsonl"), records.Take(4));
        File.WriteAllText(Path.Combine(folder, "story.txt"), (string)JObject.Parse(records[4])["text"]!);
    }

    [Test]
    public void AFolderMixingGoodArticlesWithEveryKindOfBrokenInputGivesExactlyTheGoodArticlesEvents()
    {
        var good = Path.Combine(_dir, "good");
        var mixed = Path.Combine(_dir, "mixed");
        WriteGoodArticles(good);
        WriteGoodArticles(mixed);
        string In(string name) => Path.Combine(mixed, name);
        var expected = new List<(string Input, int? Line)>();
        void Broken(string name, int? line = null) => expected.Add((name, line));

        File.WriteAllBytes(In("binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]); Broken("binary.txt");
        File.WriteAllBytes(In("latin1.txt"), [.. "Caf"u8, 0xE9, .. " named a new chief."u8]); Broken("latin1.txt");
        File.WriteAllBytes(In("empty.txt"), []); Broken("empty.txt");
        File.WriteAllText(In("huge.txt"), new string('x', 1_000_001)); Broken("huge.txt");
        File.WriteAllText(In("deep.html"), "<html><body><p>Acme named Jane Roe chief executive. " + string.Concat(Enumerable.Repeat("<b>", 300_000)) + "</body></html>"); Broken("deep.html");
        var page = File.ReadAllText(Corpus("web/kestrel-freight-founder-hands-ceo-role-to-priya-raman.html"));
        File.WriteAllText(In("truncated.html"), page[..(page.Length / 2)]); Broken("truncated.html");
        File.WriteAllLines(In("zz-broken.jsonl"),
        [
            "{\"id\": \"bad-json\", \"text\": \"Acme named",
            "{\"text\": \"Acme Corp named Jane Roe chief executive officer.\"}",
            "{\"id\": \"no-text\", \"published\": \"2021-03-04\"}",
            "{\"id\": \"bad-date\", \"published\": \"last Tuesday\", \"text\": \"Acme Corp named Jane Roe chief executive officer.\"}",
            (string)JObject.Parse(File.ReadLines(Corpus("wire/stories.jsonl")).First()).ToString(Newtonsoft.Json.Formatting.None), // a duplicate id (read after wire.jsonl)
        ]);
        for (int line = 1; line <= 5; line++) Broken("zz-broken.jsonl", line);
        Directory.CreateDirectory(In("folder.txt"));
        File.WriteAllText(In("folder.txt/inside.txt"), "Acme Corp named Jane Roe chief executive officer.");
        Broken("folder.txt");
        Directory.CreateSymbolicLink(In("loop"), "."); Broken("loop");
        File.CreateSymbolicLink(In("x.txt"), "y.txt"); Broken("x.txt");
        File.CreateSymbolicLink(In("y.txt"), "x.txt"); Broken("y.txt");
        if (!Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            File.WriteAllText(In("unreadable.txt"), "Acme Corp named Jane Roe chief executive officer.");
            File.SetUnixFileMode(In("unreadable.txt"), UnixFileMode.None);
            Broken("unreadable.txt");
        }

        var alone = Extract(good);
        var errorsFile = Path.Combine(_dir, "errors.jsonl");
        var output = Path.Combine(_dir, "mixed-events.jsonl");
        var stderr = new StringWriter();
        int exit = ExtractCommand.Run(new ExtractOptions([mixed]) { Output = output, Errors = errorsFile, Limits = new Limits(MaxDocumentBytes: 1_000_000) },
            new StringWriter(), stderr, () => Stream.Null);

        Assert.That(alone.Exit, Is.EqualTo(ExitCodes.Success));
        Assert.That(alone.Events, Has.Count.GreaterThan(5));
        Assert.That(exit, Is.EqualTo(ExitCodes.SomeInputsFailed));
        Assert.That(File.ReadAllText(output), Is.EqualTo(string.Concat(alone.Events.Select(e => e.ToString(Newtonsoft.Json.Formatting.None) + "\n"))), "the same events as the good articles alone");
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => l.StartsWith('{')).Select(JObject.Parse).ToList();
        Assert.That(errors.Select(e => (Path.GetRelativePath(mixed, (string)e["input"]!), (int?)e["line"])), Is.EquivalentTo(expected), "one error line per broken input, naming it");
        Assert.That(errors.All(e => ((string)e["reason"]!).Length > 0));
        string Reason(string name) => (string)errors.First(e => (string)e["input"]! == In(name))["reason"]!;
        Assert.That(Reason("deep.html"), Is.EqualTo("HTML nested too deeply (the limit is 1000 levels)"));
        Assert.That(Reason("huge.txt"), Is.EqualTo("file is 1,000,001 bytes, over the limit of 1,000,000 bytes per document (--max-doc-bytes)"));
        Assert.That(File.ReadAllLines(errorsFile), Is.EqualTo(lines.Where(l => l.StartsWith('{'))), "--errors gets the same lines");
        Assert.That(lines[^1], Does.Match($@"^7 documents, {alone.Events.Count} events, {expected.Count} errors in [0-9.]+ s; events written to "));
    }

    [Test]
    public void ResumeNeedsAnOutputFileAndLimitsMustBeUsable()
    {
        var stderr = new StringWriter();
        Assert.That(ExtractCommand.Run(new ExtractOptions(["x"]) { Resume = true }, new StringWriter(), stderr, () => Stream.Null), Is.EqualTo(ExitCodes.UsageOrIo));
        Assert.That(stderr.ToString(), Does.StartWith("error: --resume needs --output"));
        stderr = new StringWriter();
        Assert.That(ExtractCommand.Run(new ExtractOptions(["x"]) { Limits = new Limits(MaxSentenceTokens: 0) }, new StringWriter(), stderr, () => Stream.Null), Is.EqualTo(ExitCodes.UsageOrIo));
        Assert.That(stderr.ToString(), Does.StartWith("error: --max-sentence-tokens must be at least 1"));
    }

    [Test]
    public void HelpShowsEveryOptionWithItsDefault()
    {
        var help = new StringWriter();
        var root = new System.CommandLine.RootCommand { ExtractCommand.Create() };
        root.Parse(["extract", "--help"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = help });
        Assert.That(help.ToString(), Does.Contain("--errors").And.Contain("--resume")
            .And.Match(@"--max-doc-bytes[^\n]*\[default: 10000000\]")
            .And.Match(@"--max-sentence-tokens[^\n]*\[default: 250\]")
            .And.Match(@"--doc-timeout[^\n]*\[default: 30\]"));
    }

    [Test]
    public void StandardInputIsReadAsJsonLinesAndEventsGoToStandardOutput()
    {
        var stdout = new StringWriter();
        var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"s\",\"text\":\"Beta Inc said Ann Lee resigned as president.\"}\n"));
        int exit = ExtractCommand.Run(new ExtractOptions(["-"]), stdout, new StringWriter(), () => stdin);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        Assert.That((string)JObject.Parse(stdout.ToString())["person"]!, Is.EqualTo("Ann Lee"));
    }
}
