using Pipeline.Documents;
using Pipeline.Learning;
using Pipeline.Text;

namespace Pipeline.Events;

/// <summary>Where a candidate's organization was found: in the sentence, in the sentences just before, or the article's main one.</summary>
public enum OrganizationScope : byte { Sentence, Previous, Main }

/// <summary>
/// A possible event: a person mention, an organization and a title (or none) of one sentence. The classifier
/// decides its type, or that it states no event.
/// </summary>
public sealed record EventCandidate(SentenceMentions Sentence, Mention Person, DiscourseEntity PersonEntity,
    Mention? Organization, DiscourseEntity OrganizationEntity, OrganizationScope Scope, Mention? Role)
{
    /// <summary>For an organization of the sentences before: how many sentences back it was named, and whether first there (the subject).</summary>
    public (int Sentences, bool Subject) Back { get; init; }

    /// <summary>Whether the organization is the article's main one (the most often named).</summary>
    public bool Main { get; init; }
}

/// <summary>A sentence with its people, organizations (every mention form) and titles, in text order.</summary>
public sealed record SentenceMentions(Sentence Sentence, List<Mention> People, List<Mention> Organizations, List<Mention> Titles,
    Dictionary<Mention, DiscourseEntity> Entities)
{
    /// <summary>The discourse entity of a person or organization mention of the document.</summary>
    public DiscourseEntity? EntityOf(Mention mention) => Entities.GetValueOrDefault(mention);

    /// <summary>The sentence's trigger and cue words, found once for all its candidates by <see cref="EventCandidates"/>.</summary>
    internal SentenceWords? Words { get; set; }
}

/// <summary>Where a sentence's trigger words ("named", "resigned"), cue words ("former", "will") and quotations are.</summary>
internal sealed record SentenceWords(List<(int Token, EventType Type, bool PersonFollows)> Triggers, List<int> Cues, List<(int Open, int Close)> Quotes)
{
    /// <summary>
    /// Whether a trigger word can speak of the person: a trigger quoted when the person is not, or the other way round,
    /// is someone else's ("Graham leaves Redfern in excellent shape," said chair Judith Okonkwo-Hart).
    /// </summary>
    public bool Governs(int trigger, int person) => Quoted(trigger) == Quoted(person);

    private bool Quoted(int token)
    {
        foreach (var (open, close) in Quotes)
            if (token > open && token < close) return true;
        return false;
    }
}

/// <summary>
/// Builds the candidates of a document and their features. Every person mention of a sentence (names, short
/// names and, once coreference gives them, pronouns) is paired with each organization of the sentence, or,
/// when the sentence names none, with the last one of the two sentences before and the article's main one;
/// and with each title of the sentence, and with no title.
/// </summary>
public sealed class EventCandidates
{
    /// <summary>Raise when a feature template changes, so that an old model is refused.</summary>
    public const int FeatureVersion = 7;

    private const int PreviousSentences = 3, MaxBetween = 12;

    private static readonly WordSet Cues = new([
        "former", "formerly", "previously", "until", "since", "then", "ex", "will", "would", "expected", "plans", "set", "to",
        "not", "denied", "denies", "rumours", "rumors", "reportedly", "succeed", "succeeds", "succeeded", "succeeding", "replace",
        "replaces", "replaced", "replacing", "retire", "retired", "retiring", "died", "late", "new", "acting", "interim", "also",
        "remain", "remains", "continue", "re-elected", "from", "after", "before", "as", "who", "his", "her", "has", "had", "was", "is",
        "outgoing", "incoming", "departing", "newly", "newly-appointed", "newly-named", "newly-elected", "designate",
    ], StringComparer.OrdinalIgnoreCase);

