using Pipeline.Documents;
using static Pipeline.Text.WordShape;

namespace Pipeline.Entities;

/// <summary>
/// Finds job titles, each coordinated title on its own ("president and chief executive" is two):
/// <list type="bullet">
/// <item>the longest title of the lexicon, or "chief … officer" with up to two words between;</item>
/// <item>modifiers and function words before it ("acting chief executive", "deputy finance director");</item>
/// <item>an "of"-phrase after it that says which job it is ("vice president of user development",
/// "general manager of the FMCG division", "head of Uber China's strategy"), but not one that names the
/// employer ("president of Acme", "chairman of the accounting firm Huang Lester", "head of its Kinsale China unit");</item>
/// <item>a part of the employer that the job runs, after "of" or "in charge of" ("general manager of its Oron plant",
/// "vice president in charge of the machinery division");</item>
/// <item>a rank after a comma ("vice president, corporate development") and a region or field after
/// "for" or "responsible for" ("general manager for Southeast Asia", "vice president for rates").</item>
/// <item>a seat on the board ("joined the board", "elected to its board"), as the role "director".</item>
/// </list>
/// </summary>
public sealed class TitleRecognizer : IDocumentProcessor
{
    private const int MaxPrefixWords = 4;
    private const int MaxPhraseWords = 6;
    private const int MaxPlaceWords = 3;

