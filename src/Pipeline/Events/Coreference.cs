using Pipeline.Documents;

namespace Pipeline.Events;

/// <summary>
/// Groups the mentions of each person and organization into <see cref="DiscourseEntity"/>s, named by their
/// fullest form: a surname or first name alone joins the person whose full name contains it, an organization
/// name joins a longer one that starts with it ("American Vision" in "American Vision Centers Inc").
/// </summary>
public sealed class Coreference : IDocumentProcessor
{
    public string Name => "coreference";
    public Annotations Requires => Annotations.Entities;
    public Annotations Produces => Annotations.Coreference;

    public void Process(Document document)
    {
        foreach (var type in (ReadOnlySpan<MentionType>)[MentionType.Person, MentionType.Organization])
        {
            var mentions = document.Mentions.Where(m => m.Type == type).ToList();
            // Longest names first, so that each shorter one finds the entity of the fullest name that contains it.
            var entities = new List<(DiscourseEntity Entity, string[] Words)>();
            foreach (var name in mentions.Select(m => m.Text).Distinct().OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var owner = entities.FirstOrDefault(e => Contains(e.Words, words, type));
                if (owner.Entity == null) entities.Add((new DiscourseEntity(type, name), words));
            }
            var byName = new Dictionary<string, DiscourseEntity>(StringComparer.Ordinal);
            foreach (var mention in mentions)
            {
                if (!byName.TryGetValue(mention.Text, out var entity))
                {
                    var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    entity = entities.First(e => e.Entity.Name == mention.Text || Contains(e.Words, words, type)).Entity;
                    byName[mention.Text] = entity;
                }
                entity.Mentions.Add(entity.Name == mention.Text ? mention : mention with { Form = MentionForm.ShortName });
            }
            document.DiscourseEntities.AddRange(entities.Select(e => e.Entity).Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions[0].FirstToken));
        }
    }

    /// <summary>A person's first or last word alone, or an organization's leading words.</summary>
    private static bool Contains(string[] full, string[] part, MentionType type) =>
        part.Length < full.Length && (type == MentionType.Person
            ? part.Length == 1 && (part[0] == full[0] || part[0] == full[^1])
            : full.AsSpan(0, part.Length).SequenceEqual(part));
}
