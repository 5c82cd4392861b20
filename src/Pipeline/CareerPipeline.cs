using Pipeline.Entities;
using Pipeline.Events;
using Pipeline.Text;

namespace Pipeline;

/// <summary>The product's pipeline, composed in one visible place.</summary>
public static class CareerPipeline
{
    public static DocumentPipeline Create(string? modelDirectory = null, Limits? limits = null)
    {
        limits ??= Limits.Default;
        return new([.. MentionStages(modelDirectory, limits), RuleBasedExtractor.Load(modelDirectory), new EventConsolidator()])
        {
            DocumentTimeout = limits.DocumentTimeout,
        };
    }

    /// <summary>The stages up to entities and time expressions, without event extraction: what eval-mentions measures.</summary>
    public static DocumentPipeline CreateMentionStages(string? modelDirectory = null, Limits? limits = null)
    {
        limits ??= Limits.Default;
        return new(MentionStages(modelDirectory, limits)) { DocumentTimeout = limits.DocumentTimeout };
    }

    private static IDocumentProcessor[] MentionStages(string? modelDirectory, Limits limits)
    {
        var abbreviations = Abbreviations.Load(modelDirectory);
        IEnumerable<string> Lines(string lexicon) => Lexicon.ReadLines(Lexicon.PathOf(lexicon, modelDirectory));
        return
        [
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, Lines("sentence-starters.txt"), limits.MaxSentenceTokens),
            EntityRecognizer.Load(modelDirectory),
            new TitleRecognizer(Lines("titles.txt"), Lines("title-modifiers.txt"), Lines("title-functions.txt"), Lines("places.txt")),
            new TimeExpressionRecognizer(),
        ];
    }
}
