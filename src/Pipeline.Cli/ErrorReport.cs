using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Ingest;

namespace Pipeline.Cli;

/// <summary>Reports each skipped input as one JSON line on standard error.</summary>
public sealed class ErrorReport(TextWriter stderr)
{
    public int Count { get; private set; }

    public void Add(InputError error)
    {
        Count++;
        var line = new JObject
        {
            ["input"] = error.Input,
            ["line"] = error.Line,
            ["doc"] = error.DocumentId,
            ["reason"] = error.Reason,
        };
        lock (stderr) stderr.WriteLine(line.ToString(Formatting.None));
    }

    public void Add(string input, string reason) => Add(new InputError(input, null, null, reason));
}
