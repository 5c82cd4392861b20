using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Learning;

namespace Pipeline.Entities;

/// <summary>
/// A trained entity tagger on disk, one folder:
/// <c>model.json</c> (the manifest: versions, tag set, training data and scores),
/// <c>weights.bin</c> (the <see cref="LinearModel"/>), <c>first-pass.bin</c> (for a two-pass tagger, the first pass's), <c>names.tsv</c> (the gazetteer: type, tab, name)
/// <c>casing.tsv</c> (word, tab, casing class) and, when the model uses word classes, <c>clusters.tsv</c>
/// (see <see cref="WordClusters"/>) and, when it uses name lists, <c>lists/</c> (see <see cref="EntityResources.ListTypes"/>).
/// The reader refuses versions it does not know.
/// </summary>
public static class EntityModelDirectory
{
    public const int FormatVersion = 1;
    private const string Retrain = "pipeline train ner";
    public const string DefaultName = "ner";
    private const string FirstPassWeights = "first-pass.bin";

    public static string DefaultPath(string? modelDirectory = null) =>
        Path.Combine(modelDirectory ?? Lexicon.DefaultModelDirectory, DefaultName);

    public static void Save(string folder, TrainedEntityTagger trained, JObject training, string? clustersFile, string? nameListsFolder)
    {
        Directory.CreateDirectory(folder);
        var types = trained.Tagger.Tags.Types;
        trained.Final.Model.Save(Path.Combine(folder, "weights.bin"));
        ModelManifest.SaveOrDelete(trained.FirstPass?.Model, Path.Combine(folder, FirstPassWeights));
        File.WriteAllLines(Path.Combine(folder, "names.tsv"), trained.Names.Select(n => $"{types[n.Type]}\t{n.Name}"));
        WordCasing.Write(Path.Combine(folder, "casing.tsv"), trained.Casing);
        var clustersCopy = Path.Combine(folder, "clusters.tsv");
        if (clustersFile != null && Path.GetFullPath(clustersFile) != Path.GetFullPath(clustersCopy)) File.Copy(clustersFile, clustersCopy, overwrite: true);
        else if (clustersFile == null) File.Delete(clustersCopy);
        var listsCopy = Path.Combine(folder, "lists");
        if (nameListsFolder != null && Path.GetFullPath(nameListsFolder) != Path.GetFullPath(listsCopy))
        {
            Directory.CreateDirectory(listsCopy);
            foreach (var type in EntityResources.ListTypes)
                File.Copy(Path.Combine(nameListsFolder, type + ".txt"), Path.Combine(listsCopy, type + ".txt"), overwrite: true);
        }
        var manifest = new JObject
        {
            ["format_version"] = FormatVersion,
            ["feature_set_version"] = EntityFeatures.Version,
            ["model_format_version"] = LinearModel.FormatVersion,
            ["tag_scheme"] = "BILOU",
            ["types"] = new JArray(types),
            ["tags"] = new JArray(Enumerable.Range(0, trained.Tagger.Tags.Count).Select(trained.Tagger.Tags.Name)),
            ["features"] = trained.Final.Model.FeatureCount,
            ["decoding"] = new JObject { ["beam_width"] = EntityTagger.BeamWidth, ["temperature"] = trained.Tagger.Temperature },
            ["first_pass"] = trained.FirstPass == null ? null : new JObject
            {
                ["weights"] = FirstPassWeights,
                ["features"] = trained.FirstPass.Model.FeatureCount,
                ["temperature"] = trained.FirstPass.Tagger.Temperature,
                ["dev"] = Scores(trained.FirstPass),
            },
            ["names"] = trained.Names.Count,
            ["word_classes"] = trained.Tagger.Resources.Clusters.Count,
            ["training"] = training,
            ["scores"] = Scores(trained.Final),
        };
        File.WriteAllText(Path.Combine(folder, "model.json"), manifest.ToString(Formatting.Indented) + "\n");
    }

    private static JObject Scores(TrainedPass pass) => new()
    {
        ["dev"] = new JObject { ["precision"] = Math.Round(pass.Dev.Precision, 4), ["recall"] = Math.Round(pass.Dev.Recall, 4), ["f1"] = Math.Round(pass.Dev.F1, 4) },
        ["dev_f1_by_epoch"] = new JArray(pass.DevF1ByEpoch.Select(member => new JArray(member.Select(f => Math.Round(f, 4))))),
        ["best_epochs"] = new JArray(pass.BestEpochs),
    };

    public static EntityTagger Load(string folder)
    {
        var (manifest, manifestPath) = ModelManifest.ReadVersions(folder, "entity model", Retrain, FormatVersion, EntityFeatures.Version);
        if (manifest["tag_scheme"]?.Value<string>() != "BILOU") throw new InvalidDataException($"{manifestPath}: tag_scheme must be BILOU");
        var types = manifest["types"]?.Values<string>().Select(t => t ?? "").ToList()
            ?? throw new InvalidDataException($"{manifestPath}: \"types\" is missing");

        var scheme = new BilouTags(types);
        // The parts are independent files: read them side by side, so that loading takes well under a second.
        var model = Task.Run(() => LinearModel.Load(Path.Combine(folder, "weights.bin")));
        var firstPassManifest = manifest["first_pass"] as JObject;
        var firstPassModel = Task.Run(() => firstPassManifest == null ? null : LinearModel.Load(Path.Combine(folder, FirstPassWeights)));
        var names = Task.Run(() => Gazetteer.Read(Path.Combine(folder, "names.tsv"), types));
        var casing = Task.Run(() => WordCasing.Read(Path.Combine(folder, "casing.tsv")));
        var clusters = Task.Run(() => File.Exists(Path.Combine(folder, "clusters.tsv")) ? WordClusters.Read(Path.Combine(folder, "clusters.tsv")) : WordClusters.None);
        var lists = Task.Run(() => Directory.Exists(Path.Combine(folder, "lists")) ? Gazetteer.ReadLists(Path.Combine(folder, "lists"), EntityResources.ListTypes) : new Gazetteer());
        try { Task.WaitAll(model, firstPassModel, names, casing, clusters, lists); }
        catch (AggregateException e) { throw e.InnerExceptions[0]; }
        var resources = new EntityResources(names.Result, casing.Result, clusters.Result, lists.Result);
        float temperature = manifest["decoding"]?["temperature"]?.Value<float>() ?? throw new InvalidDataException($"{manifestPath}: decoding.temperature is missing");
        var firstPass = firstPassManifest == null ? null : new EntityTagger(scheme, firstPassModel.Result!, resources,
            firstPassManifest["temperature"]?.Value<float>() ?? throw new InvalidDataException($"{manifestPath}: first_pass.temperature is missing"));
        return new EntityTagger(scheme, model.Result, resources, temperature, firstPass);
    }
}
