using System.Text;
using Pipeline.Documents;
using static Pipeline.Text.WordShape;

namespace Pipeline.Events;

/// <summary>
/// Groups the mentions of each person and organization into <see cref="DiscourseEntity"/>s (people first, then
/// organizations, each in order of first mention), named by the fullest form of the name in the article.
/// <list type="bullet">
/// <item>People: a surname or first name alone, with or without "Mr."/"Ms."/"Dr." ("Hecht", "Mr. Hecht"), and a name with
/// or without middle initials ("Michael C. Barlerin", "Michael Barlerin"), a name's last words ("Romo Leroux" for "Carlos
/// Romo Leroux"), a surname without its Arabic article ("Mutairi" for "Abdulaziz al-Mutairi"), a middle word that is no
/// given name ("Saavedra" for "Eduardo Saavedra Lanusse") and the given names before a father's name ("Abdul Rahman" for
/// "Abdul Rahman bin Yusof") join the full name; "Ann" does not join "Mary Ann Lee". A short form that fits several
/// people joins the one mentioned last.</item>
/// <item>Pronouns (he, his, him, she, her…) join a person of the last <see cref="Window"/> sentences whose gender does
/// not clash: the last one before it in its own sentence, or else the first one (the subject) of the nearest sentence
/// before; of the nearest sentence with such a person, one whose gender ("Mr", "Mrs", a given name) is known to match
/// comes first. The object of a succession ("chose Abena Mensah to succeed him") is not the successor named just before
/// it. They are added to the entity as <see cref="MentionForm.Pronoun"/>, not to <see cref="Document.Mentions"/>.</item>
/// <item>Organizations: leading words after the longer name ("American Vision" for "American Vision Centers Inc"), the name without its legal
/// form, initials ("IBM" for "International Business Machines") and the alias list ("Ali" for "Alibaba"). A whole name,
/// written with a legal form or ending in a head word ("Salomon Inc", "Lloyds Bank"), is no leading part of a longer one
/// ("Salomon Brothers", "Lloyds Bank Canada"), and names with other legal forms stay apart ("Anheuser-Busch Cos Inc", "Anheuser-Busch Inc").</item>
/// <item>Descriptions ("the company", "the holding company", "the Japanese automaker", "its unit") join the organization
/// named right after them ("the firm, Acme Inc,"), or else the latest whose name, or an appositive on it, has one of
/// their modifiers ("the carpet maker" for Conasauga Carpet Mills, "the battery maker" after "Hanbit Energy Solutions,
/// the battery-making arm of"), or else one of the last <see cref="Window"/> sentences: the latest
/// whose name has the noun ("Bank" for "the bank"), or else the subject (first organization) of the latest sentence
/// that names one; or else the document's main organization when it came before; "its" before a job title ("its chief
/// executive") likewise. A firm's description ("the company", "the bank") passes over public bodies ("Securities and
/// Exchange Commission", "Ministry of Finance"), and all but "the group" pass over a parent named as the owner of the
/// organization that acts ("Kenmore's property-casualty subsidiary, Kenmore Indemnity Co, said its president").</item>
/// </list>
/// </summary>
public sealed class Coreference : IDocumentProcessor
{
    /// <summary>How many sentences before its own a pronoun or a description looks back.</summary>
    public const int Window = 3;

    private const int MaxModifiers = 3;

    private enum Gender : byte { Unknown, Male, Female }

    private static Gender HonorificGender(ReadOnlySpan<char> honorific) => SexOfHonorific(honorific) switch
    {
        'm' => Gender.Male,
        'f' => Gender.Female,
        _ => Gender.Unknown,
    };

    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> PersonalPronouns = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = Gender.Male, ["him"] = Gender.Male, ["his"] = Gender.Male, ["himself"] = Gender.Male,
        ["she"] = Gender.Female, ["her"] = Gender.Female, ["hers"] = Gender.Female, ["herself"] = Gender.Female,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet Generational = new(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>Words skipped when initials are read off a name: "National Association of Securities Dealers" is NASD.</summary>
    private static readonly HashSet<string> InitialsSkip = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "und", "&" };

