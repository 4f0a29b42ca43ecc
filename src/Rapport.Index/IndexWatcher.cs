using Rapport.Core.Vaults;

namespace Rapport.Index;

/// <summary>
/// Keeps a vault's index current from file-system events (inotify on Linux, through .NET's
/// <see cref="FileSystemWatcher"/>), as git's fsmonitor daemon does for its index. It starts with one
/// whole sync, then applies the paths that events name (created, changed, deleted, renamed; files
/// and folders) through <see cref="VaultIndex.SyncPaths"/>, the walk's own rules. When events were
/// lost (the kernel's queue overflowed) or anything failed, it walks the whole vault again and says
/// so. <see cref="Fresh"/> answers only once every change made before the call is in the index: it
/// writes a cookie file into the vault's settings folder and waits for that file's own event, so
/// every earlier event has been seen (git's fsmonitor cookie).
/// </summary>
public sealed class IndexWatcher : IDisposable
{
    /// <summary>How long changes are gathered after an event before they are applied without being asked.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private static readonly TimeSpan CookieWait = TimeSpan.FromSeconds(2);

    private const string CookiePrefix = "watch-cookie-";

    private readonly Vault _vault;
    private readonly Action<string> _say;
    private readonly string _settings;
    private readonly Lock _gate = new(), _events = new();
    private readonly Dictionary<string, TaskCompletionSource> _cookies = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private string? _lost;
    private volatile bool _replaced;
    private int _cookie;
    private VaultIndex _index;
    private FileSystemWatcher? _watcher;
    private Thread? _worker;

    /// <summary>The clock whose day the files are read on (<see cref="DocumentStore.Today"/>); none keeps the vault's.</summary>
    private readonly TimeProvider? _time;

    private IndexWatcher(Vault vault, VaultIndex index, Action<string> say, TimeProvider? time)
    {
        _vault = vault;
        _index = index;
        _say = say;
        _time = time;
        _settings = Path.Combine(vault.Root, Vault.SettingsFolder);
    }

    /// <summary>What a whole or partial sync did last, for a caller that reports it.</summary>
    public SyncResult Last { get; private set; } = new(0, 0, 0, 0);

    /// <summary>How many times a whole walk stood in for the events (the first sync not counted).</summary>
    public int Walks { get; private set; }

