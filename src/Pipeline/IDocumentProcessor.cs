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

    /// <summary>How long <see cref="TryProcess"/> lets one document take; null for no limit.</summary>
    public TimeSpan? DocumentTimeout { get; init; }

    public Document Process(Document document, CancellationToken cancellation = default)
    {
        document.Cancellation = cancellation;
        try
        {
            foreach (var stage in _stages)
            {
                cancellation.ThrowIfCancellationRequested();
                stage.Process(document);
            }
        }
        finally
        {
            document.Cancellation = default;
        }
        return document;
    }

    /// <summary>
    /// Processes a document, turning a failure or a document over <see cref="DocumentTimeout"/> into an error report,
    /// so that one bad document never stops a batch. Only <paramref name="run"/> being cancelled stops it
    /// (OperationCanceledException).
    /// </summary>
    public Ingest.IngestResult TryProcess(Document document, CancellationToken run = default)
    {
        using var limit = DocumentTimeout != null ? CancellationTokenSource.CreateLinkedTokenSource(run) : null;
        if (limit != null) limit.CancelAfter(DocumentTimeout!.Value);
        try
        {
            Process(document, limit?.Token ?? run);
            return Ingest.IngestResult.Ok(document);
        }
        catch (OperationCanceledException)
        {
            run.ThrowIfCancellationRequested(); // the run is being stopped: stop, rather than report the document
            return Fail(FormattableString.Invariant($"took longer than the limit of {DocumentTimeout!.Value.TotalSeconds:0.###} s per document (--doc-timeout); skipped"));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return Fail($"processing failed: {e.GetType().Name}: {e.Message}");
        }

        Ingest.IngestResult Fail(string reason) =>
            Ingest.IngestResult.Fail(new Ingest.InputError(document.Source ?? document.Id, document.SourceLine, document.Id, reason));
    }
}
