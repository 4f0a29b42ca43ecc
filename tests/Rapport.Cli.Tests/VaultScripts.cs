using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>Helpers for CLI tests over a copied vault: an executable script beside it (a fake editor) and a snapshot of its files.</summary>
public static class VaultScripts
{
    /// <summary>Writes an executable script next to the vault (never inside it), for $EDITOR and the like.</summary>
    public static string Script(TempDirectory vault, string name, string content)
    {
        string path = vault.Write(Path.Combine("..", Path.GetFileName(vault.Path) + "-" + name), content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>Every file of the vault with its text, to show a command changed nothing.</summary>
    public static Dictionary<string, string> Snapshot(TempDirectory vault) =>
        Directory.EnumerateFiles(vault.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
