using Pipeline.Documents;
using Pipeline.Learning;
using Pipeline.Text;

namespace Pipeline.Events;

/// <summary>
/// An event's date: one of the time expressions of its sentence, or none. <see cref="Heuristic"/> is the hand rule; a
/// date model (<see cref="Choose"/>) ranks these options and those of the next sentence, with the hand rule's choice
/// among its evidence, and learns what the rule gets wrong: a relative clause's date ("Rudd, who has been controller
/// since 1989, becomes senior vice president"), the date of another person's move, the date a later sentence gives
/// ("Both start next month"). "Effective immediately" is no date either way (spec, section 2).
/// </summary>
public static class EventDates
{
    /// <summary>
    /// Where an event stands in its sentence: the person's stretch (between the other people named), the event's word, and
    /// the range of the document's time expressions that lie in the sentence.
    /// </summary>
    private readonly record struct Anchor(int From, int To, int First, int End, (int First, int End) Times);

    /// <summary>
    /// The date by the hand rule: of the sentence's time expressions with a value, the nearest after the event's word (the
    /// trigger of its type nearest its title, or nearest the person when it has none; without triggers, the person) before
    /// the next person is named ("Lee left in 2015 and Roe joined in 2021"; "Rudd, who joined in 1989, was named president,
    /// effective Feb. 1"), else the nearest before it after the person before, else the nearest; not one that dates the
    /// report ("said on Tuesday", a dateline); none when the sentence says "effective immediately"; and for a hold only a
    /// "since" date ("chairman since 1982").
    /// </summary>
    public static string? Heuristic(Document document, EventCandidate c, EventType type)
    {
        var anchor = AnchorOf(document, c, type);
        return Immediate(document, anchor.Times) ? null : HeuristicTime(document, type, anchor)?.Value;
    }

