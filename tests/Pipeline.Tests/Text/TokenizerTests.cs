using Pipeline.Text;

namespace Pipeline.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static string[] Tokens(string text) => Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [TestCase("Alibaba's chief", new[] { "Alibaba", "'s", "chief" })]
    [TestCase("Alibaba\u2019s unit", new[] { "Alibaba", "\u2019s", "unit" })]
    [TestCase("don't", new[] { "do", "n't" })]
    [TestCase("O'Brien quit.", new[] { "O'Brien", "quit", "." })]
    [TestCase("vice-chairman and co-founder", new[] { "vice-chairman", "and", "co-founder" })]
    [TestCase("rose 3.25 pct to $1,250.50 mln", new[] { "rose", "3.25", "pct", "to", "$", "1,250.50", "mln" })]
    [TestCase("Amvest Corp <AMVC.O> said", new[] { "Amvest", "Corp", "<", "AMVC.O", ">", "said" })]
    [TestCase("the U.S. unit of Acme Inc.", new[] { "the", "U.S.", "unit", "of", "Acme", "Inc." })]
    [TestCase("Mr. Hecht and Michael C. Barlerin", new[] { "Mr.", "Hecht", "and", "Michael", "C.", "Barlerin" })]
    [TestCase("It ended.", new[] { "It", "ended", "." })]
    [TestCase("William Li (李斌) founded Nio", new[] { "William", "Li", "(", "李斌", ")", "founded", "Nio" })]
    [TestCase("see https://example.com/a?b=1, then", new[] { "see", "https://example.com/a?b=1", ",", "then" })]
    [TestCase("(www.acme.com).", new[] { "(", "www.acme.com", ")", "." })]
    [TestCase("AT&T rose 76%...", new[] { "AT&T", "rose", "76", "%", "..." })]
    [TestCase("\u00a3600m and \u20ac5bn", new[] { "\u00a3", "600m", "and", "\u20ac", "5bn" })]
    [TestCase("\"Yes,\" he said", new[] { "\"", "Yes", ",", "\"", "he", "said" })]
    [TestCase("1998 - 2007", new[] { "1998", "-", "2007" })]
    public void SplitsNewsText(string text, string[] expected) => Assert.That(Tokens(text), Is.EqualTo(expected));

    [Test]
    public void OffsetsIndexTheTextExactly()
    {
        const string text = "  Jing Jie,\n  head of Tmall's\toperations.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.That(tokens.Select(t => (t.Start, t.End)), Is.EqualTo(new[]
        {
            (2, 6), (7, 10), (10, 11), (14, 18), (19, 21), (22, 27), (27, 29), (30, 40), (40, 41),
        }));
    }

    [Test]
    public void ClassifiesTokens()
    {
        var tokens = Tokenizer.Tokenize("Acme paid 3.5 $ at www.acme.com .");
        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[]
        {
            Documents.TokenKind.Word, Documents.TokenKind.Word, Documents.TokenKind.Number, Documents.TokenKind.Symbol,
            Documents.TokenKind.Word, Documents.TokenKind.Url, Documents.TokenKind.Punctuation,
        }));
    }

    [Test]
    public void EmptyAndWhitespaceTextHaveNoTokens()
    {
        Assert.That(Tokenizer.Tokenize(""), Is.Empty);
        Assert.That(Tokenizer.Tokenize(" \n\t "), Is.Empty);
    }
}
