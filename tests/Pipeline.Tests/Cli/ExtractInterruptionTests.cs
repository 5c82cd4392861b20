using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Pipeline.Cli;

namespace Pipeline.Tests.Cli;

/// <summary>
/// An interrupted extract leaves no torn output under the target name, and --resume finishes it with exactly the
/// events of an uninterrupted run: after a kill of the real program, and after Ctrl-C (a cancelled run).
/// </summary>
public class ExtractInterruptionTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-interrupt-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// The corpus's first 300 JSON Lines records, <paramref name="copies"/> times over under new ids: a run that takes a
    /// moment, and no longer as the corpus grows.
    /// </summary>
    private string WriteInput(int copies)
    {
        var records = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "corpus"), "*.jsonl", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).SelectMany(File.ReadLines).Where(l => l.Length > 0).Take(300).Select(JObject.Parse).ToList();
        var path = Path.Combine(_dir, $"docs-{copies}.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, copies).SelectMany(copy => records.Select(r =>
        {
            var record = (JObject)r.DeepClone();
            record["id"] = $"{r["id"]}#{copy}";
            return record.ToString(Newtonsoft.Json.Formatting.None);
        })));
        return path;
    }

    /// <summary>The output of an uninterrupted run.</summary>
    private string Uninterrupted(string input)
    {
        var output = Path.Combine(_dir, "uninterrupted.jsonl");
        Assert.That(ExtractCommand.Run(new ExtractOptions([input]) { Output = output }, new StringWriter(), new StringWriter(), () => Stream.Null), Is.EqualTo(ExitCodes.Success));
        return File.ReadAllText(output);
    }

    private static int CompletedDocuments(string output)
    {
        try
        {
            using var journal = new FileStream(output + ".partial.done", FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(journal);
            return reader.ReadToEnd().Count(c => c == '\n');
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    private static Process StartPipeline(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "pipeline.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    [Test]
    public void KillingExtractHalfwayLeavesNoTornOutputAndResumeGivesTheEventsOfAnUninterruptedRun()
    {
        var output = Path.Combine(_dir, "events.jsonl");
        // Kill the program once a few documents are done; if it finished first, try again on more input.
        for (int copies = 1; ; copies *= 2)
        {
            Assert.That(copies, Is.LessThanOrEqualTo(16), "the program always finished before it could be killed");
            var input = WriteInput(copies);
            using var run = StartPipeline("extract", input, "-o", output);
            var clock = Stopwatch.StartNew();
            while (!run.HasExited && CompletedDocuments(output) < 3 && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(10);
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
            if (File.Exists(output))
            {
                File.Delete(output);
                continue;
            }

            Assert.That(File.Exists(output + ".partial"), "the events so far are kept beside the output");
            Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Has.None.EqualTo("events.jsonl"), "no output under the target name");
            using var resume = StartPipeline("extract", input, "-o", output, "--resume");
            var stderr = resume.StandardError.ReadToEndAsync();
            resume.StandardOutput.ReadToEnd();
            resume.WaitForExit();
            Assert.That(resume.ExitCode, Is.EqualTo(ExitCodes.Success), stderr.Result);
            Assert.That(stderr.Result, Does.Match(@"of them done by the interrupted run\)"), "the documents done before were not done again");
            Assert.That(File.ReadAllText(output), Is.EqualTo(Uninterrupted(input)), "the same events, none twice, in input order");
            Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName).Where(f => f!.StartsWith("events.jsonl", StringComparison.Ordinal)), Is.EqualTo(new[] { "events.jsonl" }), "no sidecar files left");
            return;
        }
    }

    [Test]
    public void CtrlCStopsTheRunCleanlyAndResumeGivesTheEventsOfAnUninterruptedRun()
    {
        var input = WriteInput(1);
        var output = Path.Combine(_dir, "events.jsonl");
        using var ctrlC = new CancellationTokenSource();
        // The watcher also stops when the run ends by itself (a model that fails to load), so that the test fails, not hangs.
        using var ended = new CancellationTokenSource();
        var watcher = Task.Run(() =>
        {
            while (!ended.IsCancellationRequested && CompletedDocuments(output) < 3) Thread.Sleep(5);
            ctrlC.Cancel();
        });
        var stderr = new StringWriter();
        int exit = ExtractCommand.Run(new ExtractOptions([input]) { Output = output }, new StringWriter(), stderr, () => Stream.Null, ctrlC.Token);
        ended.Cancel();
        watcher.Wait();

        Assert.That(exit, Is.EqualTo(ExitCodes.Interrupted));
        Assert.That(stderr.ToString(), Does.Match(@"^interrupted after \d+ documents; their events are kept in .*events\.jsonl\.partial: run the same command with --resume to finish"));
        Assert.That(File.Exists(output), Is.False);

        stderr = new StringWriter();
        Assert.That(ExtractCommand.Run(new ExtractOptions([input]) { Output = output, Resume = true }, new StringWriter(), stderr, () => Stream.Null), Is.EqualTo(ExitCodes.Success));
        Assert.That(stderr.ToString(), Does.Match($@"^{File.ReadLines(input).Count()} documents \(\d+ of them done by the interrupted run\)"));
        Assert.That(File.ReadAllText(output), Is.EqualTo(Uninterrupted(input)));
    }
}
