namespace Pipeline.Documents;

public enum EventType : byte
{
    Start,
    End,
    Hold,
}

public static class EventTypes
{
    public static string Name(this EventType type) => type switch
    {
        EventType.Start => "start",
        EventType.End => "end",
        _ => "hold",
    };

    public static bool TryParse(string? name, out EventType type)
    {
        switch (name)
        {
            case "start": type = EventType.Start; return true;
            case "end": type = EventType.End; return true;
            case "hold": type = EventType.Hold; return true;
            default: type = default; return false;
        }
    }
}

/// <summary>A career event found in a document; Evidence is the span of text that states it.</summary>
public sealed record CareerEvent(
    EventType Type,
    string Person,
    string Company,
    string? Role,
    string? Date,
    double Confidence,
    TextSpan Evidence);
