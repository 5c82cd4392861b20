using Pipeline.Documents;

namespace Pipeline;

/// <summary>What a stage reads from or adds to a document.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    Sentences = 1,
    Tokens = 2,
    Entities = 4,
    TimeExpressions = 8,
    Events = 16,
    Coreference = 32,
}

/// <summary>A pipeline stage: a pure function of one document that adds annotations to it.</summary>
public interface IDocumentProcessor
{
    string Name { get; }
    Annotations Requires { get; }
    Annotations Produces { get; }
    void Process(Document document);
}

/// <summary>Stages in order. The constructor refuses an order in which a stage runs before what it needs.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentProcessor[] _stages;

    public DocumentPipeline(params IDocumentProcessor[] stages)
    {
        var available = Annotations.None;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Annotations.None)
                throw new ArgumentException($"Stage '{stage.Name}' requires {missing}, which no earlier stage produces.");
            available |= stage.Produces;
        }
        _stages = stages;
    }

    public IReadOnlyList<IDocumentProcessor> Stages => _stages;

    public Document Process(Document document)
    {
        foreach (var stage in _stages)
            stage.Process(document);
        return document;
    }

    /// <summary>Processes a document, turning a failure into an error report, so that one bad document never stops a batch.</summary>
    public Ingest.IngestResult TryProcess(Document document)
    {
        try
        {
            Process(document);
            return Ingest.IngestResult.Ok(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Ingest.IngestResult.Fail(new Ingest.InputError(document.Source ?? document.Id, document.SourceLine, document.Id, $"processing failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
