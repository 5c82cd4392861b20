using Pipeline.Entities;
using Pipeline.Events;
using Pipeline.Text;

namespace Pipeline;

/// <summary>The product's pipeline, composed in one visible place.</summary>
public static class CareerPipeline
{
    public static DocumentPipeline Create(string? modelDirectory = null)
    {
        // Lexicons that several stages use are read once.
        var abbreviations = Abbreviations.Load(modelDirectory);
        var sentenceStarters = Lexicon.ReadLines(Lexicon.PathOf("sentence-starters.txt", modelDirectory)).ToList();
        var titles = Lexicon.ReadLines(Lexicon.PathOf("titles.txt", modelDirectory)).ToList();
        var titleModifiers = Lexicon.ReadLines(Lexicon.PathOf("title-modifiers.txt", modelDirectory)).ToList();
        return new DocumentPipeline(
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, sentenceStarters),
            NameRecognizer.Load(modelDirectory, sentenceStarters, titles.Concat(titleModifiers)),
            new TitleRecognizer(titles, titleModifiers),
            new TimeExpressionRecognizer(),
            RuleBasedExtractor.Load(modelDirectory),
            new EventConsolidator());
    }
}
