using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;
using Pipeline.Ingest;

namespace Pipeline.Evaluation;

/// <summary>An event as the scorer reads it from extractor output (spec section 3). Type is the raw string.</summary>
public sealed record Prediction(string Doc, string? Type, string? Person, string? Company, string? Role, string? Date, double? Confidence = null)
{
    public static Prediction From(CareerEvent e, string doc) => new(doc, e.Type.Name(), e.Person, e.Company, e.Role, e.Date, e.Confidence);

    /// <summary>Reads predictions from JSON Lines; a bad line is reported with its number and skipped.</summary>
    public static List<Prediction> ReadFile(string path, List<InputError> problems)
    {
        var predictions = new List<Prediction>();
        int lineNumber = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
                    if (JToken.ReadFrom(reader) is not JObject o) { problems.Add(new InputError(path, lineNumber, null, "not a JSON object")); continue; }
                    if (o["doc"]?.Type != JTokenType.String) { problems.Add(new InputError(path, lineNumber, null, "no \"doc\"")); continue; }
                    predictions.Add(new Prediction((string)o["doc"]!, Str(o, "type"), Str(o, "person"), Str(o, "company"), Str(o, "role"), Str(o, "date"),
                        o["confidence"] is JValue { Type: JTokenType.Float or JTokenType.Integer } c ? (double)c : null));
                }
                catch (JsonException e)
                {
                    problems.Add(new InputError(path, lineNumber, null, $"not valid JSON ({e.Message})"));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputError(path, lineNumber + 1, null, $"reading stopped: {e.Message}"));
        }
        return predictions;
    }

    private static string? Str(JObject o, string key) => o[key] is JValue { Value: not null } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
