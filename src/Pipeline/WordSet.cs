namespace Pipeline;

/// <summary>A set of words that answers for a span of text without allocating a string for it.</summary>
public sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, StringComparer comparer) =>
        _lookup = new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
