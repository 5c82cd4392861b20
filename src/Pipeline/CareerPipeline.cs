using Pipeline.Entities;
using Pipeline.Events;
using Pipeline.Text;

namespace Pipeline;

/// <summary>The product's pipeline, composed in one visible place.</summary>
public static class CareerPipeline
{
    public static DocumentPipeline Create(string? modelDirectory = null) =>
        new([.. MentionStages(modelDirectory), RuleBasedExtractor.Load(modelDirectory), new EventConsolidator()]);

    /// <summary>The stages up to entities and time expressions, without event extraction: what eval-mentions measures.</summary>
    public static DocumentPipeline CreateMentionStages(string? modelDirectory = null) => new(MentionStages(modelDirectory));

    private static IDocumentProcessor[] MentionStages(string? modelDirectory)
    {
        // Lexicons that several stages use are read once.
        var abbreviations = Abbreviations.Load(modelDirectory);
        var sentenceStarters = Lexicon.ReadLines(Lexicon.PathOf("sentence-starters.txt", modelDirectory)).ToList();
        var titles = Lexicon.ReadLines(Lexicon.PathOf("titles.txt", modelDirectory)).ToList();
        var titleModifiers = Lexicon.ReadLines(Lexicon.PathOf("title-modifiers.txt", modelDirectory)).ToList();
        var places = Lexicon.ReadLines(Lexicon.PathOf("places.txt", modelDirectory)).ToList();
        return
        [
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, sentenceStarters),
            NameRecognizer.Load(modelDirectory, places, sentenceStarters, titles.Concat(titleModifiers)),
            new TitleRecognizer(titles, titleModifiers, Lexicon.ReadLines(Lexicon.PathOf("title-functions.txt", modelDirectory)), places),
            new TimeExpressionRecognizer(),
        ];
    }
}
