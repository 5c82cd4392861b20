using Pipeline.Text;

namespace Pipeline.Tests;

public class PipelineTests
{
    [Test]
    public void RefusesAStageBeforeWhatItNeeds()
    {
        var e = Assert.Throws<ArgumentException>(() => new DocumentPipeline(new SentenceSplitter(), new Tokenizer()));
        Assert.That(e!.Message, Is.EqualTo("Stage 'sentences' requires Tokens, which no earlier stage produces."));
    }

    [Test]
    public void TheProductPipelineIsInAValidOrder() =>
        Assert.That(CareerPipeline.Create().Stages.Select(s => s.Name), Is.EqualTo(new[]
        {
            "tokenizer", "sentences", "entities", "organization-forms", "titles", "time-expressions", "coreference", "events", "consolidate-events",
        }));
}
