using System.IO.Enumeration;
using Rapport.Core.Vaults;

namespace Rapport.Testing;

/// <summary>
/// Core's <see cref="IFileSystem"/> port held in memory, so tests that need files only incidentally
/// never touch the disk (as git-credential-manager's TestFileSystem). It keeps the port's contract as
/// the physical one does: a write replaces the whole content at once (a reader sees old or new, never
/// a mix) and needs the folder to exist; stamps change with every write; enumeration matches patterns
/// case-insensitively and skips hidden (dot) files and folders; <see cref="RealPath"/> follows the
/// links made with <see cref="CreateSymbolicLink"/>; <see cref="LockForWrite"/> excludes other holders
/// of the same path, on any thread, until disposed. Contract tests run the same checks against both.
/// </summary>
public sealed class InMemoryFileSystem(TimeProvider? time = null) : IFileSystem
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { Root };
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private long _lastTicks;

    private static readonly string Root = Path.GetPathRoot(Path.GetFullPath("/"))!;

    /// <summary>How long <see cref="LockForWrite"/> waits for another holder, as the physical lock does.</summary>
    public TimeSpan LockTimeout { get; init; } = PhysicalFileSystem.LockTimeout;

    /// <summary>Called with the path just before a write lock is taken: a test can play another writer there.</summary>
    public Action<string>? BeforeLock { get; set; }

    private sealed record Entry(byte[] Bytes, long ModifiedTicks);

    /// <summary>Seeds a file (creating its folders) with UTF-8 text; returns its full path.</summary>
    public string AddFile(string path, string text)
    {
        string full = Full(path);
        CreateDirectory(Path.GetDirectoryName(full)!);
        WriteAllBytesAtomic(full, System.Text.Encoding.UTF8.GetBytes(text));
        return full;
    }

    /// <summary>A file's content as UTF-8 text.</summary>
    public string ReadAllText(string path) => System.Text.Encoding.UTF8.GetString(ReadAllBytes(path));

    /// <summary>Makes <paramref name="link"/> point at <paramref name="target"/> (absolute, or relative to the link's folder).</summary>
    public void CreateSymbolicLink(string link, string target)
    {
        string full = Full(link);
        lock (_gate)
        {
            RequireParent(full);
            _links[full] = target;
        }
    }

    public bool IsLink(string path)
    {
        lock (_gate) return _links.ContainsKey(Full(path));
    }

    public bool FileExists(string path)
    {
        lock (_gate) return _files.ContainsKey(Resolve(path));
    }

    public bool DirectoryExists(string path)
    {
        lock (_gate) return _directories.Contains(Resolve(path));
    }

    public long GetLength(string path)
    {
        lock (_gate) return Get(path).Bytes.LongLength;
    }

    public byte[] ReadAllBytes(string path)
    {
        lock (_gate) return (byte[])Get(path).Bytes.Clone();
    }

    public void WriteAllBytesAtomic(string path, ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray(); // taken before the swap, so the replacement is one step
        lock (_gate)
        {
            string full = Resolve(path);
            if (_directories.Contains(full)) throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
            RequireParent(full);
            _files[full] = new Entry(copy, NextTicks());
        }
    }

    public void CreateDirectory(string path)
    {
        lock (_gate)
        {
            for (string? dir = Resolve(path); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (_files.ContainsKey(dir)) throw new IOException($"The file '{dir}' already exists.");
                _directories.Add(dir);
            }
        }
    }

    public IDisposable LockForWrite(string path)
    {
        BeforeLock?.Invoke(path);
        string full = Full(path);
        SemaphoreSlim gate;
        lock (_gate)
        {
            if (!_locks.TryGetValue(full, out gate!)) _locks[full] = gate = new SemaphoreSlim(1, 1);
        }
        if (!gate.Wait(LockTimeout)) throw new IOException($"The file '{path}' is locked by another writer.");
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }

    public string RealPath(string path)
    {
        lock (_gate) return Resolve(path);
    }

    public void DeleteFile(string path)
    {
        lock (_gate)
        {
            string full = Resolve(path);
            if (!_directories.Contains(Path.GetDirectoryName(full) ?? Root))
                throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
            _files.Remove(full);
        }
    }

    public IEnumerable<FileStamp> EnumerateStamps(string directory, string pattern, Func<string, bool>? descend = null)
    {
        lock (_gate)
        {
            string dir = Full(directory);
            return [.. Below(dir, pattern, recursive: true, descend).Select(f => new FileStamp(f, _files[f].Bytes.LongLength, _files[f].ModifiedTicks, _links.ContainsKey(f)))];
        }
    }

    public IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive)
    {
        lock (_gate) return [.. Below(Full(directory), pattern, recursive)];
    }

    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        string dir = Full(directory);
        lock (_gate) return [.. _directories.Where(d => d != dir && Path.GetDirectoryName(d) == dir && !Hidden(Path.GetFileName(d)))];
    }

    /// <summary>Files under <paramref name="dir"/> as the physical enumeration finds them: no hidden names on the way.</summary>
    private IEnumerable<string> Below(string dir, string pattern, bool recursive, Func<string, bool>? descend = null)
    {
        if (!_directories.Contains(dir)) yield break;
        foreach (var file in _files.Keys)
        {
            string? parent = Path.GetDirectoryName(file);
            if (parent is null || !IsAtOrBelow(parent, dir)) continue;
            if (!recursive && parent != dir) continue;
            string name = Path.GetFileName(file);
            if (Hidden(name) || !FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: true)) continue;
            if (Path.GetRelativePath(dir, parent).Split(Path.DirectorySeparatorChar).Any(Hidden)) continue;
            if (descend is not null && !Descended(dir, parent, descend)) continue;
            yield return file;
        }
    }

    /// <summary>Whether a walk of <paramref name="dir"/> goes down to <paramref name="folder"/>: each folder on the way, below <paramref name="dir"/>, is one it descends into.</summary>
    private static bool Descended(string dir, string folder, Func<string, bool> descend)
    {
        for (string? at = folder; at is not null && at != dir; at = Path.GetDirectoryName(at))
            if (!descend(at)) return false;
        return true;
    }

    private static bool Hidden(string name) => name.Length > 1 && name[0] == '.' && name != "..";

    private static bool IsAtOrBelow(string path, string dir) =>
        path == dir || path.StartsWith(dir.EndsWith(Path.DirectorySeparatorChar) ? dir : dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private Entry Get(string path) =>
        _files.TryGetValue(Resolve(path), out var entry)
            ? entry
            : throw new FileNotFoundException($"Could not find file '{path}'.", path);

    private void RequireParent(string full)
    {
        string parent = Path.GetDirectoryName(full) ?? Root;
        if (!_directories.Contains(parent)) throw new DirectoryNotFoundException($"Could not find a part of the path '{full}'.");
    }

    /// <summary>Modification stamps from the clock, but always moving forward, so every write is seen as a change.</summary>
    private long NextTicks()
    {
        long now = _time.GetUtcNow().UtcTicks;
        _lastTicks = Math.Max(now, _lastTicks + 1);
        return _lastTicks;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) is { Length: > 0 } full ? full : Root;

    /// <summary>The full path with every link along it followed, as <see cref="PhysicalFileSystem.RealPath"/>.</summary>
    private string Resolve(string path)
    {
        string full = Full(path);
        var parts = full[Root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        string current = Root;
        for (int i = 0, hops = 0; i < parts.Length; i++)
        {
            string next = Path.Combine(current, parts[i]);
            if (_links.TryGetValue(next, out var target) && hops++ < 40)
            {
                string resolved = Full(Path.GetFullPath(target, current));
                string rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                full = rest.Length == 0 ? resolved : Path.Combine(resolved, rest);
                parts = full[Root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                current = Root;
                i = -1;
                continue;
            }
            current = next;
        }
        return current;
    }
}
