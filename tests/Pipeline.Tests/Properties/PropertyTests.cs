using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Documents;
using Pipeline.Entities;
using Pipeline.Ingest;
using Pipeline.Output;
using Pipeline.Text;

namespace Pipeline.Tests.Properties;

/// <summary>
/// Property and fuzz tests (FsCheck): on arbitrary input, ingest, the tokenizer, the sentence splitter, the time
/// expressions and the whole extraction never throw, and every span they give lies inside the text, in order.
/// </summary>
public class PropertyTests
{
    private static readonly Regex IsoDate = Pipeline.Evaluation.GoldStandard.IsoDate();

    private DocumentPipeline _pipeline = null!;

    [OneTimeSetUp]
    public void LoadTheShippedModels() => _pipeline = CareerPipeline.Create().WithLimits(new Limits(MaxSentenceTokens: 40));

    [Test]
    public void DecodingAnyBytesGivesTheTextOrAClearRejection() =>
        Prop.ForAll(Arb.From(Generators.Bytes), bytes =>
        {
            try
            {
                var text = PlainTextReader.Decode(bytes);
                Assert.That(Encoding.UTF8.GetByteCount(text), Is.LessThanOrEqualTo(bytes.Length));
            }
            catch (InvalidInputException e)
            {
                Assert.That(e.Message, Is.Not.Empty);
            }
        }).Check(Generators.Quick(300));

    [Test]
    public void JsonLinesGiveOneDocumentOrErrorPerLineInOrder() =>
        Prop.ForAll(Arb.From(Gen.OneOf(Generators.JsonLines.Select(Encoding.UTF8.GetBytes), Generators.Bytes)), bytes =>
        {
            int lines = bytes.Count(b => b == '\n') + 1;
            var results = JsonLinesReader.Read(new MemoryStream(bytes), "fuzz", maxLineBytes: 300).ToList();
            int previous = 0;
            foreach (var r in results)
            {
                Assert.That(r.Document == null, Is.Not.EqualTo(r.Error == null), "a document or an error");
                int line = r.Document?.SourceLine ?? r.Error!.Line!.Value;
                Assert.That(line, Is.GreaterThan(previous).And.LessThanOrEqualTo(lines));
                previous = line;
                if (r.Document is { } doc) Assert.That(doc.Text, Is.Not.Null.And.Not.Empty);
                else Assert.That(r.Error!.Reason, Is.Not.Empty);
            }
        }).Check(Generators.Quick(300));

    [Test]
    public void HtmlGivesTheArticleTextOrAClearRejection() =>
        Prop.ForAll(Arb.From(Generators.Html), html =>
        {
            try
            {
                Assert.That(HtmlArticleReader.Read(html, "fuzz").Text, Is.Not.Null);
            }
            catch (InvalidInputException e)
            {
                Assert.That(e.Message, Is.Not.Empty);
            }
        }).Check(Generators.Quick(300));

