using Pipeline.Documents;
using Pipeline.Entities;

namespace Pipeline.Tests.Entities;

public class GazetteerTests
{
    private const int Per = 0, Org = 1, Loc = 2;
    private const int First = 0, Inside = 1, Last = 2, Single = 3;

    private static uint Mark(int type, int position) => 1u << (4 * type + position);

    /// <summary>Tokens of a text whose words are separated by single spaces.</summary>
    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        int start = 0;
        foreach (var word in text.Split(' '))
        {
            tokens.Add(new Token(start, start + word.Length, TokenKind.Word));
            start += word.Length + 1;
        }
        return tokens.ToArray();
    }

    private static uint[] Match(Gazetteer gazetteer, string text)
    {
        var tokens = Tokens(text);
        var marks = Enumerable.Repeat(0xDEADu, tokens.Length).ToArray();
        gazetteer.Match(text, tokens, marks);
        return marks;
    }

    private static Gazetteer Sample()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("New York", Loc);
        gazetteer.Add("New York Stock Exchange", Org);
        gazetteer.Add("York", Per);
        return gazetteer;
    }

    [Test]
    public void MarksTheLongestEntryAtEachStartWithItsTypeAndPositions()
    {
        //                                  the  new  york   stock   exchange  in  New  York   .
        var marks = Match(Sample(), "the new york stock exchange in New York .");
        Assert.That(marks, Is.EqualTo(new[]
        {
            0u,
            Mark(Org, First),                          // "new york stock exchange" beats "new york" at this start
            Mark(Org, Inside) | Mark(Per, Single),     // "york" also starts an entry of its own
            Mark(Org, Inside),
            Mark(Org, Last),
            0u,
            Mark(Loc, First),
            Mark(Loc, Last) | Mark(Per, Single),
            0u,
        }));
    }

    [Test]
    public void TheExactBitsAreFourPerTypePlusThePosition()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Mark(Org, First), Is.EqualTo(16u));
            Assert.That(Match(Sample(), "New York"), Is.EqualTo(new[] { 256u, 1024u | 8u }));
        });
    }

    [Test]
    public void MatchingIgnoresCase()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("ÉCOLE Normale", Org);
        Assert.That(Match(gazetteer, "école NORMALE"), Is.EqualTo(new[] { Mark(Org, First), Mark(Org, Last) }));
    }

    [Test]
    public void ANameWithSeveralTypesMarksThemAll()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("Washington", Per);
        gazetteer.Add("Washington", Loc);
        gazetteer.Add("washington", Loc);
        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.Count, Is.EqualTo(1));
            Assert.That(Match(gazetteer, "in Washington"), Is.EqualTo(new[] { 0u, Mark(Per, Single) | Mark(Loc, Single) }));
        });
    }

    [Test]
    public void TheHighestTypeUsesTheTopBits()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("a b", 7);
        Assert.That(Match(gazetteer, "a b"), Is.EqualTo(new[] { 1u << 28, 1u << 30 }));
    }

    [Test]
    public void EntriesOfUpToSixWordsMatchAndLongerOnesAreIgnored()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("a b c d e f", Org);
        gazetteer.Add("p q r s t u v", Org);
        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.Count, Is.EqualTo(1));
            Assert.That(Match(gazetteer, "a b c d e f"),
                Is.EqualTo(new[] { Mark(Org, First), Mark(Org, Inside), Mark(Org, Inside), Mark(Org, Inside), Mark(Org, Inside), Mark(Org, Last) }));
            Assert.That(Match(gazetteer, "p q r s t u v"), Is.All.EqualTo(0u));
        });
    }

    [Test]
    public void APartialEntryDoesNotMatch()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("Bank of England", Org);
        Assert.Multiple(() =>
        {
            Assert.That(Match(gazetteer, "the Bank of Canada"), Is.All.EqualTo(0u));
            Assert.That(Match(gazetteer, "Bank of"), Is.All.EqualTo(0u));
        });
    }

    [Test]
    public void TokensAreReadFromTheirOffsetsInTheText()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("New York", Loc);
        const string text = "(New-York)";
        Token[] tokens = [new(0, 1, TokenKind.Punctuation), new(1, 4, TokenKind.Word), new(4, 5, TokenKind.Punctuation), new(5, 9, TokenKind.Word), new(9, 10, TokenKind.Punctuation)];
        var marks = new uint[5];
        gazetteer.Match(text, tokens, marks);
        Assert.That(marks, Is.All.EqualTo(0u), "the hyphen is a token between the words");
        gazetteer.Match(text, [tokens[1], tokens[3]], marks.AsSpan(0, 2));
        Assert.That(marks[..2], Is.EqualTo(new[] { Mark(Loc, First), Mark(Loc, Last) }));
    }

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("pipeline-gazetteer-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Types = ["PER", "ORG", "LOC"];

    [Test]
    public void ReadTakesTypeTabNameLinesAndSkipsCommentsAndBlankLines()
    {
        var path = Path.Combine(_dir, "names.tsv");
        File.WriteAllLines(path, ["# names", "", "LOC\tNew York", "ORG\tNew York Stock Exchange", "PER\tYork", "LOC\tParis"]);
        var gazetteer = Gazetteer.Read(path, Types);
        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.Count, Is.EqualTo(4));
            Assert.That(Match(gazetteer, "New York"), Is.EqualTo(Match(Sample(), "New York")));
            Assert.That(Match(gazetteer, "to Paris"), Is.EqualTo(new[] { 0u, Mark(Loc, Single) }));
        });
    }

    [TestCase("PLACE\tParis")]
    [TestCase("LOC Paris")]
    [TestCase("loc\tParis")]
    public void ReadRejectsABadLineNamingTheFileAndLine(string bad)
    {
        var path = Path.Combine(_dir, "names.tsv");
        File.WriteAllLines(path, ["# names", "LOC\tParis", bad]);
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Read(path, Types))!;
        Assert.That(e.Message, Does.StartWith($"{path}:3:").And.Contains("PER, ORG, LOC"));
    }

    [Test]
    public void ReadListsTakesOneFilePerType()
    {
        File.WriteAllLines(Path.Combine(_dir, "PER.txt"), ["# given names", "Angela", "  Emmanuel Macron  "]);
        File.WriteAllLines(Path.Combine(_dir, "ORG.txt"), ["Siemens AG"]);
        File.WriteAllLines(Path.Combine(_dir, "LOC.txt"), ["", "Paris"]);
        var gazetteer = Gazetteer.ReadLists(_dir, Types);
        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.Count, Is.EqualTo(4));
            Assert.That(Match(gazetteer, "Emmanuel Macron of Siemens AG in Paris"),
                Is.EqualTo(new[] { Mark(Per, First), Mark(Per, Last), 0u, Mark(Org, First), Mark(Org, Last), 0u, Mark(Loc, Single) }));
        });
    }

    [Test]
    public void ReadListsNeedsEveryTypesFile()
    {
        File.WriteAllLines(Path.Combine(_dir, "PER.txt"), ["Angela"]);
        File.WriteAllLines(Path.Combine(_dir, "ORG.txt"), ["Siemens"]);
        Assert.That(() => Gazetteer.ReadLists(_dir, Types), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("LOC.txt"));
    }
}
