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
    public static IVaultIndex OpenSynced(CommandContext context, Vault vault) => Synced(context, vault, relationshipsOnly: false);

    /// <summary>
    /// The index synced for the commands that read only the relationships (list, status, actions, show, prep): the running
    /// documents and folders of meeting notes are walked, not the archives and raw notes (<see cref="VaultIndex.SyncRelationships"/>).
    /// </summary>
    public static IVaultIndex OpenSyncedRelationships(CommandContext context, Vault vault) => Synced(context, vault, relationshipsOnly: true);

    /// <summary>
    /// The index brought in step. When another process holds it past SQLite's busy timeout (a long rebuild, a stuck server),
    /// the files are read into an index in memory for this run, with a warning, rather than the command failing.
    /// </summary>
    private static VaultIndex Synced(CommandContext context, Vault vault, bool relationshipsOnly)
    {
        var index = Open(context, vault);
        try
        {
            if (!KeptCurrent(index, vault, relationshipsOnly)) Sync(index, relationshipsOnly);
            return index;
        }
        catch (DatabaseException ex) when (ex.IsBusy)
        {
            index.Dispose();
            context.Error.WriteLine($"warning: {vault.Display(VaultIndex.PathIn(vault))} is held by another process ({ex.Reason}); indexing in memory for this run");
            var memory = VaultIndex.OpenInMemory(vault);
            Sync(memory, relationshipsOnly);
            return memory;
        }
    }

    private static void Sync(VaultIndex index, bool relationshipsOnly)
    {
        if (relationshipsOnly) index.SyncRelationships();
        else index.Sync();
    }

    /// <summary>
    /// Whether a running watcher (rapport watch, rapport serve) answered "fresh" for the index on disk: every change
    /// made so far is in it, so no walk is needed. An index held in memory is never kept by a watcher, and a watcher does not
    /// read again a file read on a day on which it reads otherwise than today (<see cref="VaultIndex.ReadOnAnotherDay"/>).
    /// </summary>
    public static bool KeptCurrent(VaultIndex index, Vault vault, bool relationshipsOnly) =>
        // The watcher first: without one (the common case) the sync that follows asks for the files out of their days itself.
        !index.InMemory && WatchSocket.AskFresh(vault.Root) && !index.ReadOnAnotherDay(relationshipsOnly);

    /// <summary>The index, rebuilt or held in memory as needed, with any warning about that on standard error.</summary>
    public static VaultIndex Open(CommandContext context, Vault vault) =>
        VaultIndex.Open(vault, warning => context.Error.WriteLine($"warning: {warning}"));

    /// <summary>
    /// The index's warnings about running documents it could not read, and about what it found wrong in those it read
    /// (as <c>rapport show</c> and <c>check</c> report them), as every reading command prints them: of every relationship,
    /// or of the one a command reads (by slug).
    /// </summary>
    public static void WarnUnreadable(CommandContext context, IVaultIndex index, string? slug = null)
    {
        foreach (var error in index.Unreadable(slug)) context.Error.WriteLine($"warning: skipped {error}");
        foreach (var problem in index.Problems(slug)) context.Error.WriteLine($"warning: {problem}");
    }
}
