using Pipeline.Documents;
using Pipeline.Events;
using Pipeline.Tests.Entities;

namespace Pipeline.Tests.Events;

public class CoreferenceTests
{
    /// <summary>A document whose mentions are given as (first token, end token, type).</summary>
    private static Document WithMentions(string sentence, params (int First, int End, MentionType Type)[] mentions)
    {
        var document = EntityTaggerResourcesTests.DocumentOf(sentence);
        foreach (var (first, end, type) in mentions)
        {
            var span = new TextSpan(document.Tokens[first].Start, document.Tokens[end - 1].End);
            document.Mentions.Add(new Mention(span, type, document.TextOf(span), first, end));
        }
        new Coreference().Process(document);
        return document;
    }

    private static string[] Entities(Document document) => document.DiscourseEntities
        .Select(e => $"{e.Type} {e.Name}: " + string.Join(" | ", e.Mentions.Select(m => $"{m.Text}@{m.FirstToken}{(m.Form == MentionForm.Name ? "" : " " + m.Form)}")))
        .ToArray();

    [Test]
    public void ASurnameOrFirstNameAloneJoinsTheFullName()
    {
        // Jing 0 Jie 1 joined 2 Ant 3 Group 4 . 5 Jing 6 said 7 Ant 8 grew 9 ; 10 Jie 11 agreed 12 with 13 Lee 14
        var document = WithMentions("Jing Jie joined Ant Group . Jing said Ant grew ; Jie agreed with Lee",
            (0, 2, MentionType.Person), (3, 5, MentionType.Organization), (6, 7, MentionType.Person),
            (8, 9, MentionType.Organization), (11, 12, MentionType.Person), (14, 15, MentionType.Person));
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Jing Jie: Jing Jie@0 | Jing@6 ShortName | Jie@11 ShortName",
            "Person Lee: Lee@14",
            "Organization Ant Group: Ant Group@3 | Ant@8 ShortName",
        }));
    }

    [Test]
    public void AWordInsideANameIsNotAShortFormOfIt()
    {
        // Mary 0 Ann 1 Lee 2 met 3 Ann 4 and 5 Group 6 staff 7 of 8 Big 9 Group 10
        var document = WithMentions("Mary Ann Lee met Ann and Group staff of Big Group",
            (0, 3, MentionType.Person), (4, 5, MentionType.Person), (6, 7, MentionType.Organization), (9, 11, MentionType.Organization));
        Assert.That(Entities(document), Is.EqualTo(new[]
        {
            "Person Mary Ann Lee: Mary Ann Lee@0",
            "Person Ann: Ann@4",
            "Organization Group: Group@6",
            "Organization Big Group: Big Group@9",
        }));
    }
}
