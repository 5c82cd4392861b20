using System.Text.RegularExpressions;
using Pipeline.Documents;
using static Pipeline.Text.WordShape;

namespace Pipeline.Entities;

/// <summary>
/// Corrects the type of names that the tagger, trained on 1990s Reuters, reads wrongly in today's business news,
/// from evidence in the article:
/// <list type="bullet">
/// <item>"CEO", "CFO" and the like are no names, and a name ends in a name word ("Riverside Regional Medical Center is to");</item>
/// <item>a one-word person and a hyphenated name right after it ("Rosa" + "Delgado-Imhof", "Dr Cheung" + "Wai-lun") are
/// one person, and so are a two-word one and a Cantonese or Korean given name ("Margaret Ho" + "Yee-ling");</item>
/// <item>a Chinese personal name, a family name and a given name of one or two Pinyin syllables ("Bai Yuchen",
/// "Han Ziqi"), is a person, whatever the tagger said (places excepted: "Hong Kong"); a Chinese given name takes the
/// family name before it ("Song" + "Peiran"); a given name, an initial and a surname are a person ("Robert E. Johnstone"),
/// and so are name words with an age ("Lim Chor Seng, 49,") and a name that has a surname the article writes after an
/// honorific or before an age ("Kenjiro Ota" beside "Mr Ota");</item>
/// <item>a person's name cut at an initial or after a given name is made whole ("Michael C." + "Barlerin", "Sir Peter" +
/// "Langley", "Stephen" A. "Marchetti"), a name with particles is one person ("Pieter-Jan van der Linden", "Abdul Rahman
/// bin Yusof"), a family name alone is the person ("Dlamini-Khumalo", "Fu" after "Fu Qingyang"), and an organization
/// run on into a place ends before "in" ("Grab Food in Singapore");</item>
/// <item>a name that the article also writes as an organization, or as the leading words of an organization named
/// before it ("Didi" after "Didi Global", "Turner Broadcasting" after "Turner Broadcasting System Inc"), or right
/// after "at", "join", "joined" or "left" ("joined Kuaishou", "left Galeries Duval"), before an appositive on an
/// organization noun ("Paylark, the London-based payments start-up"), right after such a noun ("the grocery chain
/// Winn-Dixie", "the electrical retailer Brightwell") or between "from" and ", where she" ("from Sandstone Gold, where
/// she was"), is an organization everywhere in the article, and so are its leading words ("Chery" after "join Chery
/// Automobile"), unless it is a word of another person's full name there (but not where it stands for the employer:
/// "joined Castaldi" beside "Chiara Castaldi", "Hoshino's president" after "Hoshino Electric Industries") or a person's
/// name that opens with a given name and no organization named before ("Fraser Rowe" after "Fraser Rowe Securities
/// Ltd"); an untagged name in those places, but after an organization noun, is one too ("joined L'Oréal"). A known
/// place stays a place ("Hong Kong" after "Hong Kong Exchanges"), a place before a noun describes the employer ("at
/// Mumbai broker Colaba Capital"), and a place that the tagger ran on into the employer's name ends before it
/// ("Santiago bank Banco Andino").</item>
/// <item>an organization cut at "&" takes the name after it ("Albrecht &" + "Roth");</item>
/// <item>an organization's name or leading words written again where the tagger saw no name ("Premier said") are
/// that organization;</item>
/// <item>a one-word "person" that the organizations name list knows ("McDonald's", "eBay") is an organization, unless it
/// is a word of a person's full name in the article or a given name.</item>
/// </list>
/// </summary>
public sealed partial class NameTypes : IDocumentProcessor
{
    /// <summary>
    /// Words of a move, after which a name is an employer ("joined Kuaishou"), an untagged capitalized one too ("joined
    /// L'Oréal"); a tagged name after "at" is one as well.
    /// </summary>
    private static readonly WordSet MoveMarkers = new(["join", "joined", "joins", "joining", "rejoined", "rejoins", "left", "leaves", "leaving", "quit", "quits"],
        StringComparer.Ordinal);

    /// <summary>
    /// The last words of titles that name an employer after "of" or before them with "'s" ("chief executive of Dolan
    /// Rafferty", "Ctrip's former vice president"); not those a person has too ("adviser", "secretary", "spokesman").
    /// </summary>
    private static readonly WordSet EmployerTitles = new(["chairman", "chairwoman", "chairperson", "chair", "co-chairman", "co-chair", "vice-chairman",
        "president", "vice-president", "co-president", "executive", "officer", "ceo", "cfo", "coo", "cto", "cmo", "cio", "md", "gm", "evp", "svp", "vp",
        "director", "founder", "co-founder", "cofounder", "head", "co-head", "boss", "manager", "partner", "treasurer", "controller"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a title before its last word: "senior vice president", "chief executive".</summary>
    private static readonly WordSet TitleModifiers = new(["chief", "senior", "executive", "vice", "deputy", "managing", "general", "acting", "interim",
        "joint", "group", "finance", "financial", "operating", "non-executive"], StringComparer.Ordinal);

    private readonly WordSet _chineseSurnames, _givenNames, _knownOrganizations, _organizationNouns, _trades, _nameWords, _places, _nationalities;
    private readonly WordCasing? _casing;

    /// <param name="knownOrganizations">Names of organizations; only one-word names ("eBay", "McDonald's") are used.</param>
    /// <param name="organizationNouns">Nouns for kinds of organization ("company", "start-up", "rival", "unit") that head an
    /// appositive after an organization's name.</param>
    /// <param name="trades">Nouns for trades that, right before a name, make it an organization ("the broker Marlowe Rudd",
    /// "accountants Pilbeam Marsh"), but that a person may also be called ("Jane Lee, a broker").</param>
    /// <param name="nameWords">Words of organizations' names: legal forms and the words that end or open them ("Inc", "Motors", "Bank").</param>
    /// <param name="places">Names of places ("Hong Kong", "US"): tagged as places, they stay places however an organization's name opens.</param>
    /// <param name="nationalities">Adjectives of nations and regions ("Scottish", "European"): alone, they name no organization.</param>
    /// <param name="casing">How words are usually written: a word mostly written in lower case ("Losing") opens no person's name.</param>
    public NameTypes(IEnumerable<string> chineseSurnames, IEnumerable<string> givenNames, IEnumerable<string>? knownOrganizations = null,
        IEnumerable<string>? organizationNouns = null, IEnumerable<string>? trades = null, IEnumerable<string>? nameWords = null, IEnumerable<string>? places = null,
        IEnumerable<string>? nationalities = null, WordCasing? casing = null)
    {
        _casing = casing;
        _nationalities = new WordSet(nationalities ?? [], StringComparer.Ordinal);
        _places = new WordSet(places ?? [], StringComparer.Ordinal);
        _nameWords = new WordSet(nameWords ?? [], StringComparer.Ordinal);
        _chineseSurnames = new WordSet(chineseSurnames, StringComparer.Ordinal);
        _givenNames = new WordSet(givenNames, StringComparer.Ordinal);
        _knownOrganizations = new WordSet((knownOrganizations ?? []).Where(o => !o.Contains(' ')), StringComparer.Ordinal);
        _organizationNouns = new WordSet(organizationNouns ?? [], StringComparer.Ordinal);
        _trades = new WordSet(trades ?? [], StringComparer.Ordinal);
    }

    /// <summary>
    /// The stage with the models folder's lexicons; <paramref name="places"/>, when given, stands for places.txt (read once
    /// for the title stage too), and <paramref name="casing"/> for the entity model's (read from its folder when not given).
    /// </summary>
    public static NameTypes Load(string? modelDirectory = null, IEnumerable<string>? places = null, WordCasing? casing = null) => new(Lexicon.ReadLines(Lexicon.PathOf("chinese-surnames.txt", modelDirectory)),
        Lexicon.ReadTagged(Lexicon.PathOf("given-names.txt", modelDirectory)).Select(g => g.Entry),
        Lexicon.ReadLines(Path.Combine(modelDirectory ?? Lexicon.DefaultModelDirectory, "ner", "lists", "ORG.txt")),
        Lexicon.ReadLines(Lexicon.PathOf("organization-descriptions.txt", modelDirectory))
            .Concat(Lexicon.ReadLines(Lexicon.PathOf("organization-units.txt", modelDirectory)))
            .Concat(Lexicon.ReadLines(Lexicon.PathOf("organization-kinds.txt", modelDirectory))),
        Lexicon.ReadLines(Lexicon.PathOf("organization-trades.txt", modelDirectory)),
        Lexicon.ReadTagged(Lexicon.PathOf("organization-suffixes.txt", modelDirectory)).Select(s => s.Entry),
        places ?? Lexicon.ReadLines(Lexicon.PathOf("places.txt", modelDirectory)), Lexicon.ReadLines(Lexicon.PathOf("nationalities.txt", modelDirectory)),
        casing ?? WordCasing.Read(Path.Combine(EntityModelDirectory.DefaultPath(modelDirectory), "casing.tsv")));

    public string Name => "name-types";
    public Annotations Requires => Annotations.Entities;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        var mentions = document.Mentions;
        mentions.RemoveAll(m => m.Type != MentionType.Title && IsExecutiveTitle(m.Text) || m.Type == MentionType.Organization && IsNoOrganizationWord(document, m)
            || IsDatelineCredit(document, m) || IsDatelinePlace(document, m) || IsSignOff(document, m));
        EndNamesAtNames(document);
        SplitPeopleAtAnd(document);
        SplitOrganizationsAtCommas(document);
        JoinPartnerships(document);
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type is MentionType.Organization or MentionType.Misc && (IsChinesePersonalName(document, mentions[m]) || IsChineseFullName(document, mentions[m]))
                || mentions[m].Type is MentionType.Organization or MentionType.Misc or MentionType.Location
                    && (IsInitialedName(document, mentions[m]) || IsListedName(document, mentions[m]) || IsAgedName(document, mentions[m])))
                mentions[m] = mentions[m] with { Type = MentionType.Person };
        HonorificNamesArePeople(document);
        CompleteHonorificNames(document);
        JoinChineseFamilyNames(document);
        CompleteAmpersandNames(document);
        CompleteInitialedNames(document);
        JoinSplitNames(document);
        CompleteCutNames(document);
        JoinParticleNames(document);
        FamilyNamesArePeople(document);
        SurnamesMakePeople(document);
        EndOrganizationsBeforeIn(document);
        StartOrganizationsAfterDescriptions(document);
        KeepPossessiveNames(document);
        // A known place alone is no organization ("head of the North China region"); a country is none in the spec either.
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type == MentionType.Organization && _places.Contains(mentions[m].Text)) mentions[m] = mentions[m] with { Type = MentionType.Location };

