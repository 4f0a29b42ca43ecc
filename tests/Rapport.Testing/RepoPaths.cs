namespace Rapport.Testing;

/// <summary>Locations in the repository, found from the test binary so tests run from any folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    public static string ExampleVault => Path.Combine(Root, "examples", "vault");

    /// <summary>The shared corpus beside the repository, when present (never on a user's clone).</summary>
    public static string? SharedCorpus =>
        Path.Combine(Root, "..", "shared", "corpus") is var path && Directory.Exists(path) ? Path.GetFullPath(path) : null;

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rapport.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Rapport.slnx not found above " + AppContext.BaseDirectory);
    }
}
