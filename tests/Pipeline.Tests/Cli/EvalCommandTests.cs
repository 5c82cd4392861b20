using Newtonsoft.Json.Linq;
using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

public class EvalCommandTests
{
    [Test]
    public void ScoresTheCorpusGoldAgainstItselfAsPerfect()
    {
        var annotations = Path.Combine(TestPaths.RepositoryRoot, "annotations");
        var problems = new List<Pipeline.Ingest.InputError>();
        var gold = Pipeline.Evaluation.GoldStandard.ReadFolder(annotations, problems);
        var pred = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(pred, gold.Values.SelectMany(Evaluation.ScorerTests.AsPredictions).Select(p =>
                new JObject { ["doc"] = p.Doc, ["type"] = p.Type, ["person"] = p.Person, ["company"] = p.Company, ["role"] = p.Role, ["date"] = p.Date }
                    .ToString(Newtonsoft.Json.Formatting.None)));
            var stdout = new StringWriter();
            int exit = EvalCommand.Run(annotations, pred, Path.Combine(annotations, "splits", "test.txt"), json: true, stdout, new StringWriter());
            var json = JObject.Parse(stdout.ToString());
            Assert.That(exit, Is.EqualTo(ExitCodes.Success));
            Assert.That(((double)json["core.all.f1"]!, (double)json["strict.all.f1"]!), Is.EqualTo((1.0, 1.0)));
            Assert.That((int)json["documents"]!, Is.EqualTo(File.ReadAllLines(Path.Combine(annotations, "splits", "test.txt")).Length));
        }
        finally
        {
            File.Delete(pred);
        }
    }

    [Test]
    public void MissingFilesAreUsageErrors()
    {
        var stderr = new StringWriter();
        Assert.That(EvalCommand.Run("/nonexistent/gold", "x", null, false, new StringWriter(), stderr), Is.EqualTo(ExitCodes.UsageOrIo));
        Assert.That(stderr.ToString(), Does.Contain("gold folder not found: /nonexistent/gold"));
    }

    [Test]
    public void GoldFilesThatBreakTheSpecAreEachReportedAndTheRestIsScored()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-eval-").FullName;
        try
        {
            var gold = Path.Combine(folder, "gold");
            Directory.CreateDirectory(Path.Combine(gold, "sub"));
            File.WriteAllText(Path.Combine(gold, "good.json"), """
                {"doc": "good", "published": null, "events": [{"type": "start", "person": "Jane Roe", "company": "Acme", "role": "CEO", "date": null}]}
                """);
            File.WriteAllText(Path.Combine(gold, "not-json.json"), "{\"doc\": \"x\", \"events\": [");
            File.WriteAllText(Path.Combine(gold, "sub", "bad-type.json"), """{"doc": "t", "published": null, "events": [{"type": "joined", "person": "A B", "company": "C"}]}""");
            File.WriteAllText(Path.Combine(gold, "no-events.json"), """{"doc": "n", "published": "2021-03-04"}""");
            File.WriteAllText(Path.Combine(gold, "bad-date.json"), """{"doc": "d", "published": null, "events": [{"type": "end", "person": "A B", "company": "C", "role": null, "date": "March 2021"}]}""");
            File.WriteAllBytes(Path.Combine(gold, "binary.json"), [0x00, 0xFF, 0x01]);
            Directory.CreateDirectory(Path.Combine(gold, "folder.json"));
            var pred = Path.Combine(folder, "pred.jsonl");
            File.WriteAllText(pred, "{\"doc\":\"good\",\"type\":\"start\",\"person\":\"Jane Roe\",\"company\":\"Acme\",\"role\":\"CEO\",\"date\":null}\nnot json\n");
            var errorsFile = Path.Combine(folder, "errors.jsonl");

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = EvalCommand.Run(gold, pred, null, json: true, stdout, stderr, errorsFile);

            Assert.That(exit, Is.EqualTo(ExitCodes.SomeInputsFailed));
            var report = JObject.Parse(stdout.ToString());
            Assert.That(((int)report["documents"]!, (double)report["strict.all.f1"]!), Is.EqualTo((1, 1.0)), "the good gold file is scored");
            var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var errors = lines.Where(l => l.StartsWith('{')).Select(JObject.Parse).Select(e => (Path.GetRelativePath(folder, (string)e["input"]!), (int?)e["line"], (string)e["reason"]!)).ToList();
            Assert.That(errors.Select(e => (e.Item1, e.Item2)), Is.EqualTo(new (string, int?)[]
            {
                ("gold/bad-date.json", null), ("gold/binary.json", null), ("gold/folder.json", null), ("gold/no-events.json", null),
                ("gold/not-json.json", null), ("gold/sub/bad-type.json", null), ("pred.jsonl", 2),
            }));
            Assert.That(errors[0].Item3, Is.EqualTo("event 1: \"date\" March 2021 is not YYYY, YYYY-MM or YYYY-MM-DD"));
            Assert.That(errors[1].Item3, Is.EqualTo("binary file (contains NUL bytes), not text"));
            Assert.That(errors[3].Item3, Is.EqualTo("\"events\" must be a list"));
            Assert.That(errors[5].Item3, Is.EqualTo("event 1: \"type\" must be \"start\", \"end\" or \"hold\""));
            Assert.That(lines[^1], Is.EqualTo("1 gold documents, 1 predicted events, 7 errors"));
            Assert.That(File.ReadAllLines(errorsFile), Is.EqualTo(lines.Where(l => l.StartsWith('{'))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
