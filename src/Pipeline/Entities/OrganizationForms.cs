using Pipeline.Documents;
using static Pipeline.Text.WordShape;

namespace Pipeline.Entities;

/// <summary>
/// Organization names that news marks by their form, which the statistical tagger misses or mistypes:
/// <list type="bullet">
/// <item>a legal form or a head word after capitalized words ("Acme Holdings Inc", "Foo Co., Ltd.", "Siemens AG",
/// "Mitsubishi Motors", "Johnson Lane Space Smith and Co Inc", "Prendergast, Sayle and Co", "Kinetix Biologics, Inc.",
/// "Electra del Segura SA", "Kingsbridge Securities (Asia) Limited"),
/// a word that opens a name ("Grupo Ferrán", "Banco del Tajo"), and "Bank of Tokyo";</item>
/// <item>capitalized words joined by an ampersand ("Albrecht &amp; Roth");</item>
/// <item>a name in angle brackets, as wire copy marks companies ("&lt;Hambrecht and Quist Group&gt;");</item>
/// <item>a ticker ("&lt;AMVC.O&gt;", "(NYSE: ABC)", "(0700.HK)"): it confirms the name right before it as an
/// organization, and is itself no name;</item>
/// <item>a named part after a possessive ("IBM's Data Systems Division", "its Semiconductor unit").</item>
/// </list>
/// A form adds a mention where no mention overlaps it; it replaces the tagger's mentions that it contains
/// ("Acme Holdings" + " Inc", "Bank of X" tagged as a place) or that cross it only with punctuation or a ticker, and it
/// takes the end of a tagger's organization that starts inside it ("Finance and Credit Corp" + "Credit Corp of Jordan").
/// An organization of the tagger that opens with "Mr" or "Dr" is a person, and so is a lone honorific with the name after it;
/// an organization that runs on into a person named elsewhere in the article is split.
/// A word alone is never enough: "Bank" or a sentence-initial "Group" is no organization. The names of <see cref="Document.Mentions"/>
/// stay sorted by first token, without overlaps (job titles, if a stage found them already, follow them untouched).
/// </summary>
public sealed class OrganizationForms : IDocumentProcessor
{
    [Flags]
    private enum SuffixKind : byte
    {
        None = 0,
        /// <summary>A legal form: "Inc", "Ltd", "AG". It may follow another ("Co., Ltd.") and "and" ("Smith and Co").</summary>
        Legal = 1,
        /// <summary>The last word of a name: "Group", "Holdings", "Bank".</summary>
        Head = 2,
        /// <summary>A word that opens a name before "of": "Bank of Tokyo", "University of Chicago".</summary>
        Of = 4,
        /// <summary>A word that opens a name before its other words: "Grupo Ferrán", "Automobiles Citroen".</summary>
        Lead = 8,
    }

    private const int MaxRunWords = 6;
    private const int MaxBracketTokens = 12;
    private const int MaxOfWords = 4;
    private const int MaxLeadWords = 4;
    private const int MaxUnitNameWords = 4;
    private const int MaxAmpersandWords = 3;

    /// <summary>Lower-case words inside a name: "Banco del Tajo", "Groupe des Eaux", "Electra del Segura SA".</summary>
    private static readonly WordSet Particles = new(["de", "del", "della", "des", "di", "du", "do", "dos", "da", "das", "la", "le", "y", "et", "van", "von", "der", "den"],
        StringComparer.Ordinal);

    /// <summary>Words that name a place by its side: "West Bank", "South Bank".</summary>
    private static readonly WordSet Directions = new(["North", "South", "East", "West", "Left", "Right", "Upper", "Lower", "Central"], StringComparer.Ordinal);

