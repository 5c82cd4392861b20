namespace Pipeline.Learning;

/// <summary>
/// Features are 64-bit hashes of a template number and the text it looks at, built without
/// allocating a string: a feature "lower word = bank" is <c>Of(Template.Lower).Add("bank")</c>.
/// FNV-1a over UTF-16 units, with a separator between parts so that ("ab","c") differs from ("a","bc").
/// At 64 bits, collisions among a few million features are vanishingly rare.
/// </summary>
public readonly record struct FeatureHash(ulong Value)
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const char Separator = '\uFFFF';

    public static FeatureHash Of(int template) => new FeatureHash(OffsetBasis).Add(template);

    public FeatureHash Add(ReadOnlySpan<char> text)
    {
        ulong h = Value;
        foreach (char c in text) h = (h ^ c) * Prime;
        return new FeatureHash((h ^ Separator) * Prime);
    }

    /// <summary>
    /// Adds the text lower-cased (invariant culture), one UTF-16 unit at a time: the same as adding
    /// <c>text.ToLowerInvariant()</c> for text within the Basic Multilingual Plane.
    /// </summary>
    public FeatureHash AddLower(ReadOnlySpan<char> text)
    {
        ulong h = Value;
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return new FeatureHash((h ^ Separator) * Prime);
    }

    public FeatureHash Add(int value) => new((((Value ^ (uint)value) * Prime) ^ Separator) * Prime);

    /// <summary>Combines two finished hashes (a conjunction of two features).</summary>
    public FeatureHash Add(FeatureHash other) => new(((Value ^ other.Value) * Prime ^ Separator) * Prime);
}
