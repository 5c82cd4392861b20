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
    public void Add(FeatureHash word, int type)
    {
        ref long packed = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, word.Value, out _);
        if (((packed >> (Bits * type)) & Max) < Max) packed += 1L << (Bits * type);
    }

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
}

/// <summary>
/// The tagger's features for one token, as hashes. Feature set version <see cref="Version"/>: any change
/// to a template below must raise it, so that old models are refused instead of silently misread.
/// </summary>
public sealed class EntityFeatures
{
    public const int Version = 2;

    private enum T
    {
        Bias = 1, Word, Lower, Shape = Lower + 5, Prefix = Shape + 5, Suffix = Prefix + 5,
        Prev1 = Suffix + 5, Prev12, Prev1Lower, Prev1Shape, LowerBigramLeft, LowerBigramRight, ShapeTrigram,
        FirstWord, CapitalsLower, Casing, CasingLeft, CasingRight, Gazetteer, GazetteerShape, GazetteerLeft, GazetteerRight,
        HyphenHead, HyphenTail, History, HistoryMajority, DocumentCasing, LowerNextShape, PreviousLowerShape, Cluster, ClusterContext, Prev1Cluster, ClusterBigram, NameList, NameListShape, NameListLeft, NameListRight, Sentinel,
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
        public int Length;
        public bool AllCapitals, LowerCase;
        public Token[] Tokens = new Token[64];
        public string Text = "";
        private char[] _trueCased = new char[256];

        public void Load(Document document, Documents.Sentence sentence, EntityResources resources)
        {
            Length = sentence.TokenCount;
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
        }
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
