using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Tracking;

/// <summary>A scratch vault for the tracking tests: write documents, open the vault, read files back.</summary>
public sealed class TrackingVault : IDisposable
{
    private readonly TempDirectory _dir = new();

    public string Root => _dir.Path;

    public string Write(string name, string content) => _dir.Write(Path.Combine("Career", "1-on-1s", name), content);

    public string WriteAt(string relative, string content) => _dir.Write(relative, content);

    public string Read(string name) => File.ReadAllText(_dir.File("Career", "1-on-1s", name));

    public string ReadAt(string relative) => File.ReadAllText(_dir.File(relative));

    public bool Exists(string relative) => File.Exists(_dir.File(relative));

    public Vault Open() => Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

    public LoadedDocument Load(string person) => Open().People.Resolve(person);

    public void Dispose() => _dir.Dispose();
}
