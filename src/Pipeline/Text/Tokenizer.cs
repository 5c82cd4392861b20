using Pipeline.Documents;

namespace Pipeline.Text;

/// <summary>
/// Non-destructive tokenizer: tokens are offsets into the text, nothing is rewritten. It keeps
/// hyphenated words, decimals and grouped numbers ("3.25", "1,000"), tickers ("AMVC.O"), dotted
/// abbreviations ("U.S.", "Inc.") and URLs whole; splits possessives ("Alibaba" + "'s") and
/// negations ("do" + "n't"); and cuts currency symbols and punctuation off words. A run of letters in
/// a script without spaces (Chinese, Japanese) is one token.
/// </summary>
public sealed class Tokenizer : IDocumentProcessor
{
    private readonly Abbreviations _abbreviations;

    public Tokenizer(Abbreviations? abbreviations = null) => _abbreviations = abbreviations ?? Abbreviations.Default;

    public string Name => "tokenizer";
    public Annotations Requires => Annotations.None;
    public Annotations Produces => Annotations.Tokens;

    public void Process(Document document)
    {
        document.Tokens.Clear();
        Tokenize(document.Text, 0, document.Text.Length, document.Tokens);
    }

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    public void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }

            int urlEnd = MatchUrl(text, i, end);
            if (urlEnd > i)
            {
                tokens.Add(new Token(i, urlEnd, TokenKind.Url));
                i = urlEnd;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < end && (text[i + 1] is 's' or 'S') && !IsWordChar(text, i + 2, end)
                && i > start && char.IsLetterOrDigit(text[i - 1]))
            {
                tokens.Add(new Token(i, i + 2, TokenKind.Word)); // possessive 's
                i += 2;
                continue;
            }
            if (IsWordChar(c))
            {
                if (IsNegation(text, i, end))
                {
                    tokens.Add(new Token(i, i + 3, TokenKind.Word));
                    i += 3;
                    continue;
                }
                int wordEnd = ScanWord(text, i, end);
                if (wordEnd < end && text[wordEnd] == '.' && _abbreviations.KindOf(text.AsSpan(i, wordEnd - i)) != AbbreviationKind.None)
                    wordEnd++;
                tokens.Add(new Token(i, wordEnd, IsNumber(text, i, wordEnd) ? TokenKind.Number : TokenKind.Word));
                i = wordEnd;
                continue;
            }
            // Punctuation and symbols: a run of the same mark ("...", "--") is one token.
            int markEnd = i + 1;
            if (char.IsSurrogatePair(text, i)) markEnd = i + 2;
            else if (c is '.' or '-' or '=' or '*' or '_' or '!' or '?')
                while (markEnd < end && text[markEnd] == c) markEnd++;
            tokens.Add(new Token(i, markEnd, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i = markEnd;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsWordChar(string text, int i, int end) => i < end && IsWordChar(text[i]);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>"n't" at i, as in "don't" (the tokenizer has already cut "do").</summary>
    private static bool IsNegation(string text, int i, int end) =>
        i + 2 < end && text[i] is 'n' or 'N' && IsApostrophe(text[i + 1]) && text[i + 2] is 't' or 'T' && !IsWordChar(text, i + 3, end);

    private static int ScanWord(string text, int start, int end)
    {
        int j = start;
        bool cjk = IsSpacelessScript(text[start]);
        while (j < end)
        {
            char c = text[j];
            if (IsWordChar(c))
            {
                // A switch between a spaceless script and Latin letters is a token boundary ("B站" stays whole only within one script).
                if (IsSpacelessScript(c) != cjk) break;
                j++;
                continue;
            }
            bool letterBefore = j > start && char.IsLetterOrDigit(text[j - 1]);
            bool wordAfter = IsWordChar(text, j + 1, end) && !IsSpacelessScript(text[j + 1]);
            if (!letterBefore || !wordAfter || cjk) break;
            if (IsHyphen(c) || (c == '&' && char.IsUpper(text[j - 1]) && char.IsUpper(text[j + 1])))
            {
                j++;
            }
            else if (c == '.')
            {
                j++; // 3.25, AMVC.O, U.S
            }
            else if (c == ',' && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))
            {
                j++; // 1,000
            }
            else if (IsApostrophe(c))
            {
                // Possessive 's and negation n't are tokens of their own; O'Brien stays whole.
                if (text[j + 1] is 's' or 'S' && !IsWordChar(text, j + 2, end)) break;
                if (text[j + 1] is 't' or 'T' && text[j - 1] is 'n' or 'N' && !IsWordChar(text, j + 2, end) && j - 1 > start) return j - 1;
                j++;
            }
            else break;
        }
        return j;
    }

    private static bool IsSpacelessScript(char c) =>
        c is >= '\u3040' and <= '\u30FF'   // Hiragana, Katakana
        or >= '\u3400' and <= '\u4DBF'     // CJK extension A
        or >= '\u4E00' and <= '\u9FFF'     // CJK unified ideographs
        or >= '\uF900' and <= '\uFAFF'     // CJK compatibility ideographs
        or >= '\uAC00' and <= '\uD7AF';    // Hangul syllables

    private static bool IsNumber(string text, int start, int end)
    {
        bool digit = false;
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (char.IsDigit(c)) digit = true;
            else if (c is not ('.' or ',' or '-')) return false;
        }
        return digit;
    }

    private static int MatchUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
              || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]))))
            return i;
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '<' or '>' or '\u201C' or '\u201D')) j++;
        // Trailing sentence punctuation and an unbalanced closing bracket belong to the sentence, not the URL.
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or ']')
        {
            if (text[j - 1] == ')' && text.AsSpan(i, j - i).Count('(') >= text.AsSpan(i, j - i).Count(')')) break;
            j--;
        }
        return j;
    }
}
