using System.Runtime.InteropServices;
using Pipeline.Documents;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// A greedy left-to-right BILOU tagger over a linear model. Each tag is chosen among those the
/// scheme allows after the previous one, with the two previous tags and the document's earlier
/// tags as features. Training runs the very same loop (<see cref="TagSentence"/>) with a learner,
/// so training and tagging compute history features the same way.
/// </summary>
public sealed class EntityTagger
{
    private readonly ILinearScorer _model;

    public EntityTagger(BilouTags tags, ILinearScorer model, EntityResources resources, float temperature = 1f, EntityTagger? firstPass = null)
    {
        if (firstPass != null && firstPass.Tags.Count != tags.Count) throw new ArgumentException("the first pass has a different tag set", nameof(firstPass));
        FirstPass = firstPass;
        if (!(temperature > 0)) throw new ArgumentOutOfRangeException(nameof(temperature), "the temperature must be positive");
        Temperature = temperature;
        if (model.ClassCount != tags.Count) throw new ArgumentException($"the model has {model.ClassCount} classes; the tag set has {tags.Count}");
        Tags = tags;
        _model = model;
        Resources = resources;
    }

    public BilouTags Tags { get; }
    public EntityResources Resources { get; }

    /// <summary>
    /// The tagger whose tagging of the whole document this one reads (<see cref="DocumentHistory.SetFirstPass"/>),
    /// or null for a tagger that reads the text alone.
    /// </summary>
    public EntityTagger? FirstPass { get; }

    /// <summary>Divides scores before they become probabilities in the beam; chosen on development data.</summary>
    public float Temperature { get; }

    /// <summary>Scratch space for one document at a time; one per thread.</summary>
    public sealed class Workspace
    {
        public readonly EntityFeatures.Sentence Sentence = new();
        public readonly DocumentHistory History = new();
        public readonly List<FeatureHash> Features = new(64);
        public readonly List<FeatureHash> TagFeatures = new(8);
        public int[] Tags = new int[64];
        public float[] TokenScores = new float[64], Scores = new float[64];
        public Hypothesis[] Beam = [], Next = [];
        public int[] Tag = [], Parent = [];
    }

    /// <summary>A partial tagging in the beam: its last two tags, total score and place in the back-pointer table.</summary>
    public record struct Hypothesis(int Previous, int BeforePrevious, float Score, int Slot);

    /// <summary>Hypotheses kept at each token. A beam, not a single greedy choice, because a BILOU tag commits the
    /// next ones: after a wrong B the greedy tagger has to run the entity on to an L.</summary>
    public const int BeamWidth = 4;

    /// <summary>The entities of a document, over absolute token indices, in text order.</summary>
    public List<EntitySpan> Tag(Document document, Workspace? workspace = null)
    {
        workspace ??= new Workspace();
        var firstPass = FirstPass?.Tag(document, workspace);
        workspace.History.Start(document);
        if (firstPass != null) workspace.History.SetFirstPass(document, firstPass);
        var entities = new List<EntitySpan>();
        foreach (var sentence in document.Sentences)
        {
            document.Cancellation.ThrowIfCancellationRequested();
            if (sentence.TokenCount == 0) continue;
            var tags = TagSentence(document, sentence, Resources, workspace, _model, Tags, Temperature, learner: null, truth: default);
            foreach (var span in BilouTags.Decode(tags))
                entities.Add(span with { Start = span.Start + sentence.FirstToken, End = span.End + sentence.FirstToken });
        }
        return entities;
    }

    /// <summary>
    /// Tags one sentence and records its capitalized words in the document history. Without a learner
    /// this is a beam search. With one it is greedy and each token is a training example (truth against
    /// the guess); the guess, as at tagging time, is what the next token sees.
    /// </summary>
    internal static ReadOnlySpan<int> TagSentence(Document document, Sentence sentence, EntityResources resources, Workspace workspace,
        ILinearScorer scorer, BilouTags scheme, float temperature, AveragedPerceptron? learner, ReadOnlySpan<int> truth)
    {
        var s = workspace.Sentence;
        s.Load(document, sentence, resources);
        if (workspace.Tags.Length < s.Length) workspace.Tags = new int[Math.Max(s.Length, workspace.Tags.Length * 2)];
        var tags = workspace.Tags.AsSpan(0, s.Length);
        if (learner != null) TrainGreedy(s, workspace, learner, scheme, truth, tags);
        else BeamSearch(s, workspace, scorer, scheme, temperature, tags);
        for (int i = 0; i < s.Length; i++)
            if (s.Capitalized[i]) workspace.History.Add(s.Lower[i], tags[i] == BilouTags.Outside ? 0 : BilouTags.TypeOf(tags[i]) + 1);
        return tags;
    }

