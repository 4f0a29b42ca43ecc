using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Web;

/// <summary>
/// The web app's read path (Core's <see cref="IVaultIndex"/>) for search and the dashboard, over a warm index: the SQLite index stays open for the life of the app. A file-system
/// watcher marks it stale when any file in the vault changes, and a query on a stale index syncs it
/// first; so a query costs the search alone, not a walk of every file. Where the watcher cannot be
/// set up (too many folders for the system's limit), every query syncs.
/// </summary>
internal sealed class SearchService(VaultSource source) : IDisposable
{
    private readonly Lock _gate = new();
    private IVaultIndex? _index;
    private Vault? _vault;
    private FileSystemWatcher? _watcher;
    private volatile bool _stale = true;
    private bool _watching, _triedWatching;

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => Read(index => index.Search(query), watch: true);

    /// <summary>
    /// Reads the index, synced first when a file changed since the last read. The watcher (an
    /// inotify instance, of which a user has few) is set up for search only; until then each read
    /// syncs, which costs a walk when nothing changed.
    /// </summary>
    public T Read<T>(Func<IVaultIndex, T> read, bool watch = false)
    {
        lock (_gate)
        {
            if (_index is null)
            {
                _vault = source.Open();
                _index = VaultIndex.Open(_vault);
            }
            if (watch && !_triedWatching)
            {
                _triedWatching = true;
                _watching = Watch(_vault!.Root);
            }
            if (_stale || !_watching)
            {
                // Cleared before the sync: a change made during it marks the index stale again.
                _stale = false;
                _index.Sync();
            }
            return read(_index);
        }
    }

    private bool Watch(string root)
    {
        try
        {
            _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, e) => { if (!e.FullPath.Contains($"{Path.DirectorySeparatorChar}{Vault.SettingsFolder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) _stale = true; };
            _watcher.Changed += changed;
            _watcher.Created += changed;
            _watcher.Deleted += changed;
            _watcher.Renamed += (_, _) => _stale = true;
            _watcher.Error += (_, _) => _stale = true; // events were lost: sync to be sure
            _watcher.EnableRaisingEvents = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            _watcher?.Dispose();
            _watcher = null;
            return false;
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _index?.Dispose();
    }
}
