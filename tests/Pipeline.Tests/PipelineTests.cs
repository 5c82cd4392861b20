using Pipeline.Documents;
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
            "tokenizer", "sentences", "entities", "organization-forms", "name-types", "titles", "time-expressions", "coreference", "events", "consolidate-events",
        }));

    /// <summary>A stage that never ends by itself: it waits, checking the document's cancellation as the real stages do between sentences.</summary>
    private sealed class EndlessStage : IDocumentProcessor
    {
        public string Name => "endless";
        public Annotations Requires => Annotations.None;
        public Annotations Produces => Annotations.None;

        public void Process(Document document)
        {
            if (document.Text != "slow") return;
            while (true)
            {
                document.Cancellation.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        }
    }

    [Test]
    public void ADocumentOverItsTimeLimitIsReportedAndTheNextOneIsProcessed()
    {
        var pipeline = new DocumentPipeline(new EndlessStage()) { DocumentTimeout = TimeSpan.FromMilliseconds(100) };
        var slow = pipeline.TryProcess(new Document("s", "slow", source: "in.jsonl", sourceLine: 3));
        Assert.That(slow.Error, Is.EqualTo(new Pipeline.Ingest.InputError("in.jsonl", 3, "s", "took longer than the limit of 0.1 s per document (--doc-timeout); skipped")));
        Assert.That(pipeline.TryProcess(new Document("f", "fast")).Document!.Id, Is.EqualTo("f"));
    }

    [Test]
    public void StoppingTheRunStopsTheDocumentRatherThanReportingIt()
    {
        var pipeline = new DocumentPipeline(new EndlessStage()) { DocumentTimeout = TimeSpan.FromSeconds(30) };
        using var run = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.Throws<OperationCanceledException>(() => pipeline.TryProcess(new Document("s", "slow"), run.Token));
    }

    [Test]
    public void TheProductPipelineTakesTheLimits()
    {
        var product = CareerPipeline.Create();
        var pipeline = product.WithLimits(new Limits(MaxSentenceTokens: 7, DocumentTimeoutSeconds: 2.5));
        Assert.That(pipeline.DocumentTimeout, Is.EqualTo(TimeSpan.FromSeconds(2.5)));
        Assert.That(pipeline.Stages.OfType<SentenceSplitter>().Single().MaxTokens, Is.EqualTo(7));
        Assert.That(pipeline.Stages.Select(s => s.Name), Is.EqualTo(product.Stages.Select(s => s.Name)), "the same stages, in the same order");
        Assert.That(new Limits(DocumentTimeoutSeconds: 0).DocumentTimeout, Is.Null, "0 is no limit");
    }
}
