using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>
/// Streams JSON Lines records ({"id", "text" or "html", "published", "title", "url"}) into documents.
/// A bad line yields an error for that line and reading goes on.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestResult> Read(TextReader reader, string source)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            IngestResult result;
            try
            {
                result = IngestResult.Ok(ParseRecord(line, source, lineNumber));
            }
            catch (InvalidInputException e)
            {
                result = IngestResult.Fail(new InputError(source, lineNumber, e.Data["id"] as string, e.Message));
            }
            yield return result;
        }
    }

    public static Document ParseRecord(string line, string source, int lineNumber)
    {
        JObject record;
        try
        {
            using var json = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            record = JToken.ReadFrom(json) as JObject ?? throw new InvalidInputException("a record must be a JSON object");
            if (json.Read() && json.TokenType != JsonToken.Comment)
                throw new InvalidInputException("more than one JSON value on the line");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"not valid JSON ({e.Message})");
        }

        string? id = OptionalString(record, "id", null);
        if (string.IsNullOrWhiteSpace(id)) throw new InvalidInputException("record has no \"id\"");
        try
        {
            string? text = OptionalString(record, "text", id);
            string? html = OptionalString(record, "html", id);
            string? published = OptionalString(record, "published", id);
            DateOnly? date = null;
            if (published != null)
            {
                if (!Dates.TryParseIsoDate(published, out var parsed))
                    throw new InvalidInputException($"\"published\" is not an ISO date: \"{published}\"");
                date = parsed;
            }
            string? title = OptionalString(record, "title", id);
            string? url = OptionalString(record, "url", id);
            if (text != null) return new Document(id, text, date, title, url, source, lineNumber);
            if (html != null)
            {
                var page = HtmlArticleReader.Read(html, id);
                return new Document(id, page.Text, date ?? page.Published, title ?? page.Title, url ?? page.Url, source, lineNumber);
            }
            throw new InvalidInputException("record has neither \"text\" nor \"html\"");
        }
        catch (InvalidInputException e)
        {
            e.Data["id"] = id;
            throw;
        }
    }

    private static string? OptionalString(JObject record, string key, string? id)
    {
        var token = record[key];
        return token switch
        {
            null => null,
            { Type: JTokenType.Null } => null,
            { Type: JTokenType.String } => (string?)token,
            { Type: JTokenType.Integer } when key == "id" => token.ToString(),
            _ => throw new InvalidInputException($"\"{key}\" must be a string, not {token.Type.ToString().ToLowerInvariant()}"),
        };
    }
}
