using System.Runtime.InteropServices;
using Pipeline.Documents;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>What the tagger knows besides its weights: names and word casing learned from training data.</summary>
/// <summary>
/// What the tagger knows besides its weights: names and word casing learned from training data,
/// name lists from outside it (<see cref="NameLists"/>, types <see cref="ListTypes"/>) and word classes.
/// </summary>
public sealed record EntityResources(Gazetteer Gazetteer, WordCasing Casing, WordClusters Clusters, Gazetteer NameLists)
{
    /// <summary>The name lists: the four entity types, and given names and surnames on their own.</summary>
    public static readonly IReadOnlyList<string> ListTypes = ["PER", "ORG", "LOC", "MISC", "FIRST", "LAST"];
}

/// <summary>
/// Names seen so far in a document and the types the tagger gave them: a later "Smith" or "Leeds"
/// is read in the light of earlier ones. Five saturating 12-bit counters (outside, then each type)
/// are packed in one long per word, so the table allocates nothing per token.
/// </summary>
public sealed class DocumentHistory
{
    private const int Bits = 12, Max = (1 << Bits) - 1;
    private readonly Dictionary<ulong, long> _counts = new();

    /// <summary>Records the tag of a capitalized word (type 0 = outside, t + 1 = entity type t).</summary>
    public void Add(FeatureHash word, int type) => Count(_counts, word.Value, type);

    public long Get(FeatureHash word) => _counts.GetValueOrDefault(word.Value);

    /// <summary>How each word is written in this document's running text (<see cref="WordCasing"/> classes).</summary>
    public Dictionary<ulong, byte> Casing { get; } = new();

