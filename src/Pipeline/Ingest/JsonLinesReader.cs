using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>
/// Streams JSON Lines records ({"id", "text" or "html", "published", "title", "url"}) into documents.
/// A bad line (not UTF-8, not JSON, a field missing or of the wrong kind, longer than the size limit) yields an
/// error for that line and reading goes on; binary data stops the file with one error.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestResult> Read(Stream stream, string source, long maxLineBytes = Limits.DefaultMaxDocumentBytes)
    {
        var lines = new ByteLineReader(stream, maxLineBytes);
        int lineNumber = 0;
        while (lines.ReadLine())
        {
            lineNumber++;
            IngestResult result;
            bool binary = false;
            try
            {
                var line = Decode(lines, lineNumber, maxLineBytes);
                if (string.IsNullOrWhiteSpace(line)) continue;
                result = IngestResult.Ok(ParseRecord(line, source, lineNumber));
            }
            catch (InvalidInputException e)
            {
                binary = e is BinaryDataException;
                result = IngestResult.Fail(new InputError(source, lineNumber, e.Data["id"] as string, e.Message));
            }
            yield return result;
            if (binary) yield break;
        }
    }

    private sealed class BinaryDataException(string message) : InvalidInputException(message);

    private static string Decode(ByteLineReader lines, int lineNumber, long maxLineBytes)
    {
        if (lines.TooLong)
            throw new InvalidInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"line is {lines.Length:N0} bytes, over the limit of {maxLineBytes:N0} bytes per document (--max-doc-bytes)"));
        var bytes = lines.Line;
        if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (bytes.IndexOf((byte)0) >= 0)
            throw new BinaryDataException("binary data (NUL bytes), not JSON Lines; the rest of the file is skipped");
        try
        {
            return PlainTextReader.StrictEncoding.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new InvalidInputException($"not valid UTF-8 (bad byte at offset {e.Index} of the line)");
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
            if (text != null)
            {
                if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException("\"text\" is empty");
                return new Document(id, text, date, title, url, source, lineNumber);
            }
            if (html != null)
            {
                var page = HtmlArticleReader.Read(html, id);
                if (string.IsNullOrWhiteSpace(page.Text)) throw new InvalidInputException("no article text in \"html\"");
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