    private enum T
    {
        Bias = 1, Trigger, TriggerOrder, NearestTrigger, Between, BetweenLength, Order, BeforeOrganization, BeforeOrganization2,
        AfterPerson, BeforePerson, RoleHead, RoleFirst, BeforeRole, AfterRole, RoleToOrganization, PersonToRole, Cue, PersonForm,
        Scope, OrganizationForm, FirstPerson, NearestOrganizationToRole, NearestPersonToRole, NearestOrganizationToPerson,
        People, Rule, RuleCore, NoRole, TriggerRole, AfterOrganization, NearestTitleToPerson, PersonWindow, OrganizationWindow, TriggerScope, TriggerVoice,
        Salience, Back, PersonName, QuotedTrigger, Coordinated, OrganizationsHere, Introduced,
    }

    private readonly TriggerWords _triggers;

    public EventCandidates(IEnumerable<(string Word, EventType Type, bool PersonFollows)> triggers)
    {
        _triggers = new TriggerWords(triggers);
    }

    /// <summary>
    /// The end of the titled candidates that follow a candidate without a title in <see cref="Of"/>'s list: the same
    /// person mention and organization with each title of the sentence.
    /// </summary>
    public static int TitledEnd(IReadOnlyList<EventCandidate> candidates, int untitled)
    {
        int end = untitled + 1;
        while (end < candidates.Count && candidates[end].Role != null) end++;
        return end;
    }

    /// <summary>The candidates of a document, sentence by sentence; each without a title is followed by its titled ones (<see cref="TitledEnd"/>).</summary>
    public static List<EventCandidate> Of(Document document)
    {
        var entityOf = new Dictionary<Mention, DiscourseEntity>(ReferenceEqualityComparer.Instance);
        var people = new List<Mention>();
        var organizations = new List<Mention>();
        foreach (var entity in document.DiscourseEntities)
            foreach (var mention in entity.Mentions)
            {
                entityOf[mention] = entity;
                (entity.Type == MentionType.Person ? people : organizations).Add(mention);
            }
        people.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        organizations.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var titles = document.Mentions.Where(m => m.Type == MentionType.Title).OrderBy(m => m.FirstToken).ToList();
        var main = document.DiscourseEntities.Where(e => e.Type == MentionType.Organization && e.Mentions.Any(m => m.Form != MentionForm.Description))
            .OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Mentions[0].FirstToken).FirstOrDefault();

