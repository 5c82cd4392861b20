using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>
/// A rule-based recognizer for people and organizations, the baseline that a trained tagger replaces:
/// runs of capitalized words (with initials and name particles), joined across "of", "and" and "&amp;" when
/// an organization word calls for it ("Bank of America", "Finance and Credit Corp"); a run is an
/// organization when an organization word, a legal suffix or a ticker marks it, a person when an
/// honorific precedes it or it has the shape of a full name. A lone word that repeats part of an
/// earlier name in the document takes that name's type ("Hecht" after "Fred Hecht").
/// </summary>
public sealed class NameRecognizer : IDocumentProcessor
{
    private static readonly WordSet Honorifics = new(["Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Mr", "Mrs", "Ms", "Dr", "Prof."], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet Particles = new(["de", "du", "da", "van", "von", "der", "den", "la", "le", "di", "bin", "al", "dos", "del"], StringComparer.Ordinal);
    private static readonly WordSet CalendarWords = new(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ], StringComparer.OrdinalIgnoreCase);

    private readonly WordSet _organizationWords;
    private readonly HashSet<string> _places;
    private readonly WordSet _sentenceStarters;
    private readonly WordSet _titleWords;

    /// <param name="titles">Titles and title modifiers: none of their words starts a name ("President", "Chief").</param>
    public NameRecognizer(IEnumerable<string> organizationWords, IEnumerable<string> places, IEnumerable<string> sentenceStarters, IEnumerable<string> titles)
    {
        _organizationWords = new WordSet(organizationWords, StringComparer.Ordinal);
        _places = new HashSet<string>(places, StringComparer.Ordinal);
        _sentenceStarters = new WordSet(sentenceStarters, StringComparer.Ordinal);
        _titleWords = new WordSet(titles.SelectMany(t => t.Split(' ')), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads the organization words; the lexicons other stages share are passed in.</summary>
    public static NameRecognizer Load(string? modelDirectory, IEnumerable<string> places, IEnumerable<string> sentenceStarters, IEnumerable<string> titles) => new(
        Lexicon.ReadTagged(Lexicon.PathOf("organization-words.txt", modelDirectory)).Select(e => e.Entry),
        places,
        sentenceStarters,
        titles);

    public string Name => "names";
    public Annotations Requires => Annotations.Sentences;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        var found = new List<(int Start, int End, MentionType? Type)>();
        foreach (var sentence in document.Sentences)
            FindRuns(document, sentence, found);

        // Lone words take the type of an earlier full name they repeat (surnames, short company names).
        var known = new Dictionary<string, MentionType>(StringComparer.Ordinal);
        var knownWord = known.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end, type) in found)
        {
            if (type is MentionType t && end - start > 1)
                for (int k = start; k < end; k++)
                    known.TryAdd(document.TextOf(document.Tokens[k]), t);
        }
        foreach (var (start, end, type) in found)
        {
            var resolved = type;
            if (resolved == null && end - start == 1 && knownWord.TryGetValue(document.Slice(document.Tokens[start]), out var t)) resolved = t;
            if (resolved is not MentionType mentionType) continue;
            var span = new TextSpan(document.Tokens[start].Start, document.Tokens[end - 1].End);
            document.Mentions.Add(new Mention(span, mentionType, document.TextOf(span), start, end));
        }
    }

    private void FindRuns(Document doc, Sentence sentence, List<(int, int, MentionType?)> found)
    {
        int i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!IsNameWord(doc, i) || (i == sentence.FirstToken && _sentenceStarters.Contains(doc.Slice(doc.Tokens[i]))))
            {
                i++;
                continue;
            }
            int end = RunEnd(doc, i, sentence.EndToken);
            // Join across connectors when an organization word asks for it: "Bank of America", "Procter & Gamble".
            while (end + 1 < sentence.EndToken && IsNameWord(doc, end + 1))
            {
                var connector = doc.Slice(doc.Tokens[end]);
                int nextEnd = RunEnd(doc, end + 1, sentence.EndToken);
                bool join = connector is "&"
                    || (connector is "of" && _organizationWords.Contains(doc.Slice(doc.Tokens[end - 1])))
                    || (connector is "and" && IsOrganizationRun(doc, end + 1, nextEnd) && !LooksLikePerson(doc, i, end));
                if (!join) break;
                end = nextEnd;
            }
            found.Add((i, end, Classify(doc, i, end, sentence)));
            i = end;
        }
    }

    private int RunEnd(Document doc, int i, int limit)
    {
        int j = i + 1;
        while (j < limit)
        {
            if (IsNameWord(doc, j) || (Particles.Contains(doc.Slice(doc.Tokens[j])) && j + 1 < limit && IsNameWord(doc, j + 1))) j++;
            else break;
        }
        return j;
    }

    private bool IsNameWord(Document doc, int i)
    {
        var token = doc.Tokens[i];
        if (token.Kind != TokenKind.Word) return false;
        var text = doc.Slice(token);
        if (!char.IsUpper(text[0]) && !(char.IsLetter(text[0]) && !char.IsLower(text[0]))) return false;
        return !CalendarWords.Contains(text) && !Honorifics.Contains(text) && !_titleWords.Contains(text.TrimEnd('.'));
    }

    private bool IsOrganizationRun(Document doc, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (_organizationWords.Contains(doc.Slice(doc.Tokens[k]))) return true;
        return false;
    }

    private static bool LooksLikePerson(Document doc, int start, int end) =>
        start > 0 && Honorifics.Contains(doc.Slice(doc.Tokens[start - 1]));

    private MentionType? Classify(Document doc, int start, int end, Sentence sentence)
    {
        var text = doc.TextOf(new TextSpan(doc.Tokens[start].Start, doc.Tokens[end - 1].End));
        if (_places.Contains(text)) return MentionType.Location;
        if (IsOrganizationRun(doc, start, end)) return MentionType.Organization;
        if (end < sentence.EndToken && doc.Slice(doc.Tokens[end]) is "<") return MentionType.Organization; // ticker: Amvest <AMVC.O>
        if (LooksLikePerson(doc, start, end)) return MentionType.Person;
        int words = end - start;
        bool acronym = words == 1 && text.Length is >= 2 and <= 6 && text.All(c => char.IsUpper(c) || c == '&');
        if (acronym) return MentionType.Organization;
        if (words is >= 2 and <= 4 && doc.Slice(doc.Tokens[end - 1]).Length > 1) return MentionType.Person;
        return null;
    }
}
