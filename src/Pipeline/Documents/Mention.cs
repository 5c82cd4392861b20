namespace Pipeline.Documents;

public enum MentionType : byte
{
    Person,
    Organization,
    Location,
    Misc,
    Title,
}

/// <summary>How a mention refers: by a name, part of a name ("Hecht", "Mr. Hecht", "Ali"), a pronoun or a description ("the company").</summary>
public enum MentionForm : byte
{
    Name,
    ShortName,
    Pronoun,
    Description,
}

/// <summary>An entity mention: a span of text and its type. Tokens are [FirstToken, EndToken).</summary>
public sealed record Mention(TextSpan Span, MentionType Type, string Text, int FirstToken, int EndToken, MentionForm Form = MentionForm.Name);

/// <summary>A person or organization the document talks about: the fullest form of its name and its mentions in text order.</summary>
public sealed class DiscourseEntity(MentionType type, string name)
{
    public MentionType Type { get; } = type;
    public string Name { get; set; } = name;
    public List<Mention> Mentions { get; } = new();
}

/// <summary>A time expression and its ISO 8601 value (YYYY, YYYY-MM or YYYY-MM-DD), null when it cannot be resolved.</summary>
public sealed record TimeExpression(TextSpan Span, string Text, string? Value, int FirstToken, int EndToken);