    /// <summary>
    /// Starts a document: forgets the last one and notes how its words are written mid-sentence outside
    /// headlines, so that "JAPAN" in a capitals headline is read as the "Japan" of the story below.
    /// </summary>
    public void Start(Document document)
    {
        _counts.Clear();
        Casing.Clear();
        IndexContexts(document);
        HasFirstPass = false;
        foreach (var sentence in document.Sentences)
        {
            if (WordCasing.IsAllCapitals(document.Text, document.Tokens, sentence) || WordCasing.IsAllLowerCase(document.Text, document.Tokens, sentence)) continue;
            for (int k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
            {
                var word = document.Slice(document.Tokens[k]);
                if (!char.IsLetter(word[0])) continue;
                ref byte c = ref CollectionsMarshal.GetValueRefOrAddDefault(Casing, FeatureHash.Of(0).AddLower(word).Value, out _);
                c |= char.IsUpper(word[0]) ? WordCasing.Capitalized : WordCasing.Lower;
            }
        }
    }

    public static int CountOf(long packed, int type) => (int)((packed >> (Bits * type)) & Max);

    /// <summary>The counts less one of <paramref name="type"/> (a saturated counter stays as it is).</summary>
    public static long Remove(long packed, int type) => CountOf(packed, type) is > 0 and < Max ? packed - (1L << (Bits * type)) : packed;

    private int[] _firstPassTags = new int[256];
    private readonly Dictionary<ulong, long> _firstPassTypes = new(), _firstPassWithin = new();

    /// <summary>Whether <see cref="SetFirstPass"/> has given this document a first pass's entities.</summary>
    public bool HasFirstPass { get; private set; }

    /// <summary>
    /// Takes a first tagging of the whole document, so that a second pass sees what the first made of the words
    /// after a token and of the word's later occurrences: "Leeds" tagged ORG as part of "Leeds United" further
    /// down, or the first pass's tags to the right.
    /// </summary>
    public void SetFirstPass(Document document, IReadOnlyList<EntitySpan> entities)
    {
        HasFirstPass = true;
        if (_firstPassTags.Length < document.Tokens.Count) _firstPassTags = new int[Math.Max(document.Tokens.Count, _firstPassTags.Length * 2)];
        var tags = _firstPassTags.AsSpan(0, document.Tokens.Count);
        BilouTags.Encode(entities, tags);
        _firstPassTypes.Clear();
        _firstPassWithin.Clear();
        for (int k = 0; k < tags.Length; k++)
        {
            var word = document.Slice(document.Tokens[k]);
            if (!char.IsUpper(word[0])) continue;
            ulong key = FeatureHash.Of(0).AddLower(word).Value;
            Count(_firstPassTypes, key, FirstPassType(tags[k]));
            if (InMultiWordEntity(tags[k])) Count(_firstPassWithin, key, FirstPassType(tags[k]));
        }
    }

    /// <summary>The first pass's tag of a document token.</summary>
    public int FirstPassTag(int token) => _firstPassTags[token];

    /// <summary>How the first pass tagged a capitalized word's occurrences (packed counts by type, outside first).</summary>
    public long FirstPassTypes(FeatureHash word) => _firstPassTypes.GetValueOrDefault(word.Value);

    /// <summary>How often the first pass put a capitalized word inside a longer entity, by type.</summary>
    public long FirstPassWithin(FeatureHash word) => _firstPassWithin.GetValueOrDefault(word.Value);

    public static int FirstPassType(int tag) => tag == BilouTags.Outside ? 0 : BilouTags.TypeOf(tag) + 1;
    public static bool InMultiWordEntity(int tag) => tag != BilouTags.Outside && (tag - 1) % 4 != 3;

    private static void Count(Dictionary<ulong, long> counts, ulong key, int type)
    {
        ref long packed = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        if (((packed >> (Bits * type)) & Max) < Max) packed += 1L << (Bits * type);
    }

    /// <summary>A capitalized word's occurrence: where it is and the words on either side of it.</summary>
    private record struct Occurrence(int Token, FeatureHash Left, FeatureHash Right, int Next);

    private readonly Dictionary<ulong, int> _firstOccurrence = new();
    private readonly List<Occurrence> _occurrences = new();

    /// <summary>Occurrences of capitalized words kept per word; the rest add little and cost time.</summary>
    public const int MaxOccurrences = 8;

    /// <summary>
    /// Indexes the neighbours of every capitalized word in the document, so that each mention of "Leeds"
    /// also sees the words around its other mentions ("at Leeds", "Leeds said").
    /// </summary>
    private void IndexContexts(Document document)
    {
        _firstOccurrence.Clear();
        _occurrences.Clear();
        foreach (var sentence in document.Sentences)
        {
            if (WordCasing.IsAllLowerCase(document.Text, document.Tokens, sentence)) continue;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var word = document.Slice(document.Tokens[k]);
                if (!char.IsUpper(word[0])) continue;
                ulong key = FeatureHash.Of(0).AddLower(word).Value;
                ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstOccurrence, key, out bool exists);
                if (!exists) first = -1;
                // Prepending keeps the list in reverse text order; cap it by counting as we go.
                int count = 0;
                for (int o = first; o >= 0 && count < MaxOccurrences; o = _occurrences[o].Next) count++;
                if (count == MaxOccurrences) continue;
                var left = k > sentence.FirstToken ? FeatureHash.Of(0).AddLower(document.Slice(document.Tokens[k - 1])) : default;
                var right = k + 1 < sentence.EndToken ? FeatureHash.Of(0).AddLower(document.Slice(document.Tokens[k + 1])) : default;
                _occurrences.Add(new Occurrence(k, left, right, first));
                first = _occurrences.Count - 1;
            }
        }
    }

    /// <summary>Adds the left and right neighbours of the word's other occurrences in the document, each once.</summary>
    public void AddContexts(FeatureHash word, int token, List<FeatureHash> features, int leftTemplate, int rightTemplate)
    {
        if (!_firstOccurrence.TryGetValue(word.Value, out int o)) return;
        Span<ulong> seen = stackalloc ulong[MaxOccurrences * 2];
        int n = 0;
        for (; o >= 0; o = _occurrences[o].Next)
        {
            var occurrence = _occurrences[o];
            if (occurrence.Token == token) continue;
            AddOnce(features, seen, ref n, FeatureHash.Of(leftTemplate).Add(occurrence.Left));
            AddOnce(features, seen, ref n, FeatureHash.Of(rightTemplate).Add(occurrence.Right));
        }
    }

    private static void AddOnce(List<FeatureHash> features, Span<ulong> seen, ref int n, FeatureHash feature)
    {
        if (seen[..n].Contains(feature.Value)) return;
        seen[n++] = feature.Value;
        features.Add(feature);
    }
}

