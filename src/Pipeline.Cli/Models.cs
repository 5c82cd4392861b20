namespace Pipeline.Cli;

/// <summary>Loading the shipped models, with the one message every command gives when they cannot be read.</summary>
public static class Models
{
    public static bool TryLoad<T>(Func<T> create, TextWriter stderr, out T loaded)
    {
        try
        {
            loaded = create();
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot load the models: {e.Message}");
            loaded = default!;
            return false;
        }
    }
}
