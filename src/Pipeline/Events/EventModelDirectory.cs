using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Learning;

namespace Pipeline.Events;

/// <summary>
/// The trained event models on disk, one folder: <c>model.json</c> (versions, classes, calibration, thresholds, training
/// data and dev scores), <c>weights.bin</c> (the event classifier, a <see cref="LinearModel"/>) and, when training kept
/// one, <c>roles.bin</c> (the role model) and <c>dates.bin</c> (the date model). The reader refuses versions it does not know.
/// </summary>
public static class EventModelDirectory
{
    public const int FormatVersion = 4;
    private const string Retrain = "pipeline train events";
    public const string DefaultName = "events";
    public static readonly string[] Classes = ["none", "start", "end", "hold"];

    public static string DefaultPath(string? modelDirectory = null) => Path.Combine(modelDirectory ?? Lexicon.DefaultModelDirectory, DefaultName);

    public static void Save(string folder, TrainedEvents trained, JObject training)
    {
        Directory.CreateDirectory(folder);
        trained.Model.Save(Path.Combine(folder, "weights.bin"));
        ModelManifest.SaveOrDelete(trained.Roles, Path.Combine(folder, "roles.bin"));
        ModelManifest.SaveOrDelete(trained.Dates, Path.Combine(folder, "dates.bin"));
        var dev = trained.Dev;
        var manifest = new JObject
        {
            ["format_version"] = FormatVersion,
            ["feature_set_version"] = EventCandidates.FeatureVersion,
            ["model_format_version"] = LinearModel.FormatVersion,
            ["classes"] = new JArray(Classes),
            ["features"] = trained.Model.FeatureCount,
            ["calibration"] = new JObject { ["a"] = trained.Calibration.A, ["b"] = trained.Calibration.B },
            ["threshold"] = trained.Threshold,
            ["role_threshold"] = trained.Roles == null ? null : trained.RoleThreshold,
            ["date_model"] = trained.Dates != null,
            ["training"] = training,
            ["scores"] = new JObject
            {
                ["cross_validated_core_f1"] = Math.Round(trained.CrossValidated["core", "all"].F1, 4),
                ["cross_validated_strict_f1"] = Math.Round(trained.CrossValidated["strict", "all"].F1, 4),
                ["cross_validated_core_f1_by_epoch"] = new JArray(trained.CrossValidatedF1ByEpoch.Select(f => Math.Round(f, 4))),
                ["dev_core_f1"] = Math.Round(dev["core", "all"].F1, 4),
                ["dev_strict_f1"] = Math.Round(dev["strict", "all"].F1, 4),
                ["best_epoch"] = trained.Epoch,
            },
        };
        File.WriteAllText(Path.Combine(folder, "model.json"), manifest.ToString(Formatting.Indented) + "\n");
    }

    public static EventModel Load(string folder)
    {
        var (manifest, manifestPath) = ModelManifest.ReadVersions(folder, "event model", Retrain, FormatVersion, EventCandidates.FeatureVersion);
        if (manifest["classes"] is not JArray classes || !classes.Values<string>().SequenceEqual(Classes))
            throw new InvalidDataException($"{manifestPath}: classes must be [{string.Join(", ", Classes)}]");
        double a = manifest["calibration"]?["a"]?.Value<double>() ?? throw new InvalidDataException($"{manifestPath}: calibration.a is missing");
        double b = manifest["calibration"]?["b"]?.Value<double>() ?? throw new InvalidDataException($"{manifestPath}: calibration.b is missing");
        float threshold = manifest["threshold"]?.Value<float>() ?? throw new InvalidDataException($"{manifestPath}: threshold is missing");
        // A role threshold names the role model's weights; none means the folder has no role model.
        float? roleThreshold = manifest["role_threshold"]?.Value<float?>();
        var roles = roleThreshold == null ? null : LinearModel.Load(Path.Combine(folder, "roles.bin"));
        var dates = manifest["date_model"]?.Value<bool>() == true ? LinearModel.Load(Path.Combine(folder, "dates.bin")) : null;
        return new EventModel(LinearModel.Load(Path.Combine(folder, "weights.bin")), new PlattScaling(a, b), threshold, roles, roleThreshold ?? 0, dates);
    }
}
