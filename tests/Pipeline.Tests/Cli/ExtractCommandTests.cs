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
        Assert.That(events.Select(e => e.ToString(Newtonsoft.Json.Formatting.None)), Is.EqualTo(new[]
        {
            "{\"doc\":\"acme\",\"type\":\"start\",\"person\":\"Jane Roe\",\"company\":\"Acme Corp\",\"role\":\"chief executive officer\",\"date\":\"2021-03-02\",\"confidence\":0.6,\"evidence\":{\"start\":0,\"end\":81,\"text\":\"" + sentence + "\"}}",
            "{\"doc\":\"acme\",\"type\":\"end\",\"person\":\"John Doe\",\"company\":\"Acme Corp\",\"role\":\"chief executive officer\",\"date\":\"2021-03-02\",\"confidence\":0.6,\"evidence\":{\"start\":0,\"end\":81,\"text\":\"" + sentence + "\"}}",
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
}