    private static void TrainGreedy(EntityFeatures.Sentence s, Workspace workspace, AveragedPerceptron learner, BilouTags scheme, ReadOnlySpan<int> truth, Span<int> tags)
    {
        var scores = workspace.Scores.AsSpan(0, scheme.Count);
        int previous = scheme.Start, beforePrevious = scheme.Start;
        for (int i = 0; i < s.Length; i++)
        {
            EntityFeatures.Extract(s, i, workspace.History, scheme.Types.Count, workspace.Features);
            EntityFeatures.AddTagFeatures(s, i, previous, beforePrevious, workspace.Features);
            var features = CollectionsMarshal.AsSpan(workspace.Features);
            ((ILinearScorer)learner).Score(features, scores);
            int best = -1;
            foreach (int tag in scheme.Successors(previous, last: i == s.Length - 1))
                if (best < 0 || scores[tag] > scores[best]) best = tag;
            learner.Update(features, truth[i], best);
            tags[i] = best;
            beforePrevious = previous;
            previous = best;
        }
    }

    private static void BeamSearch(EntityFeatures.Sentence s, Workspace workspace, ILinearScorer scorer, BilouTags scheme, float temperature, Span<int> tags)
    {
        int width = BeamWidth, count = scheme.Count;
        float inverseTemperature = 1 / temperature;
        if (workspace.Tag.Length < s.Length * width)
        {
            workspace.Tag = new int[s.Length * width * 2];
            workspace.Parent = new int[s.Length * width * 2];
        }
        if (workspace.Next.Length < width)
        {
            workspace.Beam = new Hypothesis[width];
            workspace.Next = new Hypothesis[width];
        }
        var beam = workspace.Beam.AsSpan(0, 1);
        beam[0] = new Hypothesis(scheme.Start, scheme.Start, 0f, -1);
        var tokenScores = workspace.TokenScores.AsSpan(0, count);
        var scores = workspace.Scores.AsSpan(0, count);
        for (int i = 0; i < s.Length; i++)
        {
            EntityFeatures.Extract(s, i, workspace.History, scheme.Types.Count, workspace.Features);
            scorer.Score(CollectionsMarshal.AsSpan(workspace.Features), tokenScores);
            int candidates = 0;
            foreach (var h in beam)
            {
                workspace.TagFeatures.Clear();
                EntityFeatures.AddTagFeatures(s, i, h.Previous, h.BeforePrevious, workspace.TagFeatures);
                tokenScores.CopyTo(scores);
                scorer.AddScores(CollectionsMarshal.AsSpan(workspace.TagFeatures), scores);
                // Raw perceptron scores do not add up across tokens (an entity's inside tags score high once it
                // is opened, so sums favour opening one); log-probabilities over the allowed tags do.
                var allowed = scheme.Successors(h.Previous, last: i == s.Length - 1);
                float max = float.NegativeInfinity;
                foreach (int tag in allowed) max = Math.Max(max, scores[tag]);
                float sum = 0;
                foreach (int tag in allowed) sum += MathF.Exp((scores[tag] - max) * inverseTemperature);
                float logSum = MathF.Log(sum);
                foreach (int tag in allowed)
                    Keep(workspace.Next, width, ref candidates, new Hypothesis(tag, h.Previous, h.Score + (scores[tag] - max) * inverseTemperature - logSum, h.Slot));
            }
            for (int b = 0; b < candidates; b++)
            {
                var kept = workspace.Next[b];
                int slot = i * width + b;
                workspace.Tag[slot] = kept.Previous;
                workspace.Parent[slot] = kept.Slot;
                workspace.Beam[b] = kept with { Slot = slot };
            }
            beam = workspace.Beam.AsSpan(0, candidates);
        }
        for (int slot = beam[0].Slot, i = s.Length - 1; i >= 0; slot = workspace.Parent[slot], i--)
            tags[i] = workspace.Tag[slot];
    }

    /// <summary>
    /// Inserts a candidate into the best-first list of at most <paramref name="width"/>. Candidates arrive by parent and
    /// tag, and a tie never displaces an earlier one, so the result is deterministic.
    /// </summary>
    private static void Keep(Hypothesis[] best, int width, ref int count, Hypothesis candidate)
    {
        if (count == width && candidate.Score <= best[count - 1].Score) return;
        int at = count < width ? count++ : count - 1;
        while (at > 0 && best[at - 1].Score < candidate.Score) { best[at] = best[at - 1]; at--; }
        best[at] = candidate;
    }
}
