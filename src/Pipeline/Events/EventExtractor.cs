using Pipeline.Documents;
using Pipeline.Evaluation;
using Pipeline.Learning;
using Pipeline.Text;

namespace Pipeline.Events;

/// <summary>What the rule-based extractor found in a document, for the classifier to use as evidence.</summary>
public sealed class RuleEvents
{
    private readonly HashSet<(EventType, string?, string?, string?)> _events = new();
    private readonly HashSet<(EventType, string?, string?)> _core = new();

    public RuleEvents(IEnumerable<CareerEvent> events)
    {
        foreach (var e in events)
        {
            _events.Add((e.Type, Normalization.Person(e.Person), Normalization.Company(e.Company), Normalization.Role(e.Role)));
            _core.Add((e.Type, Normalization.Person(e.Person), Normalization.Company(e.Company)));
        }
    }

    public bool Contains(EventType type, string person, string company, string? role, bool core) => core
        ? _core.Contains((type, Normalization.Person(person), Normalization.Company(company)))
        : _events.Contains((type, Normalization.Person(person), Normalization.Company(company), Normalization.Role(role)));
}

/// <summary>
/// The trained event models: the event classifier, with its threshold (how far the best type's score may fall short of
/// "no event" and still be taken; below 0 trades precision for recall) and its calibration; and the role model, which
/// chooses titles for events taken without one, with its threshold (no role model: the event model's titles only); and
/// the date model, which chooses events' dates (none: the hand rule's dates, <see cref="EventDates"/>).
/// </summary>
public sealed record EventModel(ILinearScorer Events, PlattScaling Calibration, float Threshold, ILinearScorer? Roles = null, float RoleThreshold = 0,
    ILinearScorer? Dates = null);

/// <summary>A document's event candidates and their features: what the model scores.</summary>
public sealed record DocumentCandidates(Document Document, List<EventCandidate> Candidates, FeatureHash[][] Features);

/// <summary>
/// The event stage: every candidate (person, organization, title) of a sentence is classified as a start, an end,
/// a hold or nothing by a trained linear model; the rule-based extractor's findings are among its features.
/// Confidence is the model's margin over "nothing", calibrated on held-out data (<see cref="PlattScaling"/>).
/// </summary>
public sealed class EventExtractor : IDocumentProcessor
{
    /// <summary>Class 0 is "no event"; class t + 1 is <see cref="EventType"/> t.</summary>
    public const int None = 0, ClassCount = 4;

    private readonly EventCandidates _candidates;
    private readonly RuleBasedExtractor _rules;
    private readonly EventModel _model;

    public EventExtractor(EventCandidates candidates, RuleBasedExtractor rules, EventModel model)
    {
        foreach (var scorer in new[] { model.Events, model.Roles, model.Dates })
            if (scorer != null && scorer.ClassCount != ClassCount) throw new ArgumentException($"an event model has {ClassCount} classes; this one has {scorer.ClassCount}");
        (_candidates, _rules, _model) = (candidates, rules, model);
    }

    /// <summary>The extractor with the shipped (or given) models folder's trigger lexicon and event model.</summary>
    public static EventExtractor Load(string? modelDirectory = null)
    {
        var triggers = RuleBasedExtractor.ReadTriggers(modelDirectory);
        return new EventExtractor(new EventCandidates(triggers), new RuleBasedExtractor(triggers), EventModelDirectory.Load(EventModelDirectory.DefaultPath(modelDirectory)));
    }

    public string Name => "events";
    public Annotations Requires => Annotations.Sentences | Annotations.Entities | Annotations.TimeExpressions | Annotations.Coreference;
    public Annotations Produces => Annotations.Events;

    public void Process(Document document)
    {
        var prepared = Prepare(document, _candidates, _rules);
        var scored = Score(prepared, _model.Events);
        document.Events.AddRange(Events(prepared, scored, _model.Threshold, _model.Calibration,
            _model.Roles == null ? null : ScoreRoles(prepared, _model.Roles, scored, _model.Threshold), _model.RoleThreshold, _model.Dates));
    }