        TypeByUse(document);
    }

    /// <summary>
    /// Whether each name the tagger gave another type is an organization by how the article uses it: a name that an
    /// organization has (or opens with) or that stands where an employer does (<see cref="Employers"/>) is one; a word of a
    /// person's full name, a known place and a person's name that plainly is one (<see cref="StaysPerson"/>) are not.
    /// </summary>
    private void TypeByUse(Document document)
    {
        var mentions = document.Mentions;
        // Words of people's full names: "Ford" of "Henry Ford" stays a person.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        // The leading words of organizations' names ("Didi" of "Didi Global", "Turner Broadcasting"), with where first written.
        var leadingWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Type == MentionType.Person && mention.EndToken - mention.FirstToken > 1)
                for (int k = mention.FirstToken; k < mention.EndToken; k++) personWords.Add(document.TextOf(document.Tokens[k]));
            if (mention.Type != MentionType.Organization) continue;
            organizations.Add(mention.Text);
            AddLeadingWords(document, mention, leadingWords);
        }
        // An Arabic surname that opens a sentence is the person's ("Al-Qasimi's post" after "Faisal Abdulrahman al-Qasimi").
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m] is { Type: MentionType.Organization, Text: ['A' or 'E', ..] text } mention && mention.EndToken - mention.FirstToken == 1
                && HasArabicArticle(text) && personWords.Contains(char.ToLowerInvariant(text[0]) + text[1..]))
            {
                mentions[m] = mention with { Type = MentionType.Person };
                organizations.Remove(text);
                personWords.Add(text);
            }
        TagOrganizationsByContext(document, organizations);
        var employers = Employers(document);
        // An employer's leading words are an organization's too, and no person's unless another person's name has them:
        // "Chery" after "join Chery Automobile", but "Wendelin" stays Klaus-Dieter Wendelin beside "Wendelin Maschinenbau".
        var retyped = mentions.Where(m => m.Type != MentionType.Organization && m.EndToken - m.FirstToken > 1 && employers.Names.Contains(m.Text)
            && !StaysPerson(document, m, leadingWords)).ToList();
        if (retyped.Count > 0)
        {
            var otherPersonWords = mentions.Where(m => m.Type == MentionType.Person && m.EndToken - m.FirstToken > 1 && !employers.Names.Contains(m.Text))
                .SelectMany(m => Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken).Select(k => document.TextOf(document.Tokens[k]))).ToHashSet(StringComparer.Ordinal);
            foreach (var mention in retyped)
            {
                AddLeadingWords(document, mention, leadingWords);
                for (int k = mention.FirstToken; k < mention.EndToken; k++)
                    if (!otherPersonWords.Contains(document.TextOf(document.Tokens[k]))) personWords.Remove(document.TextOf(document.Tokens[k]));
            }
        }

        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is MentionType.Organization or MentionType.Title) continue;
            // A known place that the tagger saw as one stays one: "Hong Kong" after "Hong Kong Exchanges", "at US mortgage lender".
            if (mention.Type == MentionType.Location && _places.Contains(mention.Text)) continue;
            // So does a word of a person's full name, but not where it stands for an employer.
            if (mention.EndToken - mention.FirstToken == 1
                    ? personWords.Contains(mention.Text) && !employers.OrganizationAt.Contains(mention.FirstToken)
                        && !(employers.TitledAt.Contains(mention.FirstToken) && leadingWords.TryGetValue(mention.Text, out int named) && named < mention.FirstToken)
                    : StaysPerson(document, mention, leadingWords))
                continue;
            bool organization = organizations.Contains(mention.Text) || employers.Names.Contains(mention.Text)
                || leadingWords.TryGetValue(mention.Text, out int first) && first < mention.FirstToken || OpensWithOrganization(document, mention, organizations)
                || mention.Type == MentionType.Person && IsKnownOrganization(document, mention);
            if (organization && !IsNoOrganizationWord(document, mention)) mentions[m] = mention with { Type = MentionType.Organization };
        }
        TagRepeatedOrganizationNames(document, organizations, leadingWords, personWords);
    }

    /// <summary>The names of every first word to every word but the last of an organization's name, with where first written.</summary>
    private static void AddLeadingWords(Document document, Mention organization, Dictionary<string, int> leadingWords)
    {
        for (int end = organization.FirstToken + 1; end < organization.EndToken; end++)
            leadingWords.TryAdd(document.TextOf(new TextSpan(organization.Span.Start, document.Tokens[end - 1].End)), organization.FirstToken);
    }

    /// <summary>
    /// The names the article uses as employers (<see cref="Names"/>), and the positions of one-word names that plainly stand
    /// for one, which are organizations there even if a person of the article has the name: after a move or before an
    /// appositive on an organization noun (<see cref="OrganizationAt"/>: "joined Castaldi" beside "Chiara Castaldi",
    /// "Dunleavy, a Pittsburgh maker"), and before "'s" and a title (<see cref="TitledAt"/>, when an organization named
    /// before opens with it: "Hoshino's president" after "Hoshino Electric Industries").
    /// </summary>
    private sealed record EmployerNames(HashSet<string> Names, HashSet<int> OrganizationAt, HashSet<int> TitledAt);

    private EmployerNames Employers(Document document)
    {
        var employers = new EmployerNames(new HashSet<string>(StringComparer.Ordinal), [], []);
        var owner = Owners(document);
        foreach (var mention in document.Mentions)
        {
            if (mention.Type == MentionType.Organization) continue;
            bool moved = mention.FirstToken > 0 && document.Slice(document.Tokens[mention.FirstToken - 1]) is var before
                && (before is "at" or "At" || MoveMarkers.Contains(before)) && !DescribesAnother(document, mention);
            bool titled = mention.Type != MentionType.Location && IsTitlesEmployer(document, mention, owner);
            bool placed = mention.Type != MentionType.Location && IsOrganizationPlace(document, mention.FirstToken, mention.EndToken);
            if (moved || titled || placed || IsHeldShares(document, mention) || IsAfterOrganizationNoun(document, mention.FirstToken, owner)
                || mention.Type != MentionType.Location && IsUnionName(document, mention.EndToken))
                employers.Names.Add(mention.Text);
            if (mention.EndToken - mention.FirstToken > 1) continue;
            if (moved || placed) employers.OrganizationAt.Add(mention.FirstToken);
            if (titled) employers.TitledAt.Add(mention.FirstToken);
        }
        return employers;
    }

    /// <summary>
    /// Whether a person's name stays a person's: it opens with a given name or an honorific, is Chinese or has an age,
    /// and no organization named before opens with it ("Fraser Rowe" after "Fraser Rowe Securities Ltd").
    /// </summary>
    private bool StaysPerson(Document document, Mention mention, Dictionary<string, int> leadingWords) =>
        mention.Type == MentionType.Person && mention.EndToken - mention.FirstToken > 1
        && (_givenNames.Contains(document.Slice(document.Tokens[mention.FirstToken])) || IsHonorific(document.Slice(document.Tokens[mention.FirstToken]))
            || IsChinesePersonalName(document, mention) || IsAgedName(document, mention))
        && !(leadingWords.TryGetValue(mention.Text, out int named) && named < mention.FirstToken);

    /// <summary>
    /// Whether an organization's name opens the name: "Great Wall Motor Thailand" and "Harcourt Lyle Asia" are the
    /// subsidiaries of Great Wall Motor and Harcourt Lyle, "Vrieland Kaas" is Vrieland's cheese business.
    /// </summary>
    private bool OpensWithOrganization(Document document, Mention mention, HashSet<string> organizations)
    {
        // Not a Chinese name that opens with a family name the tagger once took for a firm ("Lim Boon Keat", "Lim").
        var firstWord = document.Slice(document.Tokens[mention.FirstToken]);
        if (mention.Type == MentionType.Person && _chineseSurnames.Contains(firstWord) || IsOrganizationWord(firstWord)) return false;
        var named = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int end = mention.FirstToken + 1; end < mention.EndToken; end++)
            if (named.Contains(document.Text.AsSpan(mention.Span.Start, document.Tokens[end - 1].End - mention.Span.Start))) return true;
        return false;
    }

    /// <summary>
    /// An organization's name, or its leading words, written again where the tagger saw no name ("Sims continues as
    /// treasurer, Premier said" after "Premier Industrial Corp") is that organization there too: capitalized, after the
    /// name was first written, not at a sentence's start, and no word of a person's full name.
    /// </summary>
    private void TagRepeatedOrganizationNames(Document document, HashSet<string> organizations, Dictionary<string, int> leadingWords, HashSet<string> personWords)
    {
        if (organizations.Count == 0) return;
        var tokens = document.Tokens;
        var named = new bool[tokens.Count];
        foreach (var mention in document.Mentions)
            for (int k = mention.FirstToken; k < mention.EndToken; k++) named[k] = true;
        foreach (var sentence in document.Sentences) if (sentence.FirstToken < named.Length) named[sentence.FirstToken] = true;
        int firstOrganization = document.Mentions.Where(m => m.Type == MentionType.Organization).Min(m => m.FirstToken);
        var organizationNames = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        var leading = leadingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var personNames = personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<Mention>();
        for (int k = firstOrganization + 1; k < tokens.Count; k++)
        {
            var word = document.Slice(tokens[k]);
            if (named[k] || !IsCapitalizedWord(word) && !IsAcronym(word) || OrganizationForms.Calendar.Contains(word)) continue; // "in May" is no May Department Stores
            // The longest run of unnamed tokens from k that is an organization's name, or its leading words written before.
            int last = k + 1;
            while (last < tokens.Count && last < k + 4 && !named[last]) last++;
            for (int end = last; end > k; end--)
            {
                var text = document.Text.AsSpan(tokens[k].Start, tokens[end - 1].End - tokens[k].Start);
                if (end - k == 1 && personNames.Contains(text)) break;
                if (!organizationNames.Contains(text) && !(leading.TryGetValue(text, out int first) && first < k)) continue;
                var span = new TextSpan(tokens[k].Start, tokens[end - 1].End);
                added.Add(new Mention(span, MentionType.Organization, document.TextOf(span), k, end));
                k = end - 1;
                break;
            }
        }
        AddMentions(document, added);
    }

    /// <summary>
    /// An untagged run of capitalized words that a move marker opens ("joined L'Oréal as") or an appositive on an
    /// organization noun follows ("Nasscom, the software industry's trade body") is an organization; not at a
    /// sentence's start, where "However, the company" would be one.
    /// </summary>
    private void TagOrganizationsByContext(Document document, HashSet<string> organizations)
    {
        var tokens = document.Tokens;
        var owner = Owners(document);
        var sentenceStart = new bool[tokens.Count];
        foreach (var sentence in document.Sentences) if (sentence.FirstToken < tokens.Count) sentenceStart[sentence.FirstToken] = true;
        var added = new List<Mention>();
        for (int k = 1; k < tokens.Count; k++)
        {
            if (owner[k] >= 0 || sentenceStart[k] || !IsNameStart(document.Slice(tokens[k]))) continue;
            int end = k + 1;
            while (end < tokens.Count && end < k + MaxUntaggedNameWords && owner[end] < 0 && IsNameStart(document.Slice(tokens[end]))) end++;
            if (MoveMarkers.Contains(document.Slice(tokens[k - 1])) || IsOrganizationPlace(document, k, end))
            {
                var span = new TextSpan(tokens[k].Start, tokens[end - 1].End);
                added.Add(new Mention(span, MentionType.Organization, document.TextOf(span), k, end));
                organizations.Add(added[^1].Text);
            }
            k = end - 1;
        }
        AddMentions(document, added);
    }

    private const int MaxUntaggedNameWords = 4, MaxAppositiveWords = 6;

    /// <summary>
    /// A place or nationality that a lower-case noun follows describes the employer after it: "an analyst at Mumbai
    /// broker Colaba Capital", "joined US mortgage lender Fairhaven", "at Italian bank Banca Moretti".
    /// </summary>
    private static bool DescribesAnother(Document document, Mention mention) =>
        mention.Type is MentionType.Location or MentionType.Misc && mention.EndToken < document.Tokens.Count
        && document.Slice(document.Tokens[mention.EndToken]) is var next && next.Length > 0 && char.IsLower(next[0]) && !AppositiveEnds.Contains(next)
        && next is not ("as" or "on" or "from" or "until" or "after" or "before" or "when" or "at" or "but" or "or");

    /// <summary>A word that may open a name: capitalized or an acronym, and no month or weekday.</summary>
    private static bool IsNameStart(ReadOnlySpan<char> word) =>
        (IsCapitalizedWord(word) || IsAcronym(word)) && !OrganizationForms.Calendar.Contains(word) && !word.EndsWith("-based", StringComparison.Ordinal);

    /// <summary>Whether the name on tokens [first, end) stands where an organization does: before an appositive on an organization noun, or between "from" and ", where she".</summary>
    private bool IsOrganizationPlace(Document document, int first, int end) =>
        IsOrganizationAppositive(document, end) || IsFormerWorkplace(document, first, end);

    /// <summary>
    /// An appositive on an organization noun follows token <paramref name="end"/>: ", the London-based payments start-up",
    /// ", a smaller Geneva rival", ", the software industry's trade body of". Its head is the word before the punctuation
    /// or clause word that ends it; "Jane Lee, the company's founder" has none.
    /// </summary>
    private bool IsOrganizationAppositive(Document document, int end)
    {
        var tokens = document.Tokens;
        if (end + 2 >= tokens.Count || document.Slice(tokens[end]) is not "," || document.Slice(tokens[end + 1]) is not ("the" or "a" or "an")) return false;
        for (int k = end + 2; k < tokens.Count && k <= end + 2 + MaxAppositiveWords; k++)
        {
            var word = document.Slice(tokens[k]);
            if (AppositiveEnds.Contains(word) || word.Length == 1 && char.IsPunctuation(word[0]))
                return k > end + 2 && _organizationNouns.Contains(document.Slice(tokens[k - 1]));
        }
        return false;
    }

    /// <summary>
    /// A name right after an organization noun or a trade that no name of the tagger's ends with ("the grocery chain
    /// Winn-Dixie", "venture capital firm Greenhill Oak Partners", "Danish brewer Skovgaard", "Supermarket chain
    /// Greenway"; not "Acme Bank"). Only for names the tagger found: an untagged word there may be a title.
    /// </summary>
    private bool IsAfterOrganizationNoun(Document document, int first, int[] owner)
    {
        if (first < 1) return false;
        var noun = document.Slice(document.Tokens[first - 1]);
        if (!IsOrganizationNounOrTrade(noun)) return false;
        return first < 2 || owner[first - 2] < 0 || document.Mentions[owner[first - 2]].Type is not (MentionType.Organization or MentionType.Person);
    }

    private bool IsOrganizationNounOrTrade(ReadOnlySpan<char> word) => _organizationNouns.Contains(word) || _trades.Contains(word);

    /// <summary>A word of organizations' names or a noun for one: "Inc", "Motors", "Bank", "company", "broker".</summary>
    private bool IsOrganizationWord(ReadOnlySpan<char> word) => _nameWords.Contains(word) || IsOrganizationNounOrTrade(word);

    /// <summary>
    /// A name that a title says is an employer: after a title and "of" ("chief executive of Dolan Rafferty", "senior
    /// partner of Dunstan Fairlie"), or before "'s" and a title ("Ctrip's former vice president", "Leone Cementi's
    /// chairman"), or, taken for a person, before a title and a person ("Glenmorvan chairman Sir Ronald Keir").
    /// </summary>
    private static bool IsTitlesEmployer(Document document, Mention mention, int[] owner)
    {
        var tokens = document.Tokens;
        int first = mention.FirstToken, end = mention.EndToken;
        if (first >= 2 && document.Slice(tokens[first - 1]) is "of" && EmployerTitles.Contains(document.Slice(tokens[first - 2]))) return true;
        if (end >= tokens.Count) return false;
        bool possessive = IsPossessive(document.Slice(tokens[end]));
        int k = possessive ? end + 1 : end;
        // Up to four lower-case words of a title: "former vice president", "chief executive".
        bool title = false;
        for (int limit = k + 4; k < tokens.Count && k < limit && document.Slice(tokens[k]) is [>= 'a' and <= 'z', ..] and var word; k++)
        {
            title = EmployerTitles.Contains(word);
            if (title && possessive) return true;
            // Without "'s" the words are the title's own: "Spitzer said senior vice president Robert Stearns" names no employer.
            if (!possessive && !title && !TitleModifiers.Contains(word)) return false;
        }
        // Only a name the tagger took for a person: "Dutch co-chairman Antony Burgmans" names no employer.
        if (!title || k >= tokens.Count || mention.Type != MentionType.Person) return false;
        if (IsHonorific(document.Slice(tokens[k]))) k++;
        return k < tokens.Count && owner[k] >= 0 && document.Mentions[owner[k]] is { Type: MentionType.Person } holder && holder.FirstToken == k;
    }

    /// <summary>
    /// A name whose shares are held: "Shareholders in Staunton Land have", "a stake in Vellin", "bondholders of Acme";
    /// not a place or nationality before a lower-case noun, which describes the firm after it ("a stake in French bank Vauban").
    /// </summary>
    private static bool IsHeldShares(Document document, Mention mention) =>
        mention.FirstToken >= 2 && document.Slice(document.Tokens[mention.FirstToken - 1]) is "in" or "of"
        && Holdings.Contains(document.Slice(document.Tokens[mention.FirstToken - 2]))
        && (!DescribesAnother(document, mention) || ClauseVerbs.Contains(document.Slice(document.Tokens[mention.EndToken])));

    private static readonly WordSet Holdings = new(["shareholders", "Shareholders", "shareholder", "stockholders", "bondholders", "stake", "stakes", "shareholding"],
        StringComparer.Ordinal);

    /// <summary>A name before "union", with a word between or none: "the Amicus union", "the Verdi services union".</summary>
    private static bool IsUnionName(Document document, int end)
    {
        var tokens = document.Tokens;
        for (int k = end; k < tokens.Count && k <= end + 1; k++)
        {
            var word = document.Slice(tokens[k]);
            if (word is "union" or "unions") return true;
            if (word is not [>= 'a' and <= 'z', ..]) return false;
        }
        return false;
    }

    /// <summary>A name between "from" or "at" and ", where" and a person: "comes from Sandstone Gold, where she was".</summary>
    private static bool IsFormerWorkplace(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        return first > 0 && end + 2 < tokens.Count && document.Slice(tokens[first - 1]) is "from" or "at"
            && document.Slice(tokens[end]) is "," && document.Slice(tokens[end + 1]) is "where"
            && document.Slice(tokens[end + 2]) is "he" or "she" or "they" or "I" or "we";
    }

    private static readonly WordSet AppositiveEnds = new(["of", "that", "which", "who", "whose", "with", "where", "in", "and", "to", "for", "since", "said", "says", "has", "had", "is", "was"],
        StringComparer.Ordinal);

    /// <summary>Adds mentions to the document's, keeping them in text order.</summary>
    private static void AddMentions(Document document, List<Mention> added)
    {
        if (added.Count == 0) return;
        var merged = document.Mentions.Concat(added).OrderBy(m => m.FirstToken).ToList();
        document.Mentions.Clear();
        document.Mentions.AddRange(merged);
    }

    /// <summary>The mention on tokens [first, end) of the text, keeping the other properties of <paramref name="mention"/>.</summary>
    private static Mention Over(Document document, Mention mention, int first, int end)
    {
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
        return mention with { Span = span, Text = document.TextOf(span), FirstToken = first, EndToken = end };
    }

    /// <summary>For each token, the index of the document's mention that holds it, or -1.</summary>
    private static int[] Owners(Document document)
    {
        var owner = new int[document.Tokens.Count];
        Array.Fill(owner, -1);
        for (int m = 0; m < document.Mentions.Count; m++)
            for (int k = document.Mentions[m].FirstToken; k < document.Mentions[m].EndToken; k++) owner[k] = m;
        return owner;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyExcept(UpperLetters);

    /// <summary>
    /// A one-word "person" that the organizations list knows ("McDonald's", "eBay") and that is no given name. A word of
    /// a person's full name in the article ("Ford" of "Henry Ford") never comes here.
    /// </summary>
    private bool IsKnownOrganization(Document document, Mention mention)
    {
        int words = mention.EndToken - mention.FirstToken;
        if (words == 2 && IsPossessive(document.Slice(document.Tokens[mention.FirstToken + 1]))) words = 1;
        return words == 1 && !_givenNames.Contains(document.Slice(document.Tokens[mention.FirstToken]))
            && (_knownOrganizations.Contains(mention.Text) || _knownOrganizations.Contains(document.Slice(document.Tokens[mention.FirstToken])));
    }

    /// <summary>The agency that a dateline credits, near the text's start: "LAGOS, March 17 (Newswire) -". It employs no one the story names.</summary>
    private static bool IsDatelineCredit(Document document, Mention mention) =>
        mention.FirstToken is > 0 and < DatelineTokens && mention.EndToken + 1 < document.Tokens.Count
        && document.Slice(document.Tokens[mention.FirstToken - 1]) is "(" && document.Slice(document.Tokens[mention.EndToken]) is ")"
        && IsDash(document.Slice(document.Tokens[mention.EndToken + 1]));

    private const int DatelineTokens = 16;

    /// <summary>A word alone on the text's last line, as wire copy signs off ("... services.\n Reuter"): no one the story names.</summary>
    private static bool IsSignOff(Document document, Mention mention) =>
        mention.FirstToken > 0 && mention.EndToken == document.Tokens.Count && mention.EndToken - mention.FirstToken == 1
        && document.Text.AsSpan(document.Tokens[mention.FirstToken - 1].End, mention.Span.Start - document.Tokens[mention.FirstToken - 1].End).Contains('\n');

    /// <summary>
    /// The place in capitals, or the source with a date, that opens a dateline: "ESSEN -", "EAU CLAIRE, Wis., Oct 6 -",
    /// "Sina Tech News, September 12 —", and the state and date after the place ("Conn., Dec" of "HARTFORD, Conn., Dec 2
    /// -"). Around it up to the dash come only capitalized words, numbers and punctuation ("IBM, the computer maker" is
    /// no dateline).
    /// </summary>
    private static bool IsDatelinePlace(Document document, Mention mention)
    {
        if (mention.FirstToken >= DatelineTokens) return false;
        bool capitals = !mention.Text.AsSpan().ContainsAny(LowerLetters), dated = false;
        for (int k = 0; k < mention.EndToken; k++)
        {
            var word = document.Slice(document.Tokens[k]);
            if (IsDash(word) || char.IsLower(word[0])) return false;
            if (k >= mention.FirstToken) dated |= OrganizationForms.Calendar.Contains(word);
        }
        if (mention.FirstToken > 0) capitals = false;
        for (int k = mention.EndToken; k < document.Tokens.Count && k < mention.EndToken + DatelineTokens; k++)
        {
            var word = document.Slice(document.Tokens[k]);
            if (IsDash(word)) return capitals || dated;
            if (char.IsLower(word[0])) return false;
            dated |= OrganizationForms.Calendar.Contains(word);
        }
        return false;
    }

    /// <summary>"CEO", "CFO", "COO": the tagger takes them for names; they are titles, which the titles stage finds.</summary>
    private static bool IsExecutiveTitle(string text) => text is [ 'C', >= 'A' and <= 'Z', 'O' ];

    /// <summary>
    /// A one-word "organization" that is a title ("Chairman"), an adjective of place ("Boston-based", "Paris-listed"), a
    /// nationality before a lower-case word ("Scottish carrier"; not the cut "American" of "American Financial Chairman")
    /// or a month's abbreviation ("from Jan. 1").
    /// </summary>
    private bool IsNoOrganizationWord(Document document, Mention mention) => mention.EndToken - mention.FirstToken == 1
        && (EmployerTitles.Contains(mention.Text) || mention.Text.EndsWith("-based", StringComparison.Ordinal) || mention.Text.EndsWith("-listed", StringComparison.Ordinal)
            || _nationalities.Contains(mention.Text) && !(mention.EndToken < document.Tokens.Count && IsCapitalizedWord(document.Slice(document.Tokens[mention.EndToken])))
            || MonthAbbreviations.Contains(mention.Text.AsSpan().TrimEnd('.')));

    private static readonly WordSet MonthAbbreviations = new(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"], StringComparer.Ordinal);

    /// <summary>
    /// A given name that the tagger cut off from a hyphenated name it did not know: a one-word person (after honorifics)
    /// followed, after a space, by a hyphenated name in no mention ("Rosa" + "Delgado-Imhof", "Park" + "Ji-hoon", "Dr
    /// Cheung" + "Wai-lun"), or tagged as a one-word name of another type that the article writes nowhere else, is one
    /// person; so is a two-word one before a Cantonese or Korean given name ("Margaret Ho" + "Yee-ling").
    /// </summary>
    private static void JoinSplitNames(Document document)
    {
        var mentions = document.Mentions;
        for (int m = mentions.Count - 1; m >= 0; m--)
        {
            var first = mentions[m];
            if (first.Type != MentionType.Person || first.EndToken >= document.Tokens.Count) continue;
            int names = first.EndToken - first.FirstToken;
            for (int k = first.FirstToken; k < first.EndToken - 1 && IsHonorific(document.Slice(document.Tokens[k])); k++) names--;
            if (names > 2) continue;
            int next = first.EndToken;
            bool taggedNext = m + 1 < mentions.Count && mentions[m + 1].FirstToken == next;
            if (taggedNext)
            {
                var second = mentions[m + 1];
                if (second.EndToken - second.FirstToken != 1 || second.Type is MentionType.Person or MentionType.Title
                    || mentions.Count(o => o.Type == second.Type && o.Text == second.Text) > 1) continue;
            }
            else if (m + 1 < mentions.Count && mentions[m + 1].FirstToken <= next) continue;
            var hyphenated = document.Slice(document.Tokens[next]);
            if (!IsHyphenatedName(hyphenated) || names == 2 && char.IsUpper(hyphenated[hyphenated.IndexOf('-') + 1])
                || document.Tokens[next].Start != first.Span.End + 1 || document.Text[first.Span.End] != ' ') continue;
            mentions[m] = Over(document, first, first.FirstToken, next + 1);
            if (taggedNext) mentions.RemoveAt(m + 1);
        }
    }

    /// <summary>
    /// A person's name that the tagger cut before a last word it did not know ("Ong Teck" + "Soon will step down",
    /// "Aaron Sim Kok" + "Wah, head of", "Mohammed Obaid" + "al-Suwaidi, said", "Ryan Zhong" + "Hao (钟浩)"): a name of
    /// two or more words takes a capitalized word or an Arabic surname right after it that no name holds, when a
    /// lower-case word, a comma or a bracket follows; not a month, a title's or an organization's word, nor in a
    /// headline written in title case.
    /// </summary>
    private void CompleteCutNames(Document document)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        var owner = Owners(document);
        // For each token, the end of its sentence, or -1 in a headline.
        var sentenceEnd = new int[tokens.Count];
        foreach (var sentence in document.Sentences)
            Array.Fill(sentenceEnd, WordCasing.IsTitleCased(document.Text, tokens, sentence) ? -1 : sentence.EndToken, sentence.FirstToken, sentence.EndToken - sentence.FirstToken);
        for (int m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            int next = person.EndToken;
            if (person.Type != MentionType.Person || next - person.FirstToken < 2 || next + 1 >= sentenceEnd[person.FirstToken]
                || owner[next] >= 0 || tokens[next].Start - person.Span.End != 1) continue;
            var word = document.Slice(tokens[next]);
            var after = document.Slice(tokens[next + 1]);
            bool surname = IsArabicSurname(word) || IsCapitalizedWord(word) && !word.ContainsAny(Digits) && (!word.Contains('-') || IsHyphenatedName(word))
                && !OrganizationForms.Calendar.Contains(word) && !EmployerTitles.Contains(word) && !IsOrganizationWord(word) && !IsHonorific(word);
            if (surname && (char.IsLower(after[0]) || after is "," or ";" or ")" or "("))
                mentions[m] = Over(document, person, person.FirstToken, next + 1);
        }
    }

    /// <summary>
    /// A Chinese given name that the tagger took for the whole name takes the family name before it that no name holds:
    /// "Song" + "Peiran" is Song Peiran, and so is a given name taken for a place or other name ("He" + "Xin"). A family
    /// name that the tagger took for the whole name takes the given name after it that no name holds ("Sun" + "Yue").
    /// </summary>
    private void JoinChineseFamilyNames(Document document)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        for (int m = 0; m < mentions.Count; m++)
        {
            var name = mentions[m];
            if (name.Type is not (MentionType.Person or MentionType.Location or MentionType.Misc) || name.EndToken - name.FirstToken != 1) continue;
            int family = name.FirstToken - 1, given = name.EndToken;
            if (family >= 0 && PinyinName().IsMatch(name.Text) && _chineseSurnames.Contains(document.Slice(tokens[family]))
                && tokens[family].End + 1 == name.Span.Start && !(m > 0 && mentions[m - 1].EndToken > family))
                mentions[m] = Over(document, name, family, name.EndToken) with { Type = MentionType.Person };
            else if (name.Type == MentionType.Person && given < tokens.Count && _chineseSurnames.Contains(name.Text)
                && document.Slice(tokens[given]) is var word && IsCapitalizedWord(word) && PinyinName().IsMatch(word) && name.Span.End + 1 == tokens[given].Start
                && !(m + 1 < mentions.Count && mentions[m + 1].FirstToken <= given))
                mentions[m] = Over(document, name, name.FirstToken, given + 1);
        }
    }

    /// <summary>The words that join a firm's last partner to the others: "Ostrow, Kline and Reiter", "Greer, Baptiste &amp; Mott", "Courtois, Lamy et Cie", "Gaviria y Cia".</summary>
    private static readonly WordSet PartnerJoins = new(["and", "&", "et", "y"], StringComparer.Ordinal);

    /// <summary>Last words of a firm named by its partners: "Hoare Lisle and Co", "Lyle Merritt and Partners", "Courtois, Lamy et Cie".</summary>
    private static readonly WordSet FirmEnds = new(["Co", "Co.", "Company", "Cie", "Cia", "Partners", "Partner"], StringComparer.Ordinal);

    /// <summary>How many capitalized words one partner's name has at most ("Dickstein Shapiro", "Garcia Mansilla").</summary>
    private const int MaxPartnerWords = 2;

    /// <summary>
    /// A firm named by its partners, after an organization noun or a trade ("the Tucson law firm of Mossberg, Tafoya
    /// and Crane", "stockbrokers Courtois, Lamy et Cie", "the accountants Lyle Merritt and Partners") or after "a partner
    /// in" ("a partner in Dickstein Shapiro and Morin"), is one organization, not the people or places the tagger saw
    /// in it. The partners' names are capitalized words, joined by commas and a last "and" (or "&amp;", "et", "y").
    /// </summary>
    private void JoinPartnerships(Document document)
    {
        var tokens = document.Tokens;
        ReadOnlySpan<char> Word(int k) => document.Slice(tokens[k]);
        bool IsPartnerWord(int k) => k < tokens.Count && IsCapitalizedWord(Word(k)) && !Word(k).Contains('.');
        for (int k = 0; k + 3 < tokens.Count; k++)
        {
            var word = Word(k);
            int start = k + 1;
            if (word is "partner" or "partners" && Word(start) is "in" or "at" or "of" or "with") start++;
            else if (!IsOrganizationNounOrTrade(word)) continue;
            else if (Word(start) is "of") start++;
            // Partners, each of one or two capitalized words, and the join before the last.
            int end = start, partners = 0;
            bool joined = false;
            while (true)
            {
                int words = 0;
                while (words < MaxPartnerWords && IsPartnerWord(end + words)) words++;
                if (words == 0) break;
                end += words;
                partners++;
                if (joined || end + 1 >= tokens.Count || !IsPartnerWord(end + 1)) break;
                if (PartnerJoins.Contains(Word(end))) joined = true;
                else if (Word(end) is not ",") break;
                end++;
            }
            // Two names alone may be two firms or two people ("the drugmakers Shirakawa Seiyaku and Miyabe Pharmaceutical")
            // unless a partner's firm is meant; a capitalized word after them (a legal form, a title) leaves them to other stages.
            if (!joined || partners < 2 || end < tokens.Count && char.IsUpper(Word(end)[0])
                || partners == 2 && !FirmEnds.Contains(Word(end - 1)) && Word(k) is not ("partner" or "partners")) continue;
            ReplaceWithOrganization(document, start, end);
            k = end - 1;
        }
    }

    /// <summary>Puts one organization on tokens [first, end), in place of the names (not titles) that reach into them.</summary>
    private static void ReplaceWithOrganization(Document document, int first, int end)
    {
        var mentions = document.Mentions;
        mentions.RemoveAll(m => m.Type != MentionType.Title && m.FirstToken < end && m.EndToken > first);
        int at = mentions.FindIndex(m => m.FirstToken >= first);
        var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
        mentions.Insert(at < 0 ? mentions.Count : at, new Mention(span, MentionType.Organization, document.TextOf(span), first, end));
    }

    /// <summary>Verbs that end a clause's subject: a name the tagger ran on over one ends before it.</summary>
    private static readonly WordSet ClauseVerbs = new(["is", "are", "was", "were", "has", "have", "had", "will", "said", "says"], StringComparer.Ordinal);

    /// <summary>
    /// An organization that the tagger ran on over a comma into the next name ends there: "Lanna Air, Prasert
    /// Wattanasiri" is the airline and its founder, "Opel, Saab" two carmakers, "Gulf Harbour's European arm, Gulf
    /// Harbour Europe" the parent (before its possessive) and the arm, "Bank, Ms." the bank. Not a firm's partners or
    /// a legal form after the comma ("Keefe, Bruyette &amp; Woods", "Co., Ltd.").
    /// </summary>
    private void SplitOrganizationsAtCommas(Document document)
    {
        var mentions = document.Mentions;
        var added = new List<Mention>();
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        for (int m = 0; m < mentions.Count; m++)
        {
            var name = mentions[m];
            if (name.Type != MentionType.Organization) continue;
            int comma = name.FirstToken + 1;
            while (comma < name.EndToken - 1 && Word(comma) is not ",") comma++;
            if (comma >= name.EndToken - 1) continue;
            bool joined = false, organizationWord = false, lower = false;
            for (int k = comma + 1; k < name.EndToken; k++)
            {
                var word = Word(k);
                joined |= word is "and" or "&" or "," || LegalForms.Contains(word.ToString().Replace(".", ""));
                organizationWord |= IsOrganizationWord(word);
                lower |= char.IsLower(word[0]);
            }
            // A partners' list goes on after the name: "Dreher, Kistler" + "and Ochoa".
            if (joined || lower || name.EndToken < document.Tokens.Count && Word(name.EndToken) is "and" or "&") continue;
            // The name before the comma ends before a possessive or a lower-case word ("Gulf Harbour's European arm").
            int end = name.FirstToken + 1;
            while (end < comma && !IsPossessive(Word(end)) && !char.IsLower(Word(end)[0])) end++;
            mentions[m] = Over(document, name, name.FirstToken, end);
            if (IsHonorific(Word(comma + 1))) continue;
            int words = name.EndToken - comma - 1;
            var type = !organizationWord && words is 2 or 3 && end == comma ? MentionType.Person : MentionType.Organization;
            added.Add(Over(document, name, comma + 1, name.EndToken) with { Type = type });
        }
        AddMentions(document, added);
    }

    /// <summary>Two people that the tagger ran into one name at "and" before an honorific: "Zhang Weiping and Ms. Kwok Yee Ling".</summary>
    private static void SplitPeopleAtAnd(Document document)
    {
        var mentions = document.Mentions;
        var added = new List<Mention>();
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type != MentionType.Person) continue;
            for (int k = mention.FirstToken + 1; k + 2 < mention.EndToken; k++)
                if (document.Slice(document.Tokens[k]) is "and" && IsHonorific(document.Slice(document.Tokens[k + 1])))
                {
                    mentions[m] = Over(document, mention, mention.FirstToken, k);
                    added.Add(Over(document, mention, k + 1, mention.EndToken));
                    break;
                }
        }
        AddMentions(document, added);
    }

    /// <summary>
    /// A name ends before a verb, a sum or a comma before a lower-case word, and in a name word or a legal form ("plc"):
    /// the tagger's "Riverside Regional Medical Center is to" ends at "Center", "Lanjing Smart Auto is Kong Dewei" at
    /// "Auto", "Calder Valley Mortgages £1.2m" at "Mortgages", "Marchmont Engineering, a Coventry" at "Engineering",
    /// "Board," at "Board".
    /// </summary>
    private static void EndNamesAtNames(Document document)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type == MentionType.Title) continue;
            int end = mention.FirstToken + 1;
            while (end < mention.EndToken && !ClauseVerbs.Contains(document.Slice(document.Tokens[end])) && document.Slice(document.Tokens[end]) is not ("£" or "$" or "€" or "¥")
                && !(end + 1 < mention.EndToken && document.Slice(document.Tokens[end]) is "," && char.IsLower(document.Slice(document.Tokens[end + 1])[0]))) end++;
            while (end - mention.FirstToken > 1 && document.Slice(document.Tokens[end - 1]) is var word
                && (!word.ContainsAnyExcept(LowerLetters) && !LegalForms.Contains(word) || word is "," or ";" or ":")) end--;
            if (end == mention.EndToken) continue;
            mentions[m] = Over(document, mention, mention.FirstToken, end);
        }
    }

    /// <summary>
    /// An organization that the tagger cut at "&" takes the name after it: "Albrecht &" + "Roth", "Albrecht" + "&" +
    /// "Roth" (whatever the tagger took "Roth" for, or nothing) is the firm "Albrecht & Roth"; and one with a legal form
    /// takes the partner before "and" ("Seligman" + "and Latz Inc").
    /// </summary>
    private static void CompleteAmpersandNames(Document document)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        for (int m = 0; m < mentions.Count; m++)
        {
            var organization = mentions[m];
            if (organization.Type != MentionType.Organization) continue;
            int next = organization.EndToken;
            if (document.Slice(tokens[next - 1]) is not "&")
            {
                if (next + 1 >= tokens.Count || document.Slice(tokens[next]) is not "&") continue;
                next++;
            }
            if (next >= tokens.Count) continue;
            int other = mentions.FindIndex(o => o.FirstToken == next && o.Type != MentionType.Title);
            int end = other >= 0 ? mentions[other].EndToken : IsCapitalizedWord(document.Slice(tokens[next])) ? next + 1 : -1;
            if (end < 0) continue;
            mentions[m] = Over(document, organization, organization.FirstToken, end);
            if (other >= 0)
            {
                mentions.RemoveAt(other);
                if (other < m) m--;
            }
        }
        // A firm with a legal form takes the partner before "and": "Seligman" + "and" + "Latz Inc" is Seligman and Latz Inc.
        for (int m = 0; m < mentions.Count; m++)
        {
            var organization = mentions[m];
            int and = organization.FirstToken - 1, partner = and - 1;
            if (organization.Type != MentionType.Organization || partner < 0 || document.Slice(tokens[and]) is not "and"
                || !LegalForms.Contains(document.Slice(tokens[organization.EndToken - 1]).TrimEnd('.')) || !IsCapitalizedWord(document.Slice(tokens[partner])) || document.Slice(tokens[partner]).Contains('.')) continue;
            int other = mentions.FindIndex(o => o.EndToken > partner && o.FirstToken <= partner);
            if (other >= 0 && (mentions[other].Type == MentionType.Title || mentions[other].FirstToken != partner || mentions[other].EndToken != partner + 1)) continue;
            mentions[m] = Over(document, organization, partner, organization.EndToken);
            if (other >= 0)
            {
                mentions.RemoveAt(other);
                if (other < m) m--;
            }
        }
    }

    /// <summary>Legal forms that end a firm's name, also as news writes them in lower case ("plc").</summary>
    private static readonly WordSet LegalForms = new(["Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "AG", "SA", "NV", "GmbH", "Cos", "plc", "ltd", "inc", "llc"],
        StringComparer.Ordinal);

    /// <summary>
    /// A person's name that the tagger cut at an initial is made whole: a name ends in no initial ("Michael C." +
    /// "Barlerin"), an initial and one name want a surname ("E. Gene" + "Keigger"), an initial before a name is its
    /// own ("J." + "David Barnes"), and an initial that opens one takes the given name before it ("Thomas" +
    /// "E. Hitselberger"). The word taken may have been tagged as a one-word place or other name; the surname's other
    /// one-word place or other names in the article become the person's too ("Barlerin was previously ...").
    /// </summary>
    private void CompleteInitialedNames(Document document)
    {
        var mentions = document.Mentions;
        var owner = Owners(document);
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        bool Initial(int k) => Word(k) is [_, '.'] && IsInitial(Word(k));
        bool Free(int k) => IsFree(mentions, owner, k);
        bool OneWordName(int k, int of) => owner[k] is >= 0 and var n && n != of && mentions[n] is { Type: not MentionType.Title } name && name.EndToken - name.FirstToken == 1;
        bool GivenNameOnly(int first, int end)
        {
            if (!_givenNames.Contains(Word(end - 1))) return false;
            for (int k = first; k < end - 1; k++)
                if (!IsHonorific(Word(k))) return false;
            return true;
        }
        var absorbed = new HashSet<int>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            if (person.Type != MentionType.Person || absorbed.Contains(m)) continue;
            int first = person.FirstToken, end = person.EndToken;
            // "Michael C." and "E. Gene" want a surname, and so does "Sir Peter" (a given name after honorifics only); a
            // name after the initial is the surname ("Stephen A." + "Marchetti"), and the rest of its name is taken with it.
            while (end < owner.Length && (Initial(end - 1) || end - first == 2 && Initial(first) || GivenNameOnly(first, end))
                && (Free(end) || Initial(end - 1) && mentions[owner[end]] is { Type: MentionType.Person } surname && surname.FirstToken == end)
                && IsCapitalizedWord(Word(end)) && !OrganizationForms.Calendar.Contains(Word(end)) && (!Word(end).Contains('-') || IsHyphenatedName(Word(end))))
            {
                if (owner[end] is >= 0 and var taken)
                {
                    absorbed.Add(taken);
                    if (mentions[taken].Type == MentionType.Person) { end = mentions[taken].EndToken; break; }
                }
                end++;
            }
            // An initial before the name ("J." + "Smith") or a given name before its initial ("Lyle" + "D. Hammond"), even
            // when the tagger made the given name a name of its own ("Harvey" + "M. Lindquist", an organization "Chester").
            while (first > 0 && (Initial(first - 1) && Free(first - 1) && IsCapitalizedWord(Word(first))
                    || IsInitial(Word(first)) && _givenNames.Contains(Word(first - 1)) && (Free(first - 1) || OneWordName(first - 1, m))))
                if (owner[--first] is >= 0 and var taken) absorbed.Add(taken);
            if (first == person.FirstToken && end == person.EndToken) continue;
            // The tokens taken are this name's: no later name takes them too.
            for (int k = first; k < end; k++) owner[k] = m;
            surnames.Add(document.TextOf(document.Tokens[end - 1]));
            mentions[m] = Over(document, person, first, end);
        }
        for (int m = 0; m < mentions.Count; m++)
            if (!absorbed.Contains(m) && mentions[m] is { Type: MentionType.Location or MentionType.Misc } other
                && other.EndToken - other.FirstToken == 1 && surnames.Contains(other.Text))
                mentions[m] = other with { Type = MentionType.Person };
        foreach (int m in absorbed.OrderDescending()) mentions.RemoveAt(m);
    }

    /// <summary>The words before a father's name: "bin" of "Abdul Rahman bin Yusof".</summary>
    internal static readonly string[] FatherParticles = ["bin", "binti", "ibn"];

    /// <summary>Lower-case words between a given name and a surname or a father's name: "van der", "de", "von", "bin".</summary>
    private static readonly WordSet Particles = new(["van", "von", "der", "den", "de", "du", "da", "di", "dos", "del", "la", "le", "ter", "ten",
        .. FatherParticles], StringComparer.Ordinal);

    /// <summary>
    /// A name with particles that the tagger missed or cut ("Pieter-Jan van der" + "Linden", "Abdul Rahman" + "bin
    /// Yusof") is one person: a capitalized word that no organization or title holds (or a person's name that ends
    /// there), one or two particles, and a capitalized word that no name of several words holds. The surname with its
    /// particles written alone elsewhere ("Van der Linden", tagged as an organization at a sentence's start) is that
    /// person too.
    /// </summary>
    private static void JoinParticleNames(Document document)
    {
        var mentions = document.Mentions;
        var tokens = document.Tokens;
        var owner = Owners(document);
        ReadOnlySpan<char> Word(int k) => document.Slice(tokens[k]);
        bool OneWord(int k) => owner[k] < 0 || mentions[owner[k]].EndToken - mentions[owner[k]].FirstToken == 1;
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var absorbed = new HashSet<int>();
        var added = new List<Mention>();
        for (int k = 0; k + 2 < tokens.Count; k++)
        {
            if (!IsCapitalizedWord(Word(k)) || owner[k] >= 0 && mentions[owner[k]].Type is MentionType.Organization or MentionType.Title) continue;
            // The given names may be a person of several words that ends here ("Johan Pretorius" + "van Zyl").
            int given = k;
            if (!OneWord(k))
            {
                if (mentions[owner[k]] is not { Type: MentionType.Person } person || person.EndToken != k + 1) continue;
                given = person.FirstToken;
            }
            int surname = k + 1;
            while (surname < tokens.Count && surname - k <= 2 && Particles.Contains(Word(surname))) surname++;
            if (surname == k + 1 || surname >= tokens.Count || !IsCapitalizedWord(Word(surname)) || !OneWord(surname)) continue;
            foreach (int t in (ReadOnlySpan<int>)[k, surname]) if (owner[t] >= 0) absorbed.Add(owner[t]);
            var span = new TextSpan(tokens[given].Start, tokens[surname].End);
            added.Add(new Mention(span, MentionType.Person, document.TextOf(span), given, surname + 1));
            surnames.Add(document.TextOf(new TextSpan(tokens[k + 1].Start, tokens[surname].End)));

            k = surname;
        }
        if (added.Count == 0) return;
        for (int m = 0; m < mentions.Count; m++)
            if (!absorbed.Contains(m) && mentions[m].Type != MentionType.Title && surnames.Contains(mentions[m].Text))
                mentions[m] = mentions[m] with { Type = MentionType.Person };
        var kept = mentions.Where((_, m) => !absorbed.Contains(m)).Concat(added).OrderBy(m => m.FirstToken).ToList();
        mentions.Clear();
        mentions.AddRange(kept);
    }

    /// <summary>Words after a name's "'s" that are no noun it could own: "rival Ashby's as trading director", "chain Brannigan's, as".</summary>
    private static readonly WordSet NoPossessions = new([",", ".", ";", ")", "since", "as", "in", "at", "where", "which", "who", "for", "to", "from",
        "said", "says", "has", "had", "is", "was", "will", "would"], StringComparer.Ordinal);

    /// <summary>
    /// A shop's or a firm's name that ends in "'s" keeps it where it stands as an organization, after an organization
    /// noun or a trade with no noun after it ("the department store chain Brannigan's, as", "joined rival Ashby's as
    /// trading director"; not "the regulator Ofcom's decision") or before an appositive on one ("Wetherden's, the family
    /// firm"), or a name that the organizations list knows with its "'s" ("McDonald's"), and then wherever the article
    /// writes it ("Barrington's chairman"). A person's full name does not ("Charles
    /// Wetherden's uncle"), nor an untagged word that opens its sentence ("It's").
    /// </summary>
    private void KeepPossessiveNames(Document document)
    {
        var tokens = document.Tokens;
        var mentions = document.Mentions;
        var sentenceStarts = document.Sentences.Select(s => s.FirstToken).ToHashSet();
        // The name before the "'s" at token k: the mention that ends there (-1 for an untagged capitalized word), and where it starts.
        (int Mention, int First)? NameBefore(int k, ref int m)
        {
            if (!IsPossessive(document.Slice(tokens[k])) || tokens[k].Start != tokens[k - 1].End) return null;
            while (m < mentions.Count && mentions[m].EndToken < k) m++;
            if (m < mentions.Count && mentions[m].EndToken == k)
                return mentions[m].Type == MentionType.Title || mentions[m].Type == MentionType.Person && mentions[m].EndToken - mentions[m].FirstToken > 1
                    ? null : (m, mentions[m].FirstToken);
            return IsCapitalizedWord(document.Slice(tokens[k - 1])) && (m >= mentions.Count || mentions[m].FirstToken > k) ? (-1, k - 1) : null;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        int at = 0;
        for (int k = 1; k + 1 < tokens.Count; k++)
            if (NameBefore(k, ref at) is var (mention, first) && (mention >= 0 || !sentenceStarts.Contains(first))
                && (first > 0 && IsOrganizationNounOrTrade(document.Slice(tokens[first - 1])) && NoPossessions.Contains(document.Slice(tokens[k + 1]))
                    || IsOrganizationPlace(document, first, k + 1) || _knownOrganizations.Contains(document.Text.AsSpan(tokens[first].Start, tokens[k].End - tokens[first].Start))))
                names.Add(document.Text[tokens[first].Start..tokens[k - 1].End]);
        if (names.Count == 0) return;
        at = 0;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (NameBefore(k, ref at) is not var (mention, first)) continue;
            // The tagger's name may run on before it: "CFO of Brannigan" + "'s", which the title stage cuts.
            var before = document.Text[tokens[first].Start..tokens[k - 1].End];
            if (!names.Any(n => before.EndsWith(n, StringComparison.Ordinal) && (before.Length == n.Length || before[^(n.Length + 1)] == ' '))) continue;
            if (mention >= 0) mentions[mention] = Over(document, mentions[mention], first, k + 1) with { Type = MentionType.Organization };
            else
            {
                var span = new TextSpan(tokens[first].Start, tokens[k].End);
                mentions.Insert(at, new Mention(span, MentionType.Organization, document.TextOf(span), first, k + 1));
            }
        }
    }

    /// <summary>An organization that the tagger ran on into a place ends before a lower-case "in" ("Grab Food in Singapore" is Grab Food).</summary>
    private static void EndOrganizationsBeforeIn(Document document)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type != MentionType.Organization) continue;
            for (int k = mention.FirstToken + 1; k < mention.EndToken - 1; k++)
                if (document.Slice(document.Tokens[k]) is "in")
                {
                    mentions[m] = Over(document, mention, mention.FirstToken, k);
                    break;
                }
        }
    }

    /// <summary>
    /// An organization that the tagger ran on from a description of it starts after the description: "New York firm
    /// Conway Brothers" is Conway Brothers, and so are "Munich law firm Seidel Hoffmann Roth" and "Den Helder-based
    /// Noordzee Offshore". A capitalized trade that opens a name stays in it ("Trader Joe's", "Studio Ghibli").
    /// </summary>
    private void StartOrganizationsAfterDescriptions(Document document)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is not (MentionType.Organization or MentionType.Location)) continue;
            int start = -1;
            for (int k = mention.FirstToken; k < mention.EndToken - 1; k++)
                if (document.Slice(document.Tokens[k]) is var word && (IsOrganizationNounOrTrade(word) || word.EndsWith("-based", StringComparison.Ordinal)))
                    start = k + 1;
            if (start > 0 && document.Slice(document.Tokens[start]) is var opening && (IsCapitalizedWord(opening) || IsAcronym(opening)))
                mentions[m] = Over(document, mention, start, mention.EndToken) with { Type = MentionType.Organization };
        }
    }

    /// <summary>Whether a word opens with the Arabic article, in either case: "al-Suwaidi", "El-Sherbini", "al-mutairi".</summary>
    internal static bool HasArabicArticle(ReadOnlySpan<char> word) => word is ['a' or 'e' or 'A' or 'E', 'l', '-', _, ..];

    /// <summary>A surname with its Arabic article, as written inside a name: "al-Suwaidi", "el-Sherbini".</summary>
    private static bool IsArabicSurname(ReadOnlySpan<char> word) => HasArabicArticle(word) && char.IsLower(word[0]) && word.Length > 4 && char.IsUpper(word[3]);

    /// <summary>A word that opens with a capital and is not all capitals or digits: "Barlerin", not "USA" or "3M".</summary>
    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word[1..].ContainsAnyExcept(UpperLetters) && !word.ContainsAny(Digits);

    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>
    /// A capitalized name of two parts, as surnames and Korean or Chinese given names are: "Delgado-Imhof", and
    /// syllables of at most six letters on both sides of a hyphen ("Seo-yeon", "Ka-ming", "Chien-an"); not "Boston-based".
    /// </summary>
    private static bool IsHyphenatedName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1])) return false;
        var second = word[(hyphen + 1)..];
        return char.IsUpper(second[0]) || hyphen <= MaxSyllable && second.Length <= MaxSyllable && !second.ContainsAnyExcept(LowerLetters) && !CompoundEnds.Contains(second);
    }

    /// <summary>The longest romanized syllable of a given name: "Chien-an", "Chi-keung", "Yi-hsuan".</summary>
    private const int MaxSyllable = 6;

    /// <summary>Second parts of hyphenated English words that follow a capitalized word: "Boston-based", "Smith-led".</summary>
    private static readonly WordSet CompoundEnds = new(["based", "owned", "born", "led", "run", "backed", "listed", "made", "style", "like", "wide", "level",
        "term", "old", "scale", "class", "sized", "free", "bound", "linked", "era", "area", "zone", "only"], StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private bool IsChinesePersonalName(Document document, Mention mention)
    {
        if (mention.EndToken - mention.FirstToken != 2) return false;
        var given = document.Slice(document.Tokens[mention.FirstToken + 1]);
        return _chineseSurnames.Contains(document.Slice(document.Tokens[mention.FirstToken]))
            && given.Length > 1 && char.IsUpper(given[0]) && PinyinName().IsMatch(given);
    }

    /// <summary>
    /// A name that opens with an honorific is a person's, whatever the tagger said ("Comrade Sun Jianhua"), unless a word
    /// of an organization's name is in it ("Dr. Reddy's Laboratories"); one that the tagger ran on over "of" or a comma
    /// ends there, and a name after "of" is an organization ("Councillor Morag Shaw of North Ayrshire Council").
    /// </summary>
    private void HonorificNamesArePeople(Document document)
    {
        var mentions = document.Mentions;
        var added = new List<Mention>();
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        for (int m = 0; m < mentions.Count; m++)
        {
            var name = mentions[m];
            if (name.Type is MentionType.Person or MentionType.Title || !IsHonorific(Word(name.FirstToken))) continue;
            int end = name.FirstToken + 1;
            while (end < name.EndToken && Word(end) is not ("of" or "," or "and")) end++;
            bool organizationWord = false;
            for (int k = name.FirstToken + 1; k < end; k++) organizationWord |= IsOrganizationWord(Word(k));
            if (end == name.FirstToken + 1 || organizationWord) continue;
            mentions[m] = Over(document, name, name.FirstToken, end) with { Type = MentionType.Person };
            if (end + 1 < name.EndToken && Word(end) is "of")
                added.Add(Over(document, name, end + 1, name.EndToken) with { Type = MentionType.Organization });
        }
        AddMentions(document, added);
    }

    /// <summary>Whether no name holds token k, or only a one-word place or other name (<paramref name="owner"/>: <see cref="Owners"/>).</summary>
    private static bool IsFree(List<Mention> mentions, int[] owner, int k) =>
        owner[k] < 0 || mentions[owner[k]] is { Type: MentionType.Location or MentionType.Misc } other && other.EndToken - other.FirstToken == 1;

    /// <summary>
    /// A person's name that the tagger cut after its honorific ("Dr" + "Beat" + "Zollinger", "Mr." + "He Xin", "Mr" +
    /// "Sharon") takes the capitalized words after it that no name holds (or only a one-word place or other name) and a
    /// person's name right after them; an honorific with no name after it is no name.
    /// </summary>
    private static void CompleteHonorificNames(Document document)
    {
        var mentions = document.Mentions;
        var owner = Owners(document);
        var absorbed = new HashSet<int>();
        for (int m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            if (person.Type != MentionType.Person || person.EndToken - person.FirstToken != 1 || !IsHonorific(document.Slice(document.Tokens[person.FirstToken]))) continue;
            int end = person.EndToken;
            while (end < owner.Length && end < person.EndToken + MaxUntaggedNameWords && IsFree(mentions, owner, end) && IsCapitalizedWord(document.Slice(document.Tokens[end]))
                && !OrganizationForms.Calendar.Contains(document.Slice(document.Tokens[end])))
            {
                if (owner[end] >= 0) absorbed.Add(owner[end]);
                end++;
            }
            if (end < owner.Length && owner[end] is >= 0 and var surname && mentions[surname] is { Type: MentionType.Person } name && name.FirstToken == end)
            {
                absorbed.Add(surname);
                end = name.EndToken;
            }
            if (end == person.EndToken) absorbed.Add(m);
            else mentions[m] = Over(document, person, person.FirstToken, end);
        }
        foreach (int m in absorbed.OrderDescending()) mentions.RemoveAt(m);
    }

    /// <summary>
    /// A Chinese name as Hong Kong, Taiwan and Southeast Asia write it: a family name and a given name of two short
    /// syllables ("Lim Boon Keat", "Ng Chi Keung") or of two joined by a hyphen ("Wu Pei-ling").
    /// </summary>
    private bool IsChineseFullName(Document document, Mention mention)
    {
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        bool Syllable(ReadOnlySpan<char> word) => word.Length is >= 2 and <= 5 && char.IsUpper(word[0]) && !word[1..].ContainsAnyExcept(LowerLetters)
            && !IsOrganizationWord(word);
        if (!_chineseSurnames.Contains(Word(mention.FirstToken))) return false;
        return (mention.EndToken - mention.FirstToken) switch
        {
            2 => Word(mention.FirstToken + 1) is var given && IsHyphenatedName(given) && char.IsLower(given[given.IndexOf('-') + 1]),
            3 => Syllable(Word(mention.FirstToken + 1)) && Syllable(Word(mention.FirstToken + 2)),
            _ => false,
        };
    }

    /// <summary>Words that the article writes alone after an honorific ("Mr Haddad", "Mr Ota") or before an age ("Vidal, 45,"): surnames.</summary>
    private static HashSet<string> Surnames(Document document)
    {
        var tokens = document.Tokens;
        ReadOnlySpan<char> Word(int k) => k < tokens.Count ? document.Slice(tokens[k]) : "";
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < tokens.Count; k++)
            if (IsCapitalizedWord(Word(k)) && !IsCapitalizedWord(Word(k + 1)) && (IsHonorific(Word(k - 1)) || !IsCapitalizedWord(Word(k - 1)) && IsAgeAt(document, k + 1)))
                surnames.Add(document.TextOf(tokens[k]));
        return surnames;
    }

    /// <summary>
    /// Whether the name has two or three words and one of the article's <paramref name="surnames"/> ends it or stands in
    /// its middle ("Farouk Haddad", "Montserrat Vidal Puig"), with no word of an organization's name in it, no word mostly
    /// written in lower case opening it ("Losing Venugopal") and no known place.
    /// </summary>
    private bool HasSurname(Document document, Mention name, HashSet<string> surnames)
    {
        var tokens = document.Tokens;
        if (name.EndToken - name.FirstToken is < 2 or > 3 || _places.Contains(name.Text)
            || !surnames.Contains(document.TextOf(tokens[name.EndToken - 1])) && !surnames.Contains(document.TextOf(tokens[name.FirstToken + 1]))
            || _casing?.ClassOf(document.Slice(tokens[name.FirstToken])) is WordCasing.Lower or WordCasing.Mixed)
            return false;
        for (int k = name.FirstToken; k < name.EndToken; k++)
            if (!IsCapitalizedWord(document.Slice(tokens[k])) || IsOrganizationWord(document.Slice(tokens[k]))) return false;
        return true;
    }

    /// <summary>A name with a surname of the article is that person, whatever the tagger said ("Farouk Haddad" as an organization, "Kenjiro Ota" as a place).</summary>
    private void SurnamesMakePeople(Document document)
    {
        var mentions = document.Mentions;
        var surnames = Surnames(document);
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type is MentionType.Organization or MentionType.Location or MentionType.Misc && HasSurname(document, mentions[m], surnames))
                mentions[m] = mentions[m] with { Type = MentionType.Person };
    }

    /// <summary>
    /// A family name of a person of the article, written alone, is that person, whatever the tagger said: the last
    /// word of a full name ("Dlamini-Khumalo said"), or the first of a Chinese one ("Fu, 46, spent 17 years ..."
    /// after "Fu Qingyang"); unless it is a word of an organization's name ("Li Auto", "Ford Motor").
    /// </summary>
    private void FamilyNamesArePeople(Document document)
    {
        var mentions = document.Mentions;
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (mention.Type == MentionType.Person && mention.EndToken - mention.FirstToken > 1)
                families.Add(document.TextOf(document.Tokens[IsChinesePersonalName(document, mention) ? mention.FirstToken : mention.EndToken - 1]));
        foreach (var mention in mentions)
            if (mention.Type == MentionType.Organization && mention.EndToken - mention.FirstToken > 1)
                for (int k = mention.FirstToken; k < mention.EndToken; k++) families.Remove(document.TextOf(document.Tokens[k]));
        if (families.Count == 0) return;
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m] is { Type: MentionType.Organization or MentionType.Location or MentionType.Misc } other && other.EndToken - other.FirstToken == 1 && families.Contains(other.Text))
                mentions[m] = other with { Type = MentionType.Person };
    }

    /// <summary>A given name, an initial and a surname: "Robert E. Johnstone" is a person, whatever the tagger said.</summary>
    private bool IsInitialedName(Document document, Mention mention) =>
        mention.EndToken - mention.FirstToken == 3 && _givenNames.Contains(document.Slice(document.Tokens[mention.FirstToken]))
        && IsInitial(document.Slice(document.Tokens[mention.FirstToken + 1])) && IsCapitalizedWord(document.Slice(document.Tokens[mention.FirstToken + 2]));

    /// <summary>
    /// Two to four capitalized words and an age, as news gives a person's: "stockbroker Lim Chor Seng, 49, as its
    /// chairman" is a person, whatever the tagger said. No word is one of organizations' names ("Inc", "Bank") or a place.
    /// </summary>
    private bool IsAgedName(Document document, Mention mention)
    {
        int first = mention.FirstToken, end = mention.EndToken;
        if (end - first is < 2 or > 4 || !IsAgeAt(document, end) || _places.Contains(mention.Text)) return false;
        for (int k = first; k < end; k++)
            if (!IsCapitalizedWord(document.Slice(document.Tokens[k])) || _nameWords.Contains(document.Slice(document.Tokens[k]))) return false;
        return true;
    }

    /// <summary>Whether an age between commas starts at token k, as after a name: ", 49," or ", 49.".</summary>
    private static bool IsAgeAt(Document document, int k) =>
        k + 2 < document.Tokens.Count && document.Slice(document.Tokens[k]) is "," && document.Slice(document.Tokens[k + 1]) is [>= '1' and <= '9', >= '0' and <= '9']
        && document.Slice(document.Tokens[k + 2]) is "," or ".";

    /// <summary>A given name and a surname that open an item of a list after a semicolon: "...; Samuel Ekwueme, dean of ..." is a person.</summary>
    private bool IsListedName(Document document, Mention mention) =>
        mention.EndToken - mention.FirstToken == 2 && mention.FirstToken > 0 && document.Slice(document.Tokens[mention.FirstToken - 1]) is ";"
        && _givenNames.Contains(document.Slice(document.Tokens[mention.FirstToken])) && IsCapitalizedWord(document.Slice(document.Tokens[mention.FirstToken + 1]));

    /// <summary>One or two Pinyin syllables, capitalized ("Yuchen", "Xiang"); "Kong" is one too, so places are never retyped.</summary>
    [GeneratedRegex("^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|uai|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ua|uo|ie|ue|üe|ui|iu|er|a|o|e|i|u|v|ü)){1,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PinyinName();
}
