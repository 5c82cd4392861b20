namespace Pipeline;

/// <summary>
/// The defensive limits a run works within, so that no single input can exhaust memory or time. Users see and
/// change them (extract --max-doc-bytes, --max-sentence-tokens, --doc-timeout).
/// </summary>
/// <param name="MaxDocumentBytes">A file, or a JSON Lines line, larger than this is rejected before it is read.</param>
/// <param name="MaxSentenceTokens">A longer sentence is cut into pieces of this many tokens (its text is kept, not dropped).</param>
/// <param name="DocumentTimeoutSeconds">Processing one document may take this long; 0 for no limit.</param>
public sealed record Limits(
    long MaxDocumentBytes = Limits.DefaultMaxDocumentBytes,
    int MaxSentenceTokens = Limits.DefaultMaxSentenceTokens,
    double DocumentTimeoutSeconds = Limits.DefaultDocumentTimeoutSeconds)
{
    public const long DefaultMaxDocumentBytes = 10_000_000;
    public const int DefaultMaxSentenceTokens = 250;
    public const double DefaultDocumentTimeoutSeconds = 30;

    public static Limits Default { get; } = new();

    public TimeSpan? DocumentTimeout => DocumentTimeoutSeconds > 0 ? TimeSpan.FromSeconds(DocumentTimeoutSeconds) : null;

    /// <summary>What is wrong with these limits, or null when they can be used.</summary>
    public string? Problem() =>
        MaxDocumentBytes < 1 ? "--max-doc-bytes must be at least 1"
        : MaxSentenceTokens < 1 ? "--max-sentence-tokens must be at least 1"
        : DocumentTimeoutSeconds < 0 || double.IsNaN(DocumentTimeoutSeconds) || DocumentTimeoutSeconds > int.MaxValue / 1000.0
            ? "--doc-timeout must be between 0 (no limit) and 2147483 seconds"
        : null;
}