/// <summary>
/// The tagger's features for one token, as hashes. Feature set version <see cref="Version"/>: any change
/// to a template below must raise it, so that old models are refused instead of silently misread.
/// </summary>
public sealed class EntityFeatures
{
    public const int Version = 3;

    private enum T
    {
        Bias = 1, Word, Lower, Shape = Lower + 5, Prefix = Shape + 5, Suffix = Prefix + 5,
        Prev1 = Suffix + 5, Prev12, Prev1Lower, Prev1Shape, LowerBigramLeft, LowerBigramRight, ShapeTrigram,
        FirstWord, CapitalsLower, Casing, CasingLeft, CasingRight, Gazetteer, GazetteerShape, GazetteerLeft, GazetteerRight,
        HyphenHead, HyphenTail, History, HistoryMajority, DocumentCasing, LowerNextShape, PreviousLowerShape, Cluster, ClusterContext, Prev1Cluster, ClusterBigram, NameList, NameListShape, NameListLeft, NameListRight, Sentinel, OtherLeft, OtherRight,
        FirstPassTag, FirstPassPrevious, FirstPassNext, FirstPassWindow, FirstPassTypes, FirstPassMajority, FirstPassWithin,
    }

    private static readonly FeatureHash Before = FeatureHash.Of((int)T.Sentinel).Add("<s>");
    private static readonly FeatureHash After = FeatureHash.Of((int)T.Sentinel).Add("</s>");

    /// <summary>Per-sentence token facts, computed once per sentence and reused between sentences.</summary>
    public sealed class Sentence
    {
        public FeatureHash[] Word = new FeatureHash[64], Lower = new FeatureHash[64], Shape = new FeatureHash[64];
        public byte[] Casing = new byte[64];
        public uint[] Gazetteer = new uint[64], NameLists = new uint[64];
        public bool[] Capitalized = new bool[64];
        /// <summary>Each token's word classes, <see cref="ClusterLevels"/> a token, -1 for an unknown word.</summary>
        public int[] Clusters = new int[64 * 4];
        public int ClusterLevels;
        public int Length, FirstToken;
        public bool AllCapitals, LowerCase;
        public Token[] Tokens = new Token[64];
        public string Text = "";
        private char[] _trueCased = new char[256];

        public void Load(Document document, Documents.Sentence sentence, EntityResources resources)
        {
            Length = sentence.TokenCount;
            FirstToken = sentence.FirstToken;
            if (Word.Length < Length)
            {
                int size = Math.Max(Length, Word.Length * 2);
                Word = new FeatureHash[size]; Lower = new FeatureHash[size]; Shape = new FeatureHash[size];
                Casing = new byte[size]; Gazetteer = new uint[size]; NameLists = new uint[size]; Capitalized = new bool[size]; Tokens = new Token[size];
            }
            ClusterLevels = resources.Clusters.Granularities;
            if (Clusters.Length < Length * ClusterLevels) Clusters = new int[Length * ClusterLevels * 2];
            Text = document.Text;
            document.Tokens.CopyTo(sentence.FirstToken, Tokens, 0, Length);
            AllCapitals = WordCasing.IsAllCapitals(document.Text, document.Tokens, sentence);
            resources.Gazetteer.Match(Text, Tokens.AsSpan(0, Length), Gazetteer.AsSpan(0, Length));
            resources.NameLists.Match(Text, Tokens.AsSpan(0, Length), NameLists.AsSpan(0, Length));
            LowerCase = WordCasing.IsAllLowerCase(document.Text, document.Tokens, sentence);
            Span<char> shape = stackalloc char[32];
            for (int i = 0; i < Length; i++)
            {
                var word = Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
                Casing[i] = resources.Casing.ClassOf(word);
                if (LowerCase) word = TrueCase(word, i);
                Word[i] = FeatureHash.Of(0).Add(word);
                Lower[i] = FeatureHash.Of(0).AddLower(word);
                Shape[i] = FeatureHash.Of(0).Add(ShapeOf(word, shape));
                Capitalized[i] = char.IsUpper(word[0]);
                var classes = resources.Clusters.Of(word);
                for (int g = 0; g < ClusterLevels; g++) Clusters[i * ClusterLevels + g] = classes.IsEmpty ? -1 : classes[g];
            }
        }