        var candidates = new List<EventCandidate>();
        int nextPerson = 0, nextOrganization = 0, nextTitle = 0;
        var recent = new Queue<List<DiscourseEntity>>();
        foreach (var sentence in document.Sentences)
        {
            var sentencePeople = Take(people, ref nextPerson, sentence);
            var sentenceOrganizations = Take(organizations, ref nextOrganization, sentence);
            var sentenceTitles = Take(titles, ref nextTitle, sentence);
            var context = new SentenceMentions(sentence, sentencePeople, sentenceOrganizations, sentenceTitles, entityOf);
            if (sentencePeople.Count > 0)
            {
                var choices = sentenceOrganizations.Select(o => (Mention: (Mention?)o, Entity: entityOf[o], Scope: OrganizationScope.Sentence, Back: (0, false))).ToList();
                int back = 0;
                foreach (var previous in recent.Reverse())
                {
                    back++;
                    for (int k = 0; k < previous.Count; k++)
                        if (!choices.Any(c => c.Entity == previous[k])) choices.Add((null, previous[k], OrganizationScope.Previous, (back, k == 0)));
                }
                if (main != null && !choices.Any(c => c.Entity == main)) choices.Add((null, main, OrganizationScope.Main, (0, false)));
                foreach (var person in sentencePeople)
                    foreach (var (mention, entity, scope, before) in choices)
                    {
                        // A name the tagger read both ways ("Gu Lei" a person here, an organization there) is no employer of itself.
                        if (WithinName(entity.Name, entityOf[person].Name)) continue;
                        var candidate = new EventCandidate(context, person, entityOf[person], mention, entity, scope, null) { Back = before, Main = entity == main };
                        candidates.Add(candidate);
                        foreach (var title in sentenceTitles) candidates.Add(candidate with { Role = title });
                    }
            }
            recent.Enqueue(sentenceOrganizations.Select(o => entityOf[o]).Distinct().ToList());
            if (recent.Count > PreviousSentences) recent.Dequeue();
        }
        return candidates;
    }

    /// <summary>Whether every word of the person's name is in the organization's ("Gu" and "Gu Lei"; not "Henry Ford" and "Ford Motor").</summary>
    private static bool WithinName(string organization, string person)
    {
        var words = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return person.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    private static List<Mention> Take(List<Mention> sorted, ref int next, Sentence sentence)
    {
        while (next < sorted.Count && sorted[next].FirstToken < sentence.FirstToken) next++;
        int first = next;
        while (next < sorted.Count && sorted[next].FirstToken < sentence.EndToken) next++;
        return sorted.GetRange(first, next - first);
    }

    /// <summary>
    /// The first token of the candidate's person with the honorifics before the mention: the name's context is read
    /// from before them ("Federal Reserve chairman Mr Greenspan").
    /// </summary>
    public static int NameStart(Document document, EventCandidate c)
    {
        int first = c.Person.FirstToken;
        while (first > c.Sentence.Sentence.FirstToken && WordShape.IsHonorific(document.Slice(document.Tokens[first - 1]))) first--;
        return first;
    }

    /// <summary>Whether the candidate's sentence has a trigger word ("named", "resigned", ...).</summary>
    public bool HasTrigger(Document document, EventCandidate c) => WordsOf(document, c.Sentence).Triggers.Count > 0;

    /// <summary>The type of the trigger word of the candidate's sentence nearest the person, of those that can speak of the person.</summary>
    public EventType? NearestTrigger(Document document, EventCandidate c)
    {
        EventType? type = null;
        int best = int.MaxValue;
        var words = WordsOf(document, c.Sentence);
        foreach (var (k, t, _) in words.Triggers)
            if (words.Governs(k, c.Person.FirstToken) && Math.Abs(k - c.Person.FirstToken) < best) (best, type) = (Math.Abs(k - c.Person.FirstToken), t);
        return type;
    }

    private SentenceWords WordsOf(Document document, SentenceMentions sentence)
    {
        if (sentence.Words is { } found) return found;
        var words = new SentenceWords([], [], []);
        int open = -1;
        for (int k = sentence.Sentence.FirstToken; k < sentence.Sentence.EndToken; k++)
        {
            var word = document.Slice(document.Tokens[k]);
            if (word is "“" || word is "\"" && open < 0) open = k;
            else if (word is "”" or "\"" && open >= 0) { words.Quotes.Add((open, k)); open = -1; }
            if (_triggers.TryGet(document, sentence.Sentence, k, out var type, out bool personFollows)) words.Triggers.Add((k, type, personFollows));
            if (Cues.Contains(word)) words.Cues.Add(k);
        }
        return sentence.Words = words;
    }

    /// <summary>The candidate's features. <paramref name="rules"/> holds what the rule-based extractor found in the document.</summary>
    public void Features(Document document, EventCandidate c, RuleEvents rules, List<FeatureHash> features)
    {
        features.Clear();
        var tokens = document.Tokens;
        var s = c.Sentence.Sentence;
        ReadOnlySpan<char> Word(int k) => k >= s.FirstToken && k < s.EndToken ? document.Slice(tokens[k]) : (k < s.FirstToken ? "<s>" : "</s>");
        int p = NameStart(document, c), pEnd = c.Person.EndToken;
        int o = c.Organization?.FirstToken ?? -1, oEnd = c.Organization?.EndToken ?? -1;
        int r = c.Role?.FirstToken ?? -1, rEnd = c.Role?.EndToken ?? -1;
        // Coordinated titles ("president and chief executive") share their context: each is read from the whole run's edges.
        var (run, runEnd, position) = c.Role == null ? (-1, -1, 0) : CoordinatedRun(document, c.Sentence.Titles, c.Role);

        features.Add(FeatureHash.Of((int)T.Bias));
        features.Add(FeatureHash.Of((int)T.PersonForm).Add((int)c.Person.Form));
        // A person named by one word only in the whole article is often no person ("Group", "Crisco").
        int personWords = c.PersonEntity.Name.AsSpan().Count(' ') + 1;
        features.Add(FeatureHash.Of((int)T.PersonName).Add(Math.Min(personWords, 3)).Add(Math.Min(c.PersonEntity.Mentions.Count, 3)));
        features.Add(FeatureHash.Of((int)T.Scope).Add((int)c.Scope));
        // How prominent the organization is in the article, and where it was named before the sentence.
        int named = c.OrganizationEntity.Mentions.Count;
        features.Add(FeatureHash.Of((int)T.Salience).Add(c.Main ? 1 : 0).Add(named <= 2 ? named : named <= 4 ? 3 : 4).Add((int)c.Scope));
        if (c.Scope == OrganizationScope.Previous) features.Add(FeatureHash.Of((int)T.Back).Add(c.Back.Sentences).Add(c.Back.Subject ? 1 : 0));
        if (c.Organization != null) features.Add(FeatureHash.Of((int)T.OrganizationForm).Add((int)c.Organization.Form));
        // Whether the sentence names organizations of its own (none, one, more) and introduces the person: an organization
        // of the sentences before seldom employs a person whom a sentence introduces beside an organization of its own.
        features.Add(FeatureHash.Of((int)T.OrganizationsHere).Add(OrganizationsNamed(c.Sentence)).Add((int)c.Scope).Add(c.Role == null ? 0 : 1));
        features.Add(FeatureHash.Of((int)T.Introduced).Add(Introduces(c) ? 1 : 0).Add((int)c.Scope).Add(c.Role == null ? 0 : 1));
        features.Add(FeatureHash.Of((int)T.AfterPerson).AddLower(Word(pEnd)));
        features.Add(FeatureHash.Of((int)T.BeforePerson).AddLower(Word(p - 1)));
        for (int d = 1; d <= 3; d++)
        {
            features.Add(FeatureHash.Of((int)T.PersonWindow).Add(-d).AddLower(Word(p - d)));
            features.Add(FeatureHash.Of((int)T.PersonWindow).Add(d).AddLower(Word(pEnd + d - 1)));
        }

        // Order of person, organization and title, as a code such as "P R O" with adjacency.
        int order = Rank(p, o, r) * 9 + Rank(o, p, r) * 3 + Rank(r, p, o);
        features.Add(FeatureHash.Of((int)T.Order).Add(order).Add(c.Role == null ? 0 : 1).Add(c.Organization == null ? 0 : 1));

        if (c.Organization != null)
        {
            features.Add(FeatureHash.Of((int)T.BeforeOrganization).AddLower(Word(o - 1)));
            features.Add(FeatureHash.Of((int)T.BeforeOrganization2).AddLower(Word(o - 2)).AddLower(Word(o - 1)));
            features.Add(FeatureHash.Of((int)T.AfterOrganization).AddLower(Word(oEnd)));
            for (int d = 1; d <= 3; d++)
            {
                features.Add(FeatureHash.Of((int)T.OrganizationWindow).Add(-d).AddLower(Word(o - d)));
                features.Add(FeatureHash.Of((int)T.OrganizationWindow).Add(d).AddLower(Word(oEnd + d - 1)));
            }
            int from = Math.Min(pEnd, oEnd), to = Math.Max(p, o);
            features.Add(FeatureHash.Of((int)T.BetweenLength).Add(Bucket(to - from)).Add(p < o ? 1 : 0));
            for (int k = from; k < to && k < from + MaxBetween; k++)
                features.Add(FeatureHash.Of((int)T.Between).AddLower(Word(k)).Add(p < o ? 1 : 0));
            features.Add(FeatureHash.Of((int)T.NearestOrganizationToPerson).Add(Nearest(c.Sentence.Organizations, c.Organization, p) ? 1 : 0));
            if (c.Role != null)
                features.Add(FeatureHash.Of((int)T.NearestOrganizationToRole).Add(Nearest(c.Sentence.Organizations, c.Organization, r) ? 1 : 0));
        }

        if (c.Role != null)
        {
            var role = document.Text.AsSpan(c.Role.Span.Start, c.Role.Span.Length);
            int space = role.LastIndexOf(' ');
            features.Add(FeatureHash.Of((int)T.RoleHead).AddLower(space < 0 ? role : role[(space + 1)..]));
            features.Add(FeatureHash.Of((int)T.RoleFirst).AddLower(Word(r)));
            features.Add(FeatureHash.Of((int)T.BeforeRole).AddLower(Word(run - 1)));
            features.Add(FeatureHash.Of((int)T.AfterRole).AddLower(Word(runEnd)));
            features.Add(FeatureHash.Of((int)T.Coordinated).Add(position));
            if (c.Organization != null)
                AddGap(features, T.RoleToOrganization, document, s, Math.Min(runEnd, oEnd), Math.Max(run, o), run < o);
            AddGap(features, T.PersonToRole, document, s, Math.Min(runEnd, pEnd), Math.Max(run, p), p < run);
            features.Add(FeatureHash.Of((int)T.NearestPersonToRole).Add(Nearest(c.Sentence.People, c.Person, r) ? 1 : 0));
            features.Add(FeatureHash.Of((int)T.NearestTitleToPerson).Add(Nearest(c.Sentence.Titles, c.Role, p) ? 1 : 0));
        }
        else features.Add(FeatureHash.Of((int)T.NoRole));

        int firstPerson = int.MaxValue, people = 0;
        (int Token, EventType Type, bool Follows) nearestTrigger = (-1, default, false);
        var words = WordsOf(document, c.Sentence);
        foreach (var (k, type, follows) in words.Triggers)
        {
            int side = k < p ? 0 : 1;
            if (!words.Governs(k, p))
            {
                features.Add(FeatureHash.Of((int)T.QuotedTrigger).Add((int)type).Add(side));
                continue;
            }
            features.Add(FeatureHash.Of((int)T.Trigger).AddLower(Word(k)).Add(side));
            features.Add(FeatureHash.Of((int)T.TriggerOrder).Add((int)type).Add(side).Add(o < 0 ? 2 : k < o ? 0 : 1).Add(order));
            if (c.Role != null) features.Add(FeatureHash.Of((int)T.TriggerRole).Add((int)type).Add(k < r ? 0 : 1).Add(Bucket(Math.Abs(k - r))));
            if (nearestTrigger.Token < 0 || Math.Abs(k - p) < Math.Abs(nearestTrigger.Token - p)) nearestTrigger = (k, type, follows);
        }
        foreach (int k in words.Cues) features.Add(FeatureHash.Of((int)T.Cue).AddLower(Word(k)).Add(k < p ? 0 : 1));
        if (nearestTrigger.Token >= 0)
        {
            bool passive = nearestTrigger.Token > s.FirstToken && Word(nearestTrigger.Token - 1) is "was" or "were" or "is" or "been" or "be" or "being";
            features.Add(FeatureHash.Of((int)T.TriggerScope).Add((int)nearestTrigger.Type).Add((int)c.Scope).Add(c.Role == null ? 0 : 1));
            features.Add(FeatureHash.Of((int)T.TriggerVoice).Add((int)nearestTrigger.Type).Add(nearestTrigger.Follows != passive ? 1 : 0).Add(nearestTrigger.Token < p ? 0 : 1));
        }
        if (nearestTrigger.Token >= 0)
            features.Add(FeatureHash.Of((int)T.NearestTrigger).AddLower(Word(nearestTrigger.Token)).Add(nearestTrigger.Token < p ? 0 : 1).Add(Bucket(Math.Abs(nearestTrigger.Token - p))));

        foreach (var m in c.Sentence.People)
        {
            if (m.Form == MentionForm.Pronoun) continue;
            people++;
            firstPerson = Math.Min(firstPerson, m.FirstToken);
        }
        features.Add(FeatureHash.Of((int)T.FirstPerson).Add(p <= firstPerson ? 1 : 0));
        features.Add(FeatureHash.Of((int)T.People).Add(Math.Min(people, 3)));

        foreach (var type in (ReadOnlySpan<EventType>)[EventType.Start, EventType.End, EventType.Hold])
        {
            if (rules.Contains(type, c.PersonEntity.Name, c.OrganizationEntity.Name, c.Role?.Text, core: false))
                features.Add(FeatureHash.Of((int)T.Rule).Add((int)type));
            else if (rules.Contains(type, c.PersonEntity.Name, c.OrganizationEntity.Name, null, core: true))
                features.Add(FeatureHash.Of((int)T.RuleCore).Add((int)type));
        }
    }

    /// <summary>How many organizations the sentence names: 0, 1, or 2 for more.</summary>
    public static int OrganizationsNamed(SentenceMentions sentence)
    {
        DiscourseEntity? first = null;
        foreach (var m in sentence.Organizations)
        {
            var entity = sentence.EntityOf(m);
            if (first == null) first = entity;
            else if (entity != first) return 2;
        }
        return first == null ? 0 : 1;
    }

    /// <summary>Whether the candidate's person mention is the person's first in the article.</summary>
    public static bool Introduces(EventCandidate c)
    {
        foreach (var m in c.PersonEntity.Mentions)
            if (m.FirstToken < c.Person.FirstToken) return false;
        return true;
    }

    private static void AddGap(List<FeatureHash> features, T template, Document document, Sentence s, int from, int to, bool forward)
    {
        var hash = FeatureHash.Of((int)template).Add(forward ? 1 : 0);
        if (to - from > 3) { features.Add(hash.Add("<far>")); return; }
        for (int k = from; k < to; k++) hash = hash.AddLower(document.Slice(document.Tokens[k]));
        features.Add(hash);
    }

    /// <summary>
    /// The run of titles joined by "and", "&amp;" or commas that holds a title: its first token, its end, and the title's
    /// place in it (0 alone, 1 first, 2 inside, 3 last).
    /// </summary>
    public static (int First, int End, int Position) CoordinatedRun(Document document, List<Mention> titles, Mention title)
    {
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        bool Joined(Mention left, Mention right) => (right.FirstToken - left.EndToken) switch
        {
            1 => Word(left.EndToken) is "and" or "," or "&",
            2 => Word(left.EndToken) is "," && Word(left.EndToken + 1) is "and",
            _ => false,
        };
        int i = titles.FindIndex(t => ReferenceEquals(t, title)), from = i, to = i;
        while (from > 0 && Joined(titles[from - 1], titles[from])) from--;
        while (to + 1 < titles.Count && Joined(titles[to], titles[to + 1])) to++;
        int position = from == to ? 0 : i == from ? 1 : i == to ? 3 : 2;
        return (titles[from].FirstToken, titles[to].EndToken, position);
    }

    /// <summary>Whether <paramref name="mention"/> is the one of <paramref name="mentions"/> closest to token <paramref name="token"/>.</summary>
    private static bool Nearest(List<Mention> mentions, Mention mention, int token)
    {
        int Distance(Mention m) => m.FirstToken > token ? m.FirstToken - token : Math.Max(0, token - m.EndToken + 1);
        int best = Distance(mention);
        foreach (var m in mentions)
            if (!ReferenceEquals(m, mention) && Distance(m) < best) return false;
        return true;
    }

    /// <summary>How many of the other two positions come before <paramref name="x"/> (absent ones count as none).</summary>
    private static int Rank(int x, int a, int b) => x < 0 ? 0 : (a >= 0 && a < x ? 1 : 0) + (b >= 0 && b < x ? 1 : 0);

    private static int Bucket(int distance) => distance switch { <= 1 => distance, <= 3 => 2, <= 6 => 3, <= 12 => 4, _ => 5 };
}
