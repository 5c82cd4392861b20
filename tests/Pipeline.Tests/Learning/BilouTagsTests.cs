using Pipeline.Learning;

namespace Pipeline.Tests.Learning;

public class BilouTagsTests
{
    // Types PER = 0, ORG = 1: O = 0; B-PER 1, I-PER 2, L-PER 3, U-PER 4; B-ORG 5, I-ORG 6, L-ORG 7, U-ORG 8; Start = 9.
    private const int O = 0, BPer = 1, IPer = 2, LPer = 3, UPer = 4, BOrg = 5, IOrg = 6, LOrg = 7, UOrg = 8;
    private const int Per = 0, Org = 1;
    private static readonly BilouTags Tags = new(["PER", "ORG"]);

    [Test]
    public void TheTableHasOPlusFourTagsPerTypeAndStartAfterThem()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Tags.Count, Is.EqualTo(9));
            Assert.That(Tags.Start, Is.EqualTo(9));
            Assert.That(BilouTags.Outside, Is.EqualTo(0));
            Assert.That(Tags.Types, Is.EqualTo(new[] { "PER", "ORG" }));
            Assert.That(Enumerable.Range(0, Tags.Count).Select(Tags.Name),
                Is.EqualTo(new[] { "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG" }));
            Assert.That(new[] { BPer, IPer, LPer, UPer, BOrg, IOrg, LOrg, UOrg }.Select(BilouTags.TypeOf),
                Is.EqualTo(new[] { 0, 0, 0, 0, 1, 1, 1, 1 }));
        });
    }

    private static int[] AllowedAfter(int previous) => Enumerable.Range(0, Tags.Count).Where(next => Tags.Allowed(previous, next)).ToArray();

    [TestCase(9, new[] { O, BPer, UPer, BOrg, UOrg })]   // Start
    [TestCase(O, new[] { O, BPer, UPer, BOrg, UOrg })]
    [TestCase(LPer, new[] { O, BPer, UPer, BOrg, UOrg })]
    [TestCase(UPer, new[] { O, BPer, UPer, BOrg, UOrg })]
    [TestCase(LOrg, new[] { O, BPer, UPer, BOrg, UOrg })]
    [TestCase(UOrg, new[] { O, BPer, UPer, BOrg, UOrg })]
    [TestCase(BPer, new[] { IPer, LPer })]
    [TestCase(IPer, new[] { IPer, LPer })]
    [TestCase(BOrg, new[] { IOrg, LOrg })]
    [TestCase(IOrg, new[] { IOrg, LOrg })]
    public void AllowedFollowsBilou(int previous, int[] expected) => Assert.That(AllowedAfter(previous), Is.EqualTo(expected));

    [Test]
    public void SuccessorsListTheAllowedTagsInOrderAndAtTheEndOnlyThoseThatClose()
    {
        Assert.Multiple(() =>
        {
            for (int previous = 0; previous <= Tags.Count; previous++)
            {
                Assert.That(Tags.Successors(previous, last: false).ToArray(), Is.EqualTo(AllowedAfter(previous)), $"after {previous}");
                Assert.That(Tags.Successors(previous, last: true).ToArray(), Is.EqualTo(AllowedAfter(previous).Where(BilouTags.CanEnd)), $"last after {previous}");
            }
            Assert.That(Tags.Successors(Tags.Start, last: true).ToArray(), Is.EqualTo(new[] { O, UPer, UOrg }));
            Assert.That(Tags.Successors(BOrg, last: true).ToArray(), Is.EqualTo(new[] { LOrg }));
        });
    }

    [Test]
    public void ASentenceCanEndOnlyOutsideAnOpenEntity()
    {
        var canEnd = Enumerable.Range(0, Tags.Count).Where(BilouTags.CanEnd).ToArray();
        Assert.That(canEnd, Is.EqualTo(new[] { O, LPer, UPer, LOrg, UOrg }));
    }

    [Test]
    public void RejectsNoTypesAndRepeatedTypes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new BilouTags([]), Throws.ArgumentException);
            Assert.That(() => new BilouTags(["PER", "ORG", "PER"]), Throws.ArgumentException);
        });
    }

    [Test]
    public void EncodeWritesBilouTagsOverAClearedSpan()
    {
        var tags = Enumerable.Repeat(77, 9).ToArray();
        BilouTags.Encode([new EntitySpan(0, 2, Per), new EntitySpan(3, 4, Org), new EntitySpan(5, 8, Org)], tags);
        Assert.That(tags, Is.EqualTo(new[] { BPer, LPer, O, UOrg, O, BOrg, IOrg, LOrg, O }));
    }

    [Test]
    public void EncodeOfNoSpansIsAllOutside()
    {
        var tags = new[] { 4, 4, 4 };
        BilouTags.Encode([], tags);
        Assert.That(tags, Is.EqualTo(new[] { O, O, O }));
    }

    [Test]
    public void DecodeReadsEncodeBack()
    {
        EntitySpan[] spans = [new(0, 1, Org), new(1, 4, Per), new(4, 6, Per), new(7, 8, Per), new(8, 10, Org)];
        var tags = new int[11];
        BilouTags.Encode(spans, tags);
        Assert.Multiple(() =>
        {
            Assert.That(tags, Is.EqualTo(new[] { UOrg, BPer, IPer, LPer, BPer, LPer, O, UPer, BOrg, LOrg, O }));
            Assert.That(BilouTags.Decode(tags), Is.EqualTo(spans));
        });
    }

    [Test]
    public void DecodeOfAnEmptyOrAllOutsideSequenceIsEmpty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BilouTags.Decode([]), Is.Empty);
            Assert.That(BilouTags.Decode([O, O, O]), Is.Empty);
        });
    }

    // Broken sequences: an entity runs from a B, or an I/L of a new type, to its L or the last tag of its type.
    [TestCase(new[] { IPer, LPer }, new[] { 0, 2, Per })]                          // opened by I
    [TestCase(new[] { O, LOrg }, new[] { 1, 2, Org })]                              // a lone L
    [TestCase(new[] { BPer, IPer }, new[] { 0, 2, Per })]                           // never closed: runs to the end
    [TestCase(new[] { BPer, O, O }, new[] { 0, 1, Per })]                           // closed by O
    [TestCase(new[] { BPer, IOrg, LOrg }, new[] { 0, 1, Per, 1, 3, Org })]          // a new type opens a new entity
    [TestCase(new[] { BPer, IPer, LOrg }, new[] { 0, 2, Per, 2, 3, Org })]
    [TestCase(new[] { BPer, BPer, LPer }, new[] { 0, 1, Per, 1, 3, Per })]          // B always opens
    [TestCase(new[] { BPer, UPer }, new[] { 0, 1, Per, 1, 2, Per })]                // so does U
    [TestCase(new[] { UPer, IPer, O }, new[] { 0, 1, Per, 1, 2, Per })]            // I after a closed entity opens one
    [TestCase(new[] { LPer, LPer }, new[] { 0, 1, Per, 1, 2, Per })]               // L closes, the next L opens and closes
    public void DecodeReadsBrokenSequencesLeniently(int[] tags, int[] expected)
    {
        var spans = Enumerable.Range(0, expected.Length / 3).Select(k => new EntitySpan(expected[3 * k], expected[3 * k + 1], expected[3 * k + 2]));
        Assert.That(BilouTags.Decode(tags), Is.EqualTo(spans));
    }
}