    /// <summary>Subjects of "take effect" that speak of all the article's moves so far: "The changes", "Both appointments", "All three".</summary>
    private static readonly WordSet AllMoves = new(["changes", "appointments", "moves", "promotions", "all", "both"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Dates the starts and ends that have none by a later sentence that says when all the article's moves so far take
    /// effect ("Both changes take effect on June 26", "All the changes announced on Wednesday take effect on January 1"):
    /// the first dated time after "effect".
    /// </summary>
    public static void DateByTakingEffect(Document document, List<CareerEvent> events)
    {
        if (events.Count == 0) return;
        foreach (var sentence in document.Sentences)
        {
            if (TakingEffect(document, sentence) is not { } date) continue;
            for (int i = 0; i < events.Count; i++)
                if (events[i] is { Type: not EventType.Hold, Date: null } e && e.Evidence.Start < sentence.Start) events[i] = e with { Date = date };
        }
    }

    /// <summary>The date a sentence gives all moves so far ("The changes take effect on July 1"), or null.</summary>
    private static string? TakingEffect(Document document, Sentence sentence)
    {
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        for (int k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            if (Word(k) is not "effect" || Word(k - 1) is not ("take" or "takes" or "took" or "taking")) continue;
            bool all = false;
            for (int j = sentence.FirstToken; j < k - 1 && !all; j++) all = AllMoves.Contains(Word(j));
            if (!all) return null;
            foreach (var time in document.TimeExpressions)
                if (time.FirstToken > k && time.EndToken <= sentence.EndToken && time.Value != null) return time.Value;
            return null;
        }
        return null;
    }

    /// <summary>The date the model ranks best for an event of <paramref name="type"/> stated by candidate <paramref name="c"/>.</summary>
    public static string? Choose(Document document, EventCandidate c, EventType type, ILinearScorer model)
    {
        Span<float> scores = stackalloc float[EventExtractor.ClassCount];
        int label = (int)type + 1;
        (string? Value, float Score) best = (null, float.NegativeInfinity);
        foreach (var (value, features) in Options(document, c, type))
        {
            model.Score(features, scores);
            if (scores[label] > best.Score) best = (value, scores[label]);
        }
        return best.Value;
    }

    /// <summary>
    /// The date model's example for candidate <paramref name="c"/> stating an event of <paramref name="type"/> dated one of
    /// <paramref name="dates"/> (null among them: undated): the options (<see cref="Options"/>) and the right ones; none is
    /// right when the options give none of the dates, since another mention of the move may. No example when there is
    /// no date to choose.
    /// </summary>
    public static (FeatureHash[][] Options, int[] Right)? Example(Document document, EventCandidate c, EventType type, IReadOnlyCollection<string?> dates)
    {
        var options = Options(document, c, type);
        if (options.Count < 2) return null;
        var right = Enumerable.Range(1, options.Count - 1).Where(k => dates.Contains(options[k].Value)).ToList();
        if (right.Count == 0 || dates.Contains(null)) right.Insert(0, 0);
        return (options.Select(o => o.Features).ToArray(), right.ToArray());
    }

    /// <summary>
    /// The dates to choose from, with their features: none, then the time expressions with a value of the sentence and of
    /// the next one ("Fernhill has hired Daniel Okoro ... as its chief technology officer. Both start next month."). None
    /// alone when the sentence says "effective immediately".
    /// </summary>
    private static List<(string? Value, FeatureHash[] Features)> Options(Document document, EventCandidate c, EventType type)
    {
        var sentence = c.Sentence.Sentence;
        var anchor = AnchorOf(document, c, type);
        var heuristic = HeuristicTime(document, type, anchor);
        var features = new List<FeatureHash>(32);
        Features(document, c, anchor, null, heuristic, features);
        var options = new List<(string?, FeatureHash[])> { (null, features.ToArray()) };
        if (Immediate(document, anchor.Times)) return options;
        var (first, end) = anchor.Times;
        for (int k = first; k < end; k++)
            if (document.TimeExpressions[k] is { Value: { } value } time)
            {
                Features(document, c, anchor, time, heuristic, features);
                options.Add((value, features.ToArray()));
            }
        if (Next(document, sentence) is { } next)
        {
            bool? same = null, other = null;
            var opening = document.Slice(document.Tokens[next.FirstToken]);
            (first, end) = TimesOf(document, next);
            for (int k = first; k < end; k++)
                if (document.TimeExpressions[k] is { Value: { } value } time && !DatesTheReport(document, time))
                {
                    // Who the next sentence names: the person again (by name or pronoun), someone else, or no one. Found
                    // only for a sentence with a date: most have none, and the document's mentions are many.
                    same ??= c.PersonEntity.Mentions.Any(m => m.FirstToken >= next.FirstToken && m.FirstToken < next.EndToken);
                    other ??= document.Mentions.Any(m => m.Type == MentionType.Person && m.FirstToken >= next.FirstToken && m.FirstToken < next.EndToken
                        && c.Sentence.EntityOf(m) != c.PersonEntity);
                    features.Clear();
                    features.Add(FeatureHash.Of((int)T.Next).Add(same.Value ? 1 : 0).Add(other.Value ? 1 : 0));
                    features.Add(FeatureHash.Of((int)T.NextOpening).AddLower(opening).Add(other.Value ? 1 : 0));
                    features.Add(FeatureHash.Of((int)T.NextBefore).AddLower(time.FirstToken > next.FirstToken ? document.Slice(document.Tokens[time.FirstToken - 1]) : "<s>"));
                    features.Add(FeatureHash.Of((int)T.NextPrecision).Add(value.Count(ch => ch == '-')).Add(heuristic == null ? 0 : 1));
                    // The words that lead to it say whose date it is: "Both start next month", "The changes take effect on June 26".
                    for (int w = next.FirstToken; w < time.FirstToken && w < next.FirstToken + MaxLeadingWords; w++)
                        features.Add(FeatureHash.Of((int)T.NextWord).AddLower(document.Slice(document.Tokens[w])));
                    options.Add((value, features.ToArray()));
                }
        }
        return options;
    }

    /// <summary>How many words of the next sentence before a time expression are its features.</summary>
    private const int MaxLeadingWords = 8;

    /// <summary>The sentence after <paramref name="sentence"/>, or null for the last.</summary>
    private static Sentence? Next(Document document, Sentence sentence)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (sentences[middle].Start <= sentence.Start) low = middle + 1; else high = middle;
        }
        return low < sentences.Count ? sentences[low] : null;
    }

    private enum T { None, NoneHeuristic, NoneOptions, Heuristic, Before, Before2, After, ToAnchor, ToPerson, Precision, Report, TriggerBetween, NearestTrigger, Clause, Position, Next, NextOpening, NextBefore, NextPrecision, NextWord }

