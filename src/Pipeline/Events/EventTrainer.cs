using System.Runtime.InteropServices;
using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Learning;

namespace Pipeline.Events;

/// <summary>A document prepared by the stages before event extraction, with its gold events; its examples count <paramref name="Weight"/> times in the event classifier's training (the role model's count once).</summary>
public sealed record AnnotatedDocument(Document Document, GoldDocument Gold, int Weight = 1);

public sealed record EventTrainingOptions(int Epochs = 12, int Seed = 1, int Folds = 4);

/// <summary>
/// The trained event model, its threshold and calibration, and how training went: core F1 of the training documents
/// by cross-validation (by epoch, and at the chosen epoch and threshold), and the scores on the development documents.
/// </summary>
public sealed record TrainedEvents(LinearModel Model, PlattScaling Calibration, float Threshold, int Epoch, List<double> CrossValidatedF1ByEpoch,
    ScoreReport CrossValidated, ScoreReport Dev, int Candidates, int Positives, LinearModel? Roles = null, float RoleThreshold = 0, LinearModel? Dates = null);

/// <summary>
/// Trains the event classifier: each candidate of a training document is labelled with the type of the gold event
/// it states (<see cref="GoldLabels"/>) or "no event"; averaged perceptrons learn from them, as bags (<see cref="Bags"/>),
/// each in its own seeded order, and their mean is the model. The epoch and the threshold are chosen by core F1 over the training documents
/// by k-fold cross-validation (each document scored by a model that never saw it; the first epoch within the folds'
/// noise of the best, <see cref="ChooseEpoch"/>), which is steadier than a small development split, and the confidence
/// is calibrated on those same out-of-fold scores. The model is the mean of the folds' models at that epoch. A role
/// model learns from the same candidates, by ranking each event's titled candidates against the one without a title,
/// which title an event carries (<see cref="GoldLabels.ForRoles"/>), in the same folds; its epoch and threshold are
/// chosen by cross-validated strict F1, and it is kept only if it raises that. A date model learns, by ranking each
/// candidate's dates (<see cref="EventDates.Example"/>), which one its event has; its epoch is chosen, and it is kept,
/// the same way. The development documents are scored for the record.
/// </summary>
public static class EventTrainer
{
    public static TrainedEvents Train(IReadOnlyList<AnnotatedDocument> train, IReadOnlyList<AnnotatedDocument> dev,
        EventCandidates candidates, RuleBasedExtractor rules, EventTrainingOptions options, Action<string>? log = null)
    {
        if (options.Folds < 2 || options.Folds > train.Count) throw new ArgumentOutOfRangeException(nameof(options), $"folds must be 2 to {train.Count}");
        var documents = new List<(DocumentCandidates Prepared, GoldDocument Gold, (FeatureHash[] Features, int Label)[] Examples, List<Example> EventExamples,
            List<Example> RoleExamples, List<Example> DateExamples, int Weight)>();
        int goldEvents = 0, covered = 0;
        foreach (var (document, gold, weight) in train)
        {
            var prepared = EventExtractor.Prepare(document, candidates, rules);
            var labels = new GoldLabels(gold);
            var stated = prepared.Candidates.Select(c => States(document, c, candidates) ? labels.EventOf(document, c, candidates) : null).ToArray();
            var examples = stated.Select((e, k) => (prepared.Features[k], GoldLabels.Label(e))).ToArray();
            documents.Add((prepared, gold, examples, [.. Bags(prepared, stated), .. OrganizationChoices(prepared, examples)],
                GoldLabels.ForRoles(prepared.Candidates, examples).Select(c => RoleExample(examples, c)).ToList(), DateExamples(prepared, stated).ToList(), weight));
            goldEvents += gold.Events.Count;
            covered += stated.Where(e => e != null).Distinct(ReferenceEqualityComparer.Instance).Count();
        }
        int candidateCount = documents.Sum(d => d.Examples.Length), positives = documents.Sum(d => d.Examples.Count(e => e.Label != EventExtractor.None));
        log?.Invoke($"{train.Count} documents, {candidateCount:N0} candidates, {positives:N0} of them events; candidates give {covered} of the {goldEvents} gold events");

        // Each model learns in each fold from the other folds' documents (given the training documents, its models after
        // each epoch); each document is scored, after each epoch, by the model of the folds without it.
        (LinearModel[][] Models, TScores[][] OutOfFold) CrossTrain<TScores>(Func<IEnumerable<int>, IEnumerable<(LinearModel Model, int Epoch)>> learn,
            Func<DocumentCandidates, LinearModel, TScores> score)
        {
            var models = new LinearModel[options.Epochs][];
            var scores = new TScores[options.Epochs][];
            for (int e = 0; e < options.Epochs; e++) (models[e], scores[e]) = (new LinearModel[options.Folds], new TScores[documents.Count]);
            for (int fold = 0; fold < options.Folds; fold++)
                foreach (var (model, epoch) in learn(Enumerable.Range(0, documents.Count).Where(i => i % options.Folds != fold)))
                {
                    models[epoch - 1][fold] = model;
                    for (int i = fold; i < documents.Count; i += options.Folds)
                        scores[epoch - 1][i] = score(documents[i].Prepared, model);
                }
            return (models, scores);
        }
        var (foldModels, outOfFold) = CrossTrain(train => Epochs(train.SelectMany(i => Enumerable.Repeat(documents[i].EventExamples, documents[i].Weight).SelectMany(e => e)).ToList(), options),
            (prepared, model) => EventExtractor.Score(prepared, model));
        var (roleFoldModels, roleOutOfFold) = CrossTrain(train => Epochs(train.SelectMany(i => documents[i].RoleExamples).ToList(), options),
            (prepared, model) => EventExtractor.ScoreRoles(prepared, model));
        // The date model scores only the events taken: each document keeps the model of the folds without it.
        var (dateFoldModels, dateOutOfFold) = CrossTrain(train => Epochs(train.SelectMany(i => documents[i].DateExamples).ToList(), options),
            (prepared, model) => model);
        var golds = documents.ToDictionary(d => d.Prepared.Document.Id, d => d.Gold);
        // The events carry a known squashing of their margin: consolidation compares confidences as it does at run
        // time, and the scorer's verdicts pair with the margins for calibration.
        var probe = new PlattScaling(ProbeScale, 0);
        float? roleThreshold = null;
        int roleEpoch = 1;
        int? dateEpoch = null;
        ScoreReport CrossValidate(int epoch, float threshold, PlattScaling calibration) => Scorer.Score(golds, documents.SelectMany((d, i) =>
            EventConsolidator.Consolidate(EventExtractor.Events(d.Prepared, outOfFold[epoch - 1][i], threshold, calibration,
                    roleThreshold == null ? null : roleOutOfFold[roleEpoch - 1][i], roleThreshold ?? 0, dateEpoch == null ? null : dateOutOfFold[dateEpoch.Value - 1][i]))
                .Select(e => Prediction.From(e, d.Prepared.Document.Id))).ToList());

        var f1ByEpoch = new List<double>();
        var bestByEpoch = new List<(float Threshold, ScoreReport Report)>();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            (float Threshold, ScoreReport Report)? epochBest = null;
            foreach (float threshold in Thresholds)
            {
                var report = CrossValidate(epoch, threshold, probe);
                if (epochBest == null || report["core", "all"].F1 > epochBest.Value.Report["core", "all"].F1) epochBest = (threshold, report);
            }
            bestByEpoch.Add(epochBest!.Value);
            f1ByEpoch.Add(epochBest.Value.Report["core", "all"].F1);
            log?.Invoke($"epoch {epoch}: cross-validated core F1 {f1ByEpoch[^1]:F4} at the best threshold");
        }
        int chosenEpoch = ChooseEpoch(f1ByEpoch);
        var (chosenThreshold, probed) = bestByEpoch[chosenEpoch - 1];
        log?.Invoke($"chosen: epoch {chosenEpoch}, threshold {chosenThreshold}: cross-validated core F1 {probed["core", "all"].F1:F4}, strict F1 {probed["strict", "all"].F1:F4}");
        // The role model's epoch and threshold: the pair that raises cross-validated strict F1 the most, if any does.
        double bestStrict = probed["strict", "all"].F1;
        float? chosenRoleThreshold = null;
        int chosenRoleEpoch = 1;
        for (roleEpoch = 1; roleEpoch <= options.Epochs; roleEpoch++)
            foreach (float t in RoleThresholds)
            {
                roleThreshold = t;
                var report = CrossValidate(chosenEpoch, chosenThreshold, probe);
                if (report["strict", "all"].F1 > bestStrict) (bestStrict, chosenRoleThreshold, chosenRoleEpoch, probed) = (report["strict", "all"].F1, t, roleEpoch, report);
            }
        (roleThreshold, roleEpoch) = (chosenRoleThreshold, chosenRoleEpoch);
        log?.Invoke(chosenRoleThreshold is { } chosenRole
            ? $"role model: epoch {chosenRoleEpoch}, threshold {chosenRole}: cross-validated core F1 {probed["core", "all"].F1:F4}, strict F1 {probed["strict", "all"].F1:F4}"
            : "role model: no threshold raises cross-validated strict F1; events keep the event model's titles");
        // The date model's epoch: the one that raises cross-validated strict F1 the most, if any does.
        int? chosenDateEpoch = null;
        for (dateEpoch = 1; dateEpoch <= options.Epochs; dateEpoch++)
        {
            var report = CrossValidate(chosenEpoch, chosenThreshold, probe);
            if (report["strict", "all"].F1 > bestStrict) (bestStrict, chosenDateEpoch, probed) = (report["strict", "all"].F1, dateEpoch, report);
        }
        dateEpoch = chosenDateEpoch;
        log?.Invoke(chosenDateEpoch is { } chosenDate
            ? $"date model: epoch {chosenDate}: cross-validated core F1 {probed["core", "all"].F1:F4}, strict F1 {probed["strict", "all"].F1:F4}"
            : "date model: no epoch raises cross-validated strict F1; events keep the hand rule's dates");