    [Test]
    public void ReadingAnyFileNeverThrows()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-fuzz-").FullName;
        try
        {
            var files = Gen.Zip(Generators.Bytes, Gen.Elements(".txt", ".html", ".htm", ".jsonl", ".md"));
            Prop.ForAll(Arb.From(files), file =>
            {
                var path = Path.Combine(folder, "doc" + file.Item2);
                File.WriteAllBytes(path, file.Item1);
                var results = new DocumentSource([folder, path], maxDocumentBytes: 500).Read().ToList();
                Assert.That(results.All(r => (r.Document == null) != (r.Error == null)));
                File.Delete(path);
            }).Check(Generators.Quick(150));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TokensLieInsideTheTextInOrderAndAreNeverBlank() =>
        Prop.ForAll(Arb.From(Generators.AnyText), text =>
        {
            var tokens = new Tokenizer().Tokenize(text);
            int end = 0;
            foreach (var t in tokens)
            {
                Assert.That(t.Start, Is.GreaterThanOrEqualTo(end), "ordered, not overlapping");
                Assert.That(t.End, Is.GreaterThan(t.Start).And.LessThanOrEqualTo(text.Length));
                Assert.That(char.IsWhiteSpace(text[t.Start]), Is.False);
                end = t.End;
            }
        }).Check(Generators.Quick(500));

    [Test]
    public void SentencesCoverTheTokensInOrderAndNoneIsLongerThanTheLimit() =>
        Prop.ForAll(Arb.From(Gen.Zip(Generators.AnyText, Gen.Choose(1, 30))), input =>
        {
            var (text, maxTokens) = input;
            var tokens = new Tokenizer().Tokenize(text);
            var sentences = new List<Sentence>();
            new SentenceSplitter(maxTokens: maxTokens).Split(text, tokens, sentences);
            int next = 0;
            foreach (var s in sentences)
            {
                Assert.That(s.FirstToken, Is.EqualTo(next), "every token in exactly one sentence, in order");
                Assert.That(s.TokenCount, Is.InRange(1, maxTokens));
                Assert.That((s.Start, s.End), Is.EqualTo((tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End)));
                next = s.EndToken;
            }
            Assert.That(next, Is.EqualTo(tokens.Count));
        }).Check(Generators.Quick(500));

    [Test]
    public void TimeExpressionsLieInsideTheTextInOrderWithIsoValues() =>
        Prop.ForAll(Arb.From(Gen.Zip(Generators.NewsText, Generators.Published)), input =>
        {
            var doc = new Document("fuzz", input.Item1, input.Item2);
            new Tokenizer().Process(doc);
            new SentenceSplitter().Process(doc);
            new TimeExpressionRecognizer().Process(doc);
            int end = 0;
            foreach (var t in doc.TimeExpressions)
            {
                AssertSpan(doc, t.Span, ref end);
                Assert.That(t.Text, Is.EqualTo(doc.TextOf(t.Span)));
                Assert.That(t.FirstToken, Is.LessThan(t.EndToken));
                if (t.Value != null) Assert.That(IsoDate.IsMatch(t.Value), t.Value);
            }
        }).Check(Generators.Quick(400));

    [Test]
    public void ExtractionNeverFailsAndEverySpanLiesInsideTheTextInOrder() =>
        Prop.ForAll(Arb.From(Gen.Zip(Generators.AnyText, Generators.Published)), input =>
        {
            var result = _pipeline.TryProcess(new Document("fuzz", input.Item1, input.Item2));
            Assert.That(result.Error, Is.Null, () => result.Error!.Reason);
            var doc = result.Document!;
            int end = 0;
            foreach (var s in doc.Sentences) AssertSpan(doc, s.Span, ref end);
            foreach (var group in doc.Mentions.GroupBy(m => m.Type == MentionType.Title))
            {
                end = 0;
                foreach (var m in group)
                {
                    AssertSpan(doc, m.Span, ref end);
                    Assert.That(m.Text, Is.EqualTo(doc.TextOf(m.Span)));
                }
            }
            foreach (var e in doc.Events)
            {
                Assert.That(e.Evidence.Start, Is.InRange(0, e.Evidence.End));
                Assert.That(e.Evidence.End, Is.LessThanOrEqualTo(doc.Text.Length));
                Assert.That(e.Person, Is.Not.Empty);
                Assert.That(e.Company, Is.Not.Empty);
                if (e.Date != null) Assert.That(IsoDate.IsMatch(e.Date), e.Date);
            }
            var output = new StringWriter();
            new EventWriter(output).Write(doc);
            Assert.That(output.ToString().Count(c => c == '\n'), Is.EqualTo(doc.Events.Count));
        }).Check(Generators.Quick(200));

    /// <summary>The span lies inside the text, starts no earlier than the previous one ended, and is not empty.</summary>
    private static void AssertSpan(Document doc, TextSpan span, ref int previousEnd)
    {
        Assert.That(span.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{span} after {previousEnd}");
        Assert.That(span.End, Is.GreaterThan(span.Start).And.LessThanOrEqualTo(doc.Text.Length));
        previousEnd = span.End;
    }
}