    /// <summary>The features of one option: a time expression, or none (null).</summary>
    private static void Features(Document document, EventCandidate c, Anchor anchor, TimeExpression? time, TimeExpression? heuristic, List<FeatureHash> features)
    {
        features.Clear();
        var s = c.Sentence.Sentence;
        ReadOnlySpan<char> Word(int k) => k >= s.FirstToken && k < s.EndToken ? document.Slice(document.Tokens[k]) : (k < s.FirstToken ? "<s>" : "</s>");
        if (time == null)
        {
            features.Add(FeatureHash.Of((int)T.None).Add(c.Role == null ? 0 : 1));
            features.Add(FeatureHash.Of((int)T.NoneHeuristic).Add(heuristic == null ? 0 : 1));
            features.Add(FeatureHash.Of((int)T.NoneOptions).Add(Math.Min(anchor.Times.End - anchor.Times.First, 3)));
            return;
        }
        features.Add(FeatureHash.Of((int)T.Heuristic).Add(ReferenceEquals(time, heuristic) ? 1 : 0));
        features.Add(FeatureHash.Of((int)T.Before).AddLower(Word(time.FirstToken - 1)));
        features.Add(FeatureHash.Of((int)T.Before2).AddLower(Word(time.FirstToken - 2)).AddLower(Word(time.FirstToken - 1)));
        features.Add(FeatureHash.Of((int)T.After).AddLower(Word(time.EndToken)));
        bool after = time.FirstToken >= anchor.End, inStretch = time.FirstToken >= anchor.From && time.EndToken <= anchor.To;
        int distance = after ? time.FirstToken - anchor.End : anchor.First - time.EndToken;
        features.Add(FeatureHash.Of((int)T.ToAnchor).Add(after ? 1 : 0).Add(Bucket(distance)).Add(inStretch ? 1 : 0));
        bool afterPerson = time.FirstToken >= c.Person.EndToken;
        features.Add(FeatureHash.Of((int)T.ToPerson).Add(afterPerson ? 1 : 0).Add(Bucket(afterPerson ? time.FirstToken - c.Person.EndToken : c.Person.FirstToken - time.EndToken)));
        features.Add(FeatureHash.Of((int)T.Precision).Add(time.Value!.Count(ch => ch == '-')));
        features.Add(FeatureHash.Of((int)T.Report).Add(DatesTheReport(document, time) ? 1 : 0));
        // The trigger words between the event's word and the time, and the nearest trigger to the time: another move's verb owns its date.
        int from = Math.Min(anchor.End, time.EndToken), to = Math.Max(anchor.First, time.FirstToken);
        (int Token, EventType Type) nearest = (-1, default);
        if (c.Sentence.Words is { } words)
            foreach (var (k, type, _) in words.Triggers)
            {
                if (k >= from && k < to && k != anchor.First) features.Add(FeatureHash.Of((int)T.TriggerBetween).Add((int)type));
                if (nearest.Token < 0 || Gap(k, time) < Gap(nearest.Token, time)) nearest = (k, type);
            }
        features.Add(FeatureHash.Of((int)T.NearestTrigger).Add(nearest.Token < 0 ? -1 : (int)nearest.Type).Add(nearest.Token == anchor.First ? 1 : 0));
        // A relative clause between the person and the time ("Rudd, who joined in 1989, ...").
        int clause = 0;
        for (int k = Math.Min(c.Person.EndToken, time.FirstToken); k < Math.Max(c.Person.FirstToken, time.FirstToken) && clause == 0; k++)
            if (Word(k) is "who" or "which" or "where" or "when" or "whose") clause = 1;
        features.Add(FeatureHash.Of((int)T.Clause).Add(clause).Add(afterPerson ? 1 : 0));
        var (firstTime, endTime) = anchor.Times;
        features.Add(FeatureHash.Of((int)T.Position).Add(endTime - firstTime == 1 ? 0 : document.TimeExpressions[firstTime] == time ? 1 : 2));
    }

    private static int Gap(int token, TimeExpression time) => token < time.FirstToken ? time.FirstToken - token : token - time.EndToken + 1;

    private static int Bucket(int distance) => distance switch { <= 1 => distance, <= 3 => 2, <= 6 => 3, <= 12 => 4, _ => 5 };

