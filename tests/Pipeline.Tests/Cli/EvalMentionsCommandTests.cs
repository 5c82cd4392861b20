using Newtonsoft.Json.Linq;
using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

public class EvalMentionsCommandTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFixture()
    {
        _folder = Directory.CreateTempSubdirectory("eval-mentions-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        Directory.CreateDirectory(Path.Combine(_folder, "gold"));
        File.WriteAllText(Path.Combine(_folder, "docs", "acme.txt"),
            "Acme Corp named Jane Roe chief executive officer in March 2021. John Doe, the vice chairman, left the company on 5 May 2021.\n");
        // Roles: found for events 1 and 2 (CEO and "vice chair" normalize as the scorer does), not for 3; event 4 has none.
        // Dates: found for events 1 and 2, not for 4 (no "2020" in the text); event 3 has none.
        File.WriteAllText(Path.Combine(_folder, "gold", "acme.json"), """
            {"doc": "acme", "published": null, "events": [
              {"type": "start", "person": "Jane Roe", "company": "Acme Corp", "role": ["CEO", "chief executive"], "date": "2021-03"},
              {"type": "end", "person": "John Doe", "company": "Acme Corp", "role": "vice chair", "date": ["2021-05-05", null]},
              {"type": "hold", "person": "Jane Roe", "company": "Acme Corp", "role": "chairman", "date": null},
              {"type": "start", "person": "Jane Roe", "company": "Acme Corp", "role": [null], "date": "2020"}
            ]}
            """);
    }

    [TearDown]
    public void RemoveFixture() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Stdout, string Stderr) Run(string? split, bool json)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = EvalMentionsCommand.Run(Path.Combine(_folder, "gold"), Path.Combine(_folder, "docs"), split, json, listMisses: true, null, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void CountsTheGoldRolesAndDatesThatMentionsGive()
    {
        var (exit, stdout, _) = Run(null, json: true);
        var report = JObject.Parse(stdout);
        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        Assert.That((int)report["documents"]!, Is.EqualTo(1));
        Assert.That(((int)report["roles"]!["found"]!, (int)report["roles"]!["total"]!, (double)report["roles"]!["share"]!), Is.EqualTo((2, 3, 0.6667)));
        Assert.That(((int)report["dates"]!["found"]!, (int)report["dates"]!["total"]!, (double)report["dates"]!["share"]!), Is.EqualTo((2, 3, 0.6667)));
        Assert.That((string)report["roles"]!["misses"]![0]!["gold"]!, Is.EqualTo("chairman"));
        Assert.That((string)report["dates"]!["misses"]![0]!["gold"]!, Is.EqualTo("2020"));
    }

    [Test]
    public void PrintsATable()
    {
        var (_, stdout, _) = Run(null, json: false);
        Assert.That(stdout, Does.Contain("roles       2      3  0.667").And.Contain("dates       2      3  0.667"));
    }

    [Test]
    public void ASplitDocumentWithoutTextIsReported()
    {
        var split = Path.Combine(_folder, "split.txt");
        File.WriteAllLines(split, ["acme", "missing"]);
        var (exit, stdout, stderr) = Run(split, json: true);
        Assert.That(exit, Is.EqualTo(ExitCodes.SomeInputsFailed));
        Assert.That((int)JObject.Parse(stdout)["roles"]!["total"]!, Is.EqualTo(3));
        Assert.That(stderr, Does.Contain("document \\\"missing\\\" has no gold file"));
    }
}