    /// <summary>Modifiers that make a description refer to another organization than the one last named ("the parent company").</summary>
    private static readonly WordSet OtherModifiers = new(
    [
        "other", "another", "rival", "parent", "new", "former", "combined", "merged", "acquiring", "acquired", "joint", "each", "both",
        "either", "neither", "first", "second", "third", "last", "next", "single", "largest", "biggest", "smaller", "larger", "such",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Description nouns that may refer to a public body ("the ministry", "the agency").</summary>
    private static readonly WordSet PublicNouns = new(
        ["agency", "regulator", "ministry", "government", "commission", "authority", "bureau", "court", "council", "exchange", "watchdog"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words of a public body's name: "Securities and Exchange Commission", "Shenzhen Stock Exchange", "Ministry of Finance".</summary>
    private static readonly WordSet PublicBodies = new(
    [
        "Commission", "Administration", "Exchange", "Market", "Ministry", "Department", "Agency", "Authority", "Bureau", "Court", "Council",
        "Office", "Government", "Parliament", "Congress", "Senate", "Treasury", "Regulator",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether a name is a public body's: its last word, or the word before "of" ("Ministry of Finance"), is a public
    /// body's, not "May Department Stores"; a suffix the tagger took in is dropped ("STAR Market-listed").
    /// </summary>
    private static bool IsPublicBody(string name)
    {
        var words = name.Split(' ');
        int of = Array.IndexOf(words, "of");
        var head = of > 0 ? words[of - 1] : words[^1];
        return PublicBodies.Contains(head.AsSpan(0, head.IndexOf('-') is var dash && dash > 0 ? dash : head.Length));
    }

    /// <summary>Verbs whose subject a description after a comma is, not an appositive: "the Bank of Mauritius, the finance ministry said".</summary>
    private static readonly WordSet ClauseVerbs = new(["said", "says", "added", "announced", "reported", "is", "was", "has", "had", "will", "would"], StringComparer.Ordinal);

    /// <summary>Words that end a description's modifiers: the clause goes on.</summary>
    private static readonly WordSet Stops = new(
    [
        "the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "which", "who",
        "its", "his", "her", "their", "our", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "said", "says",
        "it", "he", "she", "they", "not", "also",
    ], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly WordSet _descriptions;
    private readonly WordSet _units;
    private readonly HashSet<string> _legalForms;
    private readonly HashSet<string> _heads;
    private readonly HashSet<string> _leads;
    private readonly Dictionary<string, int> _aliasGroups = new(StringComparer.Ordinal);

    /// <param name="givenNames">Given names and their gender, "m" or "f".</param>
    /// <param name="descriptions">Nouns that refer to an organization after "the" ("company", "automaker").</param>
    /// <param name="units">Nouns for a part of an organization ("unit"): after "the" or "its" they refer to one.</param>
    /// <param name="aliases">Lines of names of one organization, separated by "|".</param>
    /// <param name="suffixes">Entries of organization-suffixes.txt: legal forms ("Inc", kind "legal"), which names are compared
    /// without, and head words ("Group", "Bank", kind "head" or "head-of"), which end a whole name.</param>
    public Coreference(IEnumerable<(string Name, string Gender)> givenNames, IEnumerable<string> descriptions, IEnumerable<string> units,
        IEnumerable<string> aliases, IEnumerable<(string Word, string Kind)> suffixes)
    {
        _givenNames = givenNames.ToDictionary(g => g.Name, g => g.Gender switch
        {
            "m" => Gender.Male,
            "f" => Gender.Female,
            _ => throw new InvalidDataException($"given-names.txt: gender of \"{g.Name}\" is \"{g.Gender}\", not m or f"),
        }, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var unitList = units.ToList();
        _units = new WordSet(unitList, StringComparer.OrdinalIgnoreCase);
        _descriptions = new WordSet(descriptions.Concat(unitList), StringComparer.OrdinalIgnoreCase);
        var suffixList = suffixes.ToList();
        _legalForms = suffixList.Where(f => f.Kind == "legal").Select(f => Fold(f.Word)).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        _heads = suffixList.Where(f => f.Kind is "head" or "head-of").Select(f => Fold(f.Word)).ToHashSet(StringComparer.Ordinal);
        _leads = suffixList.Where(f => f.Kind == "lead").Select(f => Fold(f.Word)).ToHashSet(StringComparer.Ordinal);
        int group = 0;
        foreach (var line in aliases)
        {
            foreach (var alias in line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                _aliasGroups[string.Join(' ', OrganizationKey(alias).Base)] = group;
            group++;
        }
    }

    /// <summary>Names only: no given names, descriptions, units, aliases or legal forms.</summary>
    public Coreference() : this([], [], [], [], [])
    {
    }

    public static Coreference Load(string? modelDirectory = null)
    {
        IEnumerable<string> Lines(string lexicon) => Lexicon.ReadLines(Lexicon.PathOf(lexicon, modelDirectory));
        return new Coreference(Lexicon.ReadTagged(Lexicon.PathOf("given-names.txt", modelDirectory)), Lines("organization-descriptions.txt"),
            Lines("organization-units.txt"), Lines("organization-aliases.txt"), Lexicon.ReadTagged(Lexicon.PathOf("organization-suffixes.txt", modelDirectory)));
    }

    public string Name => "coreference";
    public Annotations Requires => Annotations.Entities;
    public Annotations Produces => Annotations.Coreference;

    public void Process(Document document)
    {
        // A generic word that the tagger took for a name ("the Company" of a filing) is a description, resolved below; a board is no organization.
        var names = document.Mentions.Where(m => m.Type is not MentionType.Title && !(m.Type == MentionType.Organization && IsGeneric(document, m)))
            .OrderBy(m => m.FirstToken).ToList();
        var sentenceOf = SentenceIndex(document);
        var people = new People(this, document, names.Where(m => m.Type == MentionType.Person).ToList());
        people.Group();
        // Which tokens lie in names: no pronoun or description starts in one.
        var inside = NameTypes(document, names);
        people.ResolvePronouns(sentenceOf, inside);
        people.ResolveInterviewee(inside);
        var organizations = new Organizations(this, document, names.Where(m => m.Type == MentionType.Organization).ToList());
        organizations.Group();
        organizations.ResolveDescriptions(sentenceOf, inside);
        foreach (var entities in (ReadOnlySpan<List<DiscourseEntity>>)[people.Entities, organizations.Entities])
        {
            foreach (var entity in entities) entity.Mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
            document.DiscourseEntities.AddRange(entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions[0].FirstToken));
        }
    }

    /// <summary>
    /// Whether the mention is a description noun after "the" ("the Company", "the \"Bank\"", "The Group" of a filing)
    /// or an organization's board ("the Board", "the Board of Directors"), not a name ("Carrier said").
    /// </summary>
    private bool IsGeneric(Document document, Mention mention)
    {
        ReadOnlySpan<char> Word(int k) => k >= 0 ? document.Slice(document.Tokens[k]) : "";
        int first = mention.FirstToken, end = mention.EndToken;
        if (Word(first) is "The" or "the") first++;
        else if (!(Word(first - 1) is "the" or "The" || Word(first - 1) is "\"" or "“" && Word(first - 2) is "the" or "The")) return false;
        // The tagger may take the period or comma after the noun ("the Company.").
        while (end > first && Word(end - 1) is "." or ",") end--;
        if (first == end) return false;
        for (int k = first; k < end; k++)
            if (!_descriptions.Contains(Word(k)) && !Boards.Contains(Word(k))) return false;
        return _descriptions.Contains(Word(end - 1)) || Word(end - 1) is "Board" or "Directors";
    }

    /// <summary>Words of the names of an organization's boards: "Board", "Board of Directors", "Supervisory Board".</summary>
    private static readonly WordSet Boards = new(["Board", "Directors", "Executive", "Supervisory", "Management", "of"], StringComparer.Ordinal);

    /// <summary>The sentence of each token (-1 outside every sentence).</summary>
    private static int[] SentenceIndex(Document document)
    {
        var index = new int[document.Tokens.Count];
        Array.Fill(index, -1);
        for (int s = 0; s < document.Sentences.Count; s++)
            for (int k = document.Sentences[s].FirstToken; k < document.Sentences[s].EndToken && k < index.Length; k++) index[k] = s;
        return index;
    }

    /// <summary>The type of the name mention on each token, null outside names: no pronoun or description starts in a name.</summary>
    private static MentionType?[] NameTypes(Document document, List<Mention> names)
    {
        var types = new MentionType?[document.Tokens.Count];
        foreach (var m in names)
            for (int k = m.FirstToken; k < m.EndToken; k++) types[k] = m.Type;
        return types;
    }

    /// <summary>The text with runs of white space as one space ("William R.\nHambrecht" -> "William R. Hambrecht").</summary>
    internal static string OneLine(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var part in text.Trim().ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (result.Length > 0) result.Append(' ');
            result.Append(part);
        }
        return result.ToString();
    }

    /// <summary>A word lower-cased, without periods and commas, "&amp;" read as "and".</summary>
    private static string Fold(string word)
    {
        if (word == "&") return "and";
        var result = new StringBuilder(word.Length);
        foreach (char c in word)
            if (c is not ('.' or ',' or '<' or '>' or '(' or ')' or '"')) result.Append(char.ToLowerInvariant(c));
        return result.ToString();
    }

    /// <summary>
    /// An organization's name as compared: folded words without a leading "the", as <c>Base</c> without the legal forms
    /// at the end and <c>Legal</c> those forms ("Foo Co., Ltd." is "foo" and "co ltd").
    /// </summary>
    private (string[] Base, string[] Legal) OrganizationKey(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Fold).Where(w => w.Length > 0).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        int end = words.Count;
        while (end > 1 && (_legalForms.Contains(words[end - 1]) || words[end - 1] == "and")) end--;
        return (words.GetRange(0, end).ToArray(), words.GetRange(end, words.Count - end).Where(w => w != "and").ToArray());
    }

    /// <summary>Entities of one type built from names: the fullest names first, then each mention joins an entity.</summary>
    private abstract class Grouping<TName>(Document document, List<Mention> mentions) where TName : class
    {
        protected readonly Document Doc = document;
        protected readonly List<Mention> Mentions = mentions;
        protected readonly Dictionary<string, DiscourseEntity> ByKey = new(StringComparer.Ordinal);
        protected readonly Dictionary<DiscourseEntity, int> LastSeen = new();
        protected TName[] Parsed = [];

        public List<DiscourseEntity> Entities { get; } = new();

        protected abstract TName Parse(Mention mention);
        protected abstract string KeyOf(TName name);
        protected abstract int Length(TName name);
        protected abstract List<DiscourseEntity> Candidates(TName name);
        protected abstract DiscourseEntity Create(TName name);
        protected abstract void Join(DiscourseEntity entity, TName name, Mention mention);
        protected virtual bool Fits(DiscourseEntity entity, TName name) => true;
        /// <summary>Whether a short form stands for the entity named first rather than the one seen last.</summary>
        protected virtual bool PreferFirstNamed => false;

        public void Group()
        {
            Parsed = Mentions.Select(Parse).ToArray();
            // Fullest names first, so that a short form finds every entity of a fuller name that it can stand for.
            var order = Enumerable.Range(0, Parsed.Length).OrderByDescending(i => Length(Parsed[i])).ThenByDescending(i => KeyOf(Parsed[i]).Length).ThenBy(i => i);
            foreach (int i in order)
            {
                var key = KeyOf(Parsed[i]);
                if (ByKey.ContainsKey(key) || Candidates(Parsed[i]).Count > 0) continue;
                var entity = Create(Parsed[i]);
                ByKey[key] = entity;
                Entities.Add(entity);
            }
            // Each mention in text order: its own entity, or of the entities it can stand for the one seen last.
            for (int i = 0; i < Parsed.Length; i++)
            {
                if (!ByKey.TryGetValue(KeyOf(Parsed[i]), out var entity)) entity = Choose(Candidates(Parsed[i]), Parsed[i]);
                Join(entity, Parsed[i], Mentions[i]);
                LastSeen[entity] = Mentions[i].FirstToken;
            }
        }

        /// <summary>The entities' mentions in text order, and the entity of each.</summary>
        protected (List<Mention> Mentions, Dictionary<Mention, DiscourseEntity> EntityOf) MentionsInOrder()
        {
            var entityOf = new Dictionary<Mention, DiscourseEntity>(ReferenceEqualityComparer.Instance);
            foreach (var entity in Entities)
                foreach (var m in entity.Mentions) entityOf[m] = entity;
            return (entityOf.Keys.OrderBy(m => m.FirstToken).ToList(), entityOf);
        }

        /// <summary>
        /// Of the entities a short form can stand for, one that fits it (gender) before one that does not, then the one
        /// seen last (for organizations the one named first: "Kessler" is Kessler Instruments Corp, not its Kessler
        /// Medical Systems division named since), then the first.
        /// </summary>
        private DiscourseEntity Choose(List<DiscourseEntity> candidates, TName name)
        {
            DiscourseEntity? best = null;
            int bestSeen = int.MinValue;
            bool bestFits = false;
            for (int c = 0; c < candidates.Count; c++)
            {
                bool fits = Fits(candidates[c], name);
                // Higher is better: seen last (or named first), and of those never seen, the first candidate.
                int seen = !LastSeen.TryGetValue(candidates[c], out int at) ? int.MinValue + candidates.Count - c
                    : PreferFirstNamed ? -candidates[c].Mentions[0].FirstToken : at;
                if (best == null || fits && !bestFits || fits == bestFits && seen > bestSeen) (best, bestSeen, bestFits) = (candidates[c], seen, fits);
            }
            return best!;
        }
    }

    /// <param name="MiddleSurname">Whether the surname is the word before the last, a Chinese given name in two syllables
    /// after an English one: "Vivian Lam Wing-yee" is Ms Lam.</param>
    private sealed record PersonName(string Key, string[] Words, Gender Gender, int Tokens, string Display, bool MiddleSurname);

    private sealed class People(Coreference coreference, Document document, List<Mention> mentions) : Grouping<PersonName>(document, mentions)
    {
        private readonly Dictionary<string, List<DiscourseEntity>> _bySurname = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byFirstName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byEnds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byMiddleWord = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byGivenNames = new(StringComparer.Ordinal);
        private readonly Dictionary<DiscourseEntity, string[]> _words = new();
        private readonly Dictionary<DiscourseEntity, Gender> _gender = new();
        private readonly Dictionary<DiscourseEntity, PersonName> _fullest = new();

        protected override PersonName Parse(Mention mention)
        {
            var gender = Gender.Unknown;
            int first = mention.FirstToken, end = mention.EndToken;
            if (first > 0 && IsHonorific(Word(first - 1))) gender = HonorificGender(Word(first - 1));
            while (first < end - 1 && IsHonorific(Word(first)))
            {
                if (gender == Gender.Unknown) gender = HonorificGender(Word(first));
                first++;
            }
            while (end > first + 1 && (!HasLetter(Word(end - 1)) || Generational.Contains(Word(end - 1)) || Word(end - 1) is "'s" or "\u2019s")) end--;
            var words = new List<string>();
            for (int k = first; k < end; k++)
                if (HasLetter(Word(k)) && !IsInitial(Word(k)) && !Generational.Contains(Word(k))) words.Add(Word(k).ToString().ToLowerInvariant());
            if (words.Count == 0) words.Add(Word(end - 1).ToString().ToLowerInvariant());
            var display = OneLine(Doc.Text.AsSpan(Doc.Tokens[first].Start, Doc.Tokens[end - 1].End - Doc.Tokens[first].Start));
            bool middleSurname = words.Count >= 3 && IsHyphenatedGivenName(Word(end - 1));
            return new PersonName(string.Join(' ', words), words.ToArray(), gender, end - first, display, middleSurname);
        }

        /// <summary>"Wing-yee", "Kwok-wai": two syllables joined by a hyphen, the second in lower case (not "Smith-Jones").</summary>
        private static bool IsHyphenatedGivenName(ReadOnlySpan<char> word)
        {
            int hyphen = word.IndexOf('-');
            return hyphen >= 2 && hyphen < word.Length - 2 && char.IsUpper(word[0]) && !word[1..hyphen].ContainsAnyExceptInRange('a', 'z')
                && !word[(hyphen + 1)..].ContainsAnyExceptInRange('a', 'z');
        }

        protected override string KeyOf(PersonName name) => name.Key;
        protected override int Length(PersonName name) => name.Words.Length;

        protected override List<DiscourseEntity> Candidates(PersonName name)
        {
            var words = name.Words;
            if (words.Length == 1)
                return _bySurname.GetValueOrDefault(words[0]) ?? _byFirstName.GetValueOrDefault(words[0]) ?? _byMiddleWord.GetValueOrDefault(words[0]) ?? [];
            if (_byGivenNames.TryGetValue(string.Join(' ', words), out var given)) return given;
            // "Mary Lee" for "Mary Ann Lee": the same first and last names, the other words among the fuller name's.
            if (_byEnds.TryGetValue(words[0] + " " + words[^1], out var same)) return same.Where(e => _words[e].Length > words.Length && IsSubsequence(words, _words[e])).ToList();
            // "Romo Leroux" for "Carlos Romo Leroux", "van der Linden" for "Pieter-Jan van der Linden": the fuller name's last words.
            return (_bySurname.GetValueOrDefault(words[^1]) ?? []).Where(e => _words[e].Length > words.Length && _words[e].AsSpan().EndsWith(words)).ToList();
        }

        protected override DiscourseEntity Create(PersonName name)
        {
            var entity = new DiscourseEntity(MentionType.Person, name.Display);
            _words[entity] = name.Words;
            if (name.Words.Length > 1)
            {
                Index(_bySurname, name.Words[^1], entity);
                // "Mutairi" for "Abdulaziz al-Mutairi": the surname without its article.
                if (name.Words[^1] is var surname && Pipeline.Entities.NameTypes.HasArabicArticle(surname)) Index(_bySurname, surname[3..], entity);
                Index(_byFirstName, name.Words[0], entity);
                Index(_byEnds, name.Words[0] + " " + name.Words[^1], entity);
                // "Saavedra" for "Eduardo Saavedra Lanusse", "Dr Sim" for "Aaron Sim Kok Wah": a middle word that is no
                // given name is a surname; "Ann" stays apart from "Mary Ann Lee".
                for (int w = 1; w < name.Words.Length - 1; w++)
                    if (!coreference._givenNames.ContainsKey(name.Words[w])) Index(_byMiddleWord, name.Words[w], entity);
                // "Abdul Rahman" for "Abdul Rahman bin Yusof": the given names before the father's.
                if (Array.FindIndex(name.Words, w => Pipeline.Entities.NameTypes.FatherParticles.Contains(w)) is > 0 and var patronymic)
                    Index(_byGivenNames, string.Join(' ', name.Words[..patronymic]), entity);
                if (name.MiddleSurname)
                {
                    Index(_bySurname, name.Words[^2], entity);
                    Index(_byEnds, name.Words[^2] + " " + name.Words[^1], entity);
                }
            }
            return entity;
        }

        protected override bool Fits(DiscourseEntity entity, PersonName name) =>
            name.Gender == Gender.Unknown || GenderOf(entity) is var g && (g == Gender.Unknown || g == name.Gender);

        protected override void Join(DiscourseEntity entity, PersonName name, Mention mention)
        {
            bool full = name.Words.Length == _words[entity].Length;
            entity.Mentions.Add(full ? mention : mention with { Form = MentionForm.ShortName });
            if (name.Gender != Gender.Unknown && !_gender.ContainsKey(entity)) _gender[entity] = name.Gender;
            if (!_fullest.TryGetValue(entity, out var best) || name.Tokens > best.Tokens || name.Tokens == best.Tokens && name.Display.Length > best.Display.Length)
            {
                _fullest[entity] = name;
                entity.Name = name.Display;
            }
        }

        /// <summary>From "Mr", "Mrs"… before or in a mention, or else from the given name of a full name.</summary>
        private Gender GenderOf(DiscourseEntity entity)
        {
            if (_gender.TryGetValue(entity, out var gender)) return gender;
            var words = _words[entity];
            return words.Length > 1 && coreference._givenNames.TryGetValue(words[0], out gender) ? gender : Gender.Unknown;
        }

        /// <summary>Each he/she/his/her… outside names joins a person of the last sentences (see the class summary).</summary>
        public void ResolvePronouns(int[] sentenceOf, MentionType?[] inside)
        {
            if (Entities.Count == 0) return;
            var (sorted, entityOf) = MentionsInOrder();
            // Person mentions so far, with their sentences; the pronouns resolved join them as they come.
            var anchors = new List<(int Sentence, DiscourseEntity Entity)>();
            int next = 0;
            for (int i = 0; i < Doc.Tokens.Count; i++)
            {
                while (next < sorted.Count && sorted[next].FirstToken <= i)
                {
                    anchors.Add((sentenceOf[sorted[next].FirstToken], entityOf[sorted[next]]));
                    next++;
                }
                if (inside[i] != null || sentenceOf[i] < 0 || !PersonalPronouns.TryGetValue(Word(i), out var gender)) continue;
                // "to succeed him": the predecessor is not the successor, the last person named in the sentence.
                var successor = i > 0 && TriggerWords.Succession.Contains(Word(i - 1)) && anchors.Count > 0 && anchors[^1].Sentence == sentenceOf[i] ? anchors[^1].Entity : null;
                var antecedent = Antecedent(anchors, sentenceOf[i], gender, successor);
                if (antecedent == null) continue;
                var token = Doc.Tokens[i];
                antecedent.Mentions.Add(new Mention(token.Span, MentionType.Person, Doc.TextOf(token), i, i + 1, MentionForm.Pronoun));
                anchors.Add((sentenceOf[i], antecedent));
            }
        }

        /// <summary>
        /// In a question-and-answer interview, "I", "me" and "my" in the answers ("A: In 2002 I left the Courier") are the
        /// interviewee: the person named most often before the first question.
        /// </summary>
        public void ResolveInterviewee(MentionType?[] inside)
        {
            bool StartsLine(int k) => k == 0 || Doc.Text.AsSpan(Doc.Tokens[k - 1].End, Doc.Tokens[k].Start - Doc.Tokens[k - 1].End).Contains('\n');
            int firstQuestion = -1, answer = -1;
            var answers = new List<(int From, int To)>();
            for (int k = 0; k + 1 < Doc.Tokens.Count; k++)
            {
                if (!(Word(k) is "Q" or "A" && Word(k + 1) is ":" && StartsLine(k))) continue;
                if (Word(k) is "A") { if (answer < 0) answer = k + 2; continue; }
                if (firstQuestion < 0) firstQuestion = k;
                if (answer >= 0) answers.Add((answer, k));
                answer = -1;
            }
            if (answer >= 0) answers.Add((answer, Doc.Tokens.Count));
            if (firstQuestion < 0 || answers.Count == 0) return;
            var interviewee = Entities.MaxBy(e => e.Mentions.Count(m => m.FirstToken < firstQuestion));
            if (interviewee == null || !interviewee.Mentions.Any(m => m.FirstToken < firstQuestion)) return;
            foreach (var (from, to) in answers)
                for (int k = from; k < to; k++)
                    if (inside[k] == null && Word(k) is "I" or "me" or "my" or "My")
                        interviewee.Mentions.Add(new Mention(Doc.Tokens[k].Span, MentionType.Person, Doc.TextOf(Doc.Tokens[k]), k, k + 1, MentionForm.Pronoun));
        }

        private DiscourseEntity? Antecedent(List<(int Sentence, DiscourseEntity Entity)> anchors, int sentence, Gender gender, DiscourseEntity? excluded)
        {
            // Walk back over the window once: the best candidate with a known matching gender, and the best without a clash.
            DiscourseEntity? known = null, compatible = null;
            int knownSentence = -1, compatibleSentence = -1;
            for (int a = anchors.Count - 1; a >= 0 && anchors[a].Sentence >= sentence - Window; a--)
            {
                var (s, entity) = anchors[a];
                var g = GenderOf(entity);
                if (g != Gender.Unknown && g != gender || entity == excluded) continue;
                // In the pronoun's sentence the last one wins; in an earlier sentence the first one (its subject).
                if (g == gender && (known == null || s == knownSentence && s != sentence)) (known, knownSentence) = (entity, s);
                if (compatible == null || s == compatibleSentence && s != sentence) (compatible, compatibleSentence) = (entity, s);
            }
            // A known gender wins within the nearest sentence with a candidate; a nearer sentence's subject wins over it.
            return known != null && knownSentence >= compatibleSentence ? known : compatible;
        }

        private ReadOnlySpan<char> Word(int k) => Doc.Slice(Doc.Tokens[k]);
    }

    /// <summary>
    /// An organization's name: its words without legal forms, and the legal forms it was written with. A name written
    /// with them has them in its key ("Anheuser-Busch Cos Inc" is not "Anheuser-Busch Inc"). A whole name, one with a
    /// legal form or a head word at the end ("Salomon Inc", "Lloyds Bank"), is no leading part of a longer one
    /// ("Salomon Brothers", "Lloyds Bank Canada").
    /// </summary>
    private sealed record OrganizationName(string Key, string BaseKey, string[] Words, string[] Legal, int Tokens, string Display, string? Acronym, bool Whole, bool Possessive, int FirstToken);

    private sealed class Organizations(Coreference coreference, Document document, List<Mention> mentions) : Grouping<OrganizationName>(document, mentions)
    {
        private readonly Dictionary<string, List<DiscourseEntity>> _byPrefix = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byLeadRest = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byBase = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DiscourseEntity>> _byInitials = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<DiscourseEntity>> _byAlias = new();
        private readonly Dictionary<DiscourseEntity, OrganizationName> _fullest = new();
        private readonly Dictionary<DiscourseEntity, OrganizationName> _created = new();
        private readonly Dictionary<DiscourseEntity, int> _names = new();
        /// <summary>Per organization, how often its name is written with a final "'s" and without: the more common form names it.</summary>
        private readonly Dictionary<DiscourseEntity, (int Possessive, int Plain)> _forms = new();
        /// <summary>Per organization, the words of the appositives on it ("the battery-making arm").</summary>
        private readonly Dictionary<DiscourseEntity, HashSet<string>> _described = new();
        private HashSet<string>? _wholeNames;
        private Dictionary<string, int>? _firstAt;

        /// <summary>Where a name, by its base key, first occurs.</summary>
        private int FirstAt(string baseKey)
        {
            if (_firstAt == null)
            {
                _firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var n in Parsed) _firstAt.TryAdd(n.BaseKey, n.FirstToken);
            }
            return _firstAt[baseKey];
        }

        protected override OrganizationName Parse(Mention mention)
        {
            int first = mention.FirstToken, end = mention.EndToken;
            while (end > first + 1 && !HasLetterOrDigit(Doc.Slice(Doc.Tokens[end - 1]))) end--;
            // "IBM's" and "Lattice Cloud's" are IBM and Lattice Cloud; a one-word name keeps its possessive when no other form
            // comes, as the name may have it ("Moody's").
            int nameEnd = end;
            while (nameEnd > first + 1 && Doc.Slice(Doc.Tokens[nameEnd - 1]) is "'s" or "\u2019s" or "'" or "\u2019") nameEnd--;
            var name = Doc.Text.Substring(Doc.Tokens[first].Start, Doc.Tokens[nameEnd - 1].End - Doc.Tokens[first].Start);
            var display = OneLine(Doc.Text.AsSpan(Doc.Tokens[first].Start, Doc.Tokens[(nameEnd - first > 1 ? nameEnd : end) - 1].End - Doc.Tokens[first].Start));
            var (words, legal) = coreference.OrganizationKey(name);
            // Initials are written in capitals ("IBM", "NASD"); "Ant" is a leading word.
            string? acronym = words.Length == 1 && legal.Length == 0 && name.Length is >= 2 and <= 6 && name.All(char.IsAsciiLetterUpper) ? words[0] : null;
            var baseKey = string.Join(' ', words);
            bool whole = legal.Length > 0 || words.Length > 1 && coreference._heads.Contains(words[^1]);
            return new OrganizationName(legal.Length > 0 ? baseKey + " | " + string.Join(' ', legal) : baseKey, baseKey, words, legal, nameEnd - first, display, acronym,
                whole, Possessive: nameEnd < end, mention.FirstToken);
        }

        protected override bool PreferFirstNamed => true;
        protected override string KeyOf(OrganizationName name) => name.Key;
        protected override int Length(OrganizationName name) => name.Words.Length;

        protected override List<DiscourseEntity> Candidates(OrganizationName name)
        {
            var result = new List<DiscourseEntity>();
            if (coreference._aliasGroups.TryGetValue(name.BaseKey, out int group) && _byAlias.TryGetValue(group, out var aliases)) result.AddRange(aliases);
            // The same name with fewer legal forms or none: "Foo Co" and "Foo" for "Foo Co., Ltd.".
            if (_byBase.TryGetValue(name.BaseKey, out var same))
                result.AddRange(same.Where(e => _created[e].Legal.AsSpan().StartsWith(name.Legal)));
            _wholeNames ??= Parsed.Where(n => n.Whole).Select(n => n.BaseKey).ToHashSet(StringComparer.Ordinal);
            // Leading words stand for a longer name that came first; named before it, they are another organization ("Fiat", then "Fiat Auto").
            if (!_wholeNames.Contains(name.BaseKey) && _byPrefix.TryGetValue(name.BaseKey, out var longer))
                result.AddRange(longer.Where(e => FirstAt(_created[e].BaseKey) < FirstAt(name.BaseKey)));
            if (name.Acronym != null && _byInitials.TryGetValue(name.Acronym, out var spelled)) result.AddRange(spelled);
            // Only when no name fits better: "Lestrade" is Lestrade Group before Maison Lestrade.
            if (result.Count == 0 && _byLeadRest.TryGetValue(name.BaseKey, out var led)) result.AddRange(led.Where(e => FirstAt(_created[e].BaseKey) < FirstAt(name.BaseKey)));
            return result.Distinct().ToList();
        }

        protected override DiscourseEntity Create(OrganizationName name)
        {
            var entity = new DiscourseEntity(MentionType.Organization, name.Display);
            _created[entity] = name;
            if (name.Legal.Length > 0) Index(_byBase, name.BaseKey, entity);
            if (coreference._aliasGroups.TryGetValue(name.BaseKey, out int group)) Index(_byAlias, group, entity);
            var words = name.Words;
            // Leading words, but not a generic first word alone ("Bank" of "Bank of Tokyo", "The").
            for (int n = 1; n < words.Length; n++)
                if (!(n == 1 && (coreference._descriptions.Contains(words[0]) || InitialsSkip.Contains(words[0]))) && !InitialsSkip.Contains(words[n - 1]))
                    Index(_byPrefix, string.Join(' ', words, 0, n), entity);
            // The words after a lead word, and their leading words, stand for the name too ("Verlaine" for "Maison Verlaine").
            if (words.Length > 1 && coreference._leads.Contains(words[0]))
            {
                int rest = 1;
                while (rest < words.Length - 1 && InitialsSkip.Contains(words[rest])) rest++;
                for (int n = rest + 1; n <= words.Length; n++)
                    if (!InitialsSkip.Contains(words[n - 1])) Index(_byLeadRest, string.Join(' ', words, rest, n - rest), entity);
            }
            if (words.Length > 1)
            {
                Index(_byInitials, Initials(words, splitHyphens: false), entity);
                Index(_byInitials, Initials(words, splitHyphens: true), entity);
            }
            return entity;
        }

        private static string Initials(string[] words, bool splitHyphens)
        {
            var initials = new StringBuilder();
            foreach (var word in words)
                foreach (var part in splitHyphens ? word.Split('-', StringSplitOptions.RemoveEmptyEntries) : [word])
                    if (!InitialsSkip.Contains(part) && char.IsLetter(part[0])) initials.Append(part[0]);
            return initials.ToString();
        }

        protected override void Join(DiscourseEntity entity, OrganizationName name, Mention mention)
        {
            entity.Mentions.Add(name.BaseKey == _created[entity].BaseKey ? mention : mention with { Form = MentionForm.ShortName });
            _names[entity] = _names.GetValueOrDefault(entity) + 1;
            // The name as written at its longest, a possessive last unless written more often ("Barrington's", a shop, beside one
            // "Barrington board"); the alias list may make a shorter name the first one ("Ali", then "Alibaba Group").
            var forms = _forms.GetValueOrDefault(entity);
            _forms[entity] = forms = name.Possessive ? (forms.Possessive + 1, forms.Plain) : (forms.Possessive, forms.Plain + 1);
            if (!_fullest.TryGetValue(entity, out var best) || name.Tokens > best.Tokens
                || name.Tokens == best.Tokens && (best.Possessive && !name.Possessive && forms.Plain >= forms.Possessive
                    || best.Possessive == name.Possessive && name.Display.Length > best.Display.Length))
            {
                _fullest[entity] = name;
                entity.Name = name.Display;
            }
        }

        /// <summary>"the company", "the Japanese automaker", "its unit", and "its" before a title, each joins an organization.</summary>
        public void ResolveDescriptions(int[] sentenceOf, MentionType?[] inside)
        {
            if (Entities.Count == 0) return;
            var (named, entityOf) = MentionsInOrder();
            var titleStarts = Doc.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.FirstToken).ToHashSet();
            var titleEnds = Doc.Mentions.Where(m => m.Type == MentionType.Title).Select(m => m.EndToken).ToHashSet();
            // A person's employer named after a title ("Evelyn Schaefer, president of the Lakeshore Community Foundation") is no topic.
            bool Affiliation(Mention m) => m.FirstToken >= 1 && (Word(m.FirstToken - 1) is "of" or "at" && titleEnds.Contains(m.FirstToken - 1)
                || m.FirstToken >= 2 && Word(m.FirstToken - 1) is "the" && Word(m.FirstToken - 2) is "of" or "at" && titleEnds.Contains(m.FirstToken - 2));
            // The main organization: the most often named, the first on a tie.
            var main = Entities.Where(e => e.Mentions.Count > 0).OrderByDescending(e => _names.GetValueOrDefault(e)).ThenBy(e => e.Mentions[0].FirstToken).FirstOrDefault();
            var orgStarts = new Dictionary<int, DiscourseEntity>();
            foreach (var m in named) orgStarts.TryAdd(m.FirstToken, entityOf[m]);
            // A parent named as the owner of the organization that acts ("Kenmore's property-casualty subsidiary, Kenmore
            // Indemnity Co, said its president") is no topic in its sentence, except for "the group".
            bool Owner(Mention m) => m.EndToken < Doc.Tokens.Count && (IsPossessive(Word(m.EndToken)) || Word(m.EndToken) is "'" or "\u2019")
                && !(m.FirstToken > 0 && Stops.Contains(Word(m.FirstToken - 1)))
                && named.Exists(o => o.FirstToken > m.EndToken && o.FirstToken <= m.EndToken + MaxModifiers + 3 && entityOf[o] != entityOf[m]
                    && !Enumerable.Range(m.EndToken + 1, o.FirstToken - m.EndToken - 1).Any(k => Stops.Contains(Word(k)) || sentenceOf[k] != sentenceOf[m.FirstToken]));
            var owners = new HashSet<(int Sentence, DiscourseEntity Entity)>();
            var orgEnds = new Dictionary<int, DiscourseEntity>();
            foreach (var m in named) orgEnds[m.EndToken] = entityOf[m];
            var defined = DefinedTerms(named, entityOf);
            var recent = new List<(int Sentence, DiscourseEntity Entity, int Token, bool Affiliation)>();
            int next = 0;
            for (int i = 0; i < Doc.Tokens.Count; i++)
            {
                while (next < named.Count && named[next].FirstToken <= i) { var m = named[next++]; Remember(recent, sentenceOf[m.FirstToken], entityOf[m], m.FirstToken, Affiliation(m));
                    if (Owner(m)) owners.Add((sentenceOf[m.FirstToken], entityOf[m])); }
                int sentence = sentenceOf[i];
                if (inside[i] != null || sentence < 0) continue;
                var word = Word(i);
                bool its = word is "its" or "Its";
                if (!its && word is not ("the" or "The")) continue;
                int limit = Doc.Sentences[sentence].EndToken;
                int end = DescriptionEnd(i, limit, inside, its ? coreference._units : coreference._descriptions);
                MentionForm form = MentionForm.Description;
                if (end <= i && its && titleStarts.Contains(i + 1)) (end, form) = (i + 1, MentionForm.Pronoun);
                if (end <= i) continue;
                // An appositive's words describe the organization before it (not "the Bank of Mauritius, the finance ministry
                // said", nor "Sarangi Cement, the group's biggest business"): the appositive, if it has a modifier, and the
                // descriptions after it with one of them are that organization ("the battery maker" after "Hanbit Energy
                // Solutions, the battery-making arm of Hanbit Group").
                if (form == MentionForm.Description && i > 0 && Word(i - 1) is "," && orgEnds.TryGetValue(i - 1, out var appositive)
                    && !(end < limit && (ClauseVerbs.Contains(Word(end)) || IsPossessive(Word(end)))))
                    for (int k = i + 1; k < end; k++)
                        foreach (var part in Word(k).ToString().Split('-'))
                            if (part.Length > 2) (_described.TryGetValue(appositive, out var words) ? words : _described[appositive] = new(StringComparer.OrdinalIgnoreCase)).Add(part);
                if (end < limit && Word(end) is "of" && form == MentionForm.Description) continue;
                var noun = Word(end - 1);
                // "The company said" is no public body's.
                Func<DiscourseEntity, bool> fits = form == MentionForm.Description && !PublicNouns.Contains(noun) ? e => !IsPublicBody(e.Name) : _ => true;
                DiscourseEntity? employer = null;
                var entity = Apposition(end, limit, orgStarts)
                    ?? (end == i + 2 && defined.Count > 0 && defined.GetValueOrDefault(noun.ToString()) is { } definedEntity ? definedEntity : null)
                    ?? NamedByModifier(recent, sentence, i + 1, end - 1)
                    ?? Recent(recent, sentence, noun, fits, noun is "group" or "Group" ? null : owners, out employer);
                if (entity == null && main != null && main.Mentions[0].FirstToken < i && fits(main)) entity = main;
                entity ??= employer;
                if (entity == null) continue;
                var span = new TextSpan(Doc.Tokens[i].Start, Doc.Tokens[end - 1].End);
                entity.Mentions.Add(new Mention(span, MentionType.Organization, Doc.TextOf(span), i, end, form));
                Remember(recent, sentence, entity, i, false);
                i = end - 1;
            }
        }

        /// <summary>
        /// A filing's defined terms: the noun that a bracket after an organization's name defines, which stands for it
        /// throughout ("Mengyuan Dairy Holdings Limited (the \"Company\")", "... Co., Ltd. (浙江..., hereinafter \"the Company\")").
        /// </summary>
        private Dictionary<string, DiscourseEntity> DefinedTerms(List<Mention> named, Dictionary<Mention, DiscourseEntity> entityOf)
        {
            var defined = new Dictionary<string, DiscourseEntity>(StringComparer.Ordinal);
            for (int k = 1; k + 1 < Doc.Tokens.Count; k++)
            {
                var noun = Word(k);
                if (noun.IsEmpty || !char.IsUpper(noun[0]) || !coreference._descriptions.Contains(noun) || !IsQuote(Word(k + 1))
                    || !(IsQuote(Word(k - 1)) || Word(k - 1) is "the")) continue;
                int open = k - 1;
                while (open > 0 && k - open < DefinitionLength && Word(open) is not ("(" or ")")) open--;
                if (Word(open) is not "(") continue;
                // The name before the bracket, or before a bracket of the name in another script before it.
                var name = named.LastOrDefault(m => m.EndToken <= open && open - m.EndToken <= DefinitionLength);
                if (name != null) defined.TryAdd(noun.ToString(), entityOf[name]);
            }
            return defined;
        }

        private const int DefinitionLength = 12;

        private static bool IsQuote(ReadOnlySpan<char> word) => word is "\"" or "\u201C" or "\u201D";

        /// <summary>
        /// The end of a description at token i ("the holding company", "the San Francisco brokerage firm"): up to
        /// <see cref="MaxModifiers"/> modifiers and the last noun of <paramref name="nouns"/>; i when there is none.
        /// </summary>
        private int DescriptionEnd(int i, int limit, MentionType?[] names, WordSet nouns)
        {
            int end = i, modifiers = 0;
            for (int k = i + 1; k < limit && modifiers <= MaxModifiers; k++)
            {
                var word = Word(k);
                if (!IsWord(word) || Stops.Contains(word) || OtherModifiers.Contains(word)) break;
                // A place or nationality may describe the organization ("the Japanese automaker"); a person or organization may not.
                if (names[k] is MentionType.Person or MentionType.Organization) break;
                if (names[k] == null && nouns.Contains(word)) end = k + 1;
                else modifiers++;
            }
            return end;
        }

        /// <summary>An organization named right after a description, or after a comma: "the accounting firm Huang Lester", "the firm, Acme Inc, said".</summary>
        private DiscourseEntity? Apposition(int end, int limit, Dictionary<int, DiscourseEntity> orgStarts)
        {
            if (orgStarts.TryGetValue(end, out var entity)) return entity;
            return end + 1 < limit && Word(end) is "," && orgStarts.TryGetValue(end + 1, out entity) ? entity : null;
        }

        /// <summary>
        /// The organization a description refers to: the latest in the window whose name has its noun ("Bank" for
        /// "the bank"), else the subject of the latest sentence that names one (its first organization), since news
        /// keeps its topic in subject position ("Acme said it owes Beta ... The company added"). People's employers
        /// named after their titles are no topic; when the window names no other, the subject among them is the
        /// <paramref name="employer"/>, for want of a better one.
        /// </summary>
        private static DiscourseEntity? Recent(List<(int Sentence, DiscourseEntity Entity, int Token, bool Affiliation)> recent, int sentence, ReadOnlySpan<char> noun,
            Func<DiscourseEntity, bool> fits, HashSet<(int Sentence, DiscourseEntity Entity)>? owners, out DiscourseEntity? employer)
        {
            int subject = -1, employerSubject = -1, topicSentence = -1;
            employer = null;
            for (int r = recent.Count - 1; r >= 0 && recent[r].Sentence >= sentence - Window; r--)
            {
                if (HasWord(recent[r].Entity.Name, noun)) return recent[r].Entity;
                if (!fits(recent[r].Entity) || owners != null && owners.Contains((recent[r].Sentence, recent[r].Entity))) continue;
                if (recent[r].Affiliation)
                {
                    if (recent[r].Sentence == recent[^1].Sentence && (employerSubject < 0 || recent[r].Token < recent[employerSubject].Token)) employerSubject = r;
                    continue;
                }
                if (topicSentence < 0) topicSentence = recent[r].Sentence;
                if (recent[r].Sentence == topicSentence && (subject < 0 || recent[r].Token < recent[subject].Token)) subject = r;
            }
            if (subject >= 0) return recent[subject].Entity;
            if (employerSubject >= 0) employer = recent[employerSubject].Entity;
            return null;
        }

        /// <summary>
        /// The latest organization in the window whose name has a modifier of the description, tokens [first, end): "the
        /// Peoria bank" is Peoria Commerce Bank and "the carpet maker" Conasauga Carpet Mills, whichever was named last.
        /// </summary>
        private DiscourseEntity? NamedByModifier(List<(int Sentence, DiscourseEntity Entity, int Token, bool Affiliation)> recent, int sentence, int first, int end)
        {
            for (int r = recent.Count - 1; r >= 0 && recent[r].Sentence >= sentence - Window; r--)
                for (int k = first; k < end; k++)
                    if (Word(k).Length > 2 && Describes(recent[r].Entity, Word(k))) return recent[r].Entity;
            DiscourseEntity? found = null;
            foreach (var entity in Entities)
                if (entity.Mentions.Count > 0 && entity.Mentions[0].FirstToken < first)
                    for (int k = first; k < end; k++)
                        if (Word(k).Length > 2 && Describes(entity, Word(k)))
                        {
                            if (found != null && found != entity) return null;
                            found = entity;
                        }
            return found;
        }

        /// <summary>Keeps the organizations referred to in the window, each once with its first token in its latest sentence, the latest at the end.</summary>
        private static void Remember(List<(int Sentence, DiscourseEntity Entity, int Token, bool Affiliation)> recent, int sentence, DiscourseEntity entity, int token, bool affiliation)
        {
            int old = 0;
            while (old < recent.Count && recent[old].Sentence < sentence - Window) old++;
            recent.RemoveRange(0, old);
            int at = recent.FindIndex(r => r.Entity == entity);
            if (at >= 0)
            {
                // Named in this sentence before: it keeps its first place, and is a topic if named so once.
                if (recent[at].Sentence == sentence) (token, affiliation) = (recent[at].Token, affiliation && recent[at].Affiliation);
                recent.RemoveAt(at);
            }
            recent.Add((sentence, entity, token, affiliation));
        }

        /// <summary>Whether a word is one of an organization's name or of an appositive on it.</summary>
        private bool Describes(DiscourseEntity entity, ReadOnlySpan<char> word) =>
            HasWord(entity.Name, word) || _described.TryGetValue(entity, out var words) && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        private static bool HasWord(string name, ReadOnlySpan<char> word)
        {
            foreach (var range in name.AsSpan().Split(' '))
                if (name.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private ReadOnlySpan<char> Word(int k) => Doc.Slice(Doc.Tokens[k]);
    }

    private static void Index<TKey>(Dictionary<TKey, List<DiscourseEntity>> index, TKey key, DiscourseEntity entity) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<DiscourseEntity>();
        if (!list.Contains(entity)) list.Add(entity);
    }

    private static bool IsSubsequence(string[] part, string[] full)
    {
        int j = 0;
        foreach (var word in full)
            if (j < part.Length && word == part[j]) j++;
        return j == part.Length;
    }

    private static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c) && c != '-') return false;
        return word.Length > 0;
    }
}
