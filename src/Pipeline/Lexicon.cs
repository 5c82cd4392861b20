namespace Pipeline;

/// <summary>
/// Plain-text word lists shipped under models/: one entry a line, "#" starts a comment line,
/// an entry's optional tag follows after white space.
/// </summary>
public static class Lexicon
{
    /// <summary>The models folder that ships beside the binaries.</summary>
    public static string DefaultModelDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    public static string PathOf(string name, string? modelDirectory = null) =>
        Path.Combine(modelDirectory ?? DefaultModelDirectory, "lexicons", name);

    /// <summary>Entries and their tags ("" when none).</summary>
    public static IEnumerable<(string Entry, string Tag)> ReadTagged(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"lexicon not found: {path} (the models folder ships with the program)", path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int space = line.IndexOfAny([' ', '\t']);
            yield return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
        }
    }

    /// <summary>Whole lines as entries (entries may contain spaces).</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"lexicon not found: {path} (the models folder ships with the program)", path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }
}