    /// <summary>The range of the document's time expressions in the sentence, found by bisection so that long documents stay linear.</summary>
    private static (int First, int End) TimesOf(Document document, Sentence sentence)
    {
        var times = document.TimeExpressions;
        int low = 0, high = times.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (times[middle].Span.Start < sentence.Start) low = middle + 1; else high = middle;
        }
        int end = low;
        while (end < times.Count && times[end].Span.Start < sentence.End) end++;
        return (low, end);
    }

    /// <summary>Whether the sentence says the move takes effect "immediately": it gives no date.</summary>
    private static bool Immediate(Document document, (int First, int End) times)
    {
        for (int k = times.First; k < times.End; k++)
            if (SaysImmediately(document.TimeExpressions[k])) return true;
        return false;
    }

    /// <summary>Whether a time expression is "immediately" ("effective immediately", "with immediate effect"): a move without a date.</summary>
    internal static bool SaysImmediately(TimeExpression time) => time.Value == null && time.Text.Contains("immediate", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the event stands: the person's stretch of the sentence, and the event's word, the trigger of its type in the
    /// stretch nearest the title (nearest the person without one), or without such a trigger the person.
    /// </summary>
    private static Anchor AnchorOf(Document document, EventCandidate c, EventType type)
    {
        // The person's stretch of the sentence: from the other person before it to the other person after it, passing
        // over the people listed with it, who share its verb and date.
        var sentence = c.Sentence.Sentence;
        int from = sentence.FirstToken, to = sentence.EndToken;
        var people = c.Sentence.People;
        int at = people.IndexOf(c.Person);
        for (int i = at + 1, last = at; i < people.Count; i++)
        {
            if (people[i].Form == MentionForm.Pronoun || c.Sentence.EntityOf(people[i]) == c.PersonEntity) continue;
            if (!Listed(document, c.Sentence, people[last], people[i])) { to = people[i].FirstToken; break; }
            last = i;
        }
        for (int i = at - 1, last = at; i >= 0; i--)
        {
            if (people[i].Form == MentionForm.Pronoun || c.Sentence.EntityOf(people[i]) == c.PersonEntity) continue;
            if (!Listed(document, c.Sentence, people[i], people[last])) { from = people[i].EndToken; break; }
            last = i;
        }
        // The event's word: the trigger of its type in the person's stretch nearest the title, or without one the person.
        int first = c.Person.FirstToken, end = c.Person.EndToken;
        if (c.Sentence.Words is { } words)
        {
            int nearest = int.MaxValue, near = (c.Role ?? c.Person).FirstToken;
            foreach (var (k, t, _) in words.Triggers)
                if (t == type && k >= from && k < to && words.Governs(k, c.Person.FirstToken) && Math.Abs(k - near) < nearest)
                    (nearest, first, end) = (Math.Abs(k - near), k, k + 1);
        }
        return new Anchor(from, to, first, end, TimesOf(document, sentence));
    }

    /// <summary>
    /// Whether two people are named in one list: between them only commas, "and", titles and ages ("Charles E. Baxter,
    /// executive vice president and secretary, William H. Cassels, senior vice president, and Bohr ... resigned").
    /// </summary>
    private static bool Listed(Document document, SentenceMentions sentence, Mention left, Mention right)
    {
        for (int k = left.EndToken; k < right.FirstToken;)
        {
            var word = document.Slice(document.Tokens[k]);
            if (word is "," or "and" or "&" || WordShape.IsHonorific(word) || int.TryParse(word, out _)) k++;
            else if (sentence.Titles.Find(t => t.FirstToken == k) is { } title) k = title.EndToken;
            else return false;
        }
        return true;
    }

    private static TimeExpression? HeuristicTime(Document document, EventType type, Anchor anchor)
    {
        const int Stretch = 10_000;
        var (first, end) = anchor.Times;
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        for (int k = first; k < end; k++)
        {
            var time = document.TimeExpressions[k];
            if (time.Value == null || DatesTheReport(document, time)) continue;
            if (type == EventType.Hold && !(time.FirstToken > 0 && document.Slice(document.Tokens[time.FirstToken - 1]) is "since" or "Since")) continue;
            // A time in the person's stretch, after the person first, comes before any other; then the nearest.
            int distance = time.FirstToken >= anchor.End ? time.FirstToken - anchor.End : Math.Abs(anchor.First - time.EndToken);
            if (time.FirstToken < anchor.From || time.EndToken > anchor.To) distance += 2 * Stretch;
            else if (time.FirstToken < anchor.First) distance += Stretch;
            if (distance < bestDistance) (best, bestDistance) = (time, distance);
        }
        return best;
    }

    private static readonly WordSet ReportingVerbs = new(["said", "says", "announced", "told", "reported", "confirmed", "disclosed"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a time expression dates the report, not the event: "said on Tuesday", "said Thursday that", and a
    /// dateline ("HOUSTON, Nov 24 -", "Sina Tech News, November 3 —" after a headline). The spec gives such an event no date.
    /// </summary>
    private static bool DatesTheReport(Document document, TimeExpression time)
    {
        var tokens = document.Tokens;
        ReadOnlySpan<char> Word(int k) => k >= 0 && k < tokens.Count ? document.Slice(tokens[k]) : "";
        int before = time.FirstToken - 1;
        if (Word(before) is "on" or "On") before--;
        if (ReportingVerbs.Contains(Word(before)) || ReportingVerbs.Contains(Word(time.EndToken))) return true;
        // A dateline: "HOUSTON, Nov 24 -" near the start, or after a headline ("Sina Tech News, November 3 —").
        bool dash = WordShape.IsDash(Word(time.EndToken));
        return time.FirstToken < 8 && (dash || Word(time.EndToken) is "(") || dash && Word(time.FirstToken - 1) is ",";
    }
}
