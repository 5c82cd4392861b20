namespace Pipeline.Ingest;

/// <summary>A problem with one input: the file, the line where it applies, the document id if known, and why.</summary>
public sealed record InputError(string Input, int? Line, string? DocumentId, string Reason)
{
    public override string ToString() =>
        Line is int line ? $"{Input}:{line}: {Reason}" : $"{Input}: {Reason}";
}

/// <summary>One item read from the inputs: a document, or the error that stood in its place.</summary>
public readonly record struct IngestResult(Documents.Document? Document, InputError? Error)
{
    public static IngestResult Ok(Documents.Document document) => new(document, null);
    public static IngestResult Fail(InputError error) => new(null, error);
}

/// <summary>Thrown by a reader for input it cannot turn into a document; the message says what is wrong.</summary>
public class InvalidInputException(string message) : Exception(message);
