using Pipeline.Documents;

namespace Pipeline.Entities;

public enum Tense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// The tense of the verb nearest to a time expression in its sentence, from surface cues: "will", "is to",
/// present forms that news uses for scheduled moves ("becomes", "retires"), "is retiring"; "was", "had",
/// "since", past forms ("-ed", "left", "took"). A reporting verb ("said") counts only within the expression's
/// own clause: it dates the report, not the event ("said on Tuesday", but "will join on April 1, the company said").
/// </summary>
public static class TenseCues
{
    private const int VerbGroupReach = 3;
    private const int ClausePenalty = 10;

    /// <summary>Modals and plans, and the present forms that news uses for scheduled moves ("she becomes chief on May 1").</summary>
    private static readonly WordSet FutureWords = new([
        "will", "shall", "would", "wo", "upcoming", "incoming", "planned", "proposed", "scheduled", "anticipated",
        "becomes", "joins", "starts", "begins", "takes", "leaves", "retires", "succeeds", "replaces", "steps", "moves",
        "returns", "assumes", "hands", "relinquishes", "departs", "quits", "resigns", "remains", "stays", "continues",
        "expires", "ends",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "to" that make it future: "is to retire", "plans to step down".</summary>
    private static readonly WordSet FutureBeforeTo = new([
        "is", "are", "am", "'s", "\u2019s", "going", "plans", "plan", "planned", "intends", "intend", "expects",
        "expected", "scheduled", "aims", "hopes", "slated", "poised", "agreed", "wants",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before "to" that make it future after a form of "be" only: "is due to take over", not "due to the merger".</summary>
    private static readonly WordSet FutureBeforeToAfterBe = new(["due", "set"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Past auxiliaries, "since" and "ago", and the irregular past forms common in business news.</summary>
    private static readonly WordSet PastWords = new([
        "was", "were", "had", "did", "been", "since", "ago", "became", "began", "took", "left", "quit", "ran", "won", "made",
        "came", "went", "held", "led", "met", "rose", "fell", "sold", "bought", "brought", "built", "found", "grew", "knew",
        "paid", "spent", "stood", "thought", "wrote", "kept", "lost", "chose", "oversaw", "withdrew", "sought", "taught",
        "fought", "drew", "broke", "spoke", "struck", "underwent", "undertook", "overtook", "saw", "fled", "gave", "got",
        "sent", "heard", "felt", "meant", "upheld", "understood", "swung", "shrank", "sank", "drove", "wore", "froze", "shook",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Past forms that are participles too: like "-ed" forms, they take the tense of an auxiliary ("until a successor is found").</summary>
    private static readonly WordSet IrregularParticiples = new([
        "made", "held", "led", "met", "sold", "bought", "brought", "built", "found", "paid", "spent", "kept", "lost", "sent",
        "heard", "meant", "upheld", "understood", "won", "left", "quit",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Moves in the progressive, which news uses for scheduled ones: "is retiring", "are leaving".</summary>
    private static readonly WordSet MovesInProgress = new([
        "retiring", "leaving", "stepping", "joining", "taking", "starting", "moving", "returning", "departing", "becoming",
        "resigning", "quitting", "succeeding", "replacing", "handing",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ReportingWords = new([
        "said", "told", "announced", "reported", "added", "noted", "stated", "disclosed", "confirmed", "revealed", "learned", "learnt",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words in "-ed" that are not past verbs, or that news uses mostly as adjectives.</summary>
    private static readonly WordSet NotPastInEd = new([
        "need", "speed", "proceed", "exceed", "succeed", "indeed", "hundred", "feed", "seed", "breed", "greed", "embed",
        "based", "listed", "unlisted", "related", "unrelated", "interested", "concerned", "detailed", "advanced",
        "experienced", "skilled", "talented", "supposed", "used", "owned", "limited", "united", "diversified", "integrated",
        "dedicated", "qualified", "sophisticated", "unexpected", "unprecedented", "aged", "renowned",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Determiners = new(["the", "a", "an", "its", "his", "her", "their", "our"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet FutureAuxiliaries = new(["will", "would", "shall", "to", "be"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet PresentAuxiliaries = new(["is", "are", "am", "being", "'s", "\u2019s"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The tense of the nearest cue on either side of tokens [first, end), looking no further than [from, to): the
    /// neighbouring time expressions, whose verbs are theirs. A cue beyond a comma counts as further away, since the
    /// expression most often belongs to the verb of its own clause; withinClause looks no further at all. The left
    /// cue wins a tie.
    /// </summary>
    public static Tense Around(Document doc, Sentence sentence, int first, int end, int from, int to, bool withinClause = false)
    {
        var (left, leftDistance) = (Tense.Unknown, int.MaxValue);
        int crossed = 0;
        for (int k = first - 1; k >= Math.Max(from, sentence.FirstToken); k--)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punctuation)
            {
                if (withinClause) break;
                crossed++;
            }
            else if (CueAt(doc, sentence, k, sameClause: crossed == 0) is Tense t)
            {
                (left, leftDistance) = (t, first - k + crossed * ClausePenalty);
                break;
            }
        }
        crossed = 0;
        for (int k = end; k < Math.Min(to, sentence.EndToken) && k - end + 1 + crossed * ClausePenalty < leftDistance; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punctuation)
            {
                if (withinClause) break;
                crossed++;
            }
            else if (CueAt(doc, sentence, k, sameClause: crossed == 0) is Tense t)
            {
                return t;
            }
        }
        return left;
    }

    private static Tense? CueAt(Document doc, Sentence sentence, int k, bool sameClause)
    {
        var word = doc.Slice(doc.Tokens[k]);
        if (ReportingWords.Contains(word)) return sameClause ? Tense.Past : null;
        if (FutureWords.Contains(word) || IsWillContraction(word)) return Tense.Future;
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            var before = k > sentence.FirstToken ? doc.Slice(doc.Tokens[k - 1]) : default;
            bool afterBe = k - 1 > sentence.FirstToken && PresentAuxiliaries.Contains(doc.Slice(doc.Tokens[k - 2]));
            return FutureBeforeTo.Contains(before) || (afterBe && FutureBeforeToAfterBe.Contains(before)) ? Tense.Future : null;
        }
        if (PastWords.Contains(word)) return IrregularParticiples.Contains(word) ? VerbGroupTense(doc, sentence, k) : Tense.Past;
        if (MovesInProgress.Contains(word) && k > sentence.FirstToken && PresentAuxiliaries.Contains(doc.Slice(doc.Tokens[k - 1])))
            return Tense.Future;
        if (IsPastForm(word)) return VerbGroupTense(doc, sentence, k);
        return null;
    }

    /// <summary>"she'll", "they\u2019ll": the tokenizer keeps them whole.</summary>
    private static bool IsWillContraction(ReadOnlySpan<char> word) =>
        word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase);

    private static bool IsPastForm(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !word.Contains('-') && !NotPastInEd.Contains(word);

    /// <summary>
    /// A participle takes the tense of its auxiliary: "will be named" is future, "is named" says nothing, "named" alone is
    /// past. After a determiner it is an adjective and says nothing: "the newly created title", "a revised plan".
    /// </summary>
    private static Tense? VerbGroupTense(Document doc, Sentence sentence, int participle)
    {
        int before = participle - 1;
        if (before > sentence.FirstToken && doc.Slice(doc.Tokens[before]).EndsWith("ly", StringComparison.Ordinal)) before--;
        if (before >= sentence.FirstToken && Determiners.Contains(doc.Slice(doc.Tokens[before]))) return null;
        for (int k = participle - 1; k >= Math.Max(sentence.FirstToken, participle - VerbGroupReach); k--)
        {
            var word = doc.Slice(doc.Tokens[k]);
            if (doc.Tokens[k].Kind == TokenKind.Punctuation) break;
            // "to be named", but not "according to a notice posted".
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && !doc.Slice(doc.Tokens[k + 1]).Equals("be", StringComparison.OrdinalIgnoreCase)) break;
            if (FutureAuxiliaries.Contains(word) || IsWillContraction(word)) return Tense.Future;
            if (PresentAuxiliaries.Contains(word)) return null;
        }
        return Tense.Past;
    }
}
