namespace Rapport.Core.Vaults;

/// <summary>Finds the vault: <c>--vault</c>, else <c>RAPPORT_VAULT</c>, else the nearest ancestor holding <c>.rapport/</c>.</summary>
public static class VaultLocator
{
    public const string EnvironmentVariable = "RAPPORT_VAULT";

    public static string Locate(string? option, string? environment, string workingDirectory, IFileSystem files)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option, workingDirectory);
        if (!string.IsNullOrWhiteSpace(environment)) return Path.GetFullPath(environment, workingDirectory);
        for (string? dir = Path.GetFullPath(workingDirectory); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (files.DirectoryExists(Path.Combine(dir, Vault.SettingsFolder))) return dir;
        }
        throw new RapportException(ErrorCode.NoVault,
            $"no vault here: pass --vault DIR, set {EnvironmentVariable}, or run 'rapport init' in your notes folder");
    }
}
