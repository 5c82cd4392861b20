using System.CommandLine;
using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Pipeline.Evaluation;
using Pipeline.Events;
using Pipeline.Ingest;

namespace Pipeline.Cli;

/// <summary>
/// pipeline train events: trains the event classifier on the corpus's train split and news-dev's train split,
/// choosing the epoch and threshold and calibrating confidence by cross-validation over the training documents.
/// </summary>
public static class TrainEventsCommand
{
    /// <summary>
    /// One source of annotated articles: documents, gold folder, and the split files to train and tune on; each of its
    /// training documents counts <paramref name="Weight"/> times in the event classifier's training.
    /// </summary>
    public sealed record Source(string Documents, string Gold, string TrainSplit, string? DevSplit, int Weight = 1);

    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The team's articles", DefaultValueFactory = _ => "corpus" };
        var gold = new Option<string>("--gold") { Description = "Their gold events", DefaultValueFactory = _ => "annotations" };
        var news = new Option<string?>("--news") { Description = "The news-dev folder (docs.jsonl, gold/, train.txt); skipped with a message when absent", DefaultValueFactory = _ => "../shared/data/news-dev" };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the model to", DefaultValueFactory = _ => "models/events" };
        var models = new Option<string?>("--models") { Description = "The models folder whose entity tagger and lexicons prepare the documents (default: the shipped one)" };
        var epochs = new Option<int>("--epochs") { Description = "Maximum passes over the training candidates", DefaultValueFactory = _ => new EventTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order", DefaultValueFactory = _ => new EventTrainingOptions().Seed };
        var newsWeight = new Option<int>("--news-weight")
        {
            Description = "How many times each news-dev training document counts for the event classifier: it has a tenth of the corpus's documents, and its own annotators' style",
            DefaultValueFactory = _ => 3,
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds of the training documents that choose the epoch and threshold and calibrate confidence", DefaultValueFactory = _ => new EventTrainingOptions().Folds };
        var report = new Option<string?>("--report") { Description = "Also write the cross-validated score report (as eval prints it, with every error) to this file" };
        var command = new Command("events", "Train the event classifier on the corpus train split and news-dev's train split; tune by cross-validation over them")
            { corpus, gold, news, newsWeight, output, models, epochs, seed, folds, report };
        command.SetAction(parse =>
        {
            var corpusFolder = parse.GetValue(corpus)!;
            var goldFolder = parse.GetValue(gold)!;
            var sources = new List<Source> { new(corpusFolder, goldFolder, Path.Combine(goldFolder, "splits", "train.txt"), Path.Combine(goldFolder, "splits", "dev.txt")) };
            var newsFolder = parse.GetValue(news);
            if (newsFolder != null && Directory.Exists(newsFolder))
                sources.Add(new(Path.Combine(newsFolder, "docs.jsonl"), Path.Combine(newsFolder, "gold"), Path.Combine(newsFolder, "train.txt"), null, parse.GetValue(newsWeight)));
            else if (newsFolder != null)
                Console.Error.WriteLine($"note: {newsFolder} not found; training on the corpus alone");
            return Run(sources, parse.GetValue(output)!, parse.GetValue(models), new EventTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(folds)), Console.Error, parse.GetValue(report));
        });
        return command;
    }

    public static int Run(IReadOnlyList<Source> sources, string outputFolder, string? modelDirectory, EventTrainingOptions options, TextWriter log, string? reportPath = null)
    {
        if (options.Epochs < 1) { log.WriteLine("error: --epochs must be at least 1"); return ExitCodes.UsageOrIo; }
        if (options.Folds < 2) { log.WriteLine("error: --folds must be at least 2"); return ExitCodes.UsageOrIo; }
        if (sources.Any(s => s.Weight < 1)) { log.WriteLine("error: --news-weight must be at least 1"); return ExitCodes.UsageOrIo; }
        if (!Models.TryLoad(() => (Stages: CareerPipeline.CreateEventInputStages(modelDirectory), Triggers: RuleBasedExtractor.ReadTriggers(modelDirectory)), log, out var loaded))
            return ExitCodes.UsageOrIo;
        var clock = Stopwatch.StartNew();
        var train = new List<AnnotatedDocument>();
        var dev = new List<AnnotatedDocument>();
        var errors = new ErrorReport(log);
        try
        {
            foreach (var source in sources)
            {
                var problems = new List<string>();
                var gold = GoldStandard.ReadFolder(source.Gold, problems);
                foreach (var problem in problems) errors.Add(source.Gold, problem);
                var trainIds = GoldStandard.ReadIds(source.TrainSplit);
                var devIds = source.DevSplit != null ? GoldStandard.ReadIds(source.DevSplit) : [];
                // Documents are prepared on both cores; the order stays the input's, so training is deterministic.
                var prepared = new DocumentSource([source.Documents]).Read()
                    .Where(item => item.Document is not { } d || trainIds.Contains(d.Id) || devIds.Contains(d.Id))
                    .AsParallel().AsOrdered()
                    .Select(item => item.Document is { } doc ? loaded.Stages.TryProcess(doc) : item);
                foreach (var item in prepared)
                {
                    if (item.Error is { } error) { errors.Add(error); continue; }
                    var document = item.Document!;
                    if (!gold.TryGetValue(document.Id, out var goldDocument)) { errors.Add(source.Gold, $"no gold file for document \"{document.Id}\""); continue; }
                    (trainIds.Contains(document.Id) ? train : dev).Add(new AnnotatedDocument(document, goldDocument, source.Weight));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        if (train.Count == 0 || dev.Count == 0) { log.WriteLine("error: no training or no development documents"); return ExitCodes.UsageOrIo; }
        log.WriteLine($"prepared {train.Count} training and {dev.Count} development documents in {clock.Elapsed.TotalSeconds:F1} s");

        var triggers = loaded.Triggers;
        var trained = EventTrainer.Train(train, dev, new EventCandidates(triggers), new RuleBasedExtractor(triggers), options, log.WriteLine);
        var training = new JObject
        {
            ["train"] = new JArray(sources.Select(s => $"{s.Documents} ({Path.GetFileName(s.TrainSplit)})")),
            ["dev"] = new JArray(sources.Where(s => s.DevSplit != null).Select(s => $"{s.Documents} ({Path.GetFileName(s.DevSplit)})")),
            ["weights"] = new JObject(sources.Select(s => new JProperty(s.Documents, s.Weight))),
            ["documents"] = train.Count,
            ["candidates"] = trained.Candidates,
            ["events"] = trained.Positives,
            ["epochs_run"] = options.Epochs,
            ["seed"] = options.Seed,
            ["folds"] = options.Folds,
        };
        try
        {
            EventModelDirectory.Save(outputFolder, trained, training);
            if (reportPath != null) File.WriteAllText(reportPath, ReportFormatter.Text(trained.CrossValidated));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: cannot write the model or the report: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        log.WriteLine($"cross-validated core F1 {trained.CrossValidated["core", "all"].F1:F4}, dev core F1 {trained.Dev["core", "all"].F1:F4} (epoch {trained.Epoch}, threshold {trained.Threshold}{(trained.Roles == null ? ", no role model" : $", role threshold {trained.RoleThreshold}")}); calibration a={trained.Calibration.A:F4} b={trained.Calibration.B:F4}; model written to {outputFolder} in {clock.Elapsed.TotalSeconds:F0} s");
        return errors.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