    /// <summary>
    /// Opens the index, starts watching, then syncs the whole vault once (events arriving during it
    /// are applied after). Throws <see cref="IOException"/> when the system refuses the watch (for
    /// instance too many folders for its limit of inotify watches). With <paramref name="time"/>, each sync reads the
    /// files on that clock's day, so a watcher that runs for days reads as a reading command of the day would.
    /// </summary>
    public static IndexWatcher Start(Vault vault, Action<string> say, TimeProvider? time = null)
    {
        var index = VaultIndex.Open(vault, warning => say($"warning: {warning}"));
        if (index.InMemory)
        {
            index.Dispose();
            throw new IOException("the index is held in memory (read-only disk): there is nothing for a watcher to keep current");
        }
        var watcher = new IndexWatcher(vault, index, say, time);
        try
        {
            watcher.Watch();
            watcher.ReadOnToday();
            watcher.Last = index.Sync();
            watcher._worker = new Thread(watcher.Work) { IsBackground = true, Name = "rapport index watcher" };
            watcher._worker.Start();
            return watcher;
        }
        catch
        {
            watcher.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Returns once every change made to the vault before the call is in the index: a cookie file's
    /// own event has arrived (so every earlier event has too) and the pending paths are applied.
    /// </summary>
    public void Fresh()
    {
        string name = $"{CookiePrefix}{Environment.ProcessId}-{Interlocked.Increment(ref _cookie)}";
        string path = Path.Combine(_settings, name);
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_events) _cookies[name] = seen;
        try
        {
            File.WriteAllBytes(path, []);
            if (!seen.Task.Wait(CookieWait)) Lose($"the cookie file's event did not arrive within {CookieWait.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Lose($"cannot write the cookie file ({ex.Message})");
        }
        finally
        {
            lock (_events) _cookies.Remove(name);
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        Apply();
    }

    /// <summary>Reads the index once it is fresh (<see cref="Fresh"/>), with no sync of its own running meanwhile.</summary>
    public T Read<T>(Func<IVaultIndex, T> read)
    {
        Fresh();
        lock (_gate)
        {
            // Files that read otherwise today than on the day they were read (a meeting since held): no event names them.
            ReadOnToday();
            if (_index.ReadOnAnotherDay(relationshipsOnly: false)) Last = _index.Sync();
            return read(_index);
        }
    }

    /// <summary>Sets the day the files are read on to the clock's (when there is one).</summary>
    private void ReadOnToday()
    {
        if (_time is not null) _vault.Store.Today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
    }

    /// <summary>
    /// Applies what the events named since the last time: the paths through <see cref="VaultIndex.SyncPaths"/>,
    /// or a whole walk when events were lost or the index file was replaced; a failure also falls back to a walk.
    /// </summary>
    public void Apply()
    {
        lock (_gate)
        {
            HashSet<string> paths;
            string? lost;
            lock (_events)
            {
                (paths, _pending) = (_pending, new HashSet<string>(StringComparer.Ordinal));
                (lost, _lost) = (_lost, null);
            }
            if (lost is null && paths.Count == 0) return;
            ReadOnToday();
            try
            {
                if (lost is null)
                {
                    Last = _index.SyncPaths(paths);
                    return;
                }
            }
            catch (Exception ex)
            {
                lost = $"applying {paths.Count} changed path{(paths.Count == 1 ? "" : "s")} failed ({ex.Message})";
            }
            Walk(lost);
        }
    }

    /// <summary>The fallback: the index reopened when its file was replaced, the watch set up again when it stopped, and a whole sync.</summary>
    private void Walk(string reason)
    {
        _say($"watch: {reason}; walking the whole vault");
        Walks++;
        if (_replaced || !File.Exists(VaultIndex.PathIn(_vault)))
        {
            _replaced = false;
            _index.Dispose();
            _index = VaultIndex.Open(_vault, warning => _say($"warning: {warning}"));
        }
        if (_watcher is not { EnableRaisingEvents: true })
        {
            _watcher?.Dispose();
            Watch();
        }
        Last = _index.Sync();
    }

    /// <summary>Marks the events as incomplete: the next <see cref="Apply"/> walks the whole vault.</summary>
    internal void Lose(string reason)
    {
        lock (_events) _lost ??= reason;
        _wake.Release();
    }

    /// <summary>Test hook: while set, event handling waits (as a busy watcher would), so the kernel's queue can fill up.</summary>
    internal ManualResetEventSlim Running { get; } = new(initialState: true);

    private void Watch()
    {
        var watcher = new FileSystemWatcher(_vault.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.Attributes,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) =>
        {
            Replaced(e.FullPath);
            Saw(e.FullPath);
        };
        watcher.Changed += (_, e) => Saw(e.FullPath);
        watcher.Deleted += (_, e) => Saw(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Saw(e.OldFullPath);
            Replaced(e.FullPath);
            Saw(e.FullPath);
        };
        watcher.Error += (_, e) => Lose(e.GetException() is InternalBufferOverflowException
            ? "the event queue overflowed, so events were lost"
            : $"the watch failed ({e.GetException().Message})");
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    /// <summary>
    /// A file created or renamed at the index file's path is a new file in the old one's place (a rebuild renamed over
    /// it, another tool copied one in): the open connection still reads and writes the old, unlinked file, so it is
    /// reopened at the next <see cref="Apply"/>. The watcher's own writes only change the file, never create it.
    /// </summary>
    private void Replaced(string path)
    {
        if (path != VaultIndex.PathIn(_vault)) return;
        _replaced = true;
        Lose("the index file was replaced");
    }

    /// <summary>One event's path: a cookie is marked seen, the index file's replacement forces a walk, what cannot be indexed is dropped, the rest waits to be applied.</summary>
    private void Saw(string path)
    {
        Running.Wait();
        if (path.StartsWith(_settings, StringComparison.Ordinal) && path.Length > _settings.Length && path[_settings.Length] == Path.DirectorySeparatorChar)
        {
            string name = path[(_settings.Length + 1)..];
            lock (_events)
            {
                if (_cookies.TryGetValue(name, out var cookie)) cookie.TrySetResult();
            }
            if (name == VaultIndex.FileName && !File.Exists(path)) Lose("the index file was removed or replaced");
            return;
        }
        if (!_index.IsWatched(path)) return;
        lock (_events) _pending.Add(path);
        _wake.Release();
    }

    /// <summary>Applies changes a moment after they arrive, so the index is current even when nobody asks.</summary>
    private void Work()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                _wake.Wait(_stop.Token);
                if (_stop.Token.WaitHandle.WaitOne(Settle)) return;
                while (_wake.CurrentCount > 0) _wake.Wait(0);
                try
                {
                    Apply();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Even the walk failed (a locked or vanished index): said, and tried again at the next event or request.
                    _say($"watch: sync failed ({ex.Message})");
                    Lose("the last sync failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        Running.Set();
        _watcher?.Dispose();
        _worker?.Join(TimeSpan.FromSeconds(5));
        lock (_gate) _index.Dispose();
        _wake.Dispose();
    }
}
