namespace Pipeline.Cli;

/// <summary>Loading the shipped models, with the one message every command gives when they cannot be read.</summary>
public static class Models
{
    public static bool TryLoad(Func<DocumentPipeline> create, TextWriter stderr, out DocumentPipeline pipeline)
    {
        try
        {
            pipeline = create();
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot load the models: {e.Message}");
            pipeline = null!;
            return false;
        }
    }
}
