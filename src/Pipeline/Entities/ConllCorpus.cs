using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Documents;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>A document with gold entities over its tokens (absolute token indices).</summary>
public sealed record LabeledDocument(Document Document, List<EntitySpan> Entities);

/// <summary>
/// Reads CoNLL-2003 files: one token a line ("token POS chunk NER"), a blank line between sentences,
/// IOB1 or IOB2 tags. Each sentence is one line of a document's text, its tokens separated by spaces,
/// so offsets and the pipeline's document model work unchanged.
/// The files we have carry no -DOCSTART- lines, so documents are recovered from the Reuters layout:
/// a headline, then a dateline ("LONDON 1996-08-30"). Within-document features need that.
/// </summary>
public static partial class ConllCorpus
{
    public static readonly IReadOnlyList<string> Types = ["PER", "ORG", "LOC", "MISC"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    private sealed record RawSentence(string[] Words, string[] Tags, int Line);

    public static List<LabeledDocument> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        var sentences = ReadSentences(path);
        var documents = new List<LabeledDocument>();
        int start = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            // A dateline at i opens a document at the headline before it, or before the byline that may follow the headline.
            bool opens = i < sentences.Count && i - 1 > start && IsDateline(sentences[i]);
            if (i == sentences.Count || opens)
            {
                int end = opens ? i - 1 : i;
                if (opens && end - 1 > start && IsByline(sentences[end])) end--;
                documents.Add(Build(path, documents.Count, sentences, start, end));
                start = end;
            }
        }
        return documents;
    }

    private static bool IsDateline(RawSentence s) =>
        s.Words.Length is >= 2 and <= 8 && IsoDate().IsMatch(s.Words[^1]);

    /// <summary>A writer's name alone on its line: two or three capitalized words ("Colleen Siegel").</summary>
    private static bool IsByline(RawSentence s) =>
        s.Words.Length is >= 2 and <= 3 && s.Words.All(w => w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '.' || c == '-'));

    private static List<RawSentence> ReadSentences(string path)
    {
        var sentences = new List<RawSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0, first = 1;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0) sentences.Add(new RawSentence(words.ToArray(), tags.ToArray(), first));
                words.Clear(); tags.Clear();
                first = lineNumber + 1;
                continue;
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2) throw new InvalidDataException($"{path}:{lineNumber}: expected \"token ... tag\", found \"{line}\"");
            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }
        if (words.Count > 0) sentences.Add(new RawSentence(words.ToArray(), tags.ToArray(), first));
        return sentences;
    }

    private static LabeledDocument Build(string path, int index, List<RawSentence> sentences, int from, int to)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var sentenceList = new List<Sentence>();
        var entities = new List<EntitySpan>();
        for (int s = from; s < to; s++)
        {
            var raw = sentences[s];
            if (s > from) text.Append('\n');
            int sentenceStart = text.Length, firstToken = tokens.Count;
            for (int w = 0; w < raw.Words.Length; w++)
            {
                if (w > 0) text.Append(' ');
                tokens.Add(new Token(text.Length, text.Length + raw.Words[w].Length, TokenKind.Word));
                text.Append(raw.Words[w]);
            }
            sentenceList.Add(new Sentence(sentenceStart, text.Length, firstToken, raw.Words.Length));
            entities.AddRange(Chunks(path, raw, firstToken));
        }
        var document = new Document($"conll-{index + 1}", text.ToString(), source: path, sourceLine: sentences[from].Line);
        document.Tokens.AddRange(tokens);
        document.Sentences.AddRange(sentenceList);
        return new LabeledDocument(document, entities);
    }

    /// <summary>Entity chunks as conlleval reads them: a chunk starts at B-X, or at I-X after anything but X.</summary>
    private static IEnumerable<EntitySpan> Chunks(string path, RawSentence raw, int offset)
    {
        int start = -1, type = -1;
        for (int i = 0; i <= raw.Tags.Length; i++)
        {
            string tag = i < raw.Tags.Length ? raw.Tags[i] : "O";
            int tagType = -1;
            bool begins = false;
            if (tag != "O")
            {
                if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
                    throw new InvalidDataException($"{path}:{raw.Line + i}: unknown tag \"{tag}\"");
                tagType = IndexOfType(tag[2..]);
                if (tagType < 0) throw new InvalidDataException($"{path}:{raw.Line + i}: unknown entity type in \"{tag}\"");
                begins = tag[0] == 'B' || tagType != type;
            }
            if (start >= 0 && (tag == "O" || begins)) { yield return new EntitySpan(offset + start, offset + i, type); start = -1; type = -1; }
            if (tag != "O" && begins) { start = i; type = tagType; }
        }
    }

    private static int IndexOfType(string name)
    {
        for (int t = 0; t < Types.Count; t++) if (Types[t] == name) return t;
        return -1;
    }
}
