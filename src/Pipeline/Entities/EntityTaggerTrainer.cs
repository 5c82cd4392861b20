using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// How the tagger is trained: at most <paramref name="Epochs"/> passes, <paramref name="Members"/> models averaged,
/// names jackknifed over <paramref name="Folds"/> folds and, unless <paramref name="FirstPassFolds"/> is 0, a second
/// pass trained on first-pass tags jackknifed over that many folds.
/// </summary>
public sealed record EntityTrainingOptions(int Epochs = 12, int Seed = 1, int Folds = 10, int Members = 4, int FirstPassFolds = 5);

/// <summary>One trained pass: its tagger and model, the epochs its members chose and their dev F1 by epoch.</summary>
public sealed record TrainedPass(EntityTagger Tagger, LinearModel Model, List<int> BestEpochs, List<List<double>> DevF1ByEpoch, PrecisionRecall Dev);

/// <summary>A trained tagger (the last pass, which reads the first) with the data its files are written from.</summary>
public sealed record TrainedEntityTagger(
    TrainedPass Final,
    TrainedPass? FirstPass,
    List<(string Name, int Type)> Names,
    List<(string Word, byte Class)> Casing)
{
    public EntityTagger Tagger => Final.Tagger;
}

/// <summary>
/// Trains the entity tagger: averaged perceptrons, documents in a seeded shuffled order each epoch,
/// the epoch count chosen by F1 on the development data, and the mean of a few such models (seeds
/// seed, seed + 1, ...) as the result. The gazetteer and word casing that a
/// training document sees are counted from the other folds only (jackknifing): counted from all the
/// training data, they would contain every training name and the model would learn to trust them
/// far more than they deserve on new text. The second pass learns from first-pass tags made the same
/// way, by models that did not train on the document.
/// </summary>
public static class EntityTaggerTrainer
{
    public static TrainedEntityTagger Train(IReadOnlyList<LabeledDocument> train, IReadOnlyList<LabeledDocument> dev,
        IReadOnlyList<string> types, EntityTrainingOptions options, WordClusters clusters, Gazetteer nameLists, Action<string>? log = null)
    {
        if (train.Count < Math.Max(options.Folds, options.FirstPassFolds)) throw new ArgumentException($"training needs at least {Math.Max(options.Folds, options.FirstPassFolds)} documents; it has {train.Count}");
        var scheme = new BilouTags(types);
        var foldResources = Enumerable.Range(0, options.Folds)
            .Select(fold => Resources(train.Where((_, d) => d % options.Folds != fold), clusters, nameLists).Resources).ToArray();
        var seen = train.Select((_, d) => foldResources[d % options.Folds]).ToArray();
        var (full, names, casing) = Resources(train, clusters, nameLists);

        var first = TrainPass(train, seen, null, dev, scheme, full, null, options, line => log?.Invoke(line));
        if (options.FirstPassFolds == 0) return new TrainedEntityTagger(first, null, names, casing);

        // First-pass tags of each training document, from a model that did not see it.
        var firstPassTags = new IReadOnlyList<EntitySpan>[train.Count];
        int folds = options.FirstPassFolds;
        Parallel.For(0, folds, fold =>
        {
            var inFold = Enumerable.Range(0, train.Count).Where(d => d % folds != fold).ToList();
            var (model, epoch, _) = TrainMember(inFold.Select(d => train[d]).ToList(), inFold.Select(d => seen[d]).ToArray(), null, dev, scheme, full, null,
                options.Epochs, options.Seed + fold, _ => { });
            log?.Invoke($"first pass for fold {fold + 1}/{folds}: {epoch} epochs");
            for (int d = fold; d < train.Count; d += folds)
                firstPassTags[d] = new EntityTagger(scheme, model, seen[d], first.Tagger.Temperature).Tag(train[d].Document);
        });
        var second = TrainPass(train, seen, firstPassTags, dev, scheme, full, first.Tagger, options, line => log?.Invoke("second pass, " + line));
        return new TrainedEntityTagger(second, first, names, casing);
    }

