using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Cli;

/// <summary>
/// The vault's index for commands that read across the vault: opened and synced quietly, or null
/// when <c>RAPPORT_NO_INDEX=1</c> asks the commands to read the files directly.
/// </summary>
public static class IndexAccess
{
    public const string DisableVariable = "RAPPORT_NO_INDEX";

    public static VaultIndex? OpenSynced(CommandContext context, Vault vault)
    {
        if (context.Environment(DisableVariable) is "1" or "true") return null;
        var index = Open(context, vault);
        index.Sync();
        return index;
    }

    /// <summary>The index, rebuilt or held in memory as needed, with any warning about that on standard error.</summary>
    public static VaultIndex Open(CommandContext context, Vault vault) =>
        VaultIndex.Open(vault, warning => context.Error.WriteLine($"warning: {warning}"));
}
