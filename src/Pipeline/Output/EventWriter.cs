using Newtonsoft.Json;
using Pipeline.Documents;

namespace Pipeline.Output;

/// <summary>Writes events as JSON Lines in the spec's format and key order (section 3).</summary>
public sealed class EventWriter(TextWriter writer)
{
    public void Write(Document document)
    {
        foreach (var e in document.Events) Write(document, e);
    }

    public void Write(Document document, CareerEvent e)
    {
        using var json = new JsonTextWriter(writer) { CloseOutput = false, Formatting = Formatting.None };
        json.WriteStartObject();
        json.WritePropertyName("doc"); json.WriteValue(document.Id);
        json.WritePropertyName("type"); json.WriteValue(e.Type.Name());
        json.WritePropertyName("person"); json.WriteValue(e.Person);
        json.WritePropertyName("company"); json.WriteValue(e.Company);
        json.WritePropertyName("role"); json.WriteValue(e.Role);
        json.WritePropertyName("date"); json.WriteValue(e.Date);
        json.WritePropertyName("confidence"); json.WriteValue(Math.Round(e.Confidence, 4));
        json.WritePropertyName("evidence");
        json.WriteStartObject();
        json.WritePropertyName("start"); json.WriteValue(e.Evidence.Start);
        json.WritePropertyName("end"); json.WriteValue(e.Evidence.End);
        json.WritePropertyName("text"); json.WriteValue(document.TextOf(e.Evidence));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        writer.Write('\n');
    }
}