    /// <summary>The candidates of a document with their features; they do not depend on the model, so training computes them once.</summary>
    public static DocumentCandidates Prepare(Document document, EventCandidates candidates, RuleBasedExtractor rules)
    {
        var ruleEvents = RuleEvents(document, rules);
        var list = EventCandidates.Of(document);
        var features = new FeatureHash[list.Count][];
        var buffer = new List<FeatureHash>(128);
        for (int k = 0; k < list.Count; k++)
        {
            if ((k & 63) == 0) document.Cancellation.ThrowIfCancellationRequested();
            candidates.Features(document, list[k], ruleEvents, buffer);
            features[k] = buffer.ToArray();
        }
        return new DocumentCandidates(document, list, features);
    }

    /// <summary>Each candidate's best event type and that type's margin over "no event".</summary>
    public static (EventType Type, float Margin)[] Score(DocumentCandidates prepared, ILinearScorer model)
    {
        var scored = new (EventType, float)[prepared.Candidates.Count];
        Span<float> scores = stackalloc float[ClassCount];
        for (int k = 0; k < scored.Length; k++) scored[k] = ScoreOne(model, prepared.Features[k], scores);
        return scored;
    }

    private static (EventType Type, float Margin) ScoreOne(ILinearScorer model, FeatureHash[] features, Span<float> scores)
    {
        model.Score(features, scores);
        int best = Best(scores[1..]) + 1;
        return ((EventType)(best - 1), scores[best] - scores[None]);
    }

    /// <summary>
    /// The role model's scores, <see cref="ClassCount"/> a candidate (candidate k's for class c at k × ClassCount + c).
    /// Given the event model's scores and threshold, only the candidates <see cref="ChosenRoles"/> reads are scored: each
    /// taken candidate without a title and the titled ones that follow it; the others, most of a document's, stay zero.
    /// </summary>
    public static float[] ScoreRoles(DocumentCandidates prepared, ILinearScorer roles, (EventType Type, float Margin)[]? scored = null, float threshold = 0)
    {
        var candidates = prepared.Candidates;
        var result = new float[candidates.Count * ClassCount];
        for (int untitled = 0; untitled < candidates.Count; untitled++)
        {
            if (candidates[untitled].Role != null || scored != null && scored[untitled].Margin <= threshold) continue;
            for (int k = untitled, end = EventCandidates.TitledEnd(candidates, untitled); k < end; k++)
                roles.Score(prepared.Features[k], result.AsSpan(k * ClassCount, ClassCount));
        }
        return result;
    }

