using Pipeline.Entities;
using Pipeline.Events;
using Pipeline.Text;

namespace Pipeline;

/// <summary>The product's pipeline, composed in one visible place.</summary>
public static class CareerPipeline
{
    public static DocumentPipeline Create(string? modelDirectory = null) =>
        new([.. MentionStages(modelDirectory), Coreference.Load(modelDirectory), EventExtractor.Load(modelDirectory), new EventConsolidator()]);

    /// <summary>Every stage before event extraction: what the event classifier trains on.</summary>
    public static DocumentPipeline CreateEventInputStages(string? modelDirectory = null) => new([.. MentionStages(modelDirectory), Coreference.Load(modelDirectory)]);

    /// <summary>The stages up to entities and time expressions, without event extraction: what eval-mentions measures.</summary>
    public static DocumentPipeline CreateMentionStages(string? modelDirectory = null) => new(MentionStages(modelDirectory));

    private static IDocumentProcessor[] MentionStages(string? modelDirectory)
    {
        var abbreviations = Abbreviations.Load(modelDirectory);
        IEnumerable<string> Lines(string lexicon) => Lexicon.ReadLines(Lexicon.PathOf(lexicon, modelDirectory));
        var places = Lines("places.txt").ToList();
        var entities = EntityRecognizer.Load(modelDirectory);
        return
        [
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, Lines("sentence-starters.txt")),
            entities,
            OrganizationForms.Load(modelDirectory, entities.Casing),
            NameTypes.Load(modelDirectory, places, entities.Casing),
            new TitleRecognizer(Lines("titles.txt"), Lines("title-modifiers.txt"), Lines("title-functions.txt"), places),
            new TimeExpressionRecognizer(),
        ];
    }

    /// <summary>
    /// The pipeline within the given limits: sentences cut into pieces at the token limit, and each document given
    /// at most the time limit.
    /// </summary>
    public static DocumentPipeline WithLimits(this DocumentPipeline pipeline, Limits limits) =>
        new([.. pipeline.Stages.Select(stage => stage is SentenceSplitter splitter ? splitter.WithMaxTokens(limits.MaxSentenceTokens) : stage)])
        {
            DocumentTimeout = limits.DocumentTimeout,
        };
}
