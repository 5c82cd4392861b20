using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class FeatureHashTests
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [Test]
    public void AddIsFnv1aOverTheTextFollowedByASeparator()
    {
        // Published FNV-1a 64 test vectors: "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8 (ASCII, so bytes = UTF-16 units).
        // Add then mixes in the separator U+FFFF. Pinning this keeps the shipped model's weight keys valid.
        var start = new FeatureHash(OffsetBasis);
        Assert.Multiple(() =>
        {
            Assert.That(start.Add("a").Value, Is.EqualTo(unchecked((0xaf63dc4c8601ec8cUL ^ 0xFFFF) * Prime)));
            Assert.That(start.Add("foobar").Value, Is.EqualTo(unchecked((0x85944171f73967e8UL ^ 0xFFFF) * Prime)));
            Assert.That(start.Add("").Value, Is.EqualTo(unchecked((OffsetBasis ^ 0xFFFF) * Prime)));
        });
    }

    [Test]
    public void OfStartsFromTheOffsetBasisAndAddsTheTemplate() =>
        Assert.That(FeatureHash.Of(7).Value, Is.EqualTo(unchecked((((OffsetBasis ^ 7UL) * Prime) ^ 0xFFFF) * Prime)));

    [Test]
    public void PartsAreSeparatedSoSplittingTheSameCharactersDifferentlyDiffers()
    {
        var t = FeatureHash.Of(3);
        Assert.Multiple(() =>
        {
            Assert.That(t.Add("ab").Add("c"), Is.Not.EqualTo(t.Add("a").Add("bc")));
            Assert.That(t.Add("abc"), Is.Not.EqualTo(t.Add("ab").Add("c")));
            Assert.That(t.Add("ab").Add(""), Is.Not.EqualTo(t.Add("ab")));
        });
    }

    [Test]
    public void EqualInputsGiveEqualHashes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FeatureHash.Of(2).Add("bank").Add(5), Is.EqualTo(FeatureHash.Of(2).Add("bank").Add(5)));
            Assert.That(FeatureHash.Of(2).Add("bank".AsSpan(0, 4)), Is.EqualTo(FeatureHash.Of(2).Add("riverbank".AsSpan(5))));
        });
    }

    [Test]
    public void TheTemplateNumberSeparatesFeaturesOverTheSameText() =>
        Assert.That(FeatureHash.Of(1).Add("bank"), Is.Not.EqualTo(FeatureHash.Of(2).Add("bank")));

    [Test]
    public void TheHashIsCaseSensitiveWithAdd() =>
        Assert.That(FeatureHash.Of(1).Add("Bank"), Is.Not.EqualTo(FeatureHash.Of(1).Add("bank")));

    [TestCase("London")]
    [TestCase("bank")]
    [TestCase("NEW-YORK 42")]
    [TestCase("ÉCOLE")]
    [TestCase("Straße")]
    [TestCase("ΣΑΣ")]
    [TestCase("")]
    public void AddLowerEqualsAddingTheInvariantLowerCase(string text) =>
        Assert.That(FeatureHash.Of(4).AddLower(text), Is.EqualTo(FeatureHash.Of(4).Add(text.ToLowerInvariant())));

    [Test]
    public void AddIntDistinguishesValuesIncludingNegativeOnes()
    {
        var t = FeatureHash.Of(9);
        var hashes = new[] { t.Add(0), t.Add(1), t.Add(2), t.Add(-1), t.Add(255) }.Select(h => h.Value).ToArray();
        Assert.That(hashes, Is.Unique);
    }

    [Test]
    public void AddIntIsFnvStepOfTheValueThenTheSeparator()
    {
        var start = new FeatureHash(OffsetBasis);
        Assert.Multiple(() =>
        {
            Assert.That(start.Add(5).Value, Is.EqualTo(unchecked((((OffsetBasis ^ 5UL) * Prime) ^ 0xFFFF) * Prime)));
            // Negative values are mixed in as their 32-bit pattern, not sign-extended.
            Assert.That(start.Add(-1).Value, Is.EqualTo(unchecked((((OffsetBasis ^ 0xFFFFFFFFUL) * Prime) ^ 0xFFFF) * Prime)));
        });
    }

    [Test]
    public void CombiningHashesDependsOnBothAndOnTheirOrder()
    {
        var a = FeatureHash.Of(1).Add("a");
        var b = FeatureHash.Of(1).Add("b");
        var t = FeatureHash.Of(5);
        Assert.Multiple(() =>
        {
            Assert.That(t.Add(a).Add(b), Is.Not.EqualTo(t.Add(b).Add(a)));
            Assert.That(t.Add(a), Is.Not.EqualTo(t.Add(b)));
            Assert.That(t.Add(a).Value, Is.EqualTo(unchecked((((t.Value ^ a.Value) * Prime) ^ 0xFFFF) * Prime)));
        });
    }
}
