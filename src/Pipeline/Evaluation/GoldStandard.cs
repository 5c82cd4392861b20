using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Ingest;

namespace Pipeline.Evaluation;

/// <summary>A gold event: company, role and date each hold the list of acceptable values (role and date may include null).</summary>
public sealed record GoldEvent(EventType Type, string Person, IReadOnlyList<string> Companies, IReadOnlyList<string?> Roles, IReadOnlyList<string?> Dates);

public sealed record GoldDocument(string Doc, DateOnly? Published, IReadOnlyList<GoldEvent> Events, string Path);

/// <summary>A gold file that breaks the spec; the message names the file and the problem.</summary>
public sealed class GoldFormatException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
    public string Problem { get; } = problem;
}

/// <summary>Reads gold files (annotations/&lt;doc-id&gt;.json, spec section 3) and checks them against the spec.</summary>
public static partial class GoldStandard
{
    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    public static partial Regex IsoDate();

    public static GoldDocument ReadFile(string path)
    {
        JObject root;
        try
        {
            var text = PlainTextReader.Decode(File.ReadAllBytes(path));
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader) as JObject ?? throw new GoldFormatException(path, "the top level must be a JSON object");
        }
        catch (InvalidInputException e)
        {
            throw new GoldFormatException(path, e.Message);
        }
        catch (JsonException e)
        {
            throw new GoldFormatException(path, $"not valid JSON ({e.Message})");
        }
        return Parse(root, path);
    }

    public static GoldDocument Parse(JObject root, string path)
    {
        string Fail(string problem) => throw new GoldFormatException(path, problem);

        var doc = root["doc"] is { Type: JTokenType.String } d && !string.IsNullOrWhiteSpace((string?)d) ? (string)d! : Fail("\"doc\" must be a non-empty string");
        DateOnly? published = null;
        switch (root["published"])
        {
            case null or { Type: JTokenType.Null }: break;
            case { Type: JTokenType.String } p when DateOnly.TryParseExact((string?)p, "yyyy-MM-dd", out var date): published = date; break;
            default: Fail("\"published\" must be null or a date YYYY-MM-DD"); break;
        }
        if (root["events"] is not JArray events) { Fail("\"events\" must be a list"); return null!; }

        var parsed = new List<GoldEvent>();
        for (int i = 0; i < events.Count; i++)
        {
            string where = $"event {i + 1}";
            if (events[i] is not JObject e) { Fail($"{where} is not an object"); continue; }
            if (!EventTypes.TryParse(e["type"]?.Type == JTokenType.String ? (string?)e["type"] : null, out var type))
                Fail($"{where}: \"type\" must be \"start\", \"end\" or \"hold\"");
            var person = e["person"] is { Type: JTokenType.String } pt && !string.IsNullOrWhiteSpace((string?)pt) ? (string)pt! : Fail($"{where}: \"person\" must be a non-empty string");
            var companies = Values(e["company"], allowNull: false, where, "company", path);
            if (companies.Count == 0) Fail($"{where}: \"company\" must name the organization");
            var roles = Values(e["role"], allowNull: true, where, "role", path);
            var dates = Values(e["date"], allowNull: true, where, "date", path);
            foreach (var date in dates)
                if (date != null && !IsoDate().IsMatch(date)) Fail($"{where}: \"date\" {date} is not YYYY, YYYY-MM or YYYY-MM-DD");
            parsed.Add(new GoldEvent(type, person, companies.Select(c => c!).ToList(), roles, dates));
        }
        return new GoldDocument(doc, published, parsed, path);
    }

    private static List<string?> Values(JToken? token, bool allowNull, string where, string slot, string path)
    {
        var values = new List<string?>();
        IEnumerable<JToken> items = token is JArray array ? array.Children() : [token ?? JValue.CreateNull()];
        foreach (var item in items)
        {
            if (item.Type == JTokenType.Null && allowNull) values.Add(null);
            else if (item.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)item)) values.Add((string)item!);
            else throw new GoldFormatException(path, $"{where}: \"{slot}\" must be {(allowNull ? "null, " : "")}a non-empty string or a list of them");
        }
        if (token is JArray && values.Count == 0) throw new GoldFormatException(path, $"{where}: \"{slot}\" is an empty list");
        return values;
    }

    /// <summary>A split or selection file: one document id a line; blank lines and "#" comments are skipped.</summary>
    public static HashSet<string> ReadIds(string path) =>
        File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// All gold documents under a folder (every *.json file, recursively), keyed by document id. A file that breaks
    /// the spec or cannot be read is reported, naming the file and the problem, and the others are still read.
    /// </summary>
    public static Dictionary<string, GoldDocument> ReadFolder(string folder, List<InputError> problems)
    {
        var gold = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        foreach (var (file, problem) in FolderWalk.Files(folder, [".json"]))
        {
            if (problem != null) { problems.Add(new InputError(file, null, null, problem)); continue; }
            try
            {
                var doc = ReadFile(file);
                if (!gold.TryAdd(doc.Doc, doc)) problems.Add(new InputError(file, null, doc.Doc, $"document \"{doc.Doc}\" already has gold in {gold[doc.Doc].Path}"));
            }
            catch (GoldFormatException e)
            {
                problems.Add(new InputError(file, null, null, e.Problem));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputError(file, null, null, $"cannot read: {e.Message}"));
            }
        }
        return gold;
    }

    /// <summary>As <see cref="ReadFolder(string, List{InputError})"/>, with each problem as "file: problem".</summary>
    public static Dictionary<string, GoldDocument> ReadFolder(string folder, List<string> problems)
    {
        var errors = new List<InputError>();
        var gold = ReadFolder(folder, errors);
        problems.AddRange(errors.Select(e => e.ToString()));
        return gold;
    }
}