        /// <summary>
        /// Text typed all in lower case has lost the tagger's strongest cue. Restore it as a reader would: the first
        /// word of a sentence, words written with a capital in the training text, and words of a known name that
        /// are not themselves usually lower-case ("new york", but not the "of" of "bank of america") get one.
        /// </summary>
        private ReadOnlySpan<char> TrueCase(ReadOnlySpan<char> word, int i)
        {
            const uint MultiWordParts = 0x77777777; // positions first, inside and last of every type
            bool capital = i == 0 || Casing[i] == WordCasing.Capitalized
                || (Casing[i] != WordCasing.Lower && (Gazetteer[i] | NameLists[i]) != 0)
                || ((Gazetteer[i] | NameLists[i]) & MultiWordParts) != 0 && word.Length > 3;
            if (!capital || !char.IsLower(word[0])) return word;
            if (_trueCased.Length < word.Length) _trueCased = new char[word.Length * 2];
            word.CopyTo(_trueCased);
            _trueCased[0] = char.ToUpperInvariant(word[0]);
            return _trueCased.AsSpan(0, word.Length);
        }

        public ReadOnlySpan<char> WordAt(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
        public FeatureHash LowerAt(int i) => i < 0 ? Before : i >= Length ? After : Lower[i];
        public FeatureHash ShapeAt(int i) => i < 0 ? Before : i >= Length ? After : Shape[i];
        public byte CasingAt(int i) => i < 0 || i >= Length ? (byte)255 : Casing[i];
        public uint GazetteerAt(int i) => i < 0 || i >= Length ? 0u : Gazetteer[i];
        public uint NameListsAt(int i) => i < 0 || i >= Length ? 0u : NameLists[i];
        public int ClusterAt(int i, int level) => i < 0 || i >= Length ? -2 : Clusters[i * ClusterLevels + level];
    }

