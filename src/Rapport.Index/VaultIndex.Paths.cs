using System.IO.Enumeration;
using Rapport.Core.Vaults;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// Brings the index in step for the given paths only (files or folders, as a watcher reports
    /// them created, changed, deleted or renamed): a folder is walked, a file is stamped, and what
    /// the index holds at or below a path that is no longer there is dropped. The walk's own rules
    /// decide what is indexed (the same filter, comparison, reading and writing as <see cref="Sync"/>);
    /// a path that is the vault itself, or outside it, makes this a whole <see cref="Sync"/>.
    /// </summary>
    public SyncResult SyncPaths(IEnumerable<string> paths)
    {
        long walked = DateTime.UtcNow.Ticks;
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        var stamps = new List<FileStamp>();
        foreach (var raw in paths)
        {
            string path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(raw));
            if (!path.StartsWith(_vault.Root, StringComparison.Ordinal) || path.Length <= _vault.Root.Length + 1 || path[_vault.Root.Length] is not ('/' or '\\'))
                return Sync();
            if (!IsWatched(path)) continue;
            string relative = Relative(path);
            if (!scopes.Add(relative)) continue;
            if (_vault.Files.DirectoryExists(path)) stamps.AddRange(_vault.Files.EnumerateStamps(path, "*.md"));
            else if (FileSystemName.MatchesSimpleExpression("*.md", Path.GetFileName(path), ignoreCase: true) && _vault.Files.StampOf(path) is { } stamp) stamps.Add(stamp);
        }
        if (scopes.Count == 0) return new SyncResult(0, 0, 0, 0);
        // A file inside a folder that is itself a scope is walked twice: once is enough.
        var files = Walk(stamps.DistinctBy(s => s.Path, StringComparer.Ordinal));
        return Write(known => Compare(files, known, force: false, covers: path => InScope(path, scopes), named: scopes), files.Count, walked, force: false, progress: null);
    }

    /// <summary>How many files the index holds (what a sync reports as <see cref="SyncResult.Files"/> when a watcher kept it current).</summary>
    public int FileCount()
    {
        using var count = Command("SELECT count(*) FROM files");
        return Convert.ToInt32(count.Scalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether anything at <paramref name="fullPath"/> (inside the vault) can be indexed: no name on the way is hidden (the
    /// walk's listing skips names starting with '.') or a settings or tool folder. A watcher drops other events at once.
    /// </summary>
    public bool IsWatched(string fullPath)
    {
        if (fullPath.Length <= _vault.Root.Length + 1) return true;
        var relative = fullPath.AsSpan(_vault.Root.Length + 1);
        foreach (var range in relative.SplitAny('/', '\\'))
            if (relative[range].StartsWith('.')) return false;
        return !IsSkipped(fullPath);
    }

    /// <summary>Whether a vault-relative file is one of <paramref name="scopes"/> or below one of them.</summary>
    private static bool InScope(string relative, HashSet<string> scopes)
    {
        // The file itself, then each folder above it: a look-up per level, not a comparison per scope.
        var lookup = scopes.GetAlternateLookup<ReadOnlySpan<char>>();
        var path = relative.AsSpan();
        while (true)
        {
            if (lookup.Contains(path)) return true;
            int slash = path.LastIndexOf('/');
            if (slash <= 0) return false;
            path = path[..slash];
        }
    }
}
