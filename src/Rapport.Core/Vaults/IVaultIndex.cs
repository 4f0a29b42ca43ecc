using Rapport.Core.Tracking;

namespace Rapport.Core.Vaults;

/// <summary>What a sync did: files added, modified (content changed) and removed, and how many it looked at.</summary>
public sealed record SyncResult(int Added, int Modified, int Removed, int Files)
{
    public bool Changed => Added + Modified + Removed > 0;

    public override string ToString() => $"+{Added} ~{Modified} -{Removed}";
}

/// <summary>
/// The port through which the reading commands, the dashboard and search see the vault as a whole
/// (zk's model): an index kept in step with the files, incrementally, before every read. What it
/// answers is derived from what Core's document reader produces (<see cref="RelationshipDigest"/>,
/// the documents' actions), so reading the index and reading the files give the same answers; the
/// SQLite adapter is <c>VaultIndex</c> in Rapport.Index.
/// </summary>
public interface IVaultIndex : IDisposable
{
    /// <summary>True when the vault's disk could not hold the index and it lives in memory for this process.</summary>
    bool InMemory { get; }

    /// <summary>Brings the index in step with the files: only what changed is read.</summary>
    SyncResult Sync(bool force = false, IProgress<(int Done, int Total)>? progress = null);

    /// <summary>
    /// Every readable running document and folder of meeting notes as <c>rapport list</c> shows it, in path order; a
    /// folder by the note it is read from on <paramref name="today"/> (<see cref="Documents.MeetingFolder.Primary"/>).
    /// </summary>
    IReadOnlyList<RelationshipSummary> Relationships(DateOnly? today = null);

    /// <summary>Every readable running document's facts, actions and moods (status, the dashboard, the next 1:1), in file order.</summary>
    IReadOnlyList<RelationshipDigest> Digests();

    /// <summary>Running documents that could not be read (of every relationship, or one by slug), as the warnings reading commands print.</summary>
    IReadOnlyList<string> Unreadable(string? slug = null);

    /// <summary>
    /// What reading the running documents and meeting notes found wrong in them (<c>file:line: message</c>, in path order,
    /// each file's in line order; of every relationship, or one by slug), as <c>rapport show</c> prints a document's: the
    /// warnings reading commands print.
    /// </summary>
    IReadOnlyList<string> Problems(string? slug = null);

    /// <summary>Open actions of every running document and folder of meeting notes (or one, by slug), numbered as <c>OpenActions.Of</c> numbers them.</summary>
    IReadOnlyList<ActionRow> OpenActions(string? slug = null);

    /// <summary>The best matches first, each with a snippet holding a match.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);
}
