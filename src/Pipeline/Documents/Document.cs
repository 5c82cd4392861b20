namespace Pipeline.Documents;

/// <summary>
/// One article: its plain text and everything the stages find in it. Every annotation is a span
/// of UTF-16 offsets into <see cref="Text"/>, so it can always be traced back to the input.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DateOnly? published = null, string? title = null, string? url = null, string? source = null, int? sourceLine = null)
    {
        SourceLine = sourceLine;
        Id = id;
        Text = text;
        Published = published;
        Title = title;
        Url = url;
        Source = source;
    }

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Published { get; }
    public string? Title { get; }
    public string? Url { get; }

    /// <summary>Where the document came from (a file path or "stdin"), for messages.</summary>
    public string? Source { get; }

    /// <summary>The line of a JSON Lines input that held the document.</summary>
    public int? SourceLine { get; }

    public List<Sentence> Sentences { get; } = new();
    public List<Token> Tokens { get; } = new();
    public List<Mention> Mentions { get; } = new();
    public List<TimeExpression> TimeExpressions { get; } = new();

    /// <summary>The people and organizations of the document, each with all its mentions (coreference).</summary>
    public List<DiscourseEntity> DiscourseEntities { get; } = new();
    public List<CareerEvent> Events { get; } = new();

    /// <summary>
    /// Set while the pipeline processes the document: stages check it between sentences, so that a document over
    /// its time limit (or a run being stopped) ends soon, cooperatively.
    /// </summary>
    public CancellationToken Cancellation { get; set; }

    public ReadOnlySpan<char> Slice(Token token) => Text.AsSpan(token.Start, token.Length);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string TextOf(Token token) => Text.Substring(token.Start, token.Length);
}
