using System.Buffers.Binary;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Text;

namespace Rapport.Core.Vaults;

/// <summary>
/// The stamps of a walk on Linux: the listing gives the names (no system call per file), then one
/// <c>statx</c> per file gives its type, size and modified time, on every core when there are many.
/// A no-change sync is one such call per file and nothing else (a file's content can change
/// without its folder's modified time changing, so no folder can be skipped). Null where
/// <c>statx</c> is not available, and the caller lists as .NET does.
/// </summary>
internal static partial class LinuxStamps
{
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100;
    private const int OpenDirectory = 0x10000, OpenCloseOnExec = 0x80000, OpenPath = 0x200000;
    private const uint StatxType = 0x1, StatxMtime = 0x40, StatxSize = 0x200;
    private const int ModeOffset = 28, SizeOffset = 40, MtimeOffset = 112, BufferSize = 256;
    private const int NoEntry = 2, Denied = 13, NotDirectory = 20, Loop = 40;
    private const ushort TypeMask = 0xF000, Link = 0xA000, Regular = 0x8000;

    /// <summary>
    /// From this many files the stat calls are spread over the cores, as ripgrep (the peer) walks on every core. On a
    /// 200 × 3 vault (2,600 files) the calls were 17 % of <c>search</c>'s samples on one core, about 8 ms: far more than
    /// starting the pool's threads costs.
    /// </summary>
    private const int ParallelFrom = 1024;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static List<FileStamp>? Enumerate(string directory, string pattern, EnumerationOptions options, Func<string, bool>? descend = null)
    {
        if (_unavailable) return null;
        // The names only: with no attribute to skip, .NET reads the listing without a stat per entry; hidden names are skipped here.
        var names = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions
        {
            RecurseSubdirectories = options.RecurseSubdirectories,
            IgnoreInaccessible = options.IgnoreInaccessible,
            AttributesToSkip = 0,
            MatchCasing = options.MatchCasing,
        })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && !entry.FileName.StartsWith('.') && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, ignoreCase: true),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.') && (descend is null || descend(entry.ToFullPath())),
        }.ToList();

        var stamps = new FileStamp?[names.Count];
        try
        {
            if (names.Count < ParallelFrom) StatRange(names, stamps, 0, names.Count);
            else
            {
                int parts = Math.Max(1, Environment.ProcessorCount) * 4, size = (names.Count + parts - 1) / parts;
                Parallel.For(0, parts, part => StatRange(names, stamps, part * size, Math.Min(names.Count, (part + 1) * size)));
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or NotSupportedException)
        {
            _unavailable = true;
            return null;
        }
        if (_unavailable) return null;
        var list = new List<FileStamp>(stamps.Length);
        foreach (var stamp in stamps)
            if (stamp is { } s) list.Add(s);
        return list;
    }

    /// <summary>
    /// One file's stamp by the walk's own call; a stamp of length -1 when it is not a regular file
    /// or is gone; null where <c>statx</c> is not available.
    /// </summary>
    public static FileStamp? StampOf(string path)
    {
        if (_unavailable) return null;
        Span<byte> buffer = stackalloc byte[BufferSize];
        byte[] name = new byte[256];
        try
        {
            var stamp = Stat(path, buffer, ref name);
            return _unavailable ? null : stamp ?? new FileStamp(path, -1, 0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or NotSupportedException)
        {
            _unavailable = true;
            return null;
        }
    }

    /// <summary>
    /// The stamps of <paramref name="paths"/>[from..to]. The listing gives a folder's files one after another, so each is
    /// asked for by its name relative to its folder, opened once (<c>O_PATH</c>): the kernel looks up one name per file
    /// instead of every folder of its full path again (on 200 × 3, a third of the walk's system time was that lookup).
    /// A folder that cannot be opened (gone since the listing) has its files asked for by their full path, as before.
    /// </summary>
    private static void StatRange(List<string> paths, FileStamp?[] stamps, int from, int to)
    {
        Span<byte> buffer = stackalloc byte[BufferSize];
        byte[] name = new byte[1024];
        var folder = new OpenFolder();
        try
        {
            for (int i = from; i < to && !_unavailable; i++)
            {
                string path = paths[i];
                int slash = path.LastIndexOf('/');
                int at = slash > 0 ? folder.Of(path.AsSpan(0, slash), ref name) : AtFdCwd;
                stamps[i] = Stat(path, at == AtFdCwd ? path : path.AsSpan(slash + 1), at, buffer, ref name);
            }
        }
        finally
        {
            folder.Close();
        }
    }

    /// <summary>The one folder open at a time during a walk: its descriptor, or <see cref="AtFdCwd"/> when it could not be opened.</summary>
    private struct OpenFolder
    {
        private string? _path;
        private int _descriptor;

        public unsafe int Of(ReadOnlySpan<char> path, ref byte[] name)
        {
            if (_path is not null && path.SequenceEqual(_path)) return _descriptor;
            Close();
            _path = path.ToString();
            Terminated(path, ref name);
            fixed (byte* p = name) _descriptor = Open(p, OpenPath | OpenDirectory | OpenCloseOnExec, 0);
            if (_descriptor < 0) _descriptor = AtFdCwd;
            return _descriptor;
        }

        public void Close()
        {
            if (_path is not null && _descriptor >= 0) CloseDescriptor(_descriptor);
            _path = null;
        }
    }

    /// <summary><paramref name="text"/> in UTF-8 with a NUL after it, in <paramref name="bytes"/> (grown as needed).</summary>
    private static void Terminated(ReadOnlySpan<char> text, ref byte[] bytes)
    {
        int most = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        if (bytes.Length < most) bytes = new byte[most];
        bytes[Encoding.UTF8.GetBytes(text, bytes)] = 0;
    }

    /// <summary>One file's stamp by its full path (the single-file question).</summary>
    private static FileStamp? Stat(string path, Span<byte> buffer, ref byte[] name) => Stat(path, path, AtFdCwd, buffer, ref name);

    /// <summary>The stamp of <paramref name="path"/>, asked for as <paramref name="relative"/> to the folder <paramref name="folder"/> (or the full path with <see cref="AtFdCwd"/>); a link's from its target; null when it is gone, or not a regular file.</summary>
    private static unsafe FileStamp? Stat(string path, ReadOnlySpan<char> relative, int folder, Span<byte> buffer, ref byte[] name)
    {
        Terminated(relative, ref name);
        fixed (byte* p = name)
        fixed (byte* b = buffer)
        {
            if (Statx(folder, p, AtSymlinkNoFollow, StatxType | StatxSize | StatxMtime, b) != 0) return Failed();
            bool link = (BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & TypeMask) == Link;
            // A link: its target's size and time, as the listing in .NET gives them; a dangling link is skipped.
            if (link && Statx(folder, p, 0, StatxType | StatxSize | StatxMtime, b) != 0) return Failed();
            if ((BinaryPrimitives.ReadUInt16LittleEndian(buffer[ModeOffset..]) & TypeMask) != Regular) return null;
            long size = BinaryPrimitives.ReadInt64LittleEndian(buffer[SizeOffset..]);
            long seconds = BinaryPrimitives.ReadInt64LittleEndian(buffer[MtimeOffset..]);
            uint nanoseconds = BinaryPrimitives.ReadUInt32LittleEndian(buffer[(MtimeOffset + 8)..]);
            return new FileStamp(path, size, DateTimeOffset.FromUnixTimeSeconds(seconds).UtcTicks + nanoseconds / 100, link);
        }
    }

    private static FileStamp? Failed()
    {
        // Gone, not reachable, a loop of links or no permission: not a file to index. Anything else (ENOSYS or EPERM from a
        // kernel or sandbox without statx) would make every file vanish: the walk is done again as .NET does it.
        if (Marshal.GetLastPInvokeError() is not (NoEntry or NotDirectory or Loop or Denied)) _unavailable = true;
        return null;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static unsafe partial int Open(byte* path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int descriptor);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static unsafe partial int Statx(int directory, byte* path, int flags, uint mask, byte* buffer);
}