    /// <summary>
    /// A word's shape: upper-case letters become X, lower-case x, digits d, other characters stay;
    /// runs longer than four are cut to four ("Xxxxx" for "London", "dddd-dd-dd" for "1996-08-30").
    /// </summary>
    public static ReadOnlySpan<char> ShapeOf(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0, run = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 4) continue;
            if (n == buffer.Length) break;
            buffer[n++] = s;
        }
        return buffer[..n];
    }

    /// <summary>
    /// Sets <paramref name="features"/> to the features of token <paramref name="i"/> that do not depend on the tags
    /// before it; <see cref="AddTagFeatures"/> adds those that do. Split so that a beam scores the first part once.
    /// </summary>
    public static void Extract(Sentence s, int i, DocumentHistory history, int typeCount, List<FeatureHash> features)
    {
        features.Clear();
        var word = s.WordAt(i);
        features.Add(FeatureHash.Of((int)T.Bias));
        features.Add(FeatureHash.Of((int)T.Word).Add(s.Word[i]));
        for (int d = -2; d <= 2; d++)
        {
            features.Add(FeatureHash.Of((int)T.Lower + d + 2).Add(s.LowerAt(i + d)));
            features.Add(FeatureHash.Of((int)T.Shape + d + 2).Add(s.ShapeAt(i + d)));
        }
        for (int k = 1; k <= 4 && k < word.Length; k++)
        {
            features.Add(FeatureHash.Of((int)T.Prefix + k).AddLower(word[..k]));
            features.Add(FeatureHash.Of((int)T.Suffix + k).AddLower(word[^k..]));
        }
        features.Add(FeatureHash.Of((int)T.LowerBigramLeft).Add(s.LowerAt(i - 1)).Add(s.Lower[i]));
        features.Add(FeatureHash.Of((int)T.LowerBigramRight).Add(s.Lower[i]).Add(s.LowerAt(i + 1)));
        features.Add(FeatureHash.Of((int)T.ShapeTrigram).Add(s.ShapeAt(i - 1)).Add(s.Shape[i]).Add(s.ShapeAt(i + 1)));
        if (i == 0) features.Add(FeatureHash.Of((int)T.FirstWord).Add(s.Shape[i]));
        if (s.AllCapitals) features.Add(FeatureHash.Of((int)T.CapitalsLower).Add(s.Lower[i]));
        features.Add(FeatureHash.Of((int)T.Casing).Add(s.Casing[i]).Add(s.Shape[i]));
        features.Add(FeatureHash.Of((int)T.CasingLeft).Add(s.CasingAt(i - 1)).Add(s.Casing[i]));
        features.Add(FeatureHash.Of((int)T.CasingRight).Add(s.Casing[i]).Add(s.CasingAt(i + 1)));
        AddBits(features, T.Gazetteer, s.Gazetteer[i], default);
        AddBits(features, T.GazetteerShape, s.Gazetteer[i], s.Shape[i]);
        AddBits(features, T.GazetteerLeft, s.GazetteerAt(i - 1), default);
        AddBits(features, T.GazetteerRight, s.GazetteerAt(i + 1), default);
        AddBits(features, T.NameList, s.NameLists[i], default);
        AddBits(features, T.NameListShape, s.NameLists[i], s.Shape[i]);
        AddBits(features, T.NameListLeft, s.NameListsAt(i - 1), default);
        AddBits(features, T.NameListRight, s.NameListsAt(i + 1), default);

        // A lower-case sentence counts for the document as its true-cased self would.
        byte documentCasing = history.Casing.GetValueOrDefault(s.Lower[i].Value);
        if (s.LowerCase && i > 0) documentCasing |= s.Capitalized[i] ? WordCasing.Capitalized : WordCasing.Lower;
        features.Add(FeatureHash.Of((int)T.DocumentCasing).Add(documentCasing).Add(i == 0 || s.AllCapitals ? 1 : 0));
        features.Add(FeatureHash.Of((int)T.LowerNextShape).Add(s.Lower[i]).Add(s.ShapeAt(i + 1)));
        features.Add(FeatureHash.Of((int)T.PreviousLowerShape).Add(s.LowerAt(i - 1)).Add(s.Shape[i]));

        for (int level = 0; level < s.ClusterLevels; level++)
            features.Add(FeatureHash.Of((int)T.Cluster).Add(level).Add(s.Clusters[i * s.ClusterLevels + level]));
        for (int level = 0; level < s.ClusterLevels; level++)
            for (int d = -2; d <= 2; d++)
                if (d != 0 && (level < 2 || Math.Abs(d) == 1))
                    features.Add(FeatureHash.Of((int)T.ClusterContext).Add(level).Add(d).Add(s.ClusterAt(i + d, level)));
        if (s.ClusterLevels > 1)
            features.Add(FeatureHash.Of((int)T.ClusterBigram).Add(s.ClusterAt(i - 1, 1)).Add(s.Clusters[i * s.ClusterLevels + 1]));

        int hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1)
        {
            features.Add(FeatureHash.Of((int)T.HyphenHead).AddLower(word[..hyphen]));
            features.Add(FeatureHash.Of((int)T.HyphenTail).AddLower(word[(word.LastIndexOf('-') + 1)..]));
        }

        if (s.Capitalized[i])
        {
            long counts = history.Get(s.Lower[i]);
            if (counts != 0)
            {
                int majority = 0;
                for (int type = 0; type <= typeCount; type++)
                {
                    int n = DocumentHistory.CountOf(counts, type);
                    if (n == 0) continue;
                    features.Add(FeatureHash.Of((int)T.History).Add(type));
                    if (n > DocumentHistory.CountOf(counts, majority)) majority = type;
                }
                features.Add(FeatureHash.Of((int)T.HistoryMajority).Add(majority));
            }
            history.AddContexts(s.Lower[i], s.FirstToken + i, features, (int)T.OtherLeft, (int)T.OtherRight);
        }
        if (history.HasFirstPass) AddFirstPassFeatures(s, i, history, typeCount, features);
    }

    /// <summary>What a first pass over the whole document made of this token, its neighbours and its other occurrences.</summary>
    private static void AddFirstPassFeatures(Sentence s, int i, DocumentHistory history, int typeCount, List<FeatureHash> features)
    {
        int token = s.FirstToken + i;
        int tag = history.FirstPassTag(token);
        int previous = i > 0 ? history.FirstPassTag(token - 1) : -1;
        int next = i + 1 < s.Length ? history.FirstPassTag(token + 1) : -1;
        features.Add(FeatureHash.Of((int)T.FirstPassTag).Add(tag));
        features.Add(FeatureHash.Of((int)T.FirstPassPrevious).Add(previous));
        features.Add(FeatureHash.Of((int)T.FirstPassNext).Add(next));
        features.Add(FeatureHash.Of((int)T.FirstPassWindow).Add(previous).Add(tag).Add(next));
        if (!s.Capitalized[i]) return;
        // The token's own tag is left out: these features say what the rest of the document thinks.
        int own = DocumentHistory.FirstPassType(tag);
        long types = DocumentHistory.Remove(history.FirstPassTypes(s.Lower[i]), own);
        if (types != 0)
        {
            int majority = 0;
            for (int type = 0; type <= typeCount; type++)
            {
                int n = DocumentHistory.CountOf(types, type);
                if (n == 0) continue;
                features.Add(FeatureHash.Of((int)T.FirstPassTypes).Add(type));
                if (n > DocumentHistory.CountOf(types, majority)) majority = type;
            }
            features.Add(FeatureHash.Of((int)T.FirstPassMajority).Add(majority));
        }
        long within = history.FirstPassWithin(s.Lower[i]);
        if (DocumentHistory.InMultiWordEntity(tag)) within = DocumentHistory.Remove(within, own);
        for (int type = 1; type <= typeCount; type++)
            if (DocumentHistory.CountOf(within, type) > 0) features.Add(FeatureHash.Of((int)T.FirstPassWithin).Add(type));
    }

    /// <summary>Adds the features of token <paramref name="i"/> that depend on the two tags before it.</summary>
    public static void AddTagFeatures(Sentence s, int i, int previous, int beforePrevious, List<FeatureHash> features)
    {
        features.Add(FeatureHash.Of((int)T.Prev1).Add(previous));
        features.Add(FeatureHash.Of((int)T.Prev12).Add(beforePrevious).Add(previous));
        features.Add(FeatureHash.Of((int)T.Prev1Lower).Add(previous).Add(s.Lower[i]));
        features.Add(FeatureHash.Of((int)T.Prev1Shape).Add(previous).Add(s.Shape[i]));
        if (s.ClusterLevels > 1)
            features.Add(FeatureHash.Of((int)T.Prev1Cluster).Add(previous).Add(s.Clusters[i * s.ClusterLevels + 1]));
    }

    private static void AddBits(List<FeatureHash> features, T template, uint bits, FeatureHash with)
    {
        while (bits != 0)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            features.Add(FeatureHash.Of((int)template).Add(bit).Add(with));
        }
    }
}
