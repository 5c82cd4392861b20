namespace Pipeline.Documents;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
}

/// <summary>A token is a view over the document text: it stores offsets, never a copy of the text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}

/// <summary>A sentence: its character span and the range of its tokens in <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}