    /// <summary>Titles that are not complete alone: "head of sales" is a title, "head" a body part; "chief reason" is no title.</summary>
    private static readonly WordSet NeedsComplement = new(["head", "member", "chief"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that end a phrase: they start the rest of the clause.</summary>
    private static readonly WordSet ClauseWords = new(
    [
        "at", "in", "on", "for", "with", "from", "to", "by", "since", "until", "as", "who", "which", "that", "said", "says",
        "will", "would", "could", "should", "may", "might", "must", "can", "was", "is", "has", "had", "have", "were", "are", "be", "been",
        "after", "before", "when", "while", "but", "its", "his", "her", "their", "also", "not", "than", "he", "she", "they", "it", "we",
        "alongside", "under", "between", "among", "during", "within", "across", "through", "about", "over", "into", "via", "against",
        "without", "including", "based", "left", "became", "becomes", "took", "takes", "joins", "leaves", "ran", "runs", "led", "leads", "held", "holds", "quit", "quits",
        "rose", "fell", "told", "tells", "replaces", "succeeds", "retires", "resigns", "steps", "declines", "do", "does", "did",
    ], StringComparer.Ordinal);

    private static readonly WordSet Determiners = new(["the", "a", "an", "both"], StringComparer.Ordinal);

    /// <summary>Nouns for the employer as a whole: "president of the company" is its president, and the phrase names no job.</summary>
    private static readonly WordSet EmployerNouns = new(
    [
        "company", "firm", "bank", "corporation", "concern", "conglomerate", "giant", "insurer", "lender", "carmaker", "automaker",
        "retailer", "seller", "maker", "manufacturer", "college", "university", "school", "hospital", "airline", "club", "paper", "newspaper",
        "agency", "ministry", "regulator", "government", "union", "association",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts of an organization: a part named right after the phrase is the organization ("of the automotive unit, Rheinwerk Automotive").</summary>
    private static readonly WordSet UnitNouns = new(
    ["unit", "division", "business", "subsidiary", "arm", "affiliate", "region", "department", "group", "center", "centre", "team"],
        StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, TrieNode> _root = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _modifiers;
    private readonly WordSet _functions;
    private readonly WordSet _places;

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode> Next { get; } = new(StringComparer.OrdinalIgnoreCase);
        public bool IsTitle { get; set; }
    }

    /// <param name="titles">Titles, one or more words each ("chief executive officer").</param>
    /// <param name="modifiers">Words that change the position before a title ("acting", "deputy").</param>
    /// <param name="functions">Words that name a business function or field before a title or in a phrase after it ("marketing", "credit").</param>
    /// <param name="places">Place names: a region in a title ("head of Asia-Pacific", "general manager for Singapore").</param>
    public TitleRecognizer(IEnumerable<string> titles, IEnumerable<string> modifiers, IEnumerable<string> functions, IEnumerable<string> places)
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
        _functions = new WordSet(functions, StringComparer.OrdinalIgnoreCase);
        _places = new WordSet(places, StringComparer.Ordinal);
    }

    public string Name => "titles";
    public Annotations Requires => Annotations.Sentences | Annotations.Entities;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        // A name right after a phrase is the holder ("head of engineering Tariq Bensaid"), not the employer.
        var personStarts = document.Mentions.Where(m => m.Type == MentionType.Person).Select(m => m.FirstToken).ToHashSet();
        var organizationTokens = document.Mentions.Where(m => m.Type == MentionType.Organization).SelectMany(m => Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken)).ToHashSet();
        var names = new Names(personStarts, organizationTokens);
        // The initials of an organization of the article are its name, not a title: "GM" after General Motors (not general manager).
        var initials = document.Mentions.Where(m => m.Type == MentionType.Organization && m.EndToken - m.FirstToken > 1)
            .Select(m => string.Concat(m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])))
            .ToHashSet(StringComparer.Ordinal);
        var organizationAbbreviations = document.Mentions.Where(m => m.Type == MentionType.Organization && m.EndToken - m.FirstToken == 1 && initials.Contains(m.Text))
            .Select(m => m.FirstToken).ToHashSet();
        var personFirsts = personStarts.Order().ToArray();
        foreach (var sentence in document.Sentences)
        {
            document.Cancellation.ThrowIfCancellationRequested();
            // A plural title is each holder's where the sentence names several people ("Sims and Johnson were named
            // executive vice presidents", "two outside directors, Howard Quist and Milton Sperry"); elsewhere it is none.
            bool plural = PeopleIn(personFirsts, sentence) >= 2;
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                int end = MatchAt(document, i, sentence.FirstToken, sentence.EndToken, names, plural, out int pluralAt);
                if (end == i + 1 && organizationAbbreviations.Contains(i)) end = i;
                if (end > i)
                {
                    var span = new TextSpan(document.Tokens[i].Start, document.Tokens[end - 1].End);
                    var text = pluralAt < 0 ? document.TextOf(span)
                        : string.Concat(document.Text.AsSpan(span.Start, document.Tokens[pluralAt].Start - span.Start), Singular(document.Slice(document.Tokens[pluralAt])),
                            document.Text.AsSpan(document.Tokens[pluralAt].End, span.End - document.Tokens[pluralAt].End));
                    document.Mentions.Add(new Mention(span, MentionType.Title, text, i, end));
                    i = end;
                }
                else
                {
                    if (IsBoardSeat(document, i, sentence.FirstToken))
                        document.Mentions.Add(new Mention(document.Tokens[i].Span, MentionType.Title, BoardSeat, i, i + 1));
                    i++;
                }
            }
        }
        SplitOrganizationsAtTitles(document);
    }

    /// <summary>
    /// Reuters writes "Hasbro Inc Chairman Stephen D. Hassenfeld", and the tagger may run the employer, the title and
    /// the holder into one organization ("Whinney Chairman Ray" + "J. Groves"; "Bowery Savings Bank Chairman Richard
    /// Ravitch, and Phelps-Stokes Fund"). A title inside an organization name ends it; the capitalized words after the
    /// title are the holder (with the person named right after them), and a name after "and" is an organization again.
    /// A title that overlaps the organization's last words takes them when it opens with a title ("Acme Chief" +
    /// "Executive"), and gives them back when not ("Co President", "Fund President").
    /// </summary>
    private void SplitOrganizationsAtTitles(Document document)
    {
        var mentions = document.Mentions;
        if (!mentions.Exists(m => m.Type == MentionType.Title)) return;
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        bool IsNameWord(int k) => Word(k) is [var c, ..] && char.IsUpper(c);
        Mention MentionOf(int first, int end, MentionType type)
        {
            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
            return new Mention(span, type, document.TextOf(span), first, end);
        }
        // Where each title and person starts, so that each organization looks only at its own tokens.
        var titleAt = new Dictionary<int, Mention>();
        var personAt = new Dictionary<int, int>();
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type == MentionType.Title) titleAt[mentions[m].FirstToken] = mentions[m];
            else if (mentions[m].Type == MentionType.Person) personAt.TryAdd(mentions[m].FirstToken, m);
        var removed = new HashSet<int>();
        int count = mentions.Count;
        bool changed = false;
        for (int m = 0; m < count; m++)
        {
            var organization = mentions[m];
            // A person that a title opens ("Operating Officer Sandra Kowalczyk", "CEO Hannah Feld") is the name after it,
            // and one that a title covers ("Scientific Advisor") is no person.
            if (organization.Type == MentionType.Person
                && titleAt.Values.FirstOrDefault(t => t.FirstToken <= organization.FirstToken && t.EndToken > organization.FirstToken) is { } opens)
            {
                // A one-word title may be a given name ("Dean Smith"); it opens a person only before a full name ("Chairman John Smith").
                bool opensName = opens.EndToken - opens.FirstToken > 1 || !Word(opens.FirstToken).ContainsAnyInRange('a', 'z') || organization.EndToken - opens.EndToken > 1;
                if (opens.EndToken < organization.EndToken && IsNameWord(opens.EndToken) && opensName)
                    mentions[m] = MentionOf(opens.EndToken, organization.EndToken, MentionType.Person);
                else if (opens.EndToken >= organization.EndToken) removed.Add(m);
                else continue;
                changed = true;
                continue;
            }
            // A place or nationality that a title opens is its holder: "Captain Harjit Singh Gill".
            if (organization.Type is MentionType.Location or MentionType.Misc && titleAt.TryGetValue(organization.FirstToken, out var heads)
                && HolderAfter(heads, organization) is var (holderEnd, _) && holderEnd > 0)
            {
                mentions[m] = MentionOf(heads.EndToken, holderEnd, MentionType.Person);
                changed = true;
                continue;
            }
            if (organization.Type != MentionType.Organization) continue;
            // A place that a title holds is its region, no employer: "head of North China sales".
            if (_places.Contains(organization.Text) && titleAt.Values.Any(t => t.FirstToken < organization.FirstToken && t.EndToken >= organization.EndToken))
            {
                mentions[m] = MentionOf(organization.FirstToken, organization.EndToken, MentionType.Location);
                changed = true;
                continue;
            }
            if (titleAt.TryGetValue(organization.FirstToken, out var leads) && !(leads.EndToken < organization.EndToken && Word(leads.EndToken) is "of"))
            {
                // An "organization" that is a title of several words is none ("Chief Executive"; an acronym may be one: "GM"); one
                // that a title opens before a full name is the holder and, after "of", the employer ("Chief Operating
                // Officer Marcus Bell", "Analyst Vikram Sethi of Brazos Securities Inc"; not "Founder Securities").
                if (leads.EndToken >= organization.EndToken)
                {
                    if (leads.EndToken - leads.FirstToken > 1) { removed.Add(m); changed = true; }
                    continue;
                }
                if (HolderAfter(leads, organization) is var (nameEnd, employer) && nameEnd > 0)
                {
                    mentions[m] = MentionOf(leads.EndToken, nameEnd, MentionType.Person);
                    if (employer) mentions.Add(MentionOf(nameEnd + 1, organization.EndToken, MentionType.Organization));
                    changed = true;
                    continue;
                }
            }
            // "former Chief Financial Officer of Arbor Therapeutics": the title and "of" open no name.
            if (titleAt.TryGetValue(organization.FirstToken, out var opening) && opening.EndToken + 1 < organization.EndToken
                && Word(opening.EndToken) is "of" && IsNameWord(opening.EndToken + 1))
            {
                mentions[m] = MentionOf(opening.EndToken + 1, organization.EndToken, MentionType.Organization);
                changed = true;
                continue;
            }
            Mention? title = null;
            for (int k = organization.FirstToken + 1; k < organization.EndToken - 1 && title == null; k++)
                if (titleAt.TryGetValue(k, out var inside) && inside.EndToken < organization.EndToken && IsNameWord(k)) title = inside;
            if (title == null) continue;
            changed = true;
            mentions[m] = MentionOf(organization.FirstToken, title.FirstToken, MentionType.Organization);
            int end = title.EndToken;
            while (end < organization.EndToken && IsNameWord(end)) end++;
            if (end == title.EndToken) continue;
            int personEnd = end;
            if (personAt.Remove(end, out int next))
            {
                removed.Add(next);
                personEnd = mentions[next].EndToken;
            }
            mentions.Add(MentionOf(title.EndToken, personEnd, MentionType.Person));
            while (end < organization.EndToken && Word(end) is "," or "and") end++;
            if (end < organization.EndToken && IsNameWord(end)) mentions.Add(MentionOf(end, organization.EndToken, MentionType.Organization));
        }
        // The end of the full name (two capitalized words or more) right after a title inside a name, or 0; whether "of"
        // and a name follow it.
        (int End, bool Employer) HolderAfter(Mention title, Mention name)
        {
            int end = title.EndToken;
            while (end < name.EndToken && IsNameWord(end)) end++;
            if (end - title.EndToken < 2) return (0, false);
            return (end, end + 1 < name.EndToken && Word(end) is "of" && IsNameWord(end + 1));
        }
        // Each token's organization, organizations not overlapping one another.
        var organizationAt = new Dictionary<int, int>();
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type == MentionType.Organization)
                for (int k = mentions[m].FirstToken; k < mentions[m].EndToken; k++) organizationAt.TryAdd(k, m);
        for (int t = 0; t < mentions.Count; t++)
        {
            var title = mentions[t];
            if (title.Type != MentionType.Title || !organizationAt.TryGetValue(title.FirstToken, out int o)) continue;
            var organization = mentions[o];
            if (organization.FirstToken >= title.FirstToken || organization.EndToken >= title.EndToken) continue;
            if (_root.TryGetValue(Word(title.FirstToken).ToString(), out var node) && node.IsTitle)
                mentions[o] = MentionOf(organization.FirstToken, title.FirstToken, MentionType.Organization);
            else mentions[t] = MentionOf(organization.EndToken, title.EndToken, MentionType.Title);
            changed = true;
        }
        if (!changed) return;
        // Names in text order, then titles in text order, as the stages before left them.
        var kept = mentions.Where((_, m) => !removed.Contains(m)).ToList();
        var ordered = kept.Where(n => n.Type != MentionType.Title).OrderBy(n => n.FirstToken)
            .Concat(kept.Where(n => n.Type == MentionType.Title).OrderBy(n => n.FirstToken)).ToList();
        mentions.Clear();
        mentions.AddRange(ordered);
    }

    /// <summary>The role of a board seat, which the text need not write (spec: "elected to the board of Y" is role "director").</summary>
    public const string BoardSeat = "director";

    private static readonly WordSet JoinOrLeave = new(["joined", "join", "joins", "joining", "rejoined", "rejoins", "left", "leave", "leaves", "leaving", "quit", "quits", "quitting"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet ElectedTo = new(["elected", "re-elected", "named", "appointed", "reappointed", "nominated", "co-opted", "added", "promoted", "returned", "returns", "return"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet LeaveFrom = new(["resigned", "resign", "resigns", "resigning", "retired", "retire", "retires", "retiring", "down", "removed", "ousted"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet SitOn = new(["seat", "seats", "sits", "sit", "sat", "sitting", "serve", "serves", "served", "serving", "remain", "remains", "remained", "stays", "stay"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a lower-case "board" at token k is a seat on it: "joined the board", "elected to its board", "resigned
    /// from Acme's board", "a seat on the board", "remains on the Ryburn board", "will join the group board", "elected
    /// Ana Ortiz and Chen Wei to the board". Not "the board said" or "reports to the board".
    /// </summary>
    private static bool IsBoardSeat(Document doc, int k, int first)
    {
        if (Word(doc, k) is not "board" || k + 1 < doc.Tokens.Count && IsPossessive(Word(doc, k + 1))) return false;
        // The words between the determiner and "board": an owner ("Acme's", "the Indian group's"), a name ("the Ryburn
        // board") or a kind of board ("the main board").
        int start = k;
        while (start - 1 > first && start > k - 5 && (IsCapitalizedWord(doc, start - 1) || IsPossessive(Word(doc, start - 1)) || BoardKinds.Contains(Word(doc, start - 1))))
            start--;
        if (start - 1 > first && Word(doc, start - 1) is "the" or "its" or "their") start--;
        else if (!(start < k && IsPossessive(Word(doc, k - 1)))) return false;
        if (start - 1 < first) return false;
        var verb = Word(doc, start - 1);
        if (JoinOrLeave.Contains(verb)) return true;
        if (start - 2 < first) return false;
        var earlier = Word(doc, start - 2);
        return verb switch
        {
            "to" => ElectedTo.Contains(earlier) || ElectedBefore(doc, start - 2, first),
            "from" or "off" => LeaveFrom.Contains(earlier),
            "on" => SitOn.Contains(earlier),
            _ => false,
        };
    }

    private static readonly WordSet BoardKinds = new(["main", "full", "group", "parent", "company", "subsidiary", "bank"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the object of "elected … to the board" ends at token k, the token before "to": a name or an appositive's
    /// comma ("elected Ana Ortiz, Ben Okafor and Chen Wei to", "appointed Raj Iyer, a banker, to"), with the verb before it.
    /// </summary>
    private static bool ElectedBefore(Document doc, int k, int first)
    {
        if (!(Word(doc, k) is "," || IsCapitalizedWord(doc, k))) return false;
        for (int j = k - 1; j >= first && j >= k - 20; j--)
        {
            if (ElectedTo.Contains(Word(doc, j))) return true;
            if (Word(doc, j) is "to" or ";") return false;
        }
        return false;
    }

    /// <summary>The end token of the title that starts at token i, or i when none does.</summary>
    private int MatchAt(Document doc, int i, int first, int limit, Names names, bool plural, out int pluralAt)
    {
        int end = BareTitleEnd(doc, i, first, limit, out int head, plural);
        // A plural ends the lexicon's title: it is its last word.
        pluralAt = plural && end > i && TitleEnd(doc, head, end) < end ? end - 1 : -1;
        if (end <= i) end = SectorTitleEnd(doc, i, limit, out head);
        if (end <= i) return i;
        int phraseEnd = OfPhraseEnd(doc, end, limit, names);
        if (phraseEnd == end && end - head == 1 && NeedsComplement.Contains(pluralAt == head ? Singular(Word(doc, head)) : Word(doc, head))
            && !CompleteAlone(doc, i, head, first, limit)) return i;
        if (phraseEnd == end) phraseEnd = RankEnd(doc, end, limit);
        return ForPhraseEnd(doc, phraseEnd, limit, names);
    }

    /// <summary>
    /// The end of the title at token i with the modifiers and function words before it, without what follows;
    /// i when none. <paramref name="head"/> is where the lexicon title starts.
    /// </summary>
    private int BareTitleEnd(Document doc, int i, int first, int limit, out int head, bool plural = false)
    {
        int end = TitleEnd(doc, i, limit, plural);
        head = i;
        // Each modifier or function word may stand before the title proper: try the title after each.
        for (int j = i; j < limit && j - i < MaxPrefixWords && IsPrefixWord(doc, j); j++)
        {
            int after = TitleEnd(doc, j + 1, limit, plural);
            if (after > j + 1 && after >= end && CaseAgrees(doc, i, j + 1, first)) (end, head) = (after, j + 1);
        }
        return end;
    }

    /// <summary>
    /// An analyst's, a spokesman's or a dealer's title with the lower-case words that name the field before it, which
    /// no lexicon can list: "car industry analyst", "support services analyst", "trade spokeswoman". i when none.
    /// </summary>
    private int SectorTitleEnd(Document doc, int i, int limit, out int head)
    {
        head = i;
        // The head first, a cheap test at every token: the field's words are checked only before one.
        int k = i + 1;
        while (k < limit && k - i <= MaxSectorWords && !SectorHeads.Contains(Word(doc, k))) k++;
        if (k >= limit || k - i > MaxSectorWords) return i;
        for (int j = i; j < k; j++)
            if (!IsSectorWord(doc, j)) return i;
        int end = TitleEnd(doc, k, limit);
        if (end <= k) return i;
        head = k;
        return end;
    }

    private const int MaxSectorWords = 3;

    /// <summary>Titles that a field of any name may open.</summary>
    private static readonly WordSet SectorHeads = new(["analyst", "strategist", "economist", "spokesman", "spokeswoman", "spokesperson", "dealer", "trader",
        "engineer", "clerk", "inspector", "specialist", "chemist", "lawyer", "buyer", "brewer", "winemaker", "pilot", "supervisor", "scientist", "geologist", "accountant"],
        StringComparer.Ordinal);

    /// <summary>Words of a clause, of timing or of the writer's judgement, which name no field, beside <see cref="ClauseWords"/>: "the", "veteran", "top".</summary>
    private static readonly WordSet NoSectorWords = new(
    [
        "a", "an", "the", "this", "these", "those", "one", "another", "other", "each", "every", "some", "many", "most", "several", "any",
        "and", "or", "nor", "of", "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "my", "your", "our", "say",
        "added", "adds", "noted", "notes", "according", "wrote", "writes", "warned", "warns", "explained", "explains", "believes", "thinks",
        "former", "new", "then", "current", "outgoing", "incoming", "longtime", "long-time", "veteran", "top", "leading", "well-known",
        "respected", "prominent", "influential", "star", "one-time", "onetime", "ex", "where", "whose", "what", "how", "why", "so", "too",
        "very", "just", "only", "even", "now", "still", "yet", "already", "once", "there", "here", "more", "less", "such",
        "premier", "pioneering", "renowned", "famous", "best", "ministry", "department", "government", "agency",
    ], StringComparer.Ordinal);

    /// <summary>A lower-case word that may name an analyst's field: not a title word, a clause word or a word of judgement.</summary>
    private bool IsSectorWord(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        var word = Word(doc, k);
        // The employer ("a company spokesman") and a superlative ("the fourth-biggest trader") name none either.
        return word.Length > 1 && !word.ContainsAnyExcept(SectorLetters) && char.IsLetter(word[0]) && !SectorHeads.Contains(word)
            && !NoSectorWords.Contains(word) && !ClauseWords.Contains(word) && !EmployerNouns.Contains(word) && !word.EndsWith("est", StringComparison.Ordinal)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
            && TitleEnd(doc, k, k + 1) == k;
    }

    private static readonly System.Buffers.SearchValues<char> SectorLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>Capitalized words before a lower-case title end a name: "International Monetary Fund director" is a director.</summary>
    private static bool CaseAgrees(Document doc, int i, int head, int first)
    {
        if (!IsLowerWord(doc, head)) return true;
        for (int k = i; k < head; k++)
            if (!IsLowerWord(doc, k) && k != first) return false;
        return true;
    }

    /// <summary>"head", "chief" or "member" without a phrase: a title before an "of" that names the employer ("head of Renault",
    /// "head of its China unit"), after a function word ("marketing chief", "committee member") or a possessive ("Nortel's head").</summary>
    private static bool CompleteAlone(Document doc, int i, int head, int first, int limit) =>
        (head + 1 < limit && Word(doc, head + 1) is "of") || head > i || (i > first && IsPossessive(Word(doc, i - 1)));

    private bool StartsTitle(Document doc, int k, int limit) => BareTitleEnd(doc, k, k, limit, out _) > k;

    private bool IsPrefixWord(Document doc, int k)
    {
        var word = Word(doc, k);
        return _modifiers.Contains(word) || _functions.Contains(word);
    }

    /// <summary>The end of the longest lexicon title at token i, or of "chief … officer"; i when none starts there.</summary>
    private int TitleEnd(Document doc, int i, int limit, bool plural = false)
    {
        int best = i;
        var level = _root;
        for (int k = i; k < limit; k++)
        {
            var lookup = level.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(Word(doc, k), out var node))
            {
                // "vice presidents", "managing directors", "vice-chairmen": the plural of a title ends it.
                if (plural && Singular(Word(doc, k)) is { Length: > 0 } singular && lookup.TryGetValue(singular, out node) && node.IsTitle) best = k + 1;
                break;
            }
            if (node.IsTitle) best = k + 1;
            level = node.Next;
        }
        // Any "chief X officer" or "chief X Y officer": "chief underwriting officer", "Chief Medical Officer".
        if (i < limit && Word(doc, i).Equals("chief", StringComparison.OrdinalIgnoreCase))
            for (int k = i + 1; k < limit && k <= i + 3 && doc.Tokens[k].Kind == TokenKind.Word && !ClauseWords.Contains(Word(doc, k)); k++)
                if (k > i + 1 && Word(doc, k).Equals("officer", StringComparison.OrdinalIgnoreCase)) best = Math.Max(best, k + 1);
        return best;
    }

    /// <summary>The singular of a plural noun ("presidents", "chairmen"), or an empty span when the word is none.</summary>
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.EndsWith("men", StringComparison.OrdinalIgnoreCase) && word.Length > 4 ? string.Concat(word[..^2], word[^1] == 'N' ? "AN" : "an")
        : word.Length > 3 && word[^1] is 's' && word[^2] is not 's' ? word[..^1] : [];

    /// <summary>How many of the people whose first tokens are <paramref name="sortedFirsts"/> the sentence names.</summary>
    private static int PeopleIn(int[] sortedFirsts, Sentence sentence)
    {
        int from = Array.BinarySearch(sortedFirsts, sentence.FirstToken), to = Array.BinarySearch(sortedFirsts, sentence.EndToken);
        return (to < 0 ? ~to : to) - (from < 0 ? ~from : from);
    }

    /// <summary>
    /// Extends a title over "of" or "in charge of" and the words that say which job it is: "of the operations center",
    /// "of the FMCG division", "of Uber China's strategy", "of real estate in Asia", "of its Oron plant", "in charge of
    /// exports", up to a time ("the following year"). A phrase that names the employer is left out.
    /// </summary>
    private int OfPhraseEnd(Document doc, int end, int limit, Names names)
    {
        int from;
        // "vice president in charge of the machinery division": the charge says which job it is too.
        if (end + 3 < limit && Word(doc, end) is "in" && Word(doc, end + 1) is "charge" && Word(doc, end + 2) is "of") from = end + 3;
        else if (end < limit && Word(doc, end) is "of") from = end + 1;
        else return end;
        int phraseEnd = OwnPartEnd(doc, from, limit, names);
        if (phraseEnd == from) phraseEnd = PhraseEnd(doc, from, limit, mustStartWithFunction: false, names);
        if (phraseEnd == from) return end;
        // "head of real estate in Asia": a region after the phrase belongs to the job.
        if (phraseEnd < limit && Word(doc, phraseEnd) is "in" && PlaceEnd(doc, phraseEnd + 1, limit) is var place && place > phraseEnd + 1) return place;
        return phraseEnd;
    }

    /// <summary>Parts of an organization that a job may run: "general manager of its Oron plant".</summary>
    private static readonly WordSet OwnParts = new(
    [
        "unit", "division", "business", "subsidiary", "arm", "department", "plant", "branch", "sub-branch", "operations", "office",
        "mine", "mines", "factory", "works", "centre", "center", "committee", "bureau",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The end of a phrase at token k that names a part of the employer by its possessive: "its Oron plant", "the
    /// group's Czech plant"; k when none. The employer is the organization slot, the part belongs to the job (spec:
    /// "president of its insurance unit"). A part with a name of its own ("its Harlow Plastics division", or "its China
    /// unit, Harcourt Lyle Asia", which <see cref="PhraseEnd"/> refuses) is the employer itself.
    /// </summary>
    private int OwnPartEnd(Document doc, int k, int limit, Names names)
    {
        int from = k;
        if (from < limit && Word(doc, from) is "its" or "their") from++;
        else if (from + 2 < limit && Word(doc, from) is "the" && IsLowerWord(doc, from + 1) && IsPossessive(Word(doc, from + 2))) from += 3;
        else return k;
        int end = PhraseEnd(doc, from, limit, mustStartWithFunction: false, names);
        if (end == from || !OwnParts.Contains(Word(doc, end - 1))) return k;
        // "its Harlow Plastics division", "its Kinsale China unit": a part with a name of its own is the employer.
        for (int j = from; j < end; j++)
            if (names.OrganizationTokens.Contains(j)) return k;
        return end;
    }

    /// <summary>
    /// "general manager for Southeast Asia", "head of compliance for retail banking", "vice president for rates",
    /// "board member responsible for sales"; not a time ("chairman for the past decade").
    /// </summary>
    private int ForPhraseEnd(Document doc, int end, int limit, Names names)
    {
        int from = end + 1;
        if (end + 1 < limit && Word(doc, end) is "responsible" && Word(doc, end + 1) is "for") from++;
        else if (end >= limit || Word(doc, end) is not "for") return end;
        int phraseEnd = PhraseEnd(doc, from, limit, mustStartWithFunction: false, names);
        for (int k = from; k < phraseEnd; k++)
            if (NoFields.Contains(Word(doc, k))) return end;
        // "head of exploration for the whole group": the employer.
        if (phraseEnd > from && Word(doc, phraseEnd - 1) is "group") return end;
        return phraseEnd == from ? end : phraseEnd;
    }

    /// <summary>Whether a time starts at token k and ends the phrase before it: "head of the research institute the following year", "head of sales last year".</summary>
    private static bool IsTimeAt(Document doc, int k, int limit)
    {
        int j = k;
        while (j < limit && j - k < 3 && TimeOpeners.Contains(Word(doc, j))) j++;
        return j > k && j < limit && TimeNouns.Contains(Word(doc, j));
    }

    private static readonly WordSet TimeOpeners = new(["the", "this", "that", "last", "next", "following", "previous", "same", "coming", "a"], StringComparer.Ordinal);
    private static readonly WordSet TimeNouns = new(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "quarter"], StringComparer.Ordinal);

    /// <summary>Words of a time, a number or a purpose after "for", which name no field: "for the past decade", "for a second term".</summary>
    private static readonly WordSet NoFields = new(
    [
        "past", "last", "next", "first", "second", "third", "final", "further", "another", "more", "most", "life", "now", "year", "years",
        "month", "months", "decade", "decades", "week", "weeks", "day", "days", "time", "while", "long", "term", "terms", "period",
        "several", "many", "some", "much", "nearly", "almost", "about", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "each", "all", "example", "instance", "reasons", "personal", "family", "health", "good", "free",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>A rank after a comma, ending the clause: "vice president, corporate development," / "…, finance at Halcyon".</summary>
    private int RankEnd(Document doc, int end, int limit)
    {
        if (end + 1 >= limit || Word(doc, end) is not "," || !IsPrefixWord(doc, end + 1) || StartsTitle(doc, end + 1, limit)) return end;
        int k = end + 1;
        while (k < limit && IsLowerWord(doc, k) && !ClauseWords.Contains(Word(doc, k)) && !StartsTitle(doc, k, limit)) k++;
        // "vice president, finance and chief financial officer": the rank ends before the next title.
        if (Word(doc, k - 1) is "and" or "or") k--;
        bool clauseEnds = k == limit || Word(doc, k) is "," or "." or ";" or ")" or "and" or "or" or "at" or "of" or "in" or "for";
        return clauseEnds ? k : end;
    }

    /// <summary>
    /// The end of the phrase that starts at token k, or k when there is none. Lower-case words make the phrase;
    /// a capitalized name counts only when a function or unit noun follows it ("the Kirchdorf plant"), so
    /// "president of Acme" gets none. The phrase names the employer, and is refused, when it ends in an employer
    /// noun ("the holding company"), runs into a name ("of rival Straits Freight") or ends in a part of the
    /// organization named right after it ("of the automotive unit, Rheinwerk Automotive GmbH").
    /// </summary>
    private int PhraseEnd(Document doc, int k, int limit, bool mustStartWithFunction, Names names)
    {
        int start = k, contentEnd = k, words = 0;
        bool afterName = false;
        while (k < limit && words < MaxPhraseWords)
        {
            var word = Word(doc, k);
            // A place is the region of the job ("head of Asia-Pacific"), unless it ends a name ("of Lestrade Asia") or owns
            // what follows ("of Uber China's strategy").
            if (!afterName && PlaceEnd(doc, k, limit) is var place && place > k && !(place < limit && IsPossessive(Word(doc, place))))
            {
                (k, contentEnd, afterName) = (place, place, false);
                words++;
                continue;
            }
            if (IsPossessive(word))
            {
                // "of the company's strategy": a possessive without a name names the employer (a part that the job runs,
                // "of the company's grain unit", is OwnPartEnd's).
                if (!afterName) return start;
                k++;
                continue;
            }
            if (IsCapitalizedWord(doc, k))
            {
                (k, afterName) = (k + 1, true);
                words++;
                continue;
            }
            if (!IsLowerWord(doc, k) || ClauseWords.Contains(word) || word is "of" || IsVerbOrAdverb(doc, k, start)) break;
            if (word is "and" or "or")
            {
                // "of sales and chief executive", "for rates and a board member": the next title starts.
                int next = k + 1 < limit && Determiners.Contains(Word(doc, k + 1)) ? k + 2 : k + 1;
                if (next < limit && StartsTitle(doc, next, limit)) break;
                k++;
                continue;
            }
            if (IsTimeAt(doc, k, limit)) break;
            if (Determiners.Contains(word)) { k++; continue; }
            bool isFunction = _functions.Contains(word) || UnitNouns.Contains(word);
            if (afterName && !isFunction) break;
            if (mustStartWithFunction && contentEnd == start && !isFunction) break;
            (k, contentEnd, afterName) = (k + 1, k + 1, false);
            words++;
        }
        if (contentEnd == start) return start;
        var last = Word(doc, contentEnd - 1);
        bool namesEmployer = EmployerNouns.Contains(last)
            || (last.Equals("group", StringComparison.OrdinalIgnoreCase) && contentEnd - start <= 2)
            || (contentEnd < limit && IsCapitalizedWord(doc, contentEnd) && !names.PersonStarts.Contains(contentEnd))
            || (UnitNouns.Contains(last) && contentEnd + 1 < limit && Word(doc, contentEnd) is "," && IsCapitalizedWord(doc, contentEnd + 1));
        return namesEmployer ? start : contentEnd;
    }

    /// <summary>The end of the longest place name at token k ("East China"), or k.</summary>
    private int PlaceEnd(Document doc, int k, int limit)
    {
        if (k >= limit || !IsCapitalizedWord(doc, k)) return k;
        for (int n = Math.Min(MaxPlaceWords, limit - k); n > 0; n--)
            if (_places.Contains(doc.Text.AsSpan(doc.Tokens[k].Start, doc.Tokens[k + n - 1].End - doc.Tokens[k].Start)))
                return k + n;
        return k;
    }

    /// <summary>Where the document's people start and which tokens its organizations cover.</summary>
    private sealed record Names(HashSet<int> PersonStarts, HashSet<int> OrganizationTokens);

    private static ReadOnlySpan<char> Word(Document doc, int k) => doc.Slice(doc.Tokens[k]);

    private static bool IsLowerWord(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[k].Start]);

    private static bool IsCapitalizedWord(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[k].Start]);


    /// <summary>"head of sales resigned", "general manager of the newly formed …": a verb or an adverb ends the phrase.
    /// Right after a determiner an "-ed" word is an adjective: "the fixed income department".</summary>
    private bool IsVerbOrAdverb(Document doc, int k, int phraseStart)
    {
        var word = Word(doc, k);
        if (word.Length <= 4 || _functions.Contains(word)) return false;
        if (word.EndsWith("ly", StringComparison.Ordinal)) return true;
        return word.EndsWith("ed", StringComparison.Ordinal) && !(k > phraseStart && Determiners.Contains(Word(doc, k - 1)));
    }
}