        // Confidence: whether an out-of-fold event, as extracted and consolidated, is a core match by the scorer. The
        // calibration is monotone, so rescored with it the events keep their order (ties of rounding apart) and the report its figures.
        var calibration = PlattScaling.Fit(probed.Confidences.Select(c => (Math.Log(c.Confidence / (1 - c.Confidence)) / ProbeScale, c.Correct)).ToList());
        var crossValidated = CrossValidate(chosenEpoch, chosenThreshold, calibration);

        // The model is the mean of the folds' models at the chosen epoch, not one more trained on all documents: its
        // margins are on the scale of the out-of-fold margins the calibration was fitted on (a model that saw a third
        // more examples has larger margins, and would claim more confidence than it has).
        var eventModel = LinearModel.Mean(foldModels[chosenEpoch - 1]);
        var roleModel = chosenRoleThreshold == null ? null : LinearModel.Mean(roleFoldModels[chosenRoleEpoch - 1]);
        var dateModel = chosenDateEpoch == null ? null : LinearModel.Mean(dateFoldModels[chosenDateEpoch.Value - 1]);
        var devReport = Evaluate(new EventModel(eventModel, calibration, chosenThreshold, roleModel, chosenRoleThreshold ?? 0, dateModel), dev, candidates, rules);
        log?.Invoke($"development documents: core F1 {devReport["core", "all"].F1:F4}, strict F1 {devReport["strict", "all"].F1:F4}, ECE {devReport.Reliability().CalibrationError:F3}");
        return new TrainedEvents(eventModel, calibration, chosenThreshold, chosenEpoch, f1ByEpoch, crossValidated, devReport, candidateCount, positives,
            roleModel, chosenRoleThreshold ?? 0, dateModel);
    }

    private static readonly float[] Thresholds = [-40, -30, -20, -15, -10, -5, 0, 5];
    private static readonly float[] RoleThresholds = [-40, -30, -20, -10, 0, 10, 20];

    /// <summary>How much cross-validated core F1 an epoch may give up to the best and still be chosen: about the spread between seeds.</summary>
    public const double EpochTolerance = 0.002;

    /// <summary>
    /// The first epoch (from 1) whose cross-validated F1 is within <see cref="EpochTolerance"/> of the best: later epochs
    /// fit the training documents more closely, and a gain smaller than the folds' noise is more often luck than a better model.
    /// </summary>
    public static int ChooseEpoch(IReadOnlyList<double> f1ByEpoch)
    {
        double best = f1ByEpoch.Max();
        for (int e = 0; ; e++)
            if (f1ByEpoch[e] >= best - EpochTolerance) return e + 1;
    }

    /// <summary>Margins run to a few hundred; squashed at this scale they keep their order in the four decimals events give.</summary>
    private const double ProbeScale = 0.01;

    /// <summary>How many perceptrons, each seeing the examples in its own order, are averaged into one model.</summary>
    private const int Orders = 36;

    /// <summary>
    /// The model after each pass over the examples: the mean of <see cref="Orders"/> averaged perceptrons, each pass
    /// of each in a new order from its seed. One order's model depends on the order more than on the data; the mean
    /// of a few does not.
    /// </summary>
    private static IEnumerable<(LinearModel Model, int Epoch)> Epochs(List<Example> examples, EventTrainingOptions options)
    {
        int epochs = options.Epochs, seed = options.Seed;
        var perceptrons = new AveragedPerceptron[Orders];
        var orders = new int[Orders][];
        var randoms = new Random[Orders];
        for (int j = 0; j < Orders; j++)
        {
            perceptrons[j] = new AveragedPerceptron(EventExtractor.ClassCount);
            orders[j] = Enumerable.Range(0, examples.Count).ToArray();
            randoms[j] = new Random(seed + 1000 * j);
        }
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            Parallel.For(0, Orders, j =>
            {
                var scores = new float[EventExtractor.ClassCount];
                randoms[j].Shuffle(orders[j]);
                foreach (int k in orders[j]) examples[k].LearnBy(perceptrons[j], scores);
            });
            yield return (LinearModel.Mean(perceptrons.Select(p => p.Average()).ToList()), epoch);
        }
    }

    /// <summary>
    /// The event model's examples, as bags (<see cref="AveragedPerceptron.UpdateBag"/>): the candidates without a title
    /// that state one gold event form a bag, and its titled candidates another; each candidate that states none is a
    /// bag of its own. A gold event needs one candidate to state it, and the others of its bag are often mere mentions
    /// of the pair ("Mr Hecht, Acme's chairman, said"); learning each of them as an event would teach the model that
    /// any mention of a person beside an employer is one. The titled bag is kept apart so that each title of a pair
    /// is learned ("president and chief executive" is two events).
    /// </summary>
    private static List<Example> Bags(DocumentCandidates prepared, GoldEvent?[] stated)
    {
        var bags = new List<Example>();
        var byEvent = new Dictionary<(GoldEvent, bool Titled), List<FeatureHash[]>>();
        for (int k = 0; k < stated.Length; k++)
            if (stated[k] is { } e)
            {
                var key = (e, prepared.Candidates[k].Role != null);
                (byEvent.TryGetValue(key, out var members) ? members : byEvent[key] = []).Add(prepared.Features[k]);
            }
            else bags.Add(new Example([prepared.Features[k]], EventExtractor.None));
        bags.AddRange(byEvent.Select(b => new Example(b.Value.ToArray(), GoldLabels.Label(b.Key.Item1))));
        return bags;
    }

    /// <summary>
    /// The event model's ranking examples: of one person mention and title (or none), the candidates at each organization,
    /// for each event type that some of them state; those must outscore the others in that type's class. The bags teach
    /// whether a candidate states an event; these teach which of the person's organizations it is at.
    /// </summary>
    private static IEnumerable<Example> OrganizationChoices(DocumentCandidates prepared, (FeatureHash[] Features, int Label)[] examples)
    {
        var byMention = new Dictionary<(Mention Person, Mention? Title), List<int>>();
        for (int k = 0; k < prepared.Candidates.Count; k++)
        {
            var key = (prepared.Candidates[k].Person, prepared.Candidates[k].Role);
            (byMention.TryGetValue(key, out var same) ? same : byMention[key] = []).Add(k);
        }
        foreach (var same in byMention.Values.Where(s => s.Count > 1))
        {
            var items = same.Select(k => prepared.Features[k]).ToArray();
            for (int label = 1; label < EventExtractor.ClassCount; label++)
            {
                var right = Enumerable.Range(0, same.Count).Where(j => examples[same[j]].Label == label).ToArray();
                if (right.Length > 0 && right.Length < same.Count) yield return new Example(items, label, right);
            }
        }
    }

    /// <summary>
    /// The date model's examples: for each candidate that states a gold event, the ranking of its sentence's dates for
    /// that event (<see cref="EventDates.Example"/>).
    /// </summary>
    private static IEnumerable<Example> DateExamples(DocumentCandidates prepared, GoldEvent?[] stated)
    {
        for (int k = 0; k < stated.Length; k++)
            if (stated[k] is { } e && EventDates.Example(prepared.Document, prepared.Candidates[k], e.Type, e.Dates) is { } example)
                yield return new Example(example.Options, GoldLabels.Label(e), example.Right);
    }

    /// <summary>The role model's example: a <see cref="RoleChoice"/>'s candidates, and the right ones among them.</summary>
    private static Example RoleExample((FeatureHash[] Features, int Label)[] examples, RoleChoice choice) =>
        new(examples[choice.First..choice.End].Select(e => e.Features).ToArray(), choice.Label, choice.Right.Select(k => k - choice.First).ToArray());

    /// <summary>
    /// A training example: a bag (<see cref="AveragedPerceptron.UpdateBag"/>) when <see cref="Right"/> is null, else a
    /// ranking of <see cref="Items"/> in which the right ones come first (<see cref="AveragedPerceptron.UpdateChoice"/>).
    /// </summary>
    private sealed record Example(FeatureHash[][] Items, int Label, int[]? Right = null)
    {
        public void LearnBy(AveragedPerceptron perceptron, float[] scores)
        {
            if (Right == null) perceptron.UpdateBag(Items, Label, scores);
            else perceptron.UpdateChoice(Items, Label, Right, scores);
        }
    }

    /// <summary>
    /// Gold events say who did what, not where the text says it. A candidate is taken to state its gold event when
    /// the person and organization are named together in the sentence, or the sentence has a title for it or a
    /// trigger word; a pronoun, or an organization from sentences before, in a sentence without them, is only a
    /// mention of the pair, and labelling it an event would teach the classifier noise.
    /// </summary>
    private static bool States(Document document, EventCandidate c, EventCandidates candidates) =>
        (c.Scope == OrganizationScope.Sentence && c.Person.Form != MentionForm.Pronoun) || c.Role != null || candidates.HasTrigger(document, c);

    /// <summary>Scores a model's events on documents the way `pipeline eval` does.</summary>
    public static ScoreReport Evaluate(EventModel model, IReadOnlyList<AnnotatedDocument> documents, EventCandidates candidates, RuleBasedExtractor rules)
    {
        var extractor = new EventExtractor(candidates, rules, model);
        var predictions = new List<Prediction>();
        foreach (var (document, _, _) in documents)
        {
            int before = document.Events.Count;
            extractor.Process(document);
            var events = document.Events.Skip(before).ToList();
            document.Events.RemoveRange(before, events.Count);
            predictions.AddRange(EventConsolidator.Consolidate(events).Select(e => Prediction.From(e, document.Id)));
        }
        return Scorer.Score(documents.ToDictionary(d => d.Document.Id, d => d.Gold), predictions);
    }
}