    private static TrainedPass TrainPass(IReadOnlyList<LabeledDocument> train, EntityResources[] seen, IReadOnlyList<EntitySpan>[]? firstPassTags,
        IReadOnlyList<LabeledDocument> dev, BilouTags scheme, EntityResources full, EntityTagger? firstPass, EntityTrainingOptions options, Action<string> log)
    {
        // Members differ only in their document order; the mean of their weights votes out what one order overfits.
        var members = new (LinearModel Model, int Epoch, List<double> DevF1)[options.Members];
        Parallel.For(0, options.Members, m =>
            members[m] = TrainMember(train, seen, firstPassTags, dev, scheme, full, firstPass, options.Epochs, options.Seed + m,
                line => log($"model {m + 1}/{options.Members}, {line}")));
        var mean = LinearModel.Mean(members.Select(m => m.Model).ToList());
        var tagger = new EntityTagger(scheme, mean, full, 1f, firstPass);
        var best = Evaluate(tagger, dev).Overall;
        log($"mean of {options.Members} models: dev F1 {best.F1:F4} ({mean.FeatureCount:N0} features)");
        foreach (float temperature in BeamTemperatures)
        {
            var candidate = new EntityTagger(scheme, mean, full, temperature, firstPass);
            var score = Evaluate(candidate, dev).Overall;
            log($"beam temperature {temperature}: dev F1 {score.F1:F4}");
            if (score.F1 > best.F1) (tagger, best) = (candidate, score);
        }
        return new TrainedPass(tagger, mean, members.Select(m => m.Epoch).ToList(), members.Select(m => m.DevF1).ToList(), best);
    }

    private static (LinearModel Model, int Epoch, List<double> DevF1) TrainMember(IReadOnlyList<LabeledDocument> train, EntityResources[] seen,
        IReadOnlyList<EntitySpan>[]? firstPassTags, IReadOnlyList<LabeledDocument> dev, BilouTags scheme, EntityResources full, EntityTagger? firstPass,
        int epochs, int seed, Action<string> log)
    {
        var perceptron = new AveragedPerceptron(scheme.Count);
        var workspace = new EntityTagger.Workspace();
        var truth = new int[64];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        var devF1 = new List<double>();
        (LinearModel Model, int Epoch, PrecisionRecall Dev)? best = null;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int d in order)
            {
                var (document, entities) = train[d];
                workspace.History.Start(document);
                if (firstPassTags != null) workspace.History.SetFirstPass(document, firstPassTags[d]);
                int next = 0;
                foreach (var sentence in document.Sentences)
                {
                    if (sentence.TokenCount == 0) continue;
                    if (truth.Length < sentence.TokenCount) truth = new int[sentence.TokenCount * 2];
                    var sentenceTruth = truth.AsSpan(0, sentence.TokenCount);
                    var inside = new List<EntitySpan>();
                    while (next < entities.Count && entities[next].Start < sentence.EndToken)
                    {
                        var e = entities[next++];
                        inside.Add(e with { Start = e.Start - sentence.FirstToken, End = e.End - sentence.FirstToken });
                    }
                    BilouTags.Encode(inside, sentenceTruth);
                    EntityTagger.TagSentence(document, sentence, seen[d], workspace, perceptron, scheme, 1f, perceptron, sentenceTruth);
                }
            }
            var model = perceptron.Average();
            var score = Evaluate(new EntityTagger(scheme, model, full, 1f, firstPass), dev).Overall;
            devF1.Add(score.F1);
            log($"epoch {epoch}: dev P {score.Precision:F4} R {score.Recall:F4} F1 {score.F1:F4} ({model.FeatureCount:N0} features)");
            if (best == null || score.F1 > best.Value.Dev.F1) best = (model, epoch, score);
        }
        return (best!.Value.Model, best.Value.Epoch, devF1);
    }

    /// <summary>Perceptron scores are not probabilities; the beam turns them into ones at the temperature that does best on dev.</summary>
    private static readonly float[] BeamTemperatures = [3, 10, 20, 30, 45, 60, 90];

    public static EntityScores Evaluate(EntityTagger tagger, IEnumerable<LabeledDocument> documents)
    {
        var scores = new EntityScores(tagger.Tags.Types);
        var workspace = new EntityTagger.Workspace();
        foreach (var (document, entities) in documents)
            scores.Add(entities, tagger.Tag(document, workspace));
        return scores;
    }

    private static (EntityResources Resources, List<(string Name, int Type)> Names, List<(string Word, byte Class)> Casing) Resources(IEnumerable<LabeledDocument> documents, WordClusters clusters, Gazetteer nameLists)
    {
        var list = documents.ToList();
        var names = new SortedSet<(string Name, int Type)>(Comparer<(string Name, int Type)>.Create((a, b) =>
        {
            int byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Type.CompareTo(b.Type);
        }));
        foreach (var (document, entities) in list)
            foreach (var e in entities)
                names.Add((document.Text[document.Tokens[e.Start].Start..document.Tokens[e.End - 1].End], e.Type));
        var gazetteer = new Gazetteer();
        foreach (var (name, type) in names) gazetteer.Add(name, type);
        var (casing, entries) = WordCasing.FromDocuments(list.Select(d => d.Document));
        return (new EntityResources(gazetteer, casing, clusters, nameLists), names.ToList(), entries);
    }
}
