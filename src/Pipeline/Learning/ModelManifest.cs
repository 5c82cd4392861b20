using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Pipeline.Learning;

/// <summary>Reading a model folder's <c>model.json</c>: the checks every trained model shares, with messages that name the file.</summary>
public static class ModelManifest
{
    /// <summary>The manifest of <paramref name="folder"/>; <paramref name="command"/> is what trains one, for the messages.</summary>
    private static (JObject Manifest, string Path) Read(string folder, string what, string command)
    {
        var path = System.IO.Path.Combine(folder, "model.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"no {what} in {folder} (model.json is missing); train one with `{command}`", path);
        try { return (JObject.Parse(File.ReadAllText(path)), path); }
        catch (JsonException e) { throw new InvalidDataException($"{path}: not valid JSON ({e.Message})"); }
    }

    /// <summary>
    /// Reads the manifest of <paramref name="folder"/> and refuses a folder whose format, feature set or weights format
    /// (<see cref="LinearModel.FormatVersion"/>) this program does not read.
    /// </summary>
    public static (JObject Manifest, string Path) ReadVersions(string folder, string what, string command, int formatVersion, int featureSetVersion)
    {
        var (manifest, path) = Read(folder, what, command);
        Require(manifest, "format_version", formatVersion, path, command);
        Require(manifest, "feature_set_version", featureSetVersion, path, command);
        Require(manifest, "model_format_version", LinearModel.FormatVersion, path, command);
        return (manifest, path);
    }

    /// <summary>Writes an optional model's weights, or removes an older model's when there is none, so that a folder never mixes two trainings.</summary>
    public static void SaveOrDelete(LinearModel? model, string path)
    {
        if (model != null) model.Save(path);
        else File.Delete(path);
    }

    /// <summary>Refuses a version this program does not read.</summary>
    private static void Require(JObject manifest, string key, int expected, string path, string command)
    {
        int? found = manifest[key]?.Type == JTokenType.Integer ? manifest[key]!.Value<int>() : null;
        if (found != expected)
            throw new InvalidDataException($"{path}: {key} is {found?.ToString() ?? "missing"}; this program reads {expected}. Retrain with `{command}`.");
    }
}
