using System.CommandLine;
using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Pipeline.Entities;

namespace Pipeline.Cli;

/// <summary>pipeline benchmark ner --data FILE: how long the entity model takes to load and how fast it tags on one core.</summary>
public static class BenchmarkCommand
{
    public static Command Create() => new("benchmark", "Measure speed") { CreateNer() };

    private static Command CreateNer()
    {
        var data = new Option<string>("--data") { Description = "Text to tag, CoNLL-2003 format", Required = true };
        var model = new Option<string?>("--model") { Description = "Entity model folder (default: the shipped models/ner)" };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the data, after one untimed warm-up pass", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        var command = new Command("ner", "Entity tagger: model load time and tokens per second on one core") { data, model, repeat, json };
        command.SetAction(parse => RunNer(parse.GetValue(data)!, parse.GetValue(model), parse.GetValue(repeat), parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int RunNer(string dataFile, string? modelFolder, int repeat, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (repeat < 1) { stderr.WriteLine("error: --repeat must be at least 1"); return ExitCodes.UsageOrIo; }
        try
        {
            var folder = modelFolder ?? EntityModelDirectory.DefaultPath();
            var clock = Stopwatch.StartNew();
            var tagger = EntityModelDirectory.Load(folder);
            double loadSeconds = clock.Elapsed.TotalSeconds;
            var documents = ConllCorpus.Read(dataFile).Select(d => d.Document).ToList();
            long tokens = documents.Sum(d => (long)d.Tokens.Count);

            var workspace = new EntityTagger.Workspace();
            int entities = 0;
            foreach (var document in documents) entities += tagger.Tag(document, workspace).Count;
            var passes = new List<double>();
            for (int pass = 0; pass < repeat; pass++)
            {
                clock.Restart();
                foreach (var document in documents) tagger.Tag(document, workspace);
                passes.Add(clock.Elapsed.TotalSeconds);
            }
            passes.Sort();
            double median = passes[passes.Count / 2];
            long modelBytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            var figures = new JObject
            {
                ["model_load_seconds"] = Math.Round(loadSeconds, 3),
                ["model_bytes"] = modelBytes,
                ["documents"] = documents.Count,
                ["tokens"] = tokens,
                ["entities"] = entities,
                ["passes"] = repeat,
                ["median_pass_seconds"] = Math.Round(median, 4),
                ["tokens_per_second"] = Math.Round(tokens / median),
                ["peak_working_set_bytes"] = Process.GetCurrentProcess().PeakWorkingSet64,
            };
            stdout.WriteLine(json ? figures.ToString(Newtonsoft.Json.Formatting.None) :
                $"model {folder}: {modelBytes / 1e6:F1} MB, loaded in {loadSeconds:F3} s\n" +
                $"{documents.Count} documents, {tokens:N0} tokens, {entities:N0} entities; median of {repeat} passes {median:F3} s on one core\n" +
                $"{tokens / median:N0} tokens/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
