using Pipeline.Documents;

namespace Pipeline.Events;

/// <summary>
/// The baseline extractor: trigger words ("named", "resigned", "succeeds") with the people, titles,
/// organizations and dates around them, plus the appositive patterns of news for holds
/// ("X, chief executive of Y", "Y chief executive X", "X of Y"). Statistical extraction replaces it.
/// </summary>
public sealed class RuleBasedExtractor : IDocumentProcessor
{
    private const double TriggerConfidence = 0.6;
    private const double HoldConfidence = 0.5;
    private static readonly WordSet PassiveAuxiliaries = new(["was", "were", "is", "are", "been", "be", "being", "has", "have"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Pronouns = new(["he", "she"], StringComparer.OrdinalIgnoreCase);

    private readonly TriggerWords _triggers;

    public RuleBasedExtractor(IEnumerable<(string Word, EventType Type, bool PersonFollows)> triggers)
    {
        _triggers = new TriggerWords(triggers);
    }

    public static RuleBasedExtractor Load(string? modelDirectory = null) => new(ReadTriggers(modelDirectory));

    /// <summary>The trigger lexicon: each word, the event type it states and whether the person follows it.</summary>
    public static List<(string Word, EventType Type, bool PersonFollows)> ReadTriggers(string? modelDirectory = null) =>
        Lexicon.ReadTagged(Lexicon.PathOf("triggers.txt", modelDirectory)).Select(e =>
        {
            var parts = e.Tag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !EventTypes.TryParse(parts[0], out var type) || parts[1] is not ("subject" or "object"))
                throw new InvalidDataException($"triggers.txt: bad entry \"{e.Entry} {e.Tag}\"");
            return (e.Entry, type, parts[1] == "object");
        }).ToList();

    public string Name => "rule-based-events";
    public Annotations Requires => Annotations.Sentences | Annotations.Entities | Annotations.TimeExpressions;
    public Annotations Produces => Annotations.Events;

    public void Process(Document doc)
    {
        var mentions = doc.Mentions.OrderBy(m => m.FirstToken).ToList();
        var fullNames = FullNames(doc, mentions);
        string? primaryOrganization = mentions.Where(m => m.Type == MentionType.Organization)
            .GroupBy(m => m.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.First().FirstToken).Select(g => g.Key).FirstOrDefault();
        string? lastPerson = null, lastOrganization = null;
        int nextMention = 0, nextTime = 0;

        foreach (var sentence in doc.Sentences)
        {
            doc.Cancellation.ThrowIfCancellationRequested();
            // Mentions and time expressions lie within one sentence and come in text order: take this sentence's run.
            int firstMention = nextMention, firstTime = nextTime;
            while (nextMention < mentions.Count && mentions[nextMention].FirstToken < sentence.EndToken) nextMention++;
            while (nextTime < doc.TimeExpressions.Count && doc.TimeExpressions[nextTime].Span.Start < sentence.End) nextTime++;
            var inSentence = mentions.GetRange(firstMention, nextMention - firstMention);
            var people = inSentence.Where(m => m.Type == MentionType.Person).ToList();
            var organizations = inSentence.Where(m => m.Type == MentionType.Organization).ToList();
            var titles = inSentence.Where(m => m.Type == MentionType.Title).ToList();
            var times = doc.TimeExpressions.GetRange(firstTime, nextTime - firstTime);
            string? date = times.Any(EventDates.SaysImmediately)
                ? null : times.FirstOrDefault(t => t.Value != null)?.Value;
            string? Person(Mention m) => fullNames.GetValueOrDefault(m.Text, m.Text);
            var used = new HashSet<Mention>();
            var rolesGiven = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);

            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var word = doc.Slice(doc.Tokens[i]);
                if (!_triggers.TryGet(doc, sentence, i, out var type, out bool personFollows)) continue;
                bool passive = false;
                for (int k = Math.Max(sentence.FirstToken, i - 3); personFollows && k < i; k++)
                    passive |= PassiveAuxiliaries.Contains(doc.Slice(doc.Tokens[k]));
                bool after = personFollows && !passive;
                var person = after ? FirstAfter(people, i) ?? LastBefore(people, i) : LastBefore(people, i) ?? FirstAfter(people, i);
                string? personName = person != null ? Person(person) : null;
                if (personName == null && i > sentence.FirstToken && Pronouns.Contains(doc.Slice(doc.Tokens[i - 1]))) personName = lastPerson;
                if (personName == null && i > sentence.FirstToken + 1 && Pronouns.Contains(doc.Slice(doc.Tokens[i - 2]))) personName = lastPerson;
                if (personName == null) continue;
                if (person != null) used.Add(person);

                var roles = RolesAfter(doc, titles, i);
                if (roles.Count == 0 && person != null && LastBefore(titles, person.FirstToken) is { } before && before.EndToken == person.FirstToken) roles.Add(before);
                // "named X president, succeeding Y": the succession is for the role just given.
                if (roles.Count == 0 && TriggerWords.Succession.Contains(word)) roles = rolesGiven.GetValueOrDefault(personName) ?? roles;
                if (roles.Count > 0) rolesGiven[personName] = roles;
                var organization = OrganizationFor(doc, organizations, roles, i) ?? lastOrganization ?? primaryOrganization;
                if (organization == null) continue;

                foreach (var role in roles.Count > 0 ? roles.Select(r => (string?)r.Text) : [null])
                    Add(doc, type, personName, organization, role, date, TriggerConfidence, sentence.Span);

                if (TriggerWords.Succession.Contains(word) && FirstAfter(people, i) is { } predecessor && predecessor != person)
                {
                    used.Add(predecessor);
                    foreach (var role in roles.Count > 0 ? roles.Select(r => (string?)r.Text) : [null])
                        Add(doc, EventType.End, Person(predecessor)!, organization, role, date, TriggerConfidence, sentence.Span);
                }
            }

            foreach (var person in people.Where(p => !used.Contains(p)))
                FindHold(doc, sentence, person, Person(person)!, titles, organizations, primaryOrganization);

            if (people.Count > 0) lastPerson = Person(people[^1]);
            if (organizations.Count > 0) lastOrganization = organizations[^1].Text;
        }
    }

    /// <summary>A hold from the appositive patterns of news, for a person that no trigger claimed.</summary>
    private static void FindHold(Document doc, Sentence sentence, Mention person, string name, List<Mention> titles, List<Mention> organizations, string? contextOrganization)
    {
        string Token(int k) => k >= sentence.FirstToken && k < sentence.EndToken ? doc.TextOf(doc.Tokens[k]) : "";
        Mention? OrganizationAt(int k) => organizations.FirstOrDefault(o => o.FirstToken == k);
        Mention? TitleAt(int k) => titles.FirstOrDefault(t => t.FirstToken == k);

        // X, (the) [Y's] TITLE [of|at Y]
        int k = person.EndToken;
        if (Token(k) == ",")
        {
            k++;
            if (Token(k) is "the" or "a" or "an") k++;
            Mention? owner = OrganizationAt(k);
            if (owner != null && Token(owner.EndToken) is "'s" or "\u2019s") k = owner.EndToken + 1;
            else if (owner != null) k = owner.EndToken;
            if (TitleAt(k) is { } title)
            {
                var of = Token(title.EndToken) is "of" or "at" ? OrganizationAt(title.EndToken + 1) ?? (Token(title.EndToken + 1) == "the" ? OrganizationAt(title.EndToken + 2) : null) : null;
                var organization = of?.Text ?? owner?.Text ?? contextOrganization;
                if (organization != null) Add(doc, EventType.Hold, name, organization, title.Text, null, HoldConfidence, sentence.Span);
                return;
            }
        }
        // [Y('s)] TITLE X
        if (titles.FirstOrDefault(t => t.EndToken == person.FirstToken) is { } before)
        {
            int o = before.FirstToken - 1;
            if (Token(o) is "'s" or "\u2019s") o--;
            var owner = organizations.FirstOrDefault(m => m.EndToken == o + 1);
            var organization = owner?.Text ?? contextOrganization;
            if (organization != null) Add(doc, EventType.Hold, name, organization, before.Text, null, HoldConfidence, sentence.Span);
            return;
        }
        // X of Y
        if (Token(person.EndToken) == "of" && OrganizationAt(person.EndToken + 1) is { } employer)
            Add(doc, EventType.Hold, name, employer.Text, null, null, HoldConfidence, sentence.Span);
    }

    /// <summary>The title after the trigger and the titles coordinated with it ("president and chief executive").</summary>
    private static List<Mention> RolesAfter(Document doc, List<Mention> titles, int trigger)
    {
        var first = FirstAfter(titles, trigger);
        if (first == null || first.FirstToken - trigger > 8) return [];
        var (_, end, _) = EventCandidates.CoordinatedRun(doc, titles, first);
        return titles.Where(t => t.FirstToken >= first.FirstToken && t.EndToken <= end).ToList();
    }

    /// <summary>"TITLE of|at ORG" first, then the nearest organization after the trigger, then before it.</summary>
    private static string? OrganizationFor(Document doc, List<Mention> organizations, List<Mention> roles, int trigger)
    {
        foreach (var role in roles)
        {
            var of = organizations.FirstOrDefault(o => o.FirstToken > role.EndToken && o.FirstToken <= role.EndToken + 2
                && doc.TextOf(doc.Tokens[role.EndToken]) is "of" or "at");
            if (of != null) return of.Text;
        }
        return (FirstAfter(organizations, trigger) ?? LastBefore(organizations, trigger))?.Text;
    }

    private static Mention? FirstAfter(List<Mention> mentions, int token) => mentions.Where(m => m.FirstToken > token).MinBy(m => m.FirstToken);

    private static Mention? LastBefore(List<Mention> mentions, int token) => mentions.Where(m => m.EndToken <= token).MaxBy(m => m.EndToken);

    /// <summary>Each person name, and each surname and first name alone, mapped to the fullest form in the article.</summary>
    private static Dictionary<string, string> FullNames(Document doc, List<Mention> mentions)
    {
        var full = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type == MentionType.Person).OrderByDescending(m => m.EndToken - m.FirstToken))
        {
            full.TryAdd(m.Text, m.Text);
            if (m.EndToken - m.FirstToken > 1)
            {
                full.TryAdd(doc.TextOf(doc.Tokens[m.EndToken - 1]), m.Text);
                full.TryAdd(doc.TextOf(doc.Tokens[m.FirstToken]), m.Text);
            }
        }
        return full;
    }

    private static void Add(Document doc, EventType type, string person, string organization, string? role, string? date, double confidence, TextSpan evidence) =>
        doc.Events.Add(new CareerEvent(type, person, organization, role, date, confidence, evidence));
}
