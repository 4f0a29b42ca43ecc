namespace Rapport.Core.Vaults;

/// <summary>Finds the vault: <c>--vault</c>, else <c>RAPPORT_VAULT</c>, else the nearest ancestor holding <c>.rapport/</c>.</summary>
public static class VaultLocator
{
    public const string EnvironmentVariable = "RAPPORT_VAULT";

    /// <summary>
    /// The vault's root. A folder named by <paramref name="option"/> or <paramref name="environment"/>
    /// must hold <c>.rapport/</c>: only <c>rapport init</c> makes a folder a vault.
    /// </summary>
    public static string Locate(string? option, string? environment, string workingDirectory, IFileSystem files)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Check(option, workingDirectory, files);
        if (!string.IsNullOrWhiteSpace(environment)) return Check(environment, workingDirectory, files);
        for (string? dir = Path.GetFullPath(workingDirectory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (files.DirectoryExists(Path.Combine(dir, Vault.SettingsFolder))) return dir;
        }
        throw new RapportException(ErrorCode.NoVault,
            $"no vault here: pass --vault DIR, set {EnvironmentVariable}, or run 'rapport init' in your notes folder");
    }

    /// <summary>Refuses a named folder that does not exist, is a file, or is not a vault, saying what to do.</summary>
    public static string Check(string named, string workingDirectory, IFileSystem files)
    {
        string full = Path.GetFullPath(named, workingDirectory);
        if (files.FileExists(full))
            throw new RapportException(ErrorCode.NoVault, $"{named} is a file, not a Rapport vault folder");
        if (!files.DirectoryExists(full))
            throw new RapportException(ErrorCode.NoVault, $"vault folder '{named}' does not exist");
        if (!files.DirectoryExists(Path.Combine(full, Vault.SettingsFolder)))
            throw new RapportException(ErrorCode.NoVault, $"{named} is not a Rapport vault (run rapport init {Quote(named)})");
        return full;
    }

    private static string Quote(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? $"\"{path}\"" : path;
}
