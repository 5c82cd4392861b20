using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Ingest;
using Pipeline.Output;

namespace Pipeline.Cli;

/// <summary>
/// Reports each skipped input as one JSON line ({"input", "line", "doc", "reason"}) on standard error and, when
/// given, in an errors file as well.
/// </summary>
public sealed class ErrorReport(TextWriter stderr, TextWriter? file = null)
{
    public int Count { get; private set; }

    public void Add(InputError error)
    {
        var line = new JObject
        {
            ["input"] = error.Input,
            ["line"] = error.Line,
            ["doc"] = error.DocumentId,
            ["reason"] = error.Reason,
        }.ToString(Formatting.None);
        lock (stderr)
        {
            Count++;
            stderr.WriteLine(line);
            file?.Write(line + "\n");
        }
    }

    public void Add(string input, string reason) => Add(new InputError(input, null, null, reason));
}

/// <summary>The --errors file: written under a temporary name and put in place when the run ends.</summary>
public static class ErrorsFile
{
    public static bool TryOpen(string? path, TextWriter stderr, out AtomicFile? file)
    {
        file = null;
        if (path == null) return true;
        try
        {
            file = new AtomicFile(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {path}: {e.Message}");
            return false;
        }
    }

    public static bool TryCommit(AtomicFile? file, string? path, TextWriter stderr)
    {
        try
        {
            file?.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {path}: {e.Message}");
            return false;
        }
    }
}
