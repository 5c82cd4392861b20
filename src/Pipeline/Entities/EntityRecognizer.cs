using Pipeline.Documents;

namespace Pipeline.Entities;

/// <summary>The pipeline stage of the statistical tagger: its PER, ORG, LOC and MISC entities become mentions.</summary>
public sealed class EntityRecognizer : IDocumentProcessor
{
    private static readonly Dictionary<string, MentionType> MentionTypes = new()
    {
        ["PER"] = MentionType.Person, ["ORG"] = MentionType.Organization, ["LOC"] = MentionType.Location, ["MISC"] = MentionType.Misc,
    };

    private readonly EntityTagger _tagger;
    private readonly MentionType[] _typeOf;
    private readonly ThreadLocal<EntityTagger.Workspace> _workspace = new(() => new EntityTagger.Workspace());

    public EntityRecognizer(EntityTagger tagger)
    {
        _tagger = tagger;
        _typeOf = tagger.Tags.Types.Select(t => MentionTypes.TryGetValue(t, out var m) ? m
            : throw new ArgumentException($"the entity model has type \"{t}\"; the pipeline knows {string.Join(", ", MentionTypes.Keys)}")).ToArray();
    }

    public static EntityRecognizer Load(string? modelDirectory) => new(EntityModelDirectory.Load(EntityModelDirectory.DefaultPath(modelDirectory)));

    /// <summary>How the tagger's training text wrote each word, which later stages read too.</summary>
    public WordCasing Casing => _tagger.Resources.Casing;

    public string Name => "entities";
    public Annotations Requires => Annotations.Sentences;
    public Annotations Produces => Annotations.Entities;

    public void Process(Document document)
    {
        foreach (var entity in _tagger.Tag(document, _workspace.Value!))
        {
            var span = new TextSpan(document.Tokens[entity.Start].Start, document.Tokens[entity.End - 1].End);
            document.Mentions.Add(new Mention(span, _typeOf[entity.Type], document.TextOf(span), entity.Start, entity.End));
        }
    }
}