    /// <summary>Capitalized words that are no part of a name: dates.</summary>
    internal static readonly WordSet Calendar = new(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], StringComparer.Ordinal);

    private readonly Dictionary<string, SuffixKind>.AlternateLookup<ReadOnlySpan<char>> _suffixes;
    private readonly WordSet _exchanges;
    private readonly WordSet _units;
    private readonly WordSet _starters;
    private readonly WordCasing? _casing;

    /// <param name="suffixes">Entries of organization-suffixes.txt: a word and its kind ("legal", "head", "of", "head-of", "lead").</param>
    /// <param name="exchanges">Stock exchange codes before a ticker ("NYSE", "HKEX").</param>
    /// <param name="units">Nouns for a part of an organization ("unit", "division").</param>
    /// <param name="sentenceStarters">Capitalized words that open sentences ("The", "In"): they start no name.</param>
    /// <param name="casing">How words are usually written, from the entity model: a trade's common nouns join a name over "and" ("Pulp and Paper Inc").</param>
    public OrganizationForms(IEnumerable<(string Entry, string Tag)> suffixes, IEnumerable<string> exchanges, IEnumerable<string> units, IEnumerable<string> sentenceStarters,
        WordCasing? casing = null)
    {
        _casing = casing;
        var kinds = new Dictionary<string, SuffixKind>(StringComparer.Ordinal);
        foreach (var (entry, tag) in suffixes)
        {
            var kind = tag switch
            {
                "legal" => SuffixKind.Legal,
                "head" => SuffixKind.Head,
                "of" => SuffixKind.Of,
                "head-of" => SuffixKind.Head | SuffixKind.Of,
                "lead" => SuffixKind.Lead,
                _ => throw new InvalidDataException($"organization-suffixes.txt: bad kind \"{tag}\" for \"{entry}\" (legal, head, of, head-of or lead)"),
            };
            kinds[entry] = kinds.GetValueOrDefault(entry) | kind;
        }
        _suffixes = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _exchanges = new WordSet(exchanges, StringComparer.OrdinalIgnoreCase);
        _units = new WordSet(units, StringComparer.OrdinalIgnoreCase);
        _starters = new WordSet(sentenceStarters, StringComparer.Ordinal);
    }

    /// <summary>The stage with the models folder's lexicons and <paramref name="casing"/>, the entity model's (read from its folder when not given).</summary>
    public static OrganizationForms Load(string? modelDirectory = null, WordCasing? casing = null)
    {
        IEnumerable<string> Lines(string lexicon) => Lexicon.ReadLines(Lexicon.PathOf(lexicon, modelDirectory));
        return new OrganizationForms(Lexicon.ReadTagged(Lexicon.PathOf("organization-suffixes.txt", modelDirectory)),
            Lines("stock-exchanges.txt"), Lines("organization-units.txt"), Lines("sentence-starters.txt"),
            casing ?? WordCasing.Read(Path.Combine(EntityModelDirectory.DefaultPath(modelDirectory), "casing.tsv")));
    }

    public string Name => "organization-forms";
    public Annotations Requires => Annotations.Sentences | Annotations.Entities;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document) => new Pass(this, document).Run();

    /// <summary>The work on one document: its mentions, which mention owns each token, and the tokens of tickers.</summary>
    private sealed class Pass
    {
        private readonly OrganizationForms _forms;
        private readonly Document _doc;
        private readonly List<Mention?> _mentions;
        private readonly int[] _owner;
        private readonly bool[] _ticker;
        private readonly List<int> _tickerStarts = new();
        private Sentence _sentence;

        public Pass(OrganizationForms forms, Document doc)
        {
            _forms = forms;
            _doc = doc;
            // Job titles, if a stage found them already, are no names: they stay as they are.
            _mentions = new List<Mention?>(doc.Mentions.Where(m => m.Type != MentionType.Title));
            _owner = new int[doc.Tokens.Count];
            _ticker = new bool[doc.Tokens.Count];
            Array.Fill(_owner, -1);
            for (int m = 0; m < _mentions.Count; m++)
                for (int k = _mentions[m]!.FirstToken; k < _mentions[m]!.EndToken; k++) _owner[k] = m;
        }

        public void Run()
        {
            bool changed = CutAtStrayBracketsAndSemicolons();
            foreach (var sentence in _doc.Sentences)
            {
                _sentence = sentence;
                if (WordCasing.IsAllCapitals(_doc.Text, _doc.Tokens, sentence)) continue;
                changed |= FindBracketsAndTickers();
            }
            foreach (var sentence in _doc.Sentences)
            {
                _sentence = sentence;
                if (WordCasing.IsAllCapitals(_doc.Text, _doc.Tokens, sentence) || WordCasing.IsTitleCased(_doc.Text, _doc.Tokens, sentence)) continue;
                changed |= FindNamedForms();
            }
            foreach (int open in _tickerStarts)
            {
                _sentence = SentenceOf(open);
                changed |= ConfirmNameBefore(open);
            }
            changed |= RetagPeople();
            if (!changed) return;
            var titles = _doc.Mentions.Where(m => m.Type == MentionType.Title).ToList();
            _doc.Mentions.Clear();
            _doc.Mentions.AddRange(_mentions.OfType<Mention>().OrderBy(m => m.FirstToken));
            _doc.Mentions.AddRange(titles);
        }

        /// <summary>
        /// A name that the tagger ran over a quotation mark or bracket without its pair, as filings write them ('the
        /// "Board") of Bank of Yuzhou'), or over a semicolon between list items ("Thorsen Foundation; Samuel Ekwueme"),
        /// is cut there into the parts with a capitalized word, each less the lower-case words at its edges ("Board",
        /// "Bank"); a name of function words alone, from a heading in capitals ("OF"), is none.
        /// </summary>
        private bool CutAtStrayBracketsAndSemicolons()
        {
            bool changed = false;
            for (int m = 0, count = _mentions.Count; m < count; m++)
            {
                if (_mentions[m] is not { } mention) continue;
                if (IsFunctionWords(mention)) { Remove(m); changed = true; continue; }
                if (!HasCutMark(mention)) continue;
                _sentence = SentenceOf(mention.FirstToken);
                Remove(m);
                changed = true;
                for (int first = mention.FirstToken; first < mention.EndToken; )
                {
                    int end = first;
                    while (end < mention.EndToken && !IsCutMark(Word(end))) end++;
                    int from = first, to = end;
                    while (from < to && !IsNameWord(from)) from++;
                    while (to > from && !IsNameWord(to - 1)) to--;
                    if (to > from) Add(from, to, mention.Type);
                    first = end + 1;
                }
            }
            return changed;
        }

        private enum CutMark { None, Quote, Open, Close, Semicolon }

        private static CutMark CutMarkOf(ReadOnlySpan<char> word) => word switch
        {
            "\"" or "\u201C" or "\u201D" => CutMark.Quote,
            "(" or "[" => CutMark.Open,
            ")" or "]" => CutMark.Close,
            ";" => CutMark.Semicolon,
            _ => CutMark.None,
        };

        private static bool IsCutMark(ReadOnlySpan<char> word) => CutMarkOf(word) != CutMark.None;

        /// <summary>Whether a name holds a semicolon, a quotation mark without its pair or a bracket without its pair.</summary>
        private bool HasCutMark(Mention mention)
        {
            int quotes = 0, open = 0;
            bool stray = false;
            for (int k = mention.FirstToken; k < mention.EndToken; k++)
                switch (CutMarkOf(Word(k)))
                {
                    case CutMark.Quote: quotes++; break;
                    case CutMark.Open: open++; break;
                    case CutMark.Close: stray |= --open < 0; break;
                    case CutMark.Semicolon: stray = true; break;
                }
            return stray || open != 0 || quotes % 2 != 0;
        }

        private bool IsFunctionWords(Mention mention)
        {
            for (int k = mention.FirstToken; k < mention.EndToken; k++)
                if (Word(k) is not ("OF" or "AND" or "THE" or "FOR" or "IN" or "TO" or "ON" or "A" or "AN")) return false;
            return true;
        }

        /// <summary>
        /// People that the tagger took for organizations:
        /// an "organization" that opens with "Mr", "Ms", "Mrs" or "Dr" is a person ("Mr Marchionne"), unless a legal form or
        /// head word says otherwise ("Mr. Steak Inc", "Dr. Reddy's Laboratories"); an honorific alone, tagged as a name,
        /// opens the person whose name follows it ("Ms" + "Mohd-Saaid"); and an organization that runs on into a person
        /// named elsewhere in the article ("group EADS Philippe Camus", with "Mr Camus" later) is split in two.
        /// </summary>
        private bool RetagPeople()
        {
            bool changed = false;
            HashSet<string>? surnames = null;
            for (int m = 0; m < _mentions.Count; m++)
            {
                if (_mentions[m] is not { } mention) continue;
                if (mention.Type != MentionType.Person && mention.EndToken - mention.FirstToken == 1 && IsHonorific(Word(mention.FirstToken)))
                {
                    changed |= HonorificOpensPerson(m);
                    continue;
                }
                if (mention.Type is not (MentionType.Organization or MentionType.Misc or MentionType.Location)) continue;
                // "Mr. Lam Chi Fai" and "Professor Leung Ka Wai" are people, whatever the tagger said.
                if (IsHonorific(Word(mention.FirstToken)) && mention.EndToken - mention.FirstToken >= 2)
                {
                    bool organization = false;
                    for (int k = mention.FirstToken + 1; k < mention.EndToken; k++) organization |= KindOf(k) != SuffixKind.None || IsPossessive(Word(k));
                    if (organization) continue;
                    _mentions[m] = mention with { Type = MentionType.Person };
                    changed = true;
                }
                else if (mention.Type == MentionType.Organization && mention.EndToken - mention.FirstToken >= 3)
                {
                    surnames ??= Surnames();
                    int last = mention.EndToken - 1;
                    // A named part keeps its name: "its Chas. P. Young subsidiary".
                    if (!surnames.Contains(Word(last).ToString()) || KindOf(last) != SuffixKind.None || mention.EndToken < _doc.Tokens.Count && IsUnit(mention.EndToken)) continue;
                    // The given name before the surname, when it is a capitalized word that is no part of a name's form.
                    _sentence = SentenceOf(last);
                    int split = last - 1 > mention.FirstToken && IsNameWord(last - 1) && KindOf(last - 1) == SuffixKind.None ? last - 1 : last;
                    Remove(m);
                    Add(mention.FirstToken, split, MentionType.Organization);
                    Add(split, mention.EndToken, MentionType.Person);
                    changed = true;
                }
            }
            return changed;
        }

        /// <summary>Makes a lone honorific and the capitalized words after it (or the person mention there) one person.</summary>
        private bool HonorificOpensPerson(int m)
        {
            var honorific = _mentions[m]!;
            int next = honorific.EndToken;
            if (next >= _doc.Tokens.Count || _owner[next] is var owner && owner >= 0 && _mentions[owner]!.Type != MentionType.Person) return false;
            int end = owner >= 0 ? _mentions[owner]!.EndToken : next;
            if (owner < 0)
                while (end < _doc.Tokens.Count && end - next < 3 && _owner[end] < 0 && Word(end) is [var c, ..] && char.IsUpper(c)) end++;
            if (end == next) return false;
            if (owner >= 0) Remove(owner);
            Remove(m);
            Add(honorific.FirstToken, end, MentionType.Person);
            return true;
        }

        /// <summary>Last words of the article's person mentions and the words after its honorifics.</summary>
        private HashSet<string> Surnames()
        {
            var surnames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in _mentions)
                if (mention is { Type: MentionType.Person } && !IsHonorific(Word(mention.EndToken - 1)))
                    surnames.Add(Word(mention.EndToken - 1).ToString());
            for (int k = 0; k + 1 < _doc.Tokens.Count; k++)
                if (IsHonorific(Word(k)) && Word(k + 1) is [var c, ..] && char.IsUpper(c)) surnames.Add(Word(k + 1).ToString());
            return surnames;
        }

        /// <summary>"&lt;Name&gt;" and the tickers "&lt;ABC&gt;", "(NYSE: ABC)", "(ABC.N)".</summary>
        private bool FindBracketsAndTickers()
        {
            bool changed = false;
            for (int i = _sentence.FirstToken; i < _sentence.EndToken; i++)
            {
                var word = Word(i);
                if (word is "<")
                {
                    int close = i + 1;
                    while (close < _sentence.EndToken && close - i <= MaxBracketTokens && Word(close) is not (">" or "<")) close++;
                    if (close >= _sentence.EndToken || Word(close) is not ">" || close == i + 1) continue;
                    if (close == i + 2 && IsTicker(Word(i + 1), requireMarket: false)) changed |= MarkTicker(i, close + 1);
                    else if (IsNameWord(i + 1))
                    {
                        int end = close;
                        if (IsPossessive(Word(end - 1))) end--;
                        // The brackets mark the name: the tagger's mentions inside them, with or without a bracket, yield.
                        changed |= end > i + 1 && Apply(i + 1, end, overlapping: Overlapping(i, close + 1));
                    }
                    i = close;
                }
                else if (word is "(")
                {
                    int close = TickerInParentheses(i);
                    if (close > i)
                    {
                        changed |= MarkTicker(i, close + 1);
                        i = close;
                    }
                }
            }
            return changed;
        }

        /// <summary>The closing parenthesis of "(NYSE: ABC)", "(NYSE American: ABC)" or "(ABC.N)" at token i, or -1.</summary>
        private int TickerInParentheses(int i)
        {
            int limit = _sentence.EndToken;
            if (i + 2 < limit && Word(i + 2) is ")" && IsTicker(Word(i + 1), requireMarket: true)) return i + 2;
            if (i + 1 >= limit || !_forms._exchanges.Contains(Word(i + 1))) return -1;
            int colon = i + 2;
            if (colon < limit && Word(colon) is not ":" && IsNameWord(colon)) colon++;
            if (colon + 2 < limit && Word(colon) is ":" && IsTicker(Word(colon + 1), requireMarket: false) && Word(colon + 2) is ")") return colon + 2;
            return -1;
        }

        /// <summary>
        /// The ticker's tokens [start, end) carry no mention: a mention that runs into it ends before it, and one that
        /// runs out of it starts at its first capitalized word after it.
        /// </summary>
        private bool MarkTicker(int start, int end)
        {
            _tickerStarts.Add(start);
            for (int k = start; k < end; k++) _ticker[k] = true;
            bool changed = false;
            foreach (int m in Overlapping(start, end))
            {
                var mention = _mentions[m]!;
                Remove(m);
                if (mention.FirstToken < start) Add(mention.FirstToken, start, mention.Type);
                int after = end;
                while (after < mention.EndToken && !IsNameWord(after)) after++;
                if (after < mention.EndToken && KindOf(after) == SuffixKind.None) Add(after, mention.EndToken, mention.Type);
                changed = true;
            }
            return changed;
        }

        /// <summary>The name right before a ticker is an organization: the mention that ends there, or the capitalized words.</summary>
        private bool ConfirmNameBefore(int open)
        {
            if (open == _sentence.FirstToken) return false;
            int m = _owner[open - 1];
            if (m >= 0)
            {
                var mention = _mentions[m]!;
                if (mention.EndToken != open || mention.Type == MentionType.Organization) return false;
                Remove(m);
                Add(mention.FirstToken, mention.EndToken, MentionType.Organization);
                return true;
            }
            int start = RunStart(open, _sentence.FirstToken);
            return start < open && Apply(start, open, Overlapping(start, open));
        }

        /// <summary>Legal forms, head words, "Bank of X", and named parts after a possessive.</summary>
        private bool FindNamedForms()
        {
            bool changed = false;
            int floor = _sentence.FirstToken;
            for (int i = _sentence.FirstToken; i < _sentence.EndToken; i++)
            {
                if (_ticker[i]) continue;
                int end = UnitEnd(i);
                if (end > i + 1)
                {
                    // A lower-case unit noun is no part of the name ("its Heartland Bakeries subsidiary"), and a place or a
                    // nationality alone names no part ("its US subsidiary", "its Italian unit").
                    int nameEnd = char.IsLower(Word(end - 1)[0]) ? end - 1 : end;
                    if (!IsPlaceAlone(i + 1, end - 1))
                    {
                        // The tagger's "Mellon Bank subsidiary" (and "subsidiary" with the sentence's period) is "Mellon Bank".
                        if (nameEnd < end && _owner[nameEnd] is >= 0 and var m && _mentions[m] is { } withUnit && withUnit.FirstToken > i
                            && (withUnit.EndToken == end || withUnit.EndToken == end + 1 && !HasLetterOrDigit(Word(end))))
                        {
                            Remove(m);
                            Add(withUnit.FirstToken, nameEnd, withUnit.Type);
                            changed = true;
                        }
                        changed |= Apply(i + 1, nameEnd, Overlapping(i + 1, nameEnd));
                    }
                    floor = end;
                    i = end - 1;
                    continue;
                }
                // Names joined by an ampersand are a firm: "Albrecht & Roth", "Marks & Spencer", "Greaves & Pell".
                if (Word(i) is "&" && IsNameWord(i - 1) && IsNameWord(i + 1))
                {
                    int from = RunStart(i, floor);
                    end = i + 1;
                    while (end < _sentence.EndToken && end - i <= MaxAmpersandWords && IsNameWord(end)) end++;
                    end = ChainEnd(end);
                    changed |= Apply(from, end, Overlapping(from, end));
                    floor = end;
                    i = end - 1;
                    continue;
                }
                var kind = KindOf(i);
                if (kind == SuffixKind.None) continue;
                if (kind == SuffixKind.Lead)
                {
                    end = i + 1;
                    while (end < _sentence.EndToken && end - i <= MaxLeadWords && (IsNameWord(end) || OpensParticles(end))) end++;
                    if (end == i + 1) continue;
                    end = ChainEnd(end);
                    changed |= Apply(i, end, Overlapping(i, end));
                    floor = end;
                    i = end - 1;
                    continue;
                }
                // A head inside the tagger's longer name leaves it to a later one: "Baoshan Iron and Steel Co".
                if (kind == SuffixKind.Head && i + 1 < _sentence.EndToken && Word(i + 1) is "and" && _owner[i] >= 0 && _owner[i + 1] == _owner[i]) continue;
                bool ofForm = (kind & SuffixKind.Of) != 0 && i + 2 < _sentence.EndToken && Word(i + 1) is "of" && IsNameWord(i + 2);
                int start = RunStart(i, floor);
                if (start == i && !ofForm) continue;
                if (!ofForm && (kind & (SuffixKind.Legal | SuffixKind.Head)) == 0) continue;
                end = i + 1;
                if (ofForm)
                {
                    end = i + 2;
                    while (end < _sentence.EndToken && end - i - 2 < MaxOfWords && IsFieldWord(end)) end++;
                    // "and" joins a second field unless the tagger named what follows on its own: "Ministry of Commerce and
                    // Industry", "University of Science and Technology"; not "Bank of America and Citigroup".
                    if (end + 1 < _sentence.EndToken && Word(end) is "and" && IsNameWord(end + 1) && (_owner[end + 1] < 0 || _owner[end + 1] == _owner[i]))
                        for (end++; end < _sentence.EndToken && end - i - 2 < MaxOfWords + 2 && IsFieldWord(end); end++) { }
                }
                end = ChainEnd(end);
                bool legal = false;
                for (int k = i; k < end; k++) legal |= (KindOf(k) & SuffixKind.Legal) != 0;
                // A place named by a direction and a head word stays a place ("West Bank"); "Nilgiri Bank" is a bank.
                changed |= Apply(start, end, Overlapping(start, end), keepSameSpan: !legal && !ofForm && Directions.Contains(_doc.Slice(_doc.Tokens[start])));
                floor = end;
                i = end - 1;
            }
            return changed;
        }

        /// <summary>Further suffixes after a name: "Group Holdings Ltd", "Co., Ltd.", "Deutsche Bank Securities Inc".</summary>
        private int ChainEnd(int end)
        {
            int limit = _sentence.EndToken;
            while (end < limit)
            {
                if (Word(end) is "," && end + 1 < limit && (KindOf(end + 1) & SuffixKind.Legal) != 0) { end += 2; continue; }
                if (Word(end) is "(" && BracketClose(end) is > 0 and var close && close + 1 < limit && (KindOf(close + 1) & SuffixKind.Legal) != 0) { end = close + 2; continue; }
                if ((KindOf(end) & (SuffixKind.Legal | SuffixKind.Head)) != 0) { end++; continue; }
                int j = end;
                while (j < limit && j - end < 3 && IsNameWord(j) && KindOf(j) == SuffixKind.None) j++;
                if (j > end && j < limit && (KindOf(j) & SuffixKind.Legal) != 0) { end = j + 1; continue; }
                return end;
            }
            return end;
        }

        /// <summary>
        /// After a possessive at token i ("'s", "'", "its"): capitalized words and a unit noun ("IBM's Data Systems
        /// Division", "its Semiconductor unit"); the end of the named part, or i when there is none.
        /// </summary>
        private int UnitEnd(int i)
        {
            var word = Word(i);
            if (!IsPossessive(word) && word is not ("'" or "\u2019" or "its" or "Its")) return i;
            int j = i + 1;
            while (j < _sentence.EndToken && j - i <= MaxUnitNameWords && IsNameWord(j) && !IsUnit(j)) j++;
            return j > i + 1 && j < _sentence.EndToken && IsUnit(j) ? j + 1 : i;
        }

        /// <summary>A unit noun, also with a period that the tokenizer left on it ("subsidiary." at a line's end).</summary>
        private bool IsUnit(int k)
        {
            var word = Word(k);
            return _forms._units.Contains(word) || word.Length > 1 && word[^1] == '.' && _forms._units.Contains(word[..^1]);
        }

        /// <summary>
        /// Where the name that ends before token i starts: back over capitalized words, joined by "&amp;", by
        /// punctuation written without spaces ("M/A-Com", "Chas. P. Young"), by a possessive ("Paul's Place"),
        /// and by "and" before "Co", after a single capitalized word that is not a name on its own ("Woodward and
        /// Lothrop"), in "Savings and Loan", and between a trade's common nouns before a legal form ("Pulp and Paper Inc"); not before <paramref name="floor"/>; i when no name word precedes.
        /// </summary>
        private int RunStart(int i, int floor)
        {
            int start = i, k = i - 1, words = 0;
            bool joinedByAnd = false;
            while (k >= floor && words < MaxRunWords)
            {
                if (IsNameWord(k)) { start = k--; words++; continue; }
                // A joining token needs a name word before it: the loop takes that word next.
                if (k - 1 < floor || !IsNameWord(k - 1)) break;
                var word = Word(k);
                bool and = word is "and" && (k + 1 == i && Word(i) is "Co" or "Co." or "Company" || words == 1 && !EndsName(k - 1) && Alone(k - 1)
                    || Word(k - 1) is "Savings" && Word(k + 1) is "Loan" || words == 1 && k + 2 == i && (KindOf(i) & SuffixKind.Legal) != 0 && (IsCommonNoun(k - 1) || IsCommonNoun(k + 1)));
                bool join = and || word is "&"
                    || word is "/" or "-" or "." && Glued(k - 1, k) && (word is "." || Glued(k, k + 1))
                    || IsPossessive(word) && !EndsName(k - 1)
                    // "Kinetix Biologics, Inc.", and the partners' names of a firm: "Prendergast, Sayle and Co".
                    || word is "," && (k + 1 == i && (KindOf(i) & SuffixKind.Legal) != 0 || joinedByAnd && Alone(k - 1) && StartsName(k - 1))
                    // "Electra del Segura SA", "Banco de la Nacion SA".
                    || Particles.Contains(word);
                // "Kingsbridge Securities (Asia) Limited": a region in brackets before the legal form.
                if (word is ")" && k + 1 == i && (KindOf(i) & SuffixKind.Legal) != 0 && BracketOpen(k) is > 0 and var open && open - 1 >= floor && IsNameWord(open - 1))
                {
                    k = open - 1;
                    continue;
                }
                if (!join) break;
                joinedByAnd |= and;
                k--;
            }
            return start;
        }

        /// <summary>
        /// Token k is a word usually written in lower case ("Paper", "Gear"), as trades that join a name over "and" are:
        /// "Miramichi Pulp and Paper Inc", "Wolverine Axle and Gear Co"; not "Merrill Lynch and Salomon Inc".
        /// </summary>
        private bool IsCommonNoun(int k) => _forms._casing?.ClassOf(Word(k)) is WordCasing.Lower or WordCasing.Mixed;

        /// <summary>Token k is in an organization or place mention, or in a name of several words: "and" or "'s" after it starts another name.</summary>
        private bool EndsName(int k)
        {
            int m = _owner[k];
            if (m < 0) return false;
            var mention = _mentions[m]!;
            return mention.Type is MentionType.Organization or MentionType.Location || mention.EndToken - mention.FirstToken > 1;
        }

        /// <summary>
        /// The tokens [start, end) are exactly a place or a nationality: a Location mention, or a Misc one of one word or
        /// after a direction ("Italian", "South Korean"; not the tagger's "Chas. P. Young").
        /// </summary>
        private bool IsPlaceAlone(int start, int end) =>
            _owner[start] >= 0 && _mentions[_owner[start]] is { } m && m.FirstToken == start && m.EndToken == end
            && (m.Type is MentionType.Location || m.Type is MentionType.Misc && (end - start == 1 || Directions.Contains(Word(start))));

        /// <summary>One or two particles at token k, then a name word: "du Vivarais", "de la Manche".</summary>
        private bool OpensParticles(int k) =>
            Particles.Contains(Word(k)) && k + 1 < _sentence.EndToken
            && (IsNameWord(k + 1) || Particles.Contains(Word(k + 1)) && k + 2 < _sentence.EndToken && IsNameWord(k + 2));

        /// <summary>A word of an "of" name's field, which may be a head word elsewhere: "Department of Minerals and Energy".</summary>
        private bool IsFieldWord(int k) => IsNameWord(k) && KindOf(k) is SuffixKind.None or SuffixKind.Head;

        /// <summary>Token k is no part of a name mention, or the first word of one: "Purcell" of the tagger's "Purcell, Dane".</summary>
        private bool StartsName(int k) => _owner[k] < 0 || _mentions[_owner[k]]!.FirstToken == k;

        /// <summary>The ")" of "(Asia)" or "(Hong Kong)" after the "(" at token <paramref name="open"/>, or -1.</summary>
        private int BracketClose(int open)
        {
            int k = open + 1;
            while (k < _sentence.EndToken && k - open <= 3 && IsNameWord(k)) k++;
            return k > open + 1 && k < _sentence.EndToken && Word(k) is ")" ? k : -1;
        }

        /// <summary>The "(" of "(Asia)" or "(Hong Kong)" whose ")" is token <paramref name="close"/>, or -1.</summary>
        private int BracketOpen(int close)
        {
            for (int k = close - 1; k >= _sentence.FirstToken && close - k <= 4; k--)
            {
                if (Word(k) is "(") return k < close - 1 ? k : -1;
                if (!IsNameWord(k)) return -1;
            }
            return -1;
        }

        /// <summary>Token k is a single capitalized word: no capitalized word or name mention before it.</summary>
        private bool Alone(int k) => k == _sentence.FirstToken || !IsNameWord(k - 1);

        /// <summary>
        /// Puts an organization on [start, end) unless a mention that the form does not explain is in the way:
        /// the form replaces mentions inside it, mentions that reach out of it only with punctuation, and a non-organization
        /// that holds a legal form ("Foo Co." as a person); with <paramref name="keepSameSpan"/> a place on exactly
        /// these words stays ("West Bank").
        /// </summary>
        private bool Apply(int start, int end, List<int> overlapping, bool keepSameSpan = false)
        {
            // The tagger found where the name starts and mistook its type: "Baoshan Iron and Steel Co." as a place.
            if (overlapping.Count == 1 && _mentions[overlapping[0]] is { } longer && longer.FirstToken < start && longer.EndToken == end
                && longer.Type != MentionType.Organization && HoldsLegalForm(longer))
                start = longer.FirstToken;
            // The tagger's name of several words runs up to the form's words: "Wolverine Axle and Gear" (a place) + "Co".
            else if (overlapping.Count >= 1 && _mentions[overlapping[0]] is { } head && head.FirstToken < start && head.EndToken > start
                && head.EndToken - head.FirstToken > 1 && head.Type != MentionType.Person && (KindOf(end - 1) & SuffixKind.Legal) != 0)
                start = head.FirstToken;
            // The form found where the name starts and the tagger where it ends: "Finance and Credit Corp" + "Credit Corp of Jordan".
            else if (overlapping.Count == 1 && _mentions[overlapping[0]] is { } tail && tail.Type == MentionType.Organization
                && tail.FirstToken > start && tail.FirstToken < end && tail.EndToken > end && !IsClauseWord(end))
                end = tail.EndToken;
            foreach (int m in overlapping)
            {
                var o = _mentions[m]!;
                if (o.FirstToken == start && o.EndToken == end && (o.Type == MentionType.Organization || keepSameSpan && o.Type == MentionType.Location)) return false;
                bool inside = o.FirstToken >= start && o.EndToken <= end;
                if (inside || OutsideIsPunctuation(o, start, end)) continue;
                if (o.Type != MentionType.Organization && HoldsLegalForm(o)) continue;
                // A legal form ends the name: "Pemberton Industrial plc on Thursday" runs on into the clause.
                if (o.FirstToken >= start && o.EndToken > end && (KindOf(end - 1) & SuffixKind.Legal) != 0 && IsClauseWord(end)) continue;
                return false;
            }
            foreach (int m in overlapping) Remove(m);
            Add(start, end, MentionType.Organization);
            return true;
        }

        /// <summary>A lower-case word that does not continue a name ("on", "said"; not "and", "of", "de").</summary>
        private bool IsClauseWord(int k)
        {
            var word = Word(k);
            return word.Length > 0 && char.IsLower(word[0]) && word is not ("and" or "of" or "de" or "du" or "des" or "der" or "von" or "van" or "y" or "e");
        }

        private bool OutsideIsPunctuation(Mention o, int start, int end)
        {
            for (int k = o.FirstToken; k < o.EndToken; k++)
                if ((k < start || k >= end) && !_ticker[k] && HasLetterOrDigit(Word(k))) return false;
            return true;
        }

        private bool HoldsLegalForm(Mention o)
        {
            for (int k = o.FirstToken; k < o.EndToken; k++)
                if ((KindOf(k) & SuffixKind.Legal) != 0) return true;
            return false;
        }

        /// <summary>The mentions on any token of [start, end), each once, in text order.</summary>
        private List<int> Overlapping(int start, int end)
        {
            var result = new List<int>();
            for (int k = start; k < end; k++)
                if (_owner[k] >= 0 && (result.Count == 0 || result[^1] != _owner[k])) result.Add(_owner[k]);
            return result;
        }

        private void Remove(int m)
        {
            var mention = _mentions[m]!;
            for (int k = mention.FirstToken; k < mention.EndToken; k++)
                if (_owner[k] == m) _owner[k] = -1;
            _mentions[m] = null;
        }

        private void Add(int first, int end, MentionType type)
        {
            var span = new TextSpan(_doc.Tokens[first].Start, _doc.Tokens[end - 1].End);
            _mentions.Add(new Mention(span, type, _doc.TextOf(span), first, end));
            for (int k = first; k < end; k++) _owner[k] = _mentions.Count - 1;
        }

        private Sentence SentenceOf(int token)
        {
            int lo = 0, hi = _doc.Sentences.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (_doc.Sentences[mid].FirstToken <= token) lo = mid;
                else hi = mid - 1;
            }
            return _doc.Sentences[lo];
        }

        private SuffixKind KindOf(int k)
        {
            var word = Word(k);
            if (_forms._suffixes.TryGetValue(word, out var kind)) return kind;
            return word.Length > 1 && word[^1] == '.' && _forms._suffixes.TryGetValue(word[..^1], out kind) ? kind : SuffixKind.None;
        }

        /// <summary>A word that can be part of a name: capitalized ("Acme", "3M", "eBay"), not a sentence opener or a date, not in a ticker.</summary>
        private bool IsNameWord(int k)
        {
            if (k < _sentence.FirstToken || k >= _sentence.EndToken || _ticker[k]) return false;
            var word = Word(k);
            if (word.Length == 0 || !char.IsLetterOrDigit(word[0])) return false;
            // Capitalized, or lower case only before a capital near the start ("eBay", "iFlytek"), not "president-Components".
            int upper = word.IndexOfAnyInRange('A', 'Z');
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && upper is < 0 or > 2) return false;
            // "Boston-based", "Paris-listed": an adjective, not a name.
            int hyphen = word.LastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1])) return false;
            if (char.IsDigit(word[0]) && !HasLetter(word)) return false;
            // A month that opens a sentence before a name is that name's: "May Department Stores Co said".
            return !_forms._starters.Contains(word) && (!Calendar.Contains(word.TrimEnd('.'))
                || k == _sentence.FirstToken && k + 1 < _sentence.EndToken && IsNameWord(k + 1));
        }

        private bool Glued(int left, int right) => _doc.Tokens[left].End == _doc.Tokens[right].Start;

        private ReadOnlySpan<char> Word(int k) => _doc.Slice(_doc.Tokens[k]);
    }

    /// <summary>A ticker: capitals and digits ("ABC", "0700", "BRK.A"); with <paramref name="requireMarket"/> a market suffix too ("BABA.N").</summary>
    private static bool IsTicker(ReadOnlySpan<char> word, bool requireMarket)
    {
        if (word.Length is 0 or > 12) return false;
        int dot = word.IndexOf('.');
        var symbol = dot < 0 ? word : word[..dot];
        var market = dot < 0 ? [] : word[(dot + 1)..];
        if (symbol.Length is 0 or > 7 || dot >= 0 && (market.Length is 0 or > 4 || !HasLetter(market)) || requireMarket && dot < 0) return false;
        foreach (char c in symbol)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '&')) return false;
        foreach (char c in market)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) return false;
        return true;
    }


}
