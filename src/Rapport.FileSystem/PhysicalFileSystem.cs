using System.IO.Enumeration;

namespace Rapport.Core.Vaults;

/// <summary>The real disk: the adapter of Core's <see cref="IFileSystem"/> port, kept out of Core in its own project.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    /// <summary>Temporary files are named <c>.name.rapport-tmp-*</c> (<see cref="IFileSystem.TempMarker"/>) so an interrupted write can be recognised and removed.</summary>
    private const string TempMarker = IFileSystem.TempMarker;

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public long GetLength(string path) => new FileInfo(path).Length;

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    /// <summary>A temporary file this old was left by a write that was killed: it is removed.</summary>
    public static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(2);

    public void WriteAllBytesAtomic(string path, ReadOnlySpan<byte> bytes)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        RemoveOrphans(directory, Path.GetFileName(path));
        string temp = Path.Combine(directory, $".{Path.GetFileName(path)}{TempMarker}{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <summary>
    /// Lock files live in the vault, in <c>.rapport/locks/</c> (kept out of git by <c>.rapport/.gitignore</c>),
    /// one per file guarded, named by a hash of its full path. A file outside any vault is locked in a
    /// folder of the current user's own in the temporary folder, so no user's locks block another's.
    /// </summary>
    public static string LockPath(string fullPath)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fullPath)))[..24];
        return Path.Combine(LockFolder(fullPath).Folder, hash + ".lock");
    }

    /// <summary>Where the lock of <paramref name="fullPath"/> lives, and the folder whose permissions it takes.</summary>
    public static (string Folder, string? PermissionsOf) LockFolder(string fullPath)
    {
        for (string? dir = Path.GetDirectoryName(fullPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string settings = Path.Combine(dir, Vault.SettingsFolder);
            if (Directory.Exists(settings)) return (Path.Combine(settings, LocksFolder), settings);
        }
        string user = new([.. Environment.UserName.Where(char.IsAsciiLetterOrDigit)]);
        return (Path.Combine(Path.GetTempPath(), $"rapport-locks-{(user.Length > 0 ? user : "user")}"), null);
    }

    /// <summary>The folder in <c>.rapport/</c> that holds the vault's lock files.</summary>
    public const string LocksFolder = "locks";

    /// <summary>Creates the lock folder with the permissions of the vault's <c>.rapport/</c>, or for the user alone outside a vault.</summary>
    private static void CreateLockFolder(string folder, string? permissionsOf)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        var mode = permissionsOf is not null
            ? File.GetUnixFileMode(permissionsOf)
            : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(folder, mode);
    }

    /// <summary>How long a writer waits for another to finish before giving up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);

    public IDisposable LockForWrite(string path)
    {
        string full = Path.GetFullPath(path);
        string lockPath = LockPath(full);
        var (folder, permissionsOf) = LockFolder(full);
        CreateLockFolder(folder, permissionsOf);
        var deadline = DateTime.UtcNow + LockTimeout;
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                // FileShare.None takes an OS-level exclusive lock (flock on Unix) that other processes honour.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Math.Min(50, 2 + attempt));
            }
        }
    }

    public void DeleteFile(string path) => File.Delete(path);

    public bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    public string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetPathRoot(full)!;
        string current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0, hops = 0; i < parts.Length; i++)
        {
            string next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && hops++ < 40)
            {
                // Follow the link, then carry on with what is left of the path from where it points.
                string resolved = Path.GetFullPath(target, current);
                string rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return RealPath(rest.Length == 0 ? resolved : Path.Combine(resolved, rest));
            }
            current = next;
        }
        return current;
    }

    public IEnumerable<FileStamp> EnumerateStamps(string directory, string pattern, Func<string, bool>? descend = null)
    {
        if (!Directory.Exists(directory)) yield break;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        if (LinuxStamps.Enumerate(directory, pattern, options, descend) is { } stamps)
        {
            foreach (var stamp in stamps) yield return stamp;
            yield break;
        }
        // Straight from the directory entries: no FileInfo per file, and the entry says whether it is a link.
        var files = new FileSystemEnumerable<FileStamp>(
            directory,
            (ref FileSystemEntry entry) => new FileStamp(entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, ignoreCase: true),
            ShouldRecursePredicate = descend is null ? null : (ref FileSystemEntry entry) => descend(entry.ToFullPath()),
        };
        foreach (var file in files) yield return file;
    }

    public FileStamp? StampOf(string path)
    {
        if (LinuxStamps.StampOf(path) is { } stamp) return stamp.Length < 0 ? null : stamp;
        var info = new FileInfo(path);
        if (!info.Exists) return null;
        // A link: its target's size and time, as the walk gives them.
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        return target is { Exists: true } ? new FileStamp(path, target.Length, target.LastWriteTimeUtc.Ticks, info.LinkTarget is not null) : null;
    }

    public IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern, new EnumerationOptions
            {
                RecurseSubdirectories = recursive,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                MatchCasing = MatchCasing.CaseInsensitive,
            })
            : [];

    public IEnumerable<string> EnumerateDirectories(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory, "*", new EnumerationOptions
            {
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            })
            : [];

    /// <summary>Deletes temporary files of <paramref name="name"/> that an interrupted write left behind.</summary>
    public static int RemoveOrphans(string directory, string name, TimeSpan? olderThan = null)
    {
        int removed = 0;
        var cutoff = DateTime.UtcNow - (olderThan ?? OrphanAge);
        try
        {
            foreach (var orphan in Directory.EnumerateFiles(directory, $".{name}{TempMarker}*"))
            {
                if (File.GetLastWriteTimeUtc(orphan) > cutoff) continue; // perhaps another writer's, still in flight
                TryDelete(orphan);
                removed++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        return removed;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
