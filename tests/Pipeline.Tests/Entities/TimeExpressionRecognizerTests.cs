using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Text;

namespace Pipeline.Tests.Entities;

public class TimeExpressionRecognizerTests
{
    private static readonly DateOnly Thursday = new(2021, 3, 4);

    private static (string Text, string? Value)[] Find(string text, DateOnly? published)
    {
        var doc = new Document("t", text, published);
        new Tokenizer().Process(doc);
        new SentenceSplitter().Process(doc);
        new TimeExpressionRecognizer().Process(doc);
        Assert.That(doc.TimeExpressions.All(t => doc.TextOf(t.Span) == t.Text));
        return doc.TimeExpressions.Select(t => (t.Text, t.Value)).ToArray();
    }

    [TestCase("He joined on October 10, 2019.", "October 10, 2019", "2019-10-10")]
    [TestCase("She left in March 2022.", "March 2022", "2022-03")]
    [TestCase("Named on 10 March 2022 by the board.", "10 March 2022", "2022-03-10")]
    [TestCase("Effective Jan. 5 he becomes chairman.", "Jan. 5", "2021-01-05")]
    [TestCase("He founded it in 1998.", "1998", "1998")]
    [TestCase("She will retire this year.", "this year", "2021")]
    [TestCase("He quit last year.", "last year", "2020")]
    [TestCase("He quit last month.", "last month", "2021-02")]
    [TestCase("He joined last July.", "last July", "2020-07")]
    [TestCase("She starts next March.", "next March", "2022-03")]
    [TestCase("The board met on Tuesday.", "Tuesday", "2021-03-02")]
    [TestCase("The board met on Thursday.", "Thursday", "2021-03-04")]
    [TestCase("He resigned two months ago.", "two months ago", "2021-01")]
    [TestCase("He resigned three years ago.", "three years ago", "2018")]
    [TestCase("He resigned yesterday.", "yesterday", "2021-03-03")]
    [TestCase("She takes over in July.", "July", "2021-07")]
    [TestCase("He steps down effective immediately.", "effective immediately", null)]
    public void ResolvesAgainstThePublicationDate(string text, string expression, string? value) =>
        Assert.That(Find(text, Thursday), Is.EqualTo(new[] { (expression, value) }));

    [Test]
    public void RangesGiveBothYears() =>
        Assert.That(Find("He was president 1998 - 2007.", Thursday), Is.EqualTo(new[] { ("1998", (string?)"1998"), ("2007", "2007") }));

    [Test]
    public void RelativeExpressionsNeedAPublicationDate() =>
        Assert.That(Find("He left this year, not on March 5, 2020.", null), Is.EqualTo(new[] { ("this year", (string?)null), ("March 5, 2020", "2020-03-05") }));

    [TestCase("He may join the board.")]
    [TestCase("They sold 1999 shares and 2005 mln dlrs.")]
    [TestCase("Prices rose 2.2010 pct.")]
    public void IgnoresLookAlikes(string text) => Assert.That(Find(text, Thursday), Is.Empty);
}
