using System.Text;
using Pipeline.Output;

namespace Pipeline.Tests.Output;

public class ResumableFileTests
{
    private string _dir = "";
    private string _target = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("pipeline-resumable-").FullName;
        _target = Path.Combine(_dir, "events.jsonl");
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static void Write(ResumableFile file, string doc, params string[] lines)
    {
        foreach (var line in lines) file.Writer.Write(line + "\n");
        file.Completed(doc);
    }

    private string[] Files() => Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Test]
    public void TheTargetAppearsOnlyWhenCommittedAndTheSidecarsGo()
    {
        using (var file = ResumableFile.Open(_target, resume: false, out _))
        {
            Write(file, "a", "a1", "a2");
            Assert.That(Files(), Is.EqualTo(new[] { "events.jsonl.partial", "events.jsonl.partial.done" }), "nothing under the target name yet");
            Assert.That(File.ReadAllText(_target + ".partial"), Is.EqualTo("a1\na2\n"), "each completed document is on disk");
            file.Commit();
        }
        Assert.That(Files(), Is.EqualTo(new[] { "events.jsonl" }));
        Assert.That(File.ReadAllText(_target), Is.EqualTo("a1\na2\n"));
    }

    [Test]
    public void AnInterruptedRunLeavesTheTargetUntouched()
    {
        File.WriteAllText(_target, "the previous run's output\n");
        using (var file = ResumableFile.Open(_target, resume: false, out _)) Write(file, "a", "a1");
        Assert.That(File.ReadAllText(_target), Is.EqualTo("the previous run's output\n"));
    }

    [Test]
    public void ResumingKeepsTheCompletedDocumentsAndCutsOffATornTail()
    {
        using (var file = ResumableFile.Open(_target, resume: false, out _))
        {
            Write(file, "a", "a1", "a2");
            Write(file, "b");
            Write(file, "c", "c1");
            file.Writer.Write("d1\nd2 torn"); // d's events, interrupted before its record
            file.Writer.Flush();
        }
        File.AppendAllText(_target + ".partial.done", "{\"doc\":\"d\",\"by"); // a torn record

        using (var file = ResumableFile.Open(_target, resume: true, out var note))
        {
            Assert.That(note, Is.Null);
            Assert.That(file.Done, Is.EquivalentTo(new[] { "a", "b", "c" }));
            Assert.That(file.ResumedLines, Is.EqualTo(3));
            Write(file, "d", "d1", "d2");
            file.Commit();
        }
        Assert.That(File.ReadAllText(_target), Is.EqualTo("a1\na2\nc1\nd1\nd2\n"));
    }

    [Test]
    public void WithoutResumeAStalePartialFileIsStartedAfresh()
    {
        using (var file = ResumableFile.Open(_target, resume: false, out _)) Write(file, "a", "stale");
        using (var file = ResumableFile.Open(_target, resume: false, out _))
        {
            Assert.That(file.Done, Is.Empty);
            Write(file, "a", "fresh");
            file.Commit();
        }
        Assert.That(File.ReadAllText(_target), Is.EqualTo("fresh\n"));
    }

    [Test]
    public void ResumingWithNothingToResumeStartsFromTheBeginningAndSaysSo()
    {
        using var file = ResumableFile.Open(_target, resume: true, out var note);
        Assert.That(file.Done, Is.Empty);
        Assert.That(note, Is.EqualTo($"nothing to resume in {_target}.partial.done; starting from the beginning"));
    }

    [Test]
    public void APartialFileShorterThanItsRecordIsNotTrusted()
    {
        using (var file = ResumableFile.Open(_target, resume: false, out _)) Write(file, "a", "a1");
        File.WriteAllBytes(_target + ".partial", Encoding.UTF8.GetBytes("a"));
        using var resumed = ResumableFile.Open(_target, resume: true, out var note);
        Assert.That(resumed.Done, Is.Empty);
        Assert.That(note, Does.StartWith("cannot resume:"));
    }
}
