using Pipeline.Entities;
using Pipeline.Events;
using Pipeline.Text;

namespace Pipeline;

/// <summary>The product's pipeline, composed in one visible place.</summary>
public static class CareerPipeline
{
    public static DocumentPipeline Create(string? modelDirectory = null)
    {
        var abbreviations = Abbreviations.Load(modelDirectory);
        return new DocumentPipeline(
            new Tokenizer(abbreviations),
            new SentenceSplitter(abbreviations, Lexicon.ReadLines(Lexicon.PathOf("sentence-starters.txt", modelDirectory))),
            NameRecognizer.Load(modelDirectory),
            TitleRecognizer.Load(modelDirectory),
            new TimeExpressionRecognizer(),
            RuleBasedExtractor.Load(modelDirectory),
            new EventConsolidator());
    }
}
