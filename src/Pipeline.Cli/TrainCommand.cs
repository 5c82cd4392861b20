using System.CommandLine;
using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Pipeline.Entities;
using Pipeline.Learning;

namespace Pipeline.Cli;

/// <summary>pipeline train ner ...: trains a model and writes it with its manifest.</summary>
public static class TrainCommand
{
    public static Command Create() => new("train", "Train a model") { CreateNer(), CreateClusters(), TrainEventsCommand.Create() };

    private static Command CreateClusters()
    {
        var vectors = new Option<string>("--vectors") { Description = "Word vectors, text format: a word and its values a line, separated by spaces (GloVe's format)", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Word-classes file to write", Required = true };
        var sizes = new Option<int[]>("--sizes") { Description = "Number of classes at each granularity", DefaultValueFactory = _ => [64, 256, 1024], AllowMultipleArgumentsPerToken = true };
        var iterations = new Option<int>("--iterations") { Description = "Maximum k-means iterations", DefaultValueFactory = _ => 20 };
        var members = new Option<int>("--models") { Description = "Models trained with seeds seed, seed + 1, ...; the result is their mean", DefaultValueFactory = _ => new EntityTrainingOptions().Members };
        var seed = new Option<int>("--seed") { Description = "Seed of the initial centroids", DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", "Group word vectors into word classes (spherical k-means) for the entity tagger") { vectors, output, sizes, iterations, seed };
        command.SetAction(parse => RunClusters(parse.GetValue(vectors)!, parse.GetValue(output)!, parse.GetValue(sizes)!, parse.GetValue(iterations), parse.GetValue(seed), Console.Error));
        return command;
    }

    public static int RunClusters(string vectorsFile, string outputFile, int[] sizes, int iterations, int seed, TextWriter log)
    {
        var words = new List<string>();
        var values = new List<float>();
        int dimensions = -1, lineNumber = 0;
        try
        {
            foreach (var line in File.ReadLines(vectorsFile))
            {
                lineNumber++;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 0) continue;
                if (dimensions < 0) dimensions = fields.Length - 1;
                if (fields.Length - 1 != dimensions || dimensions == 0)
                    throw new InvalidDataException($"{vectorsFile}:{lineNumber}: {fields.Length - 1} values; the first line has {dimensions}");
                words.Add(fields[0]);
                for (int d = 1; d < fields.Length; d++)
                    values.Add(float.TryParse(fields[d], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float v)
                        ? v : throw new InvalidDataException($"{vectorsFile}:{lineNumber}: \"{fields[d]}\" is not a number"));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        if (words.Count == 0 || sizes.Length == 0 || sizes.Any(k => k < 2 || k > words.Count))
        {
            log.WriteLine($"error: need words in {vectorsFile} and class counts between 2 and the number of words");
            return ExitCodes.UsageOrIo;
        }

        var clock = Stopwatch.StartNew();
        var classes = sizes.Select(k =>
        {
            var assignment = KMeans.Cluster(values.ToArray(), dimensions, k, iterations, seed);
            log.WriteLine($"{k} classes: {clock.Elapsed.TotalSeconds:F0} s");
            return assignment;
        }).ToArray();
        var lines = new List<string>
        {
            $"# Word classes: spherical k-means (seed {seed}, at most {iterations} iterations) over the word vectors of {Path.GetFileName(vectorsFile)}.",
            $"# word, then its class among {string.Join(", ", sizes)}. Written by `pipeline train clusters`.",
        };
        for (int w = 0; w < words.Count; w++)
            lines.Add(words[w] + "\t" + string.Join('\t', classes.Select(c => c[w])));
        using (var file = new Pipeline.Output.AtomicFile(outputFile))
        {
            foreach (var line in lines) file.Writer.Write(line + "\n");
            file.Commit();
        }
        log.WriteLine($"{words.Count:N0} words written to {outputFile}");
        return ExitCodes.Success;
    }

    private static Command CreateNer()
    {
        var train = new Option<string>("--train") { Description = "Training data, CoNLL-2003 format", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development data (CoNLL-2003 format) that picks the number of epochs", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the model to", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum passes over the training data", DefaultValueFactory = _ => new EntityTrainingOptions().Epochs };
        var clusters = new Option<string?>("--clusters") { Description = "Word classes (word TAB class ...), the output of `pipeline train clusters`; copied into the model (default: the output folder's clusters.tsv, if any)" };
        var lists = new Option<string?>("--name-lists") { Description = "Folder of name lists (PER.txt, ORG.txt, LOC.txt, MISC.txt, FIRST.txt, LAST.txt); copied into the model (default: the output folder's lists/, if any)" };
        var members = new Option<int>("--models") { Description = "Models trained with seeds seed, seed + 1, ...; the result is their mean", DefaultValueFactory = _ => new EntityTrainingOptions().Members };
        var seed = new Option<int>("--seed") { Description = "Seed of the document order (training is deterministic for a seed)", DefaultValueFactory = _ => new EntityTrainingOptions().Seed };
        var command = new Command("ner", "Train the entity tagger (PER, ORG, LOC, MISC) on CoNLL-2003 data") { train, dev, output, clusters, lists, epochs, members, seed };
        command.SetAction(parse => RunNer(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, parse.GetValue(clusters), parse.GetValue(lists),
            new EntityTrainingOptions(parse.GetValue(epochs), parse.GetValue(seed), Members: parse.GetValue(members)), Console.Error));
        return command;
    }

    public static int RunNer(string trainFile, string devFile, string outputFolder, string? clustersFile, string? nameListsFolder, EntityTrainingOptions options, TextWriter log)
    {
        // Retraining a model in place keeps its word classes and name lists, so the committed model is what
        // `train ner --output models/ner` reproduces.
        clustersFile ??= File.Exists(Path.Combine(outputFolder, "clusters.tsv")) ? Path.Combine(outputFolder, "clusters.tsv") : null;
        nameListsFolder ??= Directory.Exists(Path.Combine(outputFolder, "lists")) ? Path.Combine(outputFolder, "lists") : null;
        List<LabeledDocument> train, dev;
        WordClusters clusters;
        Gazetteer nameLists;
        try
        {
            train = ConllCorpus.Read(trainFile);
            dev = ConllCorpus.Read(devFile);
            clusters = clustersFile == null ? WordClusters.None : WordClusters.Read(clustersFile);
            nameLists = nameListsFolder == null ? new Gazetteer() : Gazetteer.ReadLists(nameListsFolder, EntityResources.ListTypes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        if (options.Epochs < 1 || options.Members < 1) { log.WriteLine("error: --epochs and --models must be at least 1"); return ExitCodes.UsageOrIo; }

        log.WriteLine($"training on {trainFile}: {train.Count} documents, {train.Sum(d => d.Document.Sentences.Count)} sentences, {train.Sum(d => d.Document.Tokens.Count)} tokens");
        var clock = Stopwatch.StartNew();
        var trained = EntityTaggerTrainer.Train(train, dev, ConllCorpus.Types, options, clusters, nameLists, log.WriteLine);
        var training = new JObject
        {
            ["train"] = Path.GetFileName(trainFile),
            ["dev"] = Path.GetFileName(devFile),
            ["documents"] = train.Count,
            ["sentences"] = train.Sum(d => d.Document.Sentences.Count),
            ["tokens"] = train.Sum(d => d.Document.Tokens.Count),
            ["epochs_run"] = options.Epochs,
            ["seed"] = options.Seed,
            ["models"] = options.Members,
            ["folds"] = options.Folds,
            ["word_classes"] = clustersFile == null ? null : Path.GetFileName(clustersFile),
            ["name_lists"] = nameListsFolder == null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(nameListsFolder)),
        };
        try
        {
            EntityModelDirectory.Save(outputFolder, trained, training, clustersFile, nameListsFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: cannot write the model to {outputFolder}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        log.WriteLine($"dev F1 {trained.Final.Dev.F1:F4}; {trained.Final.Model.FeatureCount:N0} features; model written to {outputFolder} in {clock.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Success;
    }
}
