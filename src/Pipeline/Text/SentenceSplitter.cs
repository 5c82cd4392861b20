using Pipeline.Documents;

namespace Pipeline.Text;

/// <summary>
/// Splits tokenized text into sentences, for news copy:
/// - ".", "!", "?" end a sentence when the next word starts like a sentence (capital, digit, quote),
///   carrying closing quotes and brackets with them ("... rose." He said);
/// - abbreviations keep their period: titles (Mr.) and initials (C.) never end a sentence, months
///   (Jan.) rarely do, other abbreviations (U.S.) do only before a typical sentence opener, and company suffixes
///   (Inc.) do unless another suffix or an acronym follows ("Foo Co. Ltd.", "Foo GmbH &amp; Co. KG");
/// - a line break alone does not end a sentence (wire copy is hard-wrapped), but a blank line, a
///   line that starts indented, or a list bullet does, so headlines and list items stand alone;
/// - a sentence longer than <see cref="MaxTokens"/> (a table, a list without punctuation, garbage) is cut into
///   consecutive pieces of at most that many tokens, so that no stage meets an unbounded sentence; no text is dropped.
/// </summary>
public sealed class SentenceSplitter : IDocumentProcessor
{
    private readonly Abbreviations _abbreviations;
    private readonly WordSet _starters;

    public SentenceSplitter(Abbreviations? abbreviations = null, IEnumerable<string>? sentenceStarters = null, int maxTokens = Limits.DefaultMaxSentenceTokens)
        : this(abbreviations ?? Abbreviations.Default, new WordSet(sentenceStarters ?? Lexicon.ReadLines(Lexicon.PathOf("sentence-starters.txt")), StringComparer.Ordinal), maxTokens)
    {
    }

    private SentenceSplitter(Abbreviations abbreviations, WordSet starters, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        _abbreviations = abbreviations;
        _starters = starters;
        MaxTokens = maxTokens;
    }

    /// <summary>The same splitter with another token limit.</summary>
    public SentenceSplitter WithMaxTokens(int maxTokens) => new(_abbreviations, _starters, maxTokens);

    /// <summary>The most tokens a sentence may have; a longer one is cut into pieces of this many tokens.</summary>
    public int MaxTokens { get; }

    public string Name => "sentences";
    public Annotations Requires => Annotations.Tokens;
    public Annotations Produces => Annotations.Sentences;

    public void Process(Document document)
    {
        document.Sentences.Clear();
        Split(document.Text, document.Tokens, document.Sentences);
    }

    public void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i == tokens.Count - 1;
            if (last || EndsAfter(text, tokens, i))
            {
                for (int piece = first; piece <= i; piece += MaxTokens)
                {
                    int end = Math.Min(i, piece + MaxTokens - 1);
                    sentences.Add(new Sentence(tokens[piece].Start, tokens[end].End, piece, end - piece + 1));
                }
                first = i + 1;
            }
        }
    }

    private bool EndsAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        var gap = text.AsSpan(token.End, next.Start - token.End);
        if (IsParagraphBreak(gap) || (gap.Contains('\n') && IsBullet(text, next))) return true;
        if (gap.Length == 0) return false; // attached closers ("rose.\"") join the sentence first

        // Find the sentence-final mark, looking back over closing quotes and brackets: ... rose." He
        int k = i;
        while (k > 0 && tokens[k].Length == 1 && IsClosing(text[tokens[k].Start])) k--;
        var mark = tokens[k];
        char lastChar = text[mark.End - 1];
        if (lastChar is not ('.' or '!' or '?' or '\u2026')) return false;
        if (!StartsLikeSentence(text, next)) return false;

        bool isWord = mark.Length > 1 && char.IsLetterOrDigit(text[mark.Start]);
        if (!isWord || lastChar != '.') return true; // a plain ".", "!", "?" or "..."
        return _abbreviations.KindOf(text.AsSpan(mark.Start, mark.Length - 1)) switch
        {
            AbbreviationKind.Prefix or AbbreviationKind.Initial or AbbreviationKind.Inner => false,
            AbbreviationKind.Terminal => _starters.Contains(text.AsSpan(next.Start, next.Length)),
            AbbreviationKind.Legal => !IsAcronym(text.AsSpan(next.Start, next.Length)) && _abbreviations.KindOf(text.AsSpan(next.Start, next.Length).TrimEnd('.')) != AbbreviationKind.Legal,
            _ => true,
        };
    }

    /// <summary>A blank line, or a line break followed by indentation.</summary>
    private static bool IsParagraphBreak(ReadOnlySpan<char> gap)
    {
        int newline = gap.IndexOf('\n');
        if (newline < 0) return false;
        var after = gap[(newline + 1)..];
        return after.Contains('\n') || (after.Length > 0 && after[^1] is ' ' or '\t' or '\u3000');
    }

    private static bool IsBullet(string text, Token token) =>
        token.Length == 1 && text[token.Start] is '-' or '*' or '\u2022' or '\u00B7' or '\u2013' or '\u2014';

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    /// <summary>A word of capitals (and digits) only: "KG", "NV", "3M".</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLower(c)) return false;
        return true;
    }

    private static bool StartsLikeSentence(string text, Token next)
    {
        char c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB' or '$' or '\u00A3' or '\u20AC'
            || (char.IsLetter(c) && !char.IsLower(c)); // scripts without case
    }
}
