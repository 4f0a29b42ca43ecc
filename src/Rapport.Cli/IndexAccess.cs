using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Cli;

/// <summary>
/// The vault's index (Core's <see cref="IVaultIndex"/> port, over SQLite), the one read path of the
/// commands that read across the vault: opened and synced quietly (only what changed is read) before
/// they read it. Its warnings (rebuilt, held in memory) go to standard error.
/// </summary>
public static class IndexAccess
{
    public static IVaultIndex OpenSynced(CommandContext context, Vault vault)
    {
        var index = Open(context, vault);
        // A running watcher (rapport watch, rapport serve) that answers "fresh" has applied every change made so far: no walk.
        if (index.InMemory || !WatchSocket.AskFresh(vault.Root)) index.Sync();
        return index;
    }

    /// <summary>The index, rebuilt or held in memory as needed, with any warning about that on standard error.</summary>
    public static VaultIndex Open(CommandContext context, Vault vault) =>
        VaultIndex.Open(vault, warning => context.Error.WriteLine($"warning: {warning}"));

    /// <summary>The index's warnings about running documents it could not read, as every reading command prints them.</summary>
    public static void WarnUnreadable(CommandContext context, IVaultIndex index)
    {
        foreach (var error in index.Unreadable()) context.Error.WriteLine($"warning: skipped {error}");
    }
}
