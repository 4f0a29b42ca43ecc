using Rapport.Core.Vaults;

namespace Rapport.Testing;

/// <summary>
/// A file system that reads through another and refuses every write as the operating system does
/// for a read-only vault (tests run as root, where a chmod would not stop anything).
/// </summary>
public sealed class ReadOnlyFileSystem(IFileSystem inner) : IFileSystem
{
    private static UnauthorizedAccessException Denied(string path) => new($"Access to the path '{path}' is denied.");

    public bool FileExists(string path) => inner.FileExists(path);

    public bool DirectoryExists(string path) => inner.DirectoryExists(path);

    public long GetLength(string path) => inner.GetLength(path);

    public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);

    public void WriteAllBytesAtomic(string path, ReadOnlySpan<byte> bytes) => throw Denied(path);

    public void CreateDirectory(string path)
    {
        if (!inner.DirectoryExists(path)) throw Denied(path);
    }

    public IDisposable LockForWrite(string path) => throw Denied(path);

    public string RealPath(string path) => inner.RealPath(path);

    public bool IsLink(string path) => inner.IsLink(path);

    public void DeleteFile(string path) => throw Denied(path);

    public IEnumerable<FileStamp> EnumerateStamps(string directory, string pattern, Func<string, bool>? descend = null) => inner.EnumerateStamps(directory, pattern, descend);

    public IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive) => inner.EnumerateFiles(directory, pattern, recursive);

    public IEnumerable<string> EnumerateDirectories(string directory) => inner.EnumerateDirectories(directory);
}
