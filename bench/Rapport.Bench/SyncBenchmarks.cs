using BenchmarkDotNet.Attributes;
using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Bench;

/// <summary>A sync that finds nothing changed, on the 200 × 3-year vault: the target is under 20 ms inside the process.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class SyncBenchmarks
{
    private VaultIndex? _index;

    [GlobalSetup]
    public void Setup()
    {
        string root = Path.Combine(Repo.Root, "bench", "out", "vault-200x3");
        if (!File.Exists(Path.Combine(root, ".rapport", "config.yml"))) VaultGenerator.Write(root, 200, 3);
        _index = VaultIndex.Open(Vault.Open(root, PhysicalFileSystem.Instance));
        _index.Sync();
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark]
    public SyncResult NoChangeSync() => _index!.Sync();
}

/// <summary>The repository's root, found from the running binary.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rapport.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Rapport.slnx not found");
    }
}
