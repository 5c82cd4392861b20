namespace Pipeline.Tests;

/// <summary>Where the repository and the research data beside it are.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A path under ../shared, or an ignored test (with a message) when ../shared is absent.</summary>
    public static string SharedOrSkip(string relative)
    {
        var path = Path.Combine(Shared, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Ignore($"research data not found at {path}: these tests need ../shared beside the checkout");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test directory");
    }
}
