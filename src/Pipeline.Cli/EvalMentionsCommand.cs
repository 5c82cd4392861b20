using System.CommandLine;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Ingest;

namespace Pipeline.Cli;

/// <summary>
/// pipeline eval-mentions --gold DIR --docs INPUT [--split FILE] [--json] [--misses]: the share of gold roles
/// and dates that the entity and time stages find at all, the ceiling for event extraction.
/// </summary>
public static class EvalMentionsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of gold files (<doc-id>.json, read recursively)", Required = true };
        var docs = new Option<string>("--docs") { Description = "The documents: a file (.txt, .html, .htm, .jsonl) or a folder (read recursively)", Required = true };
        var split = new Option<string?>("--split") { Description = "Count only the document ids listed in this file, one a line" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON ({\"roles\":{\"found\",\"total\",\"share\"},\"dates\":{...}})" };
        var misses = new Option<bool>("--misses") { Description = "List the gold roles and dates that no mention gives" };
        var models = new Option<string?>("--models") { Description = "The models folder (default: the one shipped beside the program)" };
        var command = new Command("eval-mentions", "Measure how many gold roles and dates the title and time-expression mentions give") { gold, docs, split, json, misses, models };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(docs)!, parse.GetValue(split), parse.GetValue(json), parse.GetValue(misses),
            parse.GetValue(models), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldFolder, string docsInput, string? splitFile, bool json, bool listMisses, string? modelDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(goldFolder)) { stderr.WriteLine($"error: gold folder not found: {goldFolder}"); return ExitCodes.UsageOrIo; }
        if (!File.Exists(docsInput) && !Directory.Exists(docsInput)) { stderr.WriteLine($"error: documents not found: {docsInput}"); return ExitCodes.UsageOrIo; }
        if (splitFile != null && !File.Exists(splitFile)) { stderr.WriteLine($"error: document list not found: {splitFile}"); return ExitCodes.UsageOrIo; }
        if (!Models.TryLoad(() => CareerPipeline.CreateMentionStages(modelDirectory), stderr, out var pipeline)) return ExitCodes.UsageOrIo;

        var errors = new ErrorReport(stderr);
        var problems = new List<InputError>();
        var gold = GoldStandard.ReadFolder(goldFolder, problems);
        var wanted = splitFile != null
            ? GoldStandard.ReadIds(splitFile)
            : gold.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var id in wanted.Where(d => !gold.ContainsKey(d)).Order(StringComparer.Ordinal))
            problems.Add(new InputError(splitFile ?? goldFolder, null, id, $"document \"{id}\" has no gold file in {goldFolder}"));

        var coverage = new MentionCoverage();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var processed = new DocumentSource([docsInput]).Read()
            .Where(item => item.Document is not { } doc || wanted.Contains(doc.Id))
            .AsParallel().AsOrdered()
            .Select(item => item.Document is { } doc ? pipeline.TryProcess(doc) : item);
        foreach (var item in processed)
        {
            if (item.Error is { } error) { errors.Add(error); continue; }
            var doc = item.Document!;
            seen.Add(doc.Id);
            if (gold.TryGetValue(doc.Id, out var goldDocument)) coverage.Add(goldDocument, doc);
        }
        foreach (var id in wanted.Where(d => gold.ContainsKey(d) && !seen.Contains(d)).Order(StringComparer.Ordinal))
            problems.Add(new InputError(docsInput, null, id, $"no document \"{id}\""));
        foreach (var problem in problems) errors.Add(problem);

        stdout.Write(json ? Json(coverage, listMisses) + Environment.NewLine : Text(coverage, listMisses));
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }


    private static string Text(MentionCoverage coverage, bool listMisses)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{coverage.Documents} documents");
        text.AppendLine("slot    found  total  share");
        foreach (var (name, slot) in Slots(coverage))
            text.AppendLine(inv, $"{name,-6} {slot.Found,6} {slot.Total,6} {slot.Share,6:F3}");
        if (listMisses)
            foreach (var (name, slot) in Slots(coverage))
            {
                text.AppendLine();
                text.AppendLine(inv, $"{name} that no mention gives: {slot.Misses.Count}");
                foreach (var (doc, value) in slot.Misses) text.AppendLine(inv, $"  {doc}\t{value}");
            }
        return text.ToString();
    }

    private static string Json(MentionCoverage coverage, bool listMisses)
    {
        var o = new JObject { ["documents"] = coverage.Documents };
        foreach (var (name, slot) in Slots(coverage))
        {
            var figures = new JObject { ["found"] = slot.Found, ["total"] = slot.Total, ["share"] = Math.Round(slot.Share, 4) };
            if (listMisses) figures["misses"] = new JArray(slot.Misses.Select(m => new JObject { ["doc"] = m.Doc, ["gold"] = m.Gold }));
            o[name] = figures;
        }
        return o.ToString(Formatting.None);
    }

    private static (string Name, SlotCoverage Slot)[] Slots(MentionCoverage coverage) => [("roles", coverage.Roles), ("dates", coverage.Dates)];
}
