using System.Text.RegularExpressions;
using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>
/// Corrects the type of names that the tagger, trained on 1990s Reuters, reads wrongly in today's business news,
/// from evidence in the article:
/// <list type="bullet">
/// <item>a Chinese personal name, a family name and a given name of one or two Pinyin syllables ("Bai Yuchen",
/// "Han Ziqi"), is a person, whatever the tagger said (places excepted: "Hong Kong");</item>
/// <item>a one-word name that the article also writes as an organization, or as the first word of an organization
/// named before it ("Didi" after "Didi Global"), or right after "at" or "joined" ("joined Kuaishou"), is an
/// organization everywhere in the article, unless it is part of a person's full name there.</item>
/// </list>
/// </summary>
public sealed partial class NameTypes : IDocumentProcessor
{
    private static readonly WordSet EmployerMarkers = new(["at", "joined", "joins", "joining", "rejoined", "rejoins"], StringComparer.Ordinal);

    private readonly WordSet _chineseSurnames;

    public NameTypes(IEnumerable<string> chineseSurnames) => _chineseSurnames = new WordSet(chineseSurnames, StringComparer.Ordinal);

    public static NameTypes Load(string? modelDirectory = null) => new(Lexicon.ReadLines(Lexicon.PathOf("chinese-surnames.txt", modelDirectory)));

    public string Name => "name-types";
    public Annotations Requires => Annotations.Entities;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        var mentions = document.Mentions;
        for (int m = 0; m < mentions.Count; m++)
            if (mentions[m].Type is MentionType.Organization or MentionType.Misc && IsChinesePersonalName(document, mentions[m]))
                mentions[m] = mentions[m] with { Type = MentionType.Person };

        // Words of people's full names: "Ford" of "Henry Ford" stays a person.
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        var organizationFirstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Type == MentionType.Person && mention.EndToken - mention.FirstToken > 1)
                for (int k = mention.FirstToken; k < mention.EndToken; k++) personWords.Add(document.TextOf(document.Tokens[k]));
            if (mention.Type != MentionType.Organization) continue;
            organizations.Add(mention.Text);
            if (mention.EndToken - mention.FirstToken > 1) organizationFirstWords.TryAdd(document.TextOf(document.Tokens[mention.FirstToken]), mention.FirstToken);
        }
        var employers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (mention.Type != MentionType.Organization && mention.EndToken - mention.FirstToken == 1 && mention.FirstToken > 0
                && EmployerMarkers.Contains(document.Slice(document.Tokens[mention.FirstToken - 1])))
                employers.Add(mention.Text);

        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type is MentionType.Organization or MentionType.Title || mention.EndToken - mention.FirstToken != 1 || personWords.Contains(mention.Text)) continue;
            bool organization = organizations.Contains(mention.Text) || employers.Contains(mention.Text)
                || organizationFirstWords.TryGetValue(mention.Text, out int first) && first < mention.FirstToken;
            if (organization) mentions[m] = mention with { Type = MentionType.Organization };
        }
    }

    private bool IsChinesePersonalName(Document document, Mention mention)
    {
        if (mention.EndToken - mention.FirstToken != 2) return false;
        var given = document.Slice(document.Tokens[mention.FirstToken + 1]);
        return _chineseSurnames.Contains(document.Slice(document.Tokens[mention.FirstToken]))
            && given.Length > 1 && char.IsUpper(given[0]) && PinyinName().IsMatch(given);
    }

    /// <summary>One or two Pinyin syllables, capitalized ("Yuchen", "Xiang"); "Kong" is one too, so places are never retyped.</summary>
    [GeneratedRegex("^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|uai|ian|iao|ai|ei|ao|ou|an|en|in|un|ua|uo|ie|ue|ui|iu|er|a|o|e|i|u|v)){1,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PinyinName();
}
