namespace Pipeline.Documents;

public enum MentionType : byte
{
    Person,
    Organization,
    Location,
    Misc,
    Title,
}

/// <summary>An entity mention: a span of text and its type. Tokens are [FirstToken, EndToken).</summary>
public sealed record Mention(TextSpan Span, MentionType Type, string Text, int FirstToken, int EndToken);

/// <summary>A time expression and its ISO 8601 value (YYYY, YYYY-MM or YYYY-MM-DD), null when it cannot be resolved.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, string? Value, int FirstToken, int EndToken);
