using System.Runtime.InteropServices;
using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Learning;

namespace Pipeline.Events;

/// <summary>A document prepared by the stages before event extraction, with its gold events.</summary>
public sealed record AnnotatedDocument(Document Document, GoldDocument Gold);

public sealed record EventTrainingOptions(int Epochs = 12, int Seed = 1);

/// <summary>The trained event model, its calibration, and how training went.</summary>
public sealed record TrainedEvents(LinearModel Model, PlattScaling Calibration, float Threshold, int Epoch, List<double> DevF1ByEpoch, ScoreReport Dev,
    int Candidates, int Positives);

/// <summary>
/// Trains the event classifier: each candidate of a training document is labelled with the type of the gold event
/// it matches (person, organization and, when it has one, title, compared as the scorer compares them) or "no
/// event"; an averaged perceptron learns from them in a seeded order; the epoch is chosen by core F1 on the
/// development documents, and the confidence is calibrated on them.
/// </summary>
public static class EventTrainer
{
    public static TrainedEvents Train(IReadOnlyList<AnnotatedDocument> train, IReadOnlyList<AnnotatedDocument> dev,
        EventCandidates candidates, RuleBasedExtractor rules, EventTrainingOptions options, Action<string>? log = null)
    {
        var examples = new List<(FeatureHash[] Features, int Label)>();
        var features = new List<FeatureHash>(128);
        int goldEvents = 0, covered = 0;
        foreach (var (document, gold) in train)
        {
            var ruleEvents = EventExtractor.RuleEvents(document, rules);
            var labels = new GoldLabels(gold);
            var found = new HashSet<GoldEvent>(ReferenceEqualityComparer.Instance);
            foreach (var candidate in EventCandidates.Of(document))
            {
                candidates.Features(document, candidate, ruleEvents, features);
                examples.Add((features.ToArray(), States(document, candidate, candidates) ? labels.Of(candidate, found) : EventExtractor.None));
            }
            goldEvents += gold.Events.Count;
            covered += found.Count;
        }
        int positives = examples.Count(e => e.Label != EventExtractor.None);
        log?.Invoke($"{train.Count} documents, {examples.Count:N0} candidates, {positives:N0} of them events; candidates give {covered} of the {goldEvents} gold events");

        var perceptron = new AveragedPerceptron(EventExtractor.ClassCount);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[EventExtractor.ClassCount];
        var devF1 = new List<double>();
        (LinearModel Model, int Epoch, ScoreReport Report)? best = null;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int k in order)
            {
                var (exampleFeatures, label) = examples[k];
                ((ILinearScorer)perceptron).Score(exampleFeatures, scores);
                perceptron.Update(exampleFeatures, label, EventExtractor.Best(scores));
            }
            var model = perceptron.Average();
            var report = Evaluate(model, dev, candidates, rules);
            double f1 = report["core", "all"].F1;
            devF1.Add(f1);
            log?.Invoke($"epoch {epoch}: dev core F1 {f1:F4}, strict F1 {report["strict", "all"].F1:F4} ({model.FeatureCount:N0} features)");
            if (best == null || f1 > best.Value.Report["core", "all"].F1) best = (model, epoch, report);
        }

        // The threshold trades precision for recall; the perceptron's own (0) is rarely the best for F1.
        float threshold = 0;
        var chosen = best!.Value.Report;
        foreach (float candidate in Thresholds)
        {
            var report = Evaluate(best.Value.Model, dev, candidates, rules, threshold: candidate);
            log?.Invoke($"threshold {candidate}: dev core F1 {report["core", "all"].F1:F4}");
            if (report["core", "all"].F1 > chosen["core", "all"].F1) (threshold, chosen) = (candidate, report);
        }

        var calibrationExamples = new List<(double, bool)>();
        var extractor = new EventExtractor(candidates, rules, best.Value.Model, default, threshold);
        foreach (var (document, gold) in dev)
        {
            var labels = new GoldLabels(gold);
            foreach (var (candidate, type, margin) in extractor.Classify(document, features, scores))
                calibrationExamples.Add((margin, labels.Of(candidate) == (int)type + 1));
        }
        var calibration = PlattScaling.Fit(calibrationExamples);
        return new TrainedEvents(best.Value.Model, calibration, threshold, best.Value.Epoch, devF1, chosen, examples.Count, positives);
    }

    private static readonly float[] Thresholds = [-40, -30, -20, -15, -10, -5, 5];

    /// <summary>
    /// Gold events say who did what, not where the text says it. A candidate is taken to state its gold event when
    /// the person and organization are named together in the sentence, or the sentence has a title for it or a
    /// trigger word; a pronoun, or an organization from sentences before, in a sentence without them, is only a
    /// mention of the pair, and labelling it an event would teach the classifier noise.
    /// </summary>
    private static bool States(Document document, EventCandidate c, EventCandidates candidates) =>
        (c.Scope == OrganizationScope.Sentence && c.Person.Form != MentionForm.Pronoun) || c.Role != null || candidates.HasTrigger(document, c.Sentence.Sentence);

    /// <summary>Scores a model's events on documents the way `pipeline eval` does.</summary>
    public static ScoreReport Evaluate(ILinearScorer model, IReadOnlyList<AnnotatedDocument> documents, EventCandidates candidates, RuleBasedExtractor rules, float threshold = 0)
    {
        var extractor = new EventExtractor(candidates, rules, model, default, threshold);
        var predictions = new List<Prediction>();
        foreach (var (document, _) in documents)
            predictions.AddRange(Extract(extractor, document).Select(e => Prediction.From(e, document.Id)));
        return Scorer.Score(documents.ToDictionary(d => d.Document.Id, d => d.Gold), predictions);
    }

    /// <summary>The consolidated events of a prepared document, leaving the document as it was.</summary>
    public static List<CareerEvent> Extract(EventExtractor extractor, Document document)
    {
        int before = document.Events.Count;
        extractor.Process(document);
        var events = EventConsolidator.Consolidate(document.Events.Skip(before));
        document.Events.RemoveRange(before, document.Events.Count - before);
        return events;
    }

    /// <summary>The label of a candidate: the type of the gold event it states, or "no event".</summary>
    private sealed class GoldLabels(GoldDocument gold)
    {
        private readonly List<(GoldEvent Event, string? Person, HashSet<string?> Companies, HashSet<string?> Roles)> _events =
            gold.Events.Select(g => (g, Normalization.Person(g.Person), g.Companies.Select(Normalization.Company).ToHashSet(),
                g.Roles.Where(r => r != null).Select(Normalization.Role).ToHashSet())).ToList();

        /// <summary>The candidate's label; <paramref name="found"/>, when given, collects the gold event it matches.</summary>
        public int Of(EventCandidate c, HashSet<GoldEvent>? found = null)
        {
            string? person = Normalization.Person(c.PersonEntity.Name), company = Normalization.Company(c.OrganizationEntity.Name);
            string? role = c.Role == null ? null : Normalization.Role(c.Role.Text);
            foreach (var e in _events)
                if (e.Person == person && e.Companies.Contains(company) && (role == null || e.Roles.Contains(role)))
                {
                    found?.Add(e.Event);
                    return (int)e.Event.Type + 1;
                }
            return EventExtractor.None;
        }
    }
}
