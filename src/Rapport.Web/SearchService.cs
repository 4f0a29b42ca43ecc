using Rapport.Core.Vaults;
using Rapport.Index;

namespace Rapport.Web;

/// <summary>
/// The web app's read path (Core's <see cref="IVaultIndex"/>) for search and the dashboard, over a
/// warm index kept current by an <see cref="IndexWatcher"/> (file-system events applied path by
/// path, a cookie before each read so every change made before it is in): a query costs the query,
/// not a walk of every file. The watcher also answers the reading commands of the CLI on its socket
/// (<see cref="WatchSocket"/>), unless another watcher already does. Where it cannot be set up (too
/// many folders for the system's limit of inotify watches, an index held in memory), every read syncs.
/// Its messages go to <see cref="WebOptions.Messages"/>.
/// </summary>
internal sealed class SearchService(VaultSource source, WebOptions options, TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private IVaultIndex? _index;
    private IndexWatcher? _watcher;
    private WatchSocket.Server? _server;
    private bool _started;
    private Vault? _vault;

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => Read(index => index.Search(query));

    /// <summary>Starts the watcher now (as <c>rapport serve</c> does at start), not at the first read.</summary>
    public void Start()
    {
        lock (_gate) Begin();
    }

    /// <summary>Reads the index once every change made before the call is in it.</summary>
    public T Read<T>(Func<IVaultIndex, T> read)
    {
        lock (_gate)
        {
            Begin();
            if (_watcher is not null) return _watcher.Read(read);
            _vault!.Store.Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            _index!.Sync();
            return read(_index);
        }
    }

    private void Begin()
    {
        if (_started) return;
        _started = true;
        var vault = _vault = source.Open();
        try
        {
            _watcher = IndexWatcher.Start(vault, Say, time);
            _server = WatchSocket.Server.Listen(_watcher, vault.Root, out string why);
            if (_server is null) Say($"watch: the CLI's reading commands walk the vault themselves ({why})");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            Say($"watch: not watching {vault.Root} ({ex.Message}); every read walks the vault");
            _watcher = null;
            _index = VaultIndex.Open(vault);
        }
    }

    private void Say(string line) => options.Messages?.WriteLine(line);

    public void Dispose()
    {
        _server?.Dispose();
        _watcher?.Dispose();
        _index?.Dispose();
    }
}
