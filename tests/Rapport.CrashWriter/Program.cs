using Rapport.Core.Text;
using Rapport.Core.Vaults;

// Usage: Rapport.CrashWriter FILE — rewrites FILE through DocumentStore, version after version,
// each a whole running document of about 200 KB, printing "ready" once the first is written.
string path = args[0];
var store = new DocumentStore(PhysicalFileSystem.Instance);
for (long version = 1; ; version++)
{
    var loaded = store.Load(path);
    store.Save(loaded, new SourceText(CrashDocument.Version(version)));
    if (version == 1) Console.WriteLine("ready");
}

/// <summary>The documents the writer writes: any one of them is whole when its last line says so.</summary>
public static class CrashDocument
{
    public static string Version(long n) =>
        $"---\nperson: Crash Test\n---\n\n# 1:1 with Crash Test\n\n## Meeting History\n" +
        string.Concat(Enumerable.Range(0, 2500).Select(i => $"- 2026-01-{i % 28 + 1:00}: version {n} line {i}\n")) +
        $"<!-- end of version {n} -->\n";
}
