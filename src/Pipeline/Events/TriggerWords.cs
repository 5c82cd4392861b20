using Pipeline.Documents;

namespace Pipeline.Events;

/// <summary>
/// The words that state a move: verbs with a particle ("stepped down", "took over") and the trigger lexicon's words,
/// written in lower case (each with its event type and whether the person follows it). The rule-based extractor and
/// the classifier's candidates read them alike.
/// </summary>
public sealed class TriggerWords(IEnumerable<(string Word, EventType Type, bool PersonFollows)> triggers)
{
    /// <summary>The verbs of a succession ("Z succeeds X", "X was replaced by Z"): the successor starts what the predecessor ends.</summary>
    public static readonly WordSet Succession = new(["succeeds", "succeeded", "succeed", "succeeding", "replaces", "replaced", "replace", "replacing"], StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, (EventType Type, bool PersonFollows)>.AlternateLookup<ReadOnlySpan<char>> _words =
        triggers.ToDictionary(t => t.Word, t => (t.Type, t.PersonFollows), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The move that token <paramref name="k"/> of the sentence states, if any: a verb and its particle first, then a lexicon word.</summary>
    public bool TryGet(Document document, Sentence sentence, int k, out EventType type, out bool personFollows)
    {
        var word = document.Slice(document.Tokens[k]);
        if (k + 1 < sentence.EndToken && Phrasal(word, document.Slice(document.Tokens[k + 1])) is { } phrasal)
        {
            (type, personFollows) = (phrasal, false);
            return true;
        }
        if (char.IsLower(word[0]) && _words.TryGetValue(word, out var trigger))
        {
            (type, personFollows) = trigger;
            return true;
        }
        (type, personFollows) = (default, false);
        return false;
    }

    /// <summary>
    /// The type of a move stated by a verb and its particle, the person before them: "stepped down", "step aside",
    /// "stood down" and "no longer" (serves as, holds) end a role, "took over" starts one.
    /// </summary>
    private static EventType? Phrasal(ReadOnlySpan<char> verb, ReadOnlySpan<char> particle)
    {
        if (verb is "step" or "steps" or "stepped" or "stepping") return particle is "down" or "aside" ? EventType.End : null;
        if (verb is "stand" or "stands" or "stood" or "standing") return particle is "down" ? EventType.End : null;
        if (verb is "take" or "takes" or "took" or "taking" or "taken") return particle is "over" ? EventType.Start : null;
        if (verb is "no") return particle is "longer" ? EventType.End : null;
        return null;
    }
}
