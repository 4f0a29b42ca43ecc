namespace Rapport.Core.Vaults;

/// <summary>
/// The port through which Core touches files. The physical implementation (PhysicalFileSystem, in
/// src/Rapport.FileSystem) writes atomically; tests use an in-memory one (InMemoryFileSystem).
/// </summary>
public interface IFileSystem
{
    /// <summary>
    /// What the name of a temporary file of an atomic write holds (<c>.name.md.rapport-tmp-*</c>), so
    /// an interrupted write can be recognised, skipped by the index and removed.
    /// </summary>
    const string TempMarker = ".rapport-tmp-";

    bool FileExists(string path);

    bool DirectoryExists(string path);

    long GetLength(string path);

    byte[] ReadAllBytes(string path);

    /// <summary>Writes via a temporary file in the same folder and a rename, so readers see the old or the new content, never a mix.</summary>
    void WriteAllBytesAtomic(string path, ReadOnlySpan<byte> bytes);

    void CreateDirectory(string path);

    /// <summary>
    /// Holds an exclusive lock for writing <paramref name="path"/> until disposed, so that checking
    /// the file is unchanged and replacing it happen as one step between processes.
    /// </summary>
    IDisposable LockForWrite(string path);

    /// <summary>The path with every symbolic link along it followed: where reading it really goes.</summary>
    string RealPath(string path);

    /// <summary>
    /// Whether <paramref name="path"/> itself is a symbolic link (one look at the entry, not a walk
    /// of the whole path as <see cref="RealPath"/> does): what lets a walk of the vault resolve only
    /// the entries that can lead outside it. Paths that are not on disk are not links.
    /// </summary>
    bool IsLink(string path);

    /// <summary>Deletes a file if it exists.</summary>
    void DeleteFile(string path);

    /// <summary>
    /// Files below <paramref name="directory"/> with their size, last write time and whether each is a link, in one pass, in
    /// no particular order. <paramref name="descend"/>, when given, says which folders below it (by full path) the walk goes
    /// into: a walk of part of a tree lists only that part.
    /// </summary>
    IEnumerable<FileStamp> EnumerateStamps(string directory, string pattern, Func<string, bool>? descend = null);

    /// <summary>
    /// One file's stamp as <see cref="EnumerateStamps"/> gives it in a walk (a link's from its target), or null when it is not
    /// a regular file: what a watcher that is told one path changed compares, by the walk's own rule.
    /// </summary>
    FileStamp? StampOf(string path)
    {
        string? folder = Path.GetDirectoryName(path);
        if (folder is null || !FileExists(path)) return null;
        foreach (var stamp in EnumerateStamps(folder, Path.GetFileName(path), descend: static _ => false))
            if (string.Equals(stamp.Path, path, StringComparison.Ordinal)) return stamp;
        return null;
    }

    /// <summary>Files directly in <paramref name="directory"/> (or below it when recursive), in no particular order.</summary>
    IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive);

    /// <summary>Folders directly in <paramref name="directory"/> (none below them), without hidden ones, in no particular order.</summary>
    IEnumerable<string> EnumerateDirectories(string directory);
}

/// <summary>
/// A file's path, size and last write time (UTC ticks): what a sync compares before reading it; and
/// whether the entry is a symbolic link, when the listing already tells (so a walk need not ask per file).
/// </summary>
public readonly record struct FileStamp(string Path, long Length, long ModifiedTicks, bool IsLink = false);
