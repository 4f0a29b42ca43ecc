using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Tracking;

/// <summary>
/// A scratch vault for the tracking tests, held in memory (<see cref="InMemoryFileSystem"/>): write
/// documents, open the vault, read files back. The tests need files only as the port gives them.
/// </summary>
public sealed class TrackingVault : IDisposable
{
    public InMemoryFileSystem Files { get; } = new();

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "rapport-memory", Guid.NewGuid().ToString("N")[..12]);

    public TrackingVault() => Files.CreateDirectory(Root);

    public string Write(string name, string content) => WriteAt(Path.Combine("Career", "1-on-1s", name), content);

    public string WriteAt(string relative, string content) => Files.AddFile(Path.Combine(Root, relative), content);

    public string Read(string name) => ReadAt(Path.Combine("Career", "1-on-1s", name));

    public string ReadAt(string relative) => Files.ReadAllText(Path.Combine(Root, relative));

    public bool Exists(string relative) => Files.FileExists(Path.Combine(Root, relative));

    public Vault Open() => Vault.Open(Root, Files);

    public LoadedDocument Load(string person) => Open().People.Resolve(person);

    public void Dispose()
    {
    }
}