    /// <summary>
    /// The events of the candidates whose margin passes the threshold, the ends that their successions imply, and the
    /// titles that a successor takes over (<see cref="SucceededBy"/>).
    /// Organizations compete for a person: of one person mention and title (or none), only the best-scored organization
    /// of each type is taken; and people compete for a title: a title at an organization goes to its best-scored person.
    /// A taken title brings the others of its coordinated run that the model gives the same type; a post written beside
    /// the person's name while the move has another title, a former title and a denied move are holds (<see cref="TypesOf"/>).
    /// With the role model's scores, an event taken without a title carries the one the role model chooses (<see cref="ChosenRoles"/>);
    /// with a date model, events are dated by it (<see cref="EventDates"/>).
    /// </summary>
    public static List<CareerEvent> Events(DocumentCandidates prepared, (EventType Type, float Margin)[] scored, float threshold, PlattScaling calibration,
        float[]? roleScores = null, float roleThreshold = 0, ILinearScorer? dates = null)
    {
        var (document, candidates, _) = prepared;
        var roles = roleScores == null ? null : ChosenRoles(candidates, scored, threshold, roleScores, roleThreshold);
        var events = new List<CareerEvent>();
        var predecessors = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        var ends = new List<CareerEvent>();
        for (int k = 0; k < candidates.Count; k++)
            if (scored[k].Type == EventType.Start && scored[k].Margin > threshold)
                foreach (var end in Successions(document, candidates[k]))
                {
                    predecessors.Add(end.Person);
                    foreach (var role in end.Role != null ? [end.Role] : SuccessorsTitles(prepared, scored, threshold, roles, k))
                        ends.Add(EventOf(document, end with { Role = role }, EventType.End, calibration.Probability(scored[k].Margin), dates));
                }
        // The best-scored candidate of each person mention, title (or none) and type; and of each title, organization and type.
        var bestOrganization = new Dictionary<(Mention, Mention?, EventType), int>();
        var bestPerson = new Dictionary<(Mention, DiscourseEntity, EventType), int>();
        void Compete<TKey>(Dictionary<TKey, int> best, TKey key, int k) where TKey : notnull
        {
            if (!best.TryGetValue(key, out int other) || scored[k].Margin > scored[other].Margin) best[key] = k;
        }
        for (int k = 0; k < candidates.Count; k++)
        {
            if (scored[k].Margin <= threshold) continue;
            var c = candidates[k];
            Compete(bestOrganization, (c.Person, c.Role, scored[k].Type), k);
            if (c.Role != null) Compete(bestPerson, (c.Role, c.OrganizationEntity, scored[k].Type), k);
        }
        var taken = new List<(int K, EventCandidate Candidate)>();
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (scored[k].Margin > threshold && !predecessors.Contains(c.Person) && bestOrganization[(c.Person, c.Role, scored[k].Type)] == k
                && (c.Role == null || bestPerson[(c.Role, c.OrganizationEntity, scored[k].Type)] == k))
                taken.Add((k, roles != null && roles.TryGetValue(k, out var role) ? c with { Role = role } : c));
        }
        var types = TypesOf(document, taken, scored);
        // A title of a coordinated run brings the run's other titles that the model gives the same type, unless another
        // person scores better for them ("named president and chief executive" starts both).
        var covered = taken.Select(t => t.K).ToHashSet();
        var eventOf = new int[taken.Count];
        for (int i = 0; i < taken.Count; i++)
        {
            var (k, c) = taken[i];
            double confidence = calibration.Probability(scored[k].Margin);
            eventOf[i] = events.Count;
            events.Add(EventOf(document, c, types[i], confidence, dates));
            foreach (int mate in RunMates(document, candidates, k, c.Role))
                if (scored[mate].Type == scored[k].Type && !(bestPerson.TryGetValue((candidates[mate].Role!, c.OrganizationEntity, scored[k].Type), out int owner) && owner != mate)
                    && covered.Add(mate))
                    events.Add(EventOf(document, candidates[mate], types[i], confidence, dates));
        }
        events.AddRange(ends);
        events.AddRange(SucceededBy(document, taken, eventOf, events));
        EventDates.DateByTakingEffect(document, events);
        return events;
    }

    /// <summary>
    /// The titles that a successor starts, when its start has none (<see cref="Succession"/>): the succession's title
    /// ("will be succeeded as president by Masaaki Ogino", "would succeed him as CTO"), else those that the predecessor
    /// ends or holds at the organization in the sentence or the two before ("Pike, finance director, will retire. He will
    /// be succeeded at the brewer by Jennifer Hale"). <paramref name="eventOf"/> gives each taken candidate's event.
    /// </summary>
    private static IEnumerable<CareerEvent> SucceededBy(Document document, List<(int K, EventCandidate Candidate)> taken, int[] eventOf, List<CareerEvent> events)
    {
        var added = new List<CareerEvent>();
        for (int i = 0; i < taken.Count; i++)
        {
            var c = taken[i].Candidate;
            var start = events[eventOf[i]];
            if (start is not { Type: EventType.Start, Role: null } || Succession(document, c) is not var (title, predecessor)) continue;
            // Each title once: a start that the successor has already is not repeated.
            void Add(string role)
            {
                if (!events.Any(e => e.Type == EventType.Start && e.Person == start.Person && e.Company == start.Company && e.Role == role) && !added.Any(a => a.Role == role))
                    added.Add(start with { Role = role });
            }
            if (title != null) { Add(Coreference.OneLine(title.Text)); continue; }
            var sentences = document.Sentences;
            int from = sentences[Math.Max(0, sentences.IndexOf(c.Sentence.Sentence) - 2)].Start;
            foreach (var e in events)
                if (e.Type != EventType.Start && e.Role != null && e.Person == predecessor!.Name && e.Company == c.OrganizationEntity.Name
                    && e.Evidence.Start >= from && e.Evidence.Start <= c.Sentence.Sentence.Start)
                    Add(e.Role);
        }
        return added;
    }

    /// <summary>
    /// Whether the candidate's person succeeds or replaces another, and then the title of the succession ("succeeded as
    /// president by", "would succeed him as CTO") or else the predecessor. Passive: "succeeded [at Keystone | on 1
    /// January] by [the group's finance director,] [executive vice president] NAME", the predecessor being the nearest
    /// other person named before. Active: "NAME[, 44, its treasurer,] will succeed / to replace / replacing PREDECESSOR [as P]".
    /// </summary>
    private static (Mention? Title, DiscourseEntity? Predecessor)? Succession(Document document, EventCandidate c) =>
        PassiveSuccession(document, c) ?? ActiveSuccession(document, c);

    private const int SuccessionGap = 6;

    private static (Mention? Title, DiscourseEntity? Predecessor)? PassiveSuccession(Document document, EventCandidate c)
    {
        var sentence = c.Sentence;
        int first = sentence.Sentence.FirstToken;
        ReadOnlySpan<char> Word(int k) => k >= first ? document.Slice(document.Tokens[k]) : "";
        bool Named(int k) => sentence.People.Exists(p => k >= p.FirstToken && k < p.EndToken);
        int k = EventCandidates.NameStart(document, c) - 1;
        if (sentence.Titles.Find(t => t.EndToken == k + 1) is { } own) k = own.FirstToken - 1;
        // "by the group's finance director, Orla Cullinane": a description before the name.
        if (Word(k) is ",")
            for (int w = k - 1; w >= first && w >= k - SuccessionGap && Word(w) is not ("," or ";") && !Named(w); w--)
                if (Word(w) is "by") { k = w; break; }
        if (Word(k) is not "by") return null;
        // The words between the succession word and "by": "as president", "at Tellurian UK", "on 1 January".
        int by = k;
        for (k = by - 1; k >= first && k >= by - SuccessionGap && !TriggerWords.Succession.Contains(Word(k)); k--)
            if (Word(k) is "," or ";" || Named(k)) return null;
        if (!TriggerWords.Succession.Contains(Word(k))) return null;
        if (sentence.Titles.Find(t => t.FirstToken > k + 1 && t.EndToken <= by && Word(t.FirstToken - 1) is "as") is { } title) return (title, null);
        for (int p = sentence.People.Count - 1; p >= 0; p--)
            if (sentence.People[p].EndToken <= k && sentence.EntityOf(sentence.People[p]) is { } entity && entity != c.PersonEntity) return (null, entity);
        return null;
    }

    private static (Mention? Title, DiscourseEntity? Predecessor)? ActiveSuccession(Document document, EventCandidate c)
    {
        var sentence = c.Sentence;
        int end = sentence.Sentence.EndToken;
        ReadOnlySpan<char> Word(int k) => k < end ? document.Slice(document.Tokens[k]) : "";
        for (int k = c.Person.EndToken; k < end && k < c.Person.EndToken + 2 * SuccessionGap; k++)
        {
            if (sentence.People.Exists(p => p.FirstToken == k)) return null;
            if (!TriggerWords.Succession.Contains(Word(k)) || Word(k + 1) is "by" or "as") continue;
            int next = WordShape.IsHonorific(Word(k + 1)) ? k + 2 : k + 1;
            if (sentence.People.Find(p => p.FirstToken == next) is not { } predecessor || sentence.EntityOf(predecessor) is not { } entity || entity == c.PersonEntity)
                return null;
            var title = Word(predecessor.EndToken) is "as" ? sentence.Titles.Find(t => t.FirstToken == predecessor.EndToken + 1) : null;
            return title != null ? (title, null) : (null, entity);
        }
        return null;
    }

    /// <summary>
    /// The types of the taken candidates: the model's, except that a post is held, not moved to or from, when it is
    /// written beside the person's name while the same move has another title ("named chief operating officer Rosa
    /// Delgado-Imhof interim chief executive"), when the title is a former one ("was previously key account manager at
    /// Amcor Flexibles"), and when the sentence denies the move ("denied a report that chief executive Anselm Richter
    /// would step down").
    /// </summary>
    private static EventType[] TypesOf(Document document, List<(int K, EventCandidate Candidate)> taken, (EventType Type, float Margin)[] scored)
    {
        var types = taken.Select(t => scored[t.K].Type).ToArray();
        var moves = Enumerable.Range(0, taken.Count).Where(i => taken[i].Candidate.Role != null && types[i] != EventType.Hold)
            .GroupBy(i => (taken[i].Candidate.Person, taken[i].Candidate.OrganizationEntity, types[i]));
        foreach (var move in moves)
        {
            var beside = move.Where(i => TitleBesideName(document, taken[i].Candidate)).ToList();
            if (beside.Count > 0 && beside.Count < move.Count())
                foreach (int i in beside) types[i] = EventType.Hold;
        }
        for (int i = 0; i < taken.Count; i++)
            if (types[i] != EventType.Hold && (Denied(document, taken[i].Candidate) || FormerTitle(document, taken[i].Candidate))) types[i] = EventType.Hold;
        return types;
    }

    /// <summary>Whether the candidate's title is a former one: "former vice president", "formerly a director", "previously key account manager".</summary>
    private static bool FormerTitle(Document document, EventCandidate c)
    {
        if (c.Role == null) return false;
        var (first, _, _) = EventCandidates.CoordinatedRun(document, c.Sentence.Titles, c.Role);
        if (first <= c.Sentence.Sentence.FirstToken) return false;
        var before = document.Slice(document.Tokens[first - 1]);
        if (before is "a" or "an" or "the" && first - 2 >= c.Sentence.Sentence.FirstToken) before = document.Slice(document.Tokens[first - 2]);
        return before is "former" or "formerly" or "previously" or "Former" or "Formerly" or "Previously";
    }

    private static readonly WordSet DenialWords = new(["denied", "denies", "deny", "denying"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a denial comes before the person in the candidate's sentence.</summary>
    private static bool Denied(Document document, EventCandidate c)
    {
        for (int k = c.Sentence.Sentence.FirstToken; k < c.Person.FirstToken; k++)
            if (DenialWords.Contains(document.Slice(document.Tokens[k]))) return true;
        return false;
    }

    /// <summary>The words that may stand between a name and the title of its appositive, besides an age.</summary>
    private static readonly WordSet AppositiveWords = new([",", "formerly", "currently", "now", "former", "the", "a", "an", "its", "who", "was", "is", "had", "has", "been"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the candidate's title, with its coordinated run, is written beside the person's name: right before it
    /// ("chief operating officer Rosa Delgado-Imhof") or in an appositive after it ("Lau Siu-fung, currently an executive
    /// director", "Dieter zur Loye, formerly president", "Robinson, who was formerly senior vice president").
    /// </summary>
    private static bool TitleBesideName(Document document, EventCandidate c)
    {
        var (first, end, _) = EventCandidates.CoordinatedRun(document, c.Sentence.Titles, c.Role!);
        if (end == EventCandidates.NameStart(document, c)) return true;
        if (first <= c.Person.EndToken || first - c.Person.EndToken > 6 || document.Slice(document.Tokens[c.Person.EndToken]) is not ",") return false;
        for (int k = c.Person.EndToken; k < first; k++)
        {
            var word = document.Slice(document.Tokens[k]);
            if (!AppositiveWords.Contains(word) && !(k - c.Person.EndToken <= 2 && int.TryParse(word, out _))) return false;
        }
        return true;
    }

    /// <summary>The candidates of candidate k's person mention and organization whose titles are the others of the coordinated run of its title <paramref name="role"/>.</summary>
    private static IEnumerable<int> RunMates(Document document, List<EventCandidate> candidates, int k, Mention? role)
    {
        if (role == null) yield break;
        var c = candidates[k];
        var (first, end, position) = EventCandidates.CoordinatedRun(document, c.Sentence.Titles, role);
        if (position == 0) yield break;
        int untitled = k;
        while (candidates[untitled].Role != null) untitled--;
        for (int j = untitled + 1, groupEnd = EventCandidates.TitledEnd(candidates, untitled); j < groupEnd; j++)
            if (j != k && !ReferenceEquals(candidates[j].Role, role) && candidates[j].Role!.FirstToken >= first && candidates[j].Role!.EndToken <= end) yield return j;
    }

    /// <summary>
    /// The titles that the role model gives events the event model takes without one: for each person, organization
    /// and type with no titled event taken, of the titled candidates of each taken one without a title
    /// (<see cref="EventCandidates.TitledEnd"/>), the title of the one the role model ranks best for that type, if its
    /// score beats the taken one's by more than the threshold. The event model learns whether a candidate states an
    /// event, and a title far from the person seldom is one; the role model learns, by ranking them
    /// (<see cref="GoldLabels.ForRoles"/>), which title an event carries.
    /// </summary>
    private static Dictionary<int, Mention> ChosenRoles(List<EventCandidate> candidates, (EventType Type, float Margin)[] scored, float threshold,
        float[] roleScores, float roleThreshold)
    {
        // Events that the event model already gives a title: their person, organization and type.
        var titled = new HashSet<(DiscourseEntity, DiscourseEntity, EventType)>();
        for (int k = 0; k < candidates.Count; k++)
            if (candidates[k].Role != null && scored[k].Margin > threshold) titled.Add((candidates[k].PersonEntity, candidates[k].OrganizationEntity, scored[k].Type));
        // Of the others, the title that the role model ranks best, among the titled candidates of each person mention and
        // organization, and then among all mentions of the person.
        var best = new Dictionary<(DiscourseEntity, DiscourseEntity, EventType), (int Untitled, int Titled, float Lead)>();
        for (int untitled = 0; untitled < candidates.Count; untitled++)
        {
            var c = candidates[untitled];
            if (c.Role != null || scored[untitled].Margin <= threshold) continue;
            var key = (c.PersonEntity, c.OrganizationEntity, scored[untitled].Type);
            if (titled.Contains(key)) continue;
            int label = (int)key.Item3 + 1;
            float none = roleScores[untitled * ClassCount + label];
            for (int k = untitled + 1, end = EventCandidates.TitledEnd(candidates, untitled); k < end; k++)
            {
                float lead = roleScores[k * ClassCount + label] - none;
                if (lead > roleThreshold && (!best.TryGetValue(key, out var other) || lead > other.Lead)) best[key] = (untitled, k, lead);
            }
        }
        // Each title goes to the event of the candidate without a title whose title it is.
        return best.Values.ToDictionary(b => b.Untitled, b => candidates[b.Titled].Role!);
    }

    /// <summary>
    /// The titles that a successor starts at the organization in the succession's sentence and the two before it
    /// ("elected William Schanz as its chairman and chief executive officer. He replaces Anastasios Kyriakides"), as the
    /// event model or the role model (<paramref name="roles"/>, <see cref="ChosenRoles"/>) gives them: the titles that the
    /// succession ends. None (one end without a title) when they name none.
    /// </summary>
    private static List<Mention?> SuccessorsTitles(DocumentCandidates prepared, (EventType Type, float Margin)[] scored, float threshold,
        Dictionary<int, Mention>? roles, int start)
    {
        var succession = prepared.Candidates[start];
        var sentences = prepared.Document.Sentences;
        int index = sentences.IndexOf(succession.Sentence.Sentence);
        int from = sentences[Math.Max(0, index - 2)].FirstToken;
        var titles = new List<Mention?>();
        for (int k = 0; k < prepared.Candidates.Count; k++)
        {
            var c = prepared.Candidates[k];
            if (c.Role == null && roles != null && roles.TryGetValue(k, out var chosen)) c = c with { Role = chosen };
            if (c.Role != null && scored[k].Type == EventType.Start && scored[k].Margin > threshold && c.PersonEntity == succession.PersonEntity
                && c.OrganizationEntity == succession.OrganizationEntity && c.Sentence.Sentence.FirstToken >= from && c.Sentence.Sentence.FirstToken <= succession.Sentence.Sentence.FirstToken
                && !titles.Any(t => Normalization.Role(t!.Text) == Normalization.Role(c.Role.Text)))
                titles.Add(c.Role);
        }
        return titles.Count > 0 ? titles : [null];
    }

    /// <summary>
    /// A hand rule for a clear pattern of news: "Z succeeds X as P" also ends X's tenure as P at the same organization
    /// (spec, section 1). The end copies the start found for Z, with X as the person; whatever the classifier made of
    /// X in that sentence gives way.
    /// </summary>
    private static IEnumerable<EventCandidate> Successions(Document document, EventCandidate start)
    {
        var sentence = start.Sentence.Sentence;
        foreach (var person in start.Sentence.People)
        {
            if (ReferenceEquals(person, start.Person) || person.Form == MentionForm.Pronoun) continue;
            int before = person.FirstToken - 1;
            if (before > sentence.FirstToken && WordShape.IsHonorific(document.Slice(document.Tokens[before]))) before--;
            if (before < sentence.FirstToken || !TriggerWords.Succession.Contains(document.Slice(document.Tokens[before]))) continue;
            if (start.Sentence.EntityOf(person) is { } entity) yield return start with { Person = person, PersonEntity = entity };
        }
    }

    /// <summary>Runs the rule-based extractor on the document and takes back its events.</summary>
    public static RuleEvents RuleEvents(Document document, RuleBasedExtractor rules)
    {
        int before = document.Events.Count;
        rules.Process(document);
        var found = new RuleEvents(document.Events.Skip(before));
        document.Events.RemoveRange(before, document.Events.Count - before);
        return found;
    }

    public static int Best(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>
    /// The event of a candidate; a title broken over lines is given on one ("chief\noperating officer"). Its date is the
    /// date model's choice, or without one the hand rule's (<see cref="EventDates"/>).
    /// </summary>
    public static CareerEvent EventOf(Document document, EventCandidate c, EventType type, double confidence, ILinearScorer? dates = null) =>
        new(type, c.PersonEntity.Name, c.OrganizationEntity.Name, c.Role != null ? Coreference.OneLine(c.Role.Text) : type == EventType.Start ? FoundersRole(document, c) : null,
            dates == null ? EventDates.Heuristic(document, c, type) : EventDates.Choose(document, c, type, dates), Math.Round(confidence, 4), c.Sentence.Sentence.Span);

    private const int MaxFounderGap = 8, MaxAgentGap = 4;

    /// <summary>
    /// The role of a start that founds the organization, which the text need not write as a title: "founder" ("Brereton
    /// founded the company in 1971", "founded in 1999 by Harriet Pengelly"), or "co-founder" ("co-founded", "founded it
    /// with Hannah Feld"); null when no founding verb speaks of the person.
    /// </summary>
    private static string? FoundersRole(Document document, EventCandidate c)
    {
        var s = c.Sentence.Sentence;
        ReadOnlySpan<char> Word(int k) => document.Slice(document.Tokens[k]);
        bool OtherPersonBetween(int from, int to) => c.Sentence.People.Any(m => !ReferenceEquals(m, c.Person) && m.FirstToken >= from && m.FirstToken < to);
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var word = Word(k);
            bool co = word.Equals("co-founded", StringComparison.OrdinalIgnoreCase) || word.Equals("cofounded", StringComparison.OrdinalIgnoreCase);
            if (!co && !word.Equals("founded", StringComparison.OrdinalIgnoreCase)) continue;
            // The founder is the verb's subject, or in the passive its agent after "by" ("founded in 1999 by").
            int by = k + 1;
            while (by < s.EndToken && by <= k + MaxAgentGap && Word(by) is not "by") by++;
            int p = c.Person.FirstToken, pEnd = c.Person.EndToken;
            bool founder = by < s.EndToken && by <= k + MaxAgentGap
                ? p > by && p - by <= MaxAgentGap && !OtherPersonBetween(by, p)
                : pEnd <= k && k - pEnd <= MaxFounderGap && !OtherPersonBetween(pEnd, k);
            if (!founder) continue;
            for (int j = k + 1; j < s.EndToken && !co; j++)
                co = Word(j) is "with" && c.Sentence.People.Any(m => m.FirstToken > j && m.FirstToken <= j + 3);
            return co ? "co-founder" : "founder";
        }
        return null;
    }
}
