using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>
/// Finds job titles: the longest title of the lexicon, with modifiers before it ("acting chief
/// executive") and a lower-case "of"-phrase after it ("vice president of user development",
/// "general manager of the operations center"). Capitalized words after "of" are left out: they name
/// the organization ("president of Acme").
/// </summary>
public sealed class TitleRecognizer : IDocumentProcessor
{
    private const int MaxOfPhraseWords = 5;
    private static readonly WordSet NeedsOfPhrase = new(["head", "member", "chief"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that end an "of"-phrase: they start the rest of the clause.</summary>
    private static readonly WordSet ClauseWords = new(
    [
        "at", "in", "on", "for", "with", "from", "to", "by", "since", "until", "as", "who", "which", "that", "said", "says",
        "will", "was", "is", "has", "had", "have", "were", "are", "be", "been", "after", "before", "when", "while", "but", "its", "his", "her", "their",
    ], StringComparer.Ordinal);

    private readonly Dictionary<string, TrieNode> _root = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _modifiers;

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode> Next { get; } = new(StringComparer.OrdinalIgnoreCase);
        public bool IsTitle { get; set; }
    }

    public TitleRecognizer(IEnumerable<string> titles, IEnumerable<string> modifiers)
    {
        foreach (var title in titles)
        {
            var level = _root;
            TrieNode? node = null;
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!level.TryGetValue(word, out node)) level[word] = node = new TrieNode();
                level = node.Next;
            }
            if (node != null) node.IsTitle = true;
        }
        _modifiers = new WordSet(modifiers, StringComparer.OrdinalIgnoreCase);
    }

    public string Name => "titles";
    public Annotations Requires => Annotations.Sentences;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                int end = MatchAt(document, i, sentence.EndToken);
                if (end > i)
                {
                    var span = new TextSpan(document.Tokens[i].Start, document.Tokens[end - 1].End);
                    document.Mentions.Add(new Mention(span, MentionType.Title, document.TextOf(span), i, end));
                    i = end;
                }
                else i++;
            }
        }
    }

    /// <summary>The end token of the title that starts at token i, or i when none does.</summary>
    private int MatchAt(Document doc, int i, int limit)
    {
        int best = LongestTitle(doc, i, limit);
        // Modifiers may stand before a title that is itself not a modifier-led entry ("acting chief executive").
        int j = i;
        while (j < limit && _modifiers.Contains(doc.Slice(doc.Tokens[j]))) j++;
        if (j > i) best = Math.Max(best, LongestTitle(doc, j, limit));
        if (best <= i) return i;

        int extended = OfPhraseEnd(doc, best, limit);
        // "head" alone is a body part or a verb; "head of marketing" is a title.
        if (extended == best && NeedsOfPhrase.Contains(doc.Slice(doc.Tokens[best - 1]))) return i;
        return extended;
    }

    private int LongestTitle(Document doc, int i, int limit)
    {
        int best = i;
        var level = _root;
        for (int k = i; k < limit; k++)
        {
            if (!level.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.Slice(doc.Tokens[k]), out var node)) break;
            if (node.IsTitle) best = k + 1;
            level = node.Next;
        }
        return best;
    }

    /// <summary>Extends a title over "of" and up to a few lower-case words: "of the operations center".</summary>
    private static int OfPhraseEnd(Document doc, int end, int limit)
    {
        if (end >= limit || doc.Slice(doc.Tokens[end]) is not "of") return end;
        int k = end + 1, words = 0, lastWord = end;
        while (k < limit && words < MaxOfPhraseWords)
        {
            var token = doc.Tokens[k];
            var text = doc.Slice(token);
            if (token.Kind != TokenKind.Word || !char.IsLower(text[0]) || ClauseWords.Contains(text)) break;
            if (text is "and" or "or") { k++; continue; }
            words++;
            if (text is not ("the" or "a")) lastWord = k + 1;
            k++;
        }
        return words == 0 || lastWord == end ? end : lastWord;
    }
}
