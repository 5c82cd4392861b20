namespace Pipeline.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 units in a document's plain text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public override string ToString() => $"[{Start}, {End})";
}
