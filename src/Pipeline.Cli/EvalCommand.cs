using System.CommandLine;
using Pipeline.Evaluation;
using Pipeline.Ingest;

namespace Pipeline.Cli;

/// <summary>pipeline eval --gold DIR --pred FILE [--docs LIST_FILE] [--json] [--errors FILE]: the spec's scoring.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold files (<doc-id>.json, read recursively)", Required = true };
        var pred = new Option<string>("--pred") { Description = "Predicted events (JSON Lines)", Required = true };
        var docs = new Option<string?>("--docs") { Description = "Score only the document ids listed in this file, one a line" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON (keys like core.all.f1)" };
        var errors = new Option<string?>("--errors") { Description = "Also write the error report (one JSON line per skipped gold file or prediction line) to this file" };
        var command = new Command("eval", "Score predicted events against gold events") { gold, pred, docs, json, errors };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(pred)!, parse.GetValue(docs), parse.GetValue(json), Console.Out, Console.Error, parse.GetValue(errors)));
        return command;
    }

    public static int Run(string goldFolder, string predFile, string? docsFile, bool json, TextWriter stdout, TextWriter stderr, string? errorsFile = null)
    {
        if (!Directory.Exists(goldFolder)) { stderr.WriteLine($"error: gold folder not found: {goldFolder}"); return ExitCodes.UsageOrIo; }
        if (!File.Exists(predFile)) { stderr.WriteLine($"error: predictions file not found: {predFile}"); return ExitCodes.UsageOrIo; }
        if (docsFile != null && !File.Exists(docsFile)) { stderr.WriteLine($"error: document list not found: {docsFile}"); return ExitCodes.UsageOrIo; }
        if (!ErrorsFile.TryOpen(errorsFile, stderr, out var file)) return ExitCodes.UsageOrIo;

        using (file)
        {
            var errors = new ErrorReport(stderr, file?.Writer);
            var problems = new List<InputError>();
            var gold = GoldStandard.ReadFolder(goldFolder, problems);
            var predictions = Prediction.ReadFile(predFile, problems);
            HashSet<string>? only = null;
            if (docsFile != null)
            {
                only = GoldStandard.ReadIds(docsFile);
                foreach (var missing in only.Where(d => !gold.ContainsKey(d)))
                    problems.Add(new InputError(docsFile, null, missing, $"document \"{missing}\" has no gold file in {goldFolder}"));
            }
            foreach (var problem in problems) errors.Add(problem);

            var report = Scorer.Score(gold, predictions, only);
            stdout.Write(json ? ReportFormatter.Json(report) + Environment.NewLine : ReportFormatter.Text(report));
            stderr.WriteLine($"{gold.Count} gold documents, {predictions.Count} predicted events, {errors.Count} errors");
            if (!ErrorsFile.TryCommit(file, errorsFile, stderr)) return ExitCodes.UsageOrIo;
            return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        }
    }
}
