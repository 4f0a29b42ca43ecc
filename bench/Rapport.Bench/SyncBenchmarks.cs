using BenchmarkDotNet.Attributes;
using Rapport.Core.Vaults;
using Rapport.Index;
using Rapport.Testing;

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
        string root = Path.Combine(RepoPaths.Root, "bench", "out", "vault-200x3");
        if (!File.Exists(Path.Combine(root, ".rapport", "config.yml"))) VaultGenerator.Write(root, 200, 3);
        _index = VaultIndex.Open(Vault.Open(root, PhysicalFileSystem.Instance));
        _index.Sync();
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark]
    public SyncResult NoChangeSync() => _index!.Sync();
}
