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
}
