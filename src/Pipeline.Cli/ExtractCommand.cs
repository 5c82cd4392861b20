using System.CommandLine;
using System.Diagnostics;
using Pipeline.Documents;
using Pipeline.Ingest;
using Pipeline.Output;

namespace Pipeline.Cli;

/// <summary>pipeline extract INPUT... [-o FILE]: career events from articles, as JSON Lines.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .html, .htm, .jsonl), folders (read recursively) or - for JSON Lines on standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the events (JSON Lines); standard output when omitted" };
        var models = new Option<string?>("--models") { Description = "The models folder (default: the one shipped beside the program)" };
        var command = new Command("extract", "Extract career events from articles") { inputs, output, models };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(models), Console.Out, Console.Error, () => Console.In));
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, string? outputPath, string? modelDirectory, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        if (!Models.TryLoad(() => CareerPipeline.Create(modelDirectory), stderr, out var pipeline)) return ExitCodes.UsageOrIo;

        var errors = new ErrorReport(stderr);
        AtomicFile? file = null;
        try
        {
            if (outputPath != null) file = new AtomicFile(outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {outputPath}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        using (file)
        {
            var writer = new EventWriter(file?.Writer ?? stdout);
            int documents = 0, events = 0;
            var clock = Stopwatch.StartNew();
            // Documents stream through both cores; output keeps the input order.
            var processed = new DocumentSource(inputs, stdin).Read()
                .AsParallel().AsOrdered()
                .WithDegreeOfParallelism(Environment.ProcessorCount)
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(item => item.Document is { } doc ? pipeline.TryProcess(doc) : item);
            foreach (var item in processed)
            {
                if (item.Error is { } error) { errors.Add(error); continue; }
                documents++;
                events += item.Document!.Events.Count;
                writer.Write(item.Document);
            }
            try
            {
                if (file != null) file.Commit();
                else stdout.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write {outputPath}: {e.Message}");
                return ExitCodes.UsageOrIo;
            }
            stderr.WriteLine($"{documents} documents, {events} events, {errors.Count} errors in {clock.Elapsed.TotalSeconds:F1} s" +
                             (outputPath != null ? $"; events written to {outputPath}" : ""));
        }
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

}
