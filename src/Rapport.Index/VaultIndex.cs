using System.Security.Cryptography;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Index;

/// <summary>
/// A SQLite index of the vault at <c>.rapport/index.db</c>, derived from the Markdown files and
/// rebuilt at will: files, sections, entries (actions, thread entries, history, accomplishments,
/// feedback, focus areas, goals, agenda items, wins, raw notes) and an FTS5 table over their text
/// kept in step by triggers. The files stay the only truth.
/// </summary>
public sealed partial class VaultIndex : IVaultIndex
{
    public const string FileName = "index.db";

    /// <summary>From this many files to re-read, the full-text table is rebuilt in one pass rather than row by row.</summary>
    public const int BulkThreshold = 200;

    private static readonly string[] Skipped = [".rapport", ".git", ".obsidian", ".trash", "node_modules"];

    private readonly Vault _vault;
    private Database _connection;

    private VaultIndex(Vault vault, Database connection, bool inMemory)
    {
        _vault = vault;
        _connection = connection;
        InMemory = inMemory;
    }

    /// <summary>True when the vault's disk could not hold the index and it lives in memory for this process.</summary>
    public bool InMemory { get; }

    public static string PathIn(Vault vault) => Path.Combine(vault.Root, Vault.SettingsFolder, FileName);

    /// <summary>
    /// Opens the vault's index, creating it on first use. An index that is corrupt, not Rapport's or
    /// of another schema version is rebuilt (with a warning); when the disk is read-only the index
    /// is built in memory.
    /// </summary>
    public static VaultIndex Open(Vault vault, Action<string>? warn = null)
    {
        string path = PathIn(vault);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var index = Connect(vault, path, out string? stale);
            if (index is not null) return index;
            warn?.Invoke($"{vault.Display(path)} {stale}; rebuilt it");
            DeleteIndexFiles(path);
            return Connect(vault, path, out _) ?? throw new InvalidOperationException("a fresh index could not be created");
        }
        catch (Exception ex) when (ex is DatabaseException or UnauthorizedAccessException or IOException)
        {
            if (ex is DatabaseException { Code: 26 or 11 })
            {
                warn?.Invoke($"{vault.Display(path)} is damaged; rebuilt it");
                try
                {
                    DeleteIndexFiles(path);
                    return Connect(vault, path, out _)!;
                }
                catch (Exception again) when (again is DatabaseException or UnauthorizedAccessException or IOException)
                {
                    ex = again;
                }
            }
            warn?.Invoke($"cannot write {vault.Display(path)} ({FirstLine(ex.Message)}); indexing in memory for this run");
            return OpenInMemory(vault);
        }
    }

    /// <summary>An empty index held in memory for this run: for a disk that cannot be written, or an index another process holds.</summary>
    public static VaultIndex OpenInMemory(Vault vault)
    {
        var memory = Database.OpenInMemory();
        Prepare(memory);
        Create(memory, vault, Schema.Create + Schema.Triggers);
        return new VaultIndex(vault, memory, inMemory: true);
    }

    /// <summary>
    /// The connection when the file holds an index of this version read under the vault's settings (or nothing yet); null
    /// when it must be rebuilt, with <paramref name="stale"/> saying why.
    /// </summary>
    private static VaultIndex? Connect(Vault vault, string path, out string? stale)
    {
        stale = null;
        var connection = Database.Open(path);
        try
        {
            Prepare(connection);
            // The schema's version is the file header's user_version; the tables are counted only when it is 0 (new or not Rapport's).
            long version = Scalar<long>(connection, "PRAGMA user_version");
            if (version == 0 && Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 0)
            {
                using var create = connection.Begin();
                Create(connection, vault, Schema.Create + Schema.Triggers);
                create.Commit();
            }
            else if (version != Schema.Version)
            {
                stale = "was not a Rapport index of this version";
            }
            else if (Scalar<string>(connection, "SELECT coalesce((SELECT settings FROM reading WHERE id = 1), '')") != Reading(vault))
            {
                stale = $"was read with other settings than {Vault.SettingsFolder}/{Vault.ConfigFile}'s (relationships folder, dates, owner)";
            }
            if (stale is not null)
            {
                connection.Dispose();
                return null;
            }
            return new VaultIndex(vault, connection, inMemory: false);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The settings that decide how the files are read into the index: which files are running documents and meeting
    /// notes (the relationships folder), how a numeric date is read (<c>dates</c>) and who is me (<c>owner</c>, <c>owner-aliases</c>;
    /// written only when set, so an index of a vault without them is kept). An index read under other settings
    /// is rebuilt, as one of another schema version is: a changed <c>config.yml</c> changes no file's stamp.
    /// </summary>
    internal static string Reading(Vault vault) =>
        $"relationships: {vault.Config.RelationshipsFolder}\ndates: {vault.Config.DayFirst switch { true => "day-first", false => "month-first", null => "unset" }}"
        + (vault.Config.MyNames.Count > 0 ? $"\nme: {string.Join(", ", vault.Config.MyNames)}" : "");

    /// <summary>Creates the tables of <paramref name="schema"/> in a new index, with its version and the settings it is read under.</summary>
    private static void Create(Database connection, Vault vault, string schema)
    {
        connection.Execute(schema + $"PRAGMA user_version = {Schema.Version};");
        using var reading = connection.Prepare("INSERT INTO reading(id, settings) VALUES (1, $settings)");
        reading.Bind("$settings", Reading(vault)).Run();
    }

    /// <summary>
    /// Each connection's settings. The file is mapped into memory (up to 256 MB) rather than read a page at a time: a reading
    /// command's queries then cost page faults on the pages they touch, not a <c>pread</c> each. The write-ahead log's files
    /// are kept when the connection closes (<see cref="WriteAheadLog"/>), the log emptied then (and cut back to 4 MB after a
    /// checkpoint), so a large sync does not leave its log's size on disk.
    /// </summary>
    private static void Prepare(Database connection)
    {
        connection.Execute("PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456; PRAGMA journal_size_limit = 4194304;");
        WriteAheadLog.Keep(connection, true);
    }

    private static void DeleteIndexFiles(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }

    /// <summary>
    /// Brings the index in step with the files, as zk does: walk the vault, compare each file's size
    /// and modified time with what was indexed, read only what changed (a file whose content hash is
    /// the same is only re-stamped), drop what disappeared; one transaction. When nothing changed,
    /// nothing is written. Many files to read (<see cref="BulkThreshold"/>, or
    /// <paramref name="force"/>) are read and parsed in parallel, a chunk ahead of the writing.
    /// </summary>
    public SyncResult Sync(bool force = false, IProgress<(int Done, int Total)>? progress = null)
    {
        long walked = DateTime.UtcNow.Ticks;
        var files = Walk(_vault.Files.EnumerateStamps(_vault.Root, "*.md"));
        var outOfDay = force ? [] : OutOfDay(relationshipsOnly: false);
        if (!force && outOfDay.Count == 0)
        {
            // Compared outside a write transaction first: a vault that did not change costs no write lock and no commit.
            if (Unchanged(files) ?? Compare(files, KnownFiles(), force: false) is { Changed.Count: 0, Removed.Count: 0 })
            {
                progress?.Report((files.Count, files.Count));
                return new SyncResult(0, 0, 0, files.Count);
            }
        }

        if (force && !InMemory) return Rebuild(files, walked, progress);

        // Creating the indexes again sorts every entry: in temporary files past the cache, not in memory (that doubled the peak).
        if (force) _connection.Execute("PRAGMA temp_store = FILE;");
        try
        {
            return Write(known => Compare(files, known, force, named: outOfDay), files.Count, walked, force, progress, outOfDay);
        }
        finally
        {
            if (force) _connection.Execute("PRAGMA temp_store = MEMORY;");
        }
    }

    /// <summary>
    /// A file modified this close to the walk (before or after it began) may change again within the same
    /// tick of a coarse clock (FAT keeps 2 seconds, others a few milliseconds) without its size or
    /// time changing. Its time is recorded as <see cref="Racy"/>, which never matches, so the next
    /// sync reads it again: re-stamped, with its real time, if its content hash is the same (git's
    /// answer to a "racily clean" file).
    /// </summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(3);

    private const long Racy = long.MinValue;

    /// <summary>The stamp to record for a file walked at <paramref name="walked"/>: <see cref="Racy"/> as its time when it was modified within <see cref="RacyWindow"/> of the walk.</summary>
    private static FileStamp Recorded(FileStamp file, long walked) =>
        Math.Abs(file.ModifiedTicks - walked) <= RacyWindow.Ticks ? file with { ModifiedTicks = Racy } : file;

    /// <summary>
    /// Reads what <paramref name="compare"/> finds changed or gone against the index's stamps (read in the
    /// write transaction) and writes it; <paramref name="total"/> is the count of files the walk saw.
    /// </summary>
    private SyncResult Write(Func<Dictionary<string, Known>, (List<Walked> Changed, List<(string Path, Known Row)> Removed)> compare, int total, long walked, bool force,
        IProgress<(int Done, int Total)>? progress, HashSet<string>? outOfDay = null)
    {
        using var transaction = _connection.Begin();
        var known = KnownFiles();
        var (changed, removedRows) = compare(known);
        if (!force && changed.Count == 0 && removedRows.Count == 0) return new SyncResult(0, 0, 0, total);
        // A file read on another day is parsed again even when its content is the same (no stored hash to match).
        var hashes = force ? [] : StoredHashes(outOfDay is { Count: > 0 } ? changed.Where(w => !outOfDay.Contains(w.Relative)).ToList() : changed);
        var result = WriteRows(transaction, new Changes(changed, removedRows, known, hashes), force, total, walked, progress);
        transaction.Commit();
        return result;
    }

    /// <summary>What one sync writes: the changed files, the index's files that are gone, what the index holds of every file, and the stored hashes of the changed ones.</summary>
    private sealed record Changes(List<Walked> Changed, List<(string Path, Known Row)> Removed, Dictionary<string, Known> Stamps, Dictionary<long, byte[]> Hashes);

    /// <summary>
    /// The one writer loop, for a sync and a rebuild alike: the changed files read (in parallel when
    /// many), written into the connection of <paramref name="transaction"/> (this index, or the new
    /// file of <see cref="Rebuild"/>), the gone ones deleted, the stamps row saved; the caller commits.
    /// <paramref name="force"/> writes every row afresh: the table emptied first, the secondary indexes
    /// and the full-text table built once at the end.
    /// </summary>
    private SyncResult WriteRows(Transaction transaction, Changes changes, bool force, int total, long walked, IProgress<(int Done, int Total)>? progress)
    {
        var target = transaction.Database;
        var (changed, removedRows, known, hashes) = changes;
        // Re-reading much of the vault: drop the row-by-row triggers and rebuild the full-text table once at the end;
        // re-reading all of it: the secondary indexes too, created again once the rows are in.
        bool bulk = force || changed.Count >= BulkThreshold;
        if (bulk) target.Execute(Schema.DropTriggers);
        if (force)
        {
            target.Execute(Schema.DropIndexes + "DELETE FROM entries; DELETE FROM files;");
            known.Clear();
        }

        int added = 0, modified = 0, done = total - changed.Count, skipped = 0;
        using (var writer = new Writer(target))
        {
            foreach (var read in ReadAll(changed, hashes, parallel: bulk))
            {
                progress?.Report((done++, total));
                var (file, relative, isKnown, row) = read.Walked;
                if (read.File is null && read.Hash is null)
                {
                    // Deleted or unreadable while syncing: as if it were gone.
                    if (isKnown && !force) writer.Delete(row.Id);
                    if (isKnown) skipped++;
                    known.Remove(relative);
                    continue;
                }
                if (read.File is null)
                {
                    var stamp = Recorded(file, walked);
                    writer.Stamp(row.Id, stamp);
                    known[relative] = row with { Mtime = stamp.ModifiedTicks, Size = file.Length };
                    continue;
                }
                if (isKnown)
                {
                    if (!force) writer.Delete(row.Id);
                    modified++;
                }
                else
                {
                    added++;
                }
                var recorded = Recorded(file, walked);
                known[relative] = new Known(writer.Insert(relative, recorded, read.Hash!, read.File), recorded.ModifiedTicks, file.Length);
            }

            foreach (var (path, row) in removedRows)
            {
                if (!force) writer.Delete(row.Id);
                known.Remove(path);
            }
        }
        if (force)
        {
            // The parsers' garbage is given back before SQLite sorts the indexes and builds the full-text table, so the two do not add up at the peak.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            target.Execute(Schema.Indexes + Schema.BulkFullText + Schema.RebuildFullText + Schema.BulkFullTextDone + Schema.Triggers);
        }
        else if (bulk)
        {
            target.Execute(Schema.RebuildFullText + Schema.Triggers);
        }
        SaveStamps(known, target);
        progress?.Report((total, total));
        return new SyncResult(added, modified, removedRows.Count + skipped, total);
    }

    /// <summary>A walked file: its stamp, its vault-relative path, and what the index holds of it.</summary>
    private readonly record struct Walked(FileStamp Stamp, string Relative, bool IsKnown, Known Row);

    /// <summary>What the index holds of a file.</summary>
    private readonly record struct Known(long Id, long Mtime, long Size);

    /// <summary>A changed file as read: its content's hash and what it holds, or no file when only its stamp changed, or neither when it is gone.</summary>
    private sealed record Read(Walked Walked, byte[]? Hash, IndexedFile? File);

    /// <summary>
    /// What the index holds of every file (id, modified time, size by path), from the one row of
    /// <c>stamps</c> that each sync writes with its changes: one read instead of a row per file. When
    /// that row is missing or does not count the files the table holds, from the table itself.
    /// </summary>
    private Dictionary<string, Known> KnownFiles()
    {
        if (StampsRow() is { } row && StampsBlob.Read(row.Data, row.Files) is { } fromBlob) return fromBlob;
        var known = new Dictionary<string, Known>(StringComparer.Ordinal);
        using var rows = Command("SELECT id, path, mtime, size FROM files");
        while (rows.Read()) known[rows.Text(1)] = new Known(rows.Int64(0), rows.Int64(2), rows.Int64(3));
        return known;
    }

    /// <summary>
    /// The files read on a day on which they read otherwise than today (<see cref="Core.Documents.RunningDocument.SameReading"/>:
    /// a meeting dated after the day read has since been held, a date without a year has since come round again), by path:
    /// read again whatever their stamps. None when the vault's reading day is not set. With <paramref name="relationshipsOnly"/>,
    /// the running documents and meeting notes only (what <see cref="SyncRelationships"/> walks).
    /// </summary>
    private HashSet<string> OutOfDay(bool relationshipsOnly)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (_vault.Store.Today is not { } today) return paths;
        string kinds = relationshipsOnly ? "AND kind IN ($relationship, $note)" : "";
        using var reader = Command($"""
            SELECT path FROM files WHERE same_until <= $today {kinds}
            UNION SELECT path FROM files WHERE same_from > $today {kinds}
            """);
        reader.Bind("$today", IsoDate.Format(today));
        if (relationshipsOnly)
        {
            reader.Bind("$relationship", FileReader.Relationship);
            reader.Bind("$note", FileReader.MeetingNote);
        }
        while (reader.Read()) paths.Add(reader.Text(0));
        return paths;
    }

    /// <summary>
    /// Whether a file was read on a day on which it reads otherwise than today (see <see cref="OutOfDay"/>): a watcher keeps
    /// the index current with the files, not with the calendar, so the reading command syncs itself.
    /// </summary>
    public bool ReadOnAnotherDay(bool relationshipsOnly) => OutOfDay(relationshipsOnly).Count > 0;

    /// <summary>Whether the stamps row holds exactly the walked files, unchanged (no string per stored path); null when it cannot tell.</summary>
    private bool? Unchanged(List<FileStamp> files) =>
        StampsRow() is { } row ? StampsBlob.Matches(row.Data, row.Files, files, path => RelativeSpan(path)) : null;

    /// <summary>The one row of <c>stamps</c>: its count of files and its blob; null when it is missing or does not count the files the table holds.</summary>
    private (long Files, byte[] Data)? StampsRow()
    {
        using var reader = Command("SELECT s.files, s.data, (SELECT count(*) FROM files) FROM stamps s WHERE s.id = 1");
        return reader.Read() && reader.Int64(0) == reader.Int64(2) ? (reader.Int64(0), reader.Blob(1)) : null;
    }

    private static void SaveStamps(Dictionary<string, Known> known, Database target)
    {
        using var save = target.Prepare("INSERT OR REPLACE INTO stamps(id, files, data) VALUES (1, ?, ?)");
        save.Bind(1, known.Count).Bind(2, StampsBlob.Write(known)).Run();
    }

    /// <summary>The content hashes the index holds of the changed files it knows.</summary>
    private Dictionary<long, byte[]> StoredHashes(List<Walked> changed)
    {
        var hashes = new Dictionary<long, byte[]>();
        using var query = Command("SELECT hash FROM files WHERE id = ?");
        foreach (var w in changed.Where(w => w.IsKnown))
            if (query.Bind(1, w.Row.Id).Scalar() is byte[] hash) hashes[w.Row.Id] = hash;
        return hashes;
    }

    /// <summary>
    /// The files whose stamp differs from the index's (all of them when forced, and those <paramref name="named"/> whatever
    /// their stamp), and the index's files no longer there (of those the walk <paramref name="covers"/>, by vault-relative
    /// path, when it covered only part of the vault). A file is looked up by the span of its path (no string per unchanged file).
    /// </summary>
    private (List<Walked> Changed, List<(string Path, Known Row)> Removed) Compare(List<FileStamp> files, Dictionary<string, Known> known, bool force,
        Func<string, bool>? covers = null, HashSet<string>? named = null)
    {
        var changed = new List<Walked>();
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        int seen = 0;
        foreach (var file in files)
        {
            var relative = RelativeSpan(file.Path);
            bool isKnown = lookup.TryGetValue(relative, out var row);
            if (isKnown) seen++;
            // A file an event named is read whatever its stamp (hashed, and only re-stamped when its content is the same):
            // an edit of the same size that kept or put back the time is seen.
            if (force || !isKnown || row.Mtime != file.ModifiedTicks || row.Size != file.Length || (named is not null && named.GetAlternateLookup<ReadOnlySpan<char>>().Contains(relative)))
                changed.Add(new Walked(file, relative.ToString(), isKnown, row));
        }
        changed.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        if (covers is null && seen == known.Count) return (changed, []);
        var present = new HashSet<string>(files.Select(f => RelativeSpan(f.Path).ToString()), StringComparer.Ordinal);
        return (changed, known.Where(k => (covers is null || covers(k.Key)) && !present.Contains(k.Key)).Select(k => (k.Key, k.Value)).ToList());
    }

    /// <summary>
    /// The changed files read, hashed and (when the content changed) parsed, in order; in parallel
    /// chunks when there are many, the next chunk read while the caller writes this one, so memory
    /// holds two chunks, not the vault.
    /// </summary>
    private IEnumerable<Read> ReadAll(List<Walked> changed, Dictionary<long, byte[]> hashes, bool parallel)
    {
        var kinds = new FileKinds(_vault);
        Read One(Walked w)
        {
            byte[] bytes;
            try
            {
                bytes = _vault.Files.ReadAllBytes(w.Stamp.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new Read(w, null, null);
            }
            byte[] hash = SHA256.HashData(bytes);
            if (w.IsKnown && hashes.TryGetValue(w.Row.Id, out var stored) && stored.AsSpan().SequenceEqual(hash)) return new Read(w, hash, null);
            return new Read(w, hash, FileReader.Read(_vault, w.Stamp.Path, kinds.Of(w.Stamp.Path), bytes));
        }
        if (!parallel)
        {
            foreach (var w in changed) yield return One(w);
            yield break;
        }
        const int Chunk = 64;
        Read[] ReadChunk(int start)
        {
            var chunk = new Read[Math.Min(Chunk, changed.Count - start)];
            Parallel.For(0, chunk.Length, i => chunk[i] = One(changed[start + i]));
            return chunk;
        }
        var next = Task.Run(() => ReadChunk(0));
        for (int start = 0; start < changed.Count; start += Chunk)
        {
            var current = next.GetAwaiter().GetResult();
            int following = start + Chunk;
            if (following < changed.Count) next = Task.Run(() => ReadChunk(following));
            foreach (var read in current) yield return read;
        }
    }

    /// <summary>
    /// The vault's Markdown files with their stamps, in no particular order, skipping settings and
    /// tool folders, interrupted writes and whatever a symbolic link leads out of the vault. Each
    /// folder is judged once per walk, not each file: a file is looked at again only when it is a
    /// link itself or its folder is not where it seems.
    /// </summary>
    private List<FileStamp> Walk(IEnumerable<FileStamp> stamps)
    {
        var folders = new Dictionary<string, Place>(StringComparer.Ordinal);
        var lookup = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        var files = new List<FileStamp>();
        foreach (var file in stamps)
        {
            if (file.Path.AsSpan(Math.Min(file.Path.Length, _vault.Root.Length)).Contains(IFileSystem.TempMarker, StringComparison.Ordinal)) continue;
            var folder = Path.GetDirectoryName(file.Path.AsSpan());
            if (!lookup.TryGetValue(folder, out var place))
            {
                string name = folder.ToString();
                folders[name] = place = IsSkipped(name) ? Place.Skipped
                    : _vault.Files.RealPath(name) == RealRoot + name[Math.Min(name.Length, _vault.Root.Length)..] ? Place.Inside : Place.Elsewhere;
            }
            if (place == Place.Skipped) continue;
            if ((place == Place.Elsewhere || file.IsLink) && !_vault.IsReallyInside(file.Path)) continue;
            files.Add(file);
        }
        return files;
    }

    /// <summary>Where a folder's files are: skipped, inside the vault, or behind a link (each file checked).</summary>
    private enum Place
    {
        Skipped,
        Inside,
        Elsewhere,
    }

    private string RealRoot => _realRoot ??= Path.TrimEndingDirectorySeparator(_vault.Files.RealPath(_vault.Root));

    private string? _realRoot;

    /// <summary>Whether a folder is (or is inside) a settings or tool folder of the vault.</summary>
    private bool IsSkipped(string folder)
    {
        var relative = folder.AsSpan(Math.Min(folder.Length, _vault.Root.Length + 1));
        while (relative.Length > 0)
        {
            int slash = relative.IndexOfAny('/', '\\');
            var name = slash < 0 ? relative : relative[..slash];
            foreach (var skipped in Skipped)
                if (name.Equals(skipped, StringComparison.OrdinalIgnoreCase)) return true;
            relative = slash < 0 ? [] : relative[(slash + 1)..];
        }
        return false;
    }

    /// <summary>The vault-relative path as <see cref="Relative"/> gives it, without a copy when the full path already holds it (no '\\' to turn into '/').</summary>
    private ReadOnlySpan<char> RelativeSpan(string fullPath) =>
        fullPath.Length > _vault.Root.Length && fullPath.StartsWith(_vault.Root, StringComparison.Ordinal) && !fullPath.AsSpan(_vault.Root.Length + 1).Contains('\\')
            ? fullPath.AsSpan(_vault.Root.Length + 1)
            : Relative(fullPath);

    /// <summary>The vault-relative path with '/' separators, as files are stored.</summary>
    private string Relative(string fullPath) =>
        fullPath.Length > _vault.Root.Length && fullPath.StartsWith(_vault.Root, StringComparison.Ordinal)
            ? fullPath[(_vault.Root.Length + 1)..].Replace('\\', '/')
            : _vault.Display(fullPath);

    /// <summary>
    /// Every readable running document and folder relationship, as <c>rapport list</c> shows them, in path order; a
    /// folder is shown by the note it is read from on <paramref name="today"/> (<see cref="MeetingFolder.PrimaryOf"/>).
    /// </summary>
    public IReadOnlyList<RelationshipSummary> Relationships(DateOnly? today = null)
    {
        // The open actions counted once, grouped by file, then joined to the files (probing the open actions for each file
        // scanned all of them per file: 1 s on 2,000 files).
        using var reader = Command("""
            SELECT f.person, f.slug, f.path, f.role, f.rel_kind, f.frequency, f.duration, f.started, f.last_met,
                   coalesce(o.mine, 0), coalesce(o.theirs, 0)
            FROM files f
            LEFT JOIN (SELECT e.file_id, count(CASE WHEN e.owner = 'me' THEN 1 END) AS mine, count(CASE WHEN e.owner = 'them' THEN 1 END) AS theirs
                       FROM entries e WHERE e.kind = 'action' AND e.done = 0 GROUP BY e.file_id) o ON o.file_id = f.id
            WHERE f.kind = 'relationship' AND f.error IS NULL
            ORDER BY 3
            """);
        var list = new List<RelationshipSummary>();
        while (reader.Read())
        {
            string slug = reader.Text(1);
            list.Add(new RelationshipSummary(
                reader.TextOrNull(0) ?? slug, slug, reader.Text(2), reader.TextOrNull(3), reader.TextOrNull(4), reader.TextOrNull(5),
                reader.IsNull(6) ? null : reader.Int32(6), DateOf(reader, 7), DateOf(reader, 8), reader.Int32(9), reader.Int32(10)));
        }
        var folders = FolderNotes();
        if (folders.Count == 0) return list;
        list.AddRange(folders.Select(notes => Summary(notes, today)));
        return list.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every readable running document's digest, as <see cref="RelationshipDigest.Of"/> made it when the file was indexed, in file order.</summary>
    public IReadOnlyList<RelationshipDigest> Digests()
    {
        // The relationship files first, then each one's actions by file (entries_action, which holds every column read here):
        // the actions of every file (the archives' too) looked up by kind and then by file cost 0.3 s of CPU on 2,000 × 5, for
        // the 1 % of them that are in running documents; each file's entries (entries_file) then each row, 20 ms.
        var actions = new Dictionary<long, List<ActionFact>>();
        using (var reader = Command($"""
            SELECT e.file_id, e.owner = 'me', e.done, {Day("e.due")}, {Day("e.completed")}
            FROM files f CROSS JOIN entries e INDEXED BY entries_action ON e.file_id = f.id
            WHERE f.kind = 'relationship' AND f.error IS NULL AND e.kind = 'action' ORDER BY e.file_id, e.line
            """))
        {
            while (reader.Read())
            {
                long file = reader.Int64(0);
                if (!actions.TryGetValue(file, out var list)) actions[file] = list = [];
                list.Add(new ActionFact(reader.Int64(1) == 1 ? ActionOwner.Me : ActionOwner.Them, reader.Int64(2) == 1, DayOf(reader, 3), DayOf(reader, 4)));
            }
        }
        using var rows = Command($"""
            SELECT id, slug, path, person, first_name, role, {Number<RelationshipKind>("rel_kind", Vocabulary.ToWord)},
                   {Number<Core.Cadence.Frequency>("frequency", Core.Cadence.FrequencyExtensions.ToWord)}, duration,
                   {Day("started")}, {Day("last_met")}, {Day("booked")}, {Day("onboarding_until")}, moods, named
            FROM files WHERE kind = 'relationship' AND error IS NULL ORDER BY path
            """);
        var digests = new List<RelationshipDigest>();
        while (rows.Read())
        {
            digests.Add(new RelationshipDigest(
                rows.Text(1), rows.Text(2), rows.TextOrNull(3), rows.TextOrNull(4), rows.TextOrNull(5),
                rows.IsNull(6) ? null : (RelationshipKind)rows.Int32(6),
                rows.IsNull(7) ? null : (Core.Cadence.Frequency)rows.Int32(7),
                rows.IsNull(8) ? null : rows.Int32(8), DayOf(rows, 9), DayOf(rows, 10), DayOf(rows, 11), DayOf(rows, 12),
                actions.TryGetValue(rows.Int64(0), out var list) ? list : [],
                Moods(rows, 13),
                rows.Int64(14) == 1));
        }
        return digests;
    }

    /// <summary>The latest moods, stored comma-separated (<c>3,4,4,5</c>), read without a string per mood.</summary>
    private static List<int> Moods(Statement reader, int column)
    {
        var moods = new List<int>();
        if (reader.TextOrNull(column) is not { } stored) return moods;
        var text = stored.AsSpan();
        foreach (var range in text.Split(','))
            if (!text[range].IsEmpty) moods.Add(int.Parse(text[range], System.Globalization.CultureInfo.InvariantCulture));
        return moods;
    }

    /// <summary>Running documents and meeting notes that could not be read, as the warnings reading commands print.</summary>
    // A meeting note that cannot be read is reported though its folder's other notes are read: list and actions skip it, and say so.
    public IReadOnlyList<string> Unreadable(string? slug = null) => Lines("error", slug);

    public IReadOnlyList<string> Problems(string? slug = null) => Lines("problems", slug);

    /// <summary>The lines a column of the running documents and meeting notes holds (of one relationship by slug), in path order.</summary>
    private List<string> Lines(string column, string? slug)
    {
        using var reader = Command($"SELECT {column} FROM files WHERE kind IN ('relationship', 'meeting-note') AND {column} IS NOT NULL {(slug is null ? "" : "AND slug = $slug")} ORDER BY path");
        if (slug is not null) reader.Bind("$slug", slug);
        var list = new List<string>();
        while (reader.Read()) list.AddRange(reader.Text(0).Split('\n'));
        return list;
    }

    /// <summary>
    /// An open action <c>e</c> of a meeting note <c>f</c> that a later note of the same relationship closes: carried over
    /// and done, as the folder's reading has it (<c>ActionItemReader.ClosedLater</c>). Both halves of the rule are Core's,
    /// stored when the files were read: the action's key (<c>entries.same</c>, <see cref="ActionItemReader.SameWords"/>: owner
    /// plus letters and digits, lowercased) and the note's place (<c>files.note_order</c>, <see cref="MeetingFolder.OrderOf"/>:
    /// its latest meeting's date, undated last), ties in path order as the folder reads its notes. The later notes are found
    /// by slug (files_kind) and their entries by file (entries_file), not among every done action of the vault.
    /// </summary>
    private const string ClosedInAnotherNote = """
        EXISTS (SELECT 1 FROM files g CROSS JOIN entries d ON d.file_id = g.id
                WHERE g.kind = 'meeting-note' AND g.slug = f.slug AND (g.note_order, g.path) > (f.note_order, f.path)
                  AND +d.kind = 'action' AND +d.done = 1 AND d.same = e.same)
        """;

    /// <summary>
    /// Open actions of every running document (or one, by slug), numbered as in the document: a folder's notes oldest
    /// first (<see cref="MeetingFolder.OrderOf"/>, then path), as <c>OpenActions.Of</c> numbers them. Running documents
    /// first, in path order, then each folder's relationships by slug, each in number order.
    /// </summary>
    public IReadOnlyList<ActionRow> OpenActions(string? slug = null)
    {
        using var reader = Command($"""
            SELECT coalesce(f.person, f.slug), coalesce(f.first_name, f.person, f.slug), f.slug, f.path,
                   row_number() OVER (PARTITION BY f.kind, CASE f.kind WHEN 'relationship' THEN f.path ELSE f.slug END ORDER BY f.note_order, f.path, e.line),
                   e.owner, e.text, e.due, e.priority, e.line, f.kind
            FROM entries e JOIN files f ON f.id = e.file_id
            WHERE e.kind = 'action' AND e.done = 0 AND f.kind IN ('relationship', 'meeting-note') AND f.error IS NULL {(slug is null ? "" : "AND f.slug = $slug")}
              AND NOT (f.kind = 'meeting-note' AND {ClosedInAnotherNote})
            ORDER BY f.kind = 'meeting-note', CASE f.kind WHEN 'relationship' THEN f.path ELSE f.slug END, 5
            """);
        if (slug is not null) reader.Bind("$slug", slug);
        var rows = new List<ActionRow>();
        var inFolder = new List<bool>();
        while (reader.Read())
        {
            inFolder.Add(reader.Text(10) == FileReader.MeetingNote);
            rows.Add(new ActionRow(reader.Text(0), reader.Text(1), reader.Text(2), reader.Text(3), reader.Int32(4),
                reader.Text(5) == "me" ? ActionOwner.Me : ActionOwner.Them, reader.Text(6), DateOf(reader, 7), reader.TextOrNull(8), reader.Int32(9)));
        }
        if (!inFolder.Contains(true)) return rows;
        // A folder's actions go by the folder's person (MeetingFolder.PersonOf), not by the person of the note each is written in.
        var people = FolderPeople(slug);
        return rows.Select((r, i) => inFolder[i] && people.TryGetValue(r.Slug, out var person)
            ? r with { Person = person, FirstName = RunningDocument.FirstNameOf(person) ?? person }
            : r).ToList();
    }

    public void Dispose() => _connection.Dispose();

    private Statement Command(string sql) => _connection.Prepare(sql);

    private static T Scalar<T>(Database connection, string sql) => (T)connection.Scalar(sql)!;

    private static DateOnly? DateOf(Statement reader, int i) =>
        reader.IsNull(i) ? null : IsoDate.TryParse(reader.Text(i), out var d) ? d : null;

    /// <summary>
    /// A stored date (<c>YYYY-MM-DD</c>, as the writer formats it) as SQLite's days since 1970-01-01, so that reading it
    /// makes no string: <c>status</c> reads four dates for each of 2,000 relationships. Read with <see cref="DayOf"/>;
    /// a text that is no date gives null, as <see cref="DateOf"/> does.
    /// </summary>
    private static string Day(string column) => $"unixepoch({column}) / 86400";

    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>
    /// A column holding an enum's word (as the writer stores it, <paramref name="word"/>) read as the enum's number, so that
    /// reading it makes no string: <c>CASE rel_kind WHEN 'direct' THEN 0 …</c>, null for a word of no value.
    /// </summary>
    private static string Number<T>(string column, Func<T, string> word) where T : struct, Enum =>
        $"CASE {column} {string.Concat(Enum.GetValues<T>().Select(v => $"WHEN '{word(v)}' THEN {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} "))}END";

    private static DateOnly? DayOf(Statement reader, int i) =>
        reader.IsNull(i) ? null : DateOnly.FromDayNumber(UnixEpochDay + (int)reader.Int64(i));

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
