using System.CommandLine;
using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Evaluation;
using Pipeline.Learning;
using Pipeline.Output;

namespace Pipeline.Cli;

/// <summary>pipeline eval-ner --data FILE [--model DIR] [--json]: exact-span entity scores, as conlleval computes them.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Labelled data, CoNLL-2003 format", Required = true };
        var model = new Option<string?>("--model") { Description = "Entity model folder (default: the shipped models/ner)" };
        var json = new Option<bool>("--json") { Description = "Print {\"precision\",\"recall\",\"f1\",\"per_type\"} as JSON" };
        var output = new Option<string?>("--output") { Description = "Also write \"token gold predicted\" lines (BIO tags, conlleval's input) to this file" };
        var command = new Command("eval-ner", "Score the entity tagger on labelled data: precision, recall and F1 overall and per type") { data, model, json, output };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(model), parse.GetValue(json), parse.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string dataFile, string? modelFolder, bool json, string? outputFile, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var tagger = EntityModelDirectory.Load(modelFolder ?? EntityModelDirectory.DefaultPath());
            var documents = ConllCorpus.Read(dataFile);
            var scores = new EntityScores(tagger.Tags.Types);
            using var conll = outputFile == null ? null : new AtomicFile(outputFile);
            var workspace = new EntityTagger.Workspace();
            foreach (var (document, gold) in documents)
            {
                var predicted = tagger.Tag(document, workspace);
                scores.Add(gold, predicted);
                if (conll != null) WriteConll(conll.Writer, document, gold, predicted, tagger.Tags.Types);
            }
            conll?.Commit();
            stdout.Write(json ? scores.Json() + Environment.NewLine : scores.Text());
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }

    private static void WriteConll(TextWriter writer, Document document, List<EntitySpan> gold, List<EntitySpan> predicted, IReadOnlyList<string> types)
    {
        var goldTags = BioTags(document.Tokens.Count, gold, types);
        var predictedTags = BioTags(document.Tokens.Count, predicted, types);
        foreach (var sentence in document.Sentences)
        {
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
                writer.Write($"{document.TextOf(document.Tokens[k])} {goldTags[k]} {predictedTags[k]}\n");
            writer.Write('\n');
        }
    }

    private static string[] BioTags(int count, List<EntitySpan> spans, IReadOnlyList<string> types)
    {
        var tags = Enumerable.Repeat("O", count).ToArray();
        foreach (var span in spans)
            for (int k = span.Start; k < span.End; k++) tags[k] = (k == span.Start ? "B-" : "I-") + types[span.Type];
        return tags;
    }
}
