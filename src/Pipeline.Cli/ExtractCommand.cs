using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Ingest;
using Pipeline.Output;

namespace Pipeline.Cli;

/// <summary>What one extract run reads and writes, and the limits it works within.</summary>
public sealed record ExtractOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>The events file; standard output when null.</summary>
    public string? Output { get; init; }
    public string? Models { get; init; }
    /// <summary>A file that also gets the error report.</summary>
    public string? Errors { get; init; }
    /// <summary>Finish the interrupted run that wrote to <see cref="Output"/>.</summary>
    public bool Resume { get; init; }
    public Limits Limits { get; init; } = Limits.Default;
}

/// <summary>pipeline extract INPUT... [-o FILE] [--resume] [--errors FILE] [limits]: career events from articles, as JSON Lines.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .html, .htm, .jsonl), folders (read recursively) or - for JSON Lines on standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the events (JSON Lines); standard output when omitted. The file appears only when complete; until then the events are kept in FILE.partial" };
        var models = new Option<string?>("--models") { Description = "The models folder (default: the one shipped beside the program)" };
        var errors = new Option<string?>("--errors") { Description = "Also write the error report (one JSON line per skipped input) to this file" };
        var resume = new Option<bool>("--resume") { Description = "Finish an interrupted run with the same inputs and --output: keep the events of the documents it completed and process the rest" };
        var maxDocBytes = new Option<long>("--max-doc-bytes") { Description = "Reject a .txt or .html file, or a JSON Lines line, larger than this many bytes", DefaultValueFactory = _ => Limits.DefaultMaxDocumentBytes };
        var maxSentenceTokens = new Option<int>("--max-sentence-tokens") { Description = "Cut a sentence longer than this many tokens into pieces of this many tokens", DefaultValueFactory = _ => Limits.DefaultMaxSentenceTokens };
        var docTimeout = new Option<double>("--doc-timeout") { Description = "Skip a document whose processing takes longer than this many seconds (0: no limit)", DefaultValueFactory = _ => Limits.DefaultDocumentTimeoutSeconds };
        var command = new Command("extract", "Extract career events from articles") { inputs, output, models, errors, resume, maxDocBytes, maxSentenceTokens, docTimeout };
        command.SetAction((parse, cancellation) =>
        {
            var options = new ExtractOptions(parse.GetValue(inputs)!)
            {
                Output = parse.GetValue(output),
                Models = parse.GetValue(models),
                Errors = parse.GetValue(errors),
                Resume = parse.GetValue(resume),
                Limits = new Limits(parse.GetValue(maxDocBytes), parse.GetValue(maxSentenceTokens), parse.GetValue(docTimeout)),
            };
            // On its own thread, so that Ctrl-C (SIGINT) and SIGTERM cancel the run rather than kill it.
            return Task.Run(() => Run(options, Console.Out, Console.Error, Console.OpenStandardInput, cancellation), CancellationToken.None);
        });
        return command;
    }

    public static int Run(ExtractOptions options, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, CancellationToken cancellation = default)
    {
        if (options.Limits.Problem() is { } problem) { stderr.WriteLine($"error: {problem}"); return ExitCodes.UsageOrIo; }
        if (options.Resume && options.Output == null)
        {
            stderr.WriteLine("error: --resume needs --output: an interrupted run keeps its events beside the output file");
            return ExitCodes.UsageOrIo;
        }
        if (!Models.TryLoad(() => CareerPipeline.Create(options.Models).WithLimits(options.Limits), stderr, out var pipeline)) return ExitCodes.UsageOrIo;
        if (!ErrorsFile.TryOpen(options.Errors, stderr, out var errorsFile)) return ExitCodes.UsageOrIo;
        using (errorsFile)
        {
            if (!TryOpenOutput(options, stderr, out var output)) return ExitCodes.UsageOrIo;
            using (output)
            {
                var errors = new ErrorReport(stderr, errorsFile?.Writer);
                var done = output?.Done ?? new HashSet<string>();
                var writer = new EventWriter(output?.Writer ?? stdout);
                int documents = done.Count;
                long events = output?.ResumedLines ?? 0;
                var clock = Stopwatch.StartNew();
                // Documents stream through both cores; output keeps the input order. A resumed run skips the documents
                // the interrupted one completed.
                var processed = new DocumentSource(options.Inputs, stdin, options.Limits.MaxDocumentBytes).Read()
                    .Where(item => item.Document is not { } doc || !done.Contains(doc.Id))
                    .AsParallel().AsOrdered()
                    .WithDegreeOfParallelism(Environment.ProcessorCount)
                    .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                    .WithCancellation(cancellation)
                    .Select(item => item.Document is { } doc ? pipeline.TryProcess(doc, cancellation) : item);
                try
                {
                    foreach (var item in processed)
                    {
                        if (item.Error is { } error) { errors.Add(error); continue; }
                        var document = item.Document!;
                        documents++;
                        events += document.Events.Count;
                        writer.Write(document);
                        output?.Completed(document.Id);
                    }
                    output?.Commit();
                    if (output == null) stdout.Flush();
                }
                catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
                {
                    stderr.WriteLine($"interrupted after {documents} documents" + (output == null ? "" :
                        $"; their events are kept in {ResumableFile.PartialPath(options.Output!)}: run the same command with --resume to finish"));
                    return ExitCodes.Interrupted;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"error: cannot write {options.Output ?? "standard output"}: {e.Message}");
                    return ExitCodes.UsageOrIo;
                }
                if (!ErrorsFile.TryCommit(errorsFile, options.Errors, stderr)) return ExitCodes.UsageOrIo;
                var resumed = done.Count > 0 ? $" ({done.Count} of them done by the interrupted run)" : "";
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents} documents{resumed}, {events} events, {errors.Count} errors in {clock.Elapsed.TotalSeconds:F1} s") +
                                 (options.Output != null ? $"; events written to {options.Output}" : ""));
                return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
            }
        }
    }

    /// <summary>The events file (none for standard output), opened afresh or where an interrupted run stopped.</summary>
    private static bool TryOpenOutput(ExtractOptions options, TextWriter stderr, out ResumableFile? output)
    {
        output = null;
        if (options.Output == null) return true;
        try
        {
            output = ResumableFile.Open(options.Output, options.Resume, out var note);
            if (note != null) stderr.WriteLine($"note: {note}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {options.Output}: {e.Message}");
            return false;
        }
    }
}
