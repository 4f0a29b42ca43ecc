using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Index;

/// <summary>What a sync did: files added, modified (content changed) and removed, and how many it looked at.</summary>
public sealed record SyncResult(int Added, int Modified, int Removed, int Files)
{
    public bool Changed => Added + Modified + Removed > 0;

    public override string ToString() => $"+{Added} ~{Modified} -{Removed}";
}

/// <summary>
/// A SQLite index of the vault at <c>.rapport/index.db</c>, derived from the Markdown files and
/// rebuilt at will: files, sections, entries (actions, thread entries, history, accomplishments,
/// feedback, focus areas, goals, agenda items, wins, raw notes) and an FTS5 table over their text
/// kept in step by triggers. The files stay the only truth.
/// </summary>
public sealed partial class VaultIndex : IDisposable
{
    public const string FileName = "index.db";

    /// <summary>From this many files to re-read, the full-text table is rebuilt in one pass rather than row by row.</summary>
    public const int BulkThreshold = 200;

    private static readonly string[] Skipped = [".rapport", ".git", ".obsidian", ".trash", "node_modules"];

    private readonly Vault _vault;
    private readonly SqliteConnection _connection;

    private VaultIndex(Vault vault, SqliteConnection connection, bool inMemory)
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
            var index = Connect(vault, path, warn);
            if (index is not null) return index;
            warn?.Invoke($"{vault.Display(path)} was not a Rapport index of this version; rebuilt it");
            DeleteIndexFiles(path);
            return Connect(vault, path, warn) ?? throw new InvalidOperationException("a fresh index could not be created");
        }
        catch (Exception ex) when (ex is SqliteException or UnauthorizedAccessException or IOException)
        {
            if (ex is SqliteException { SqliteErrorCode: 26 or 11 })
            {
                warn?.Invoke($"{vault.Display(path)} is damaged; rebuilt it");
                try
                {
                    DeleteIndexFiles(path);
                    return Connect(vault, path, warn)!;
                }
                catch (Exception again) when (again is SqliteException or UnauthorizedAccessException or IOException)
                {
                    ex = again;
                }
            }
            warn?.Invoke($"cannot write {vault.Display(path)} ({FirstLine(ex.Message)}); indexing in memory for this run");
            var memory = new SqliteConnection("Data Source=:memory:");
            memory.Open();
            Prepare(memory);
            Execute(memory, Schema.Create + Schema.Triggers + $"PRAGMA user_version = {Schema.Version};");
            return new VaultIndex(vault, memory, inMemory: true);
        }
    }

    /// <summary>The connection when the file holds an index of this version (or nothing yet); null when it must be rebuilt.</summary>
    private static VaultIndex? Connect(Vault vault, string path, Action<string>? warn)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Prepare(connection);
            long version = Scalar<long>(connection, "PRAGMA user_version");
            long tables = Scalar<long>(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
            if (version == 0 && tables == 0)
            {
                using var create = connection.BeginTransaction();
                Execute(connection, Schema.Create + Schema.Triggers + $"PRAGMA user_version = {Schema.Version};", create);
                create.Commit();
            }
            else if (version != Schema.Version)
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

    private static void Prepare(SqliteConnection connection) =>
        Execute(connection, "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;");

    private static void DeleteIndexFiles(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
    }

    /// <summary>
    /// Brings the index in step with the files, as zk does: walk the vault in path order, compare
    /// each file's size and modified time with what was indexed, read only what changed (a file
    /// whose content hash is the same is only re-stamped), drop what disappeared; one transaction.
    /// </summary>
    public SyncResult Sync(bool force = false, IProgress<(int Done, int Total)>? progress = null)
    {
        var files = Walk();
        using var transaction = _connection.BeginTransaction(deferred: false);

        var known = new Dictionary<string, (long Id, long Mtime, long Size)>(StringComparer.Ordinal);
        using (var read = Command("SELECT id, path, mtime, size FROM files", transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read()) known[reader.GetString(1)] = (reader.GetInt64(0), reader.GetInt64(2), reader.GetInt64(3));
        }

        // Each file once: its vault-relative path, what the index holds of it, and whether that is stale.
        var walked = files.Select(f =>
        {
            string relative = Relative(f.Path);
            bool isKnown = known.TryGetValue(relative, out var row);
            return (File: f, Relative: relative, IsKnown: isKnown, Row: row, Stale: force || !isKnown || row.Mtime != f.ModifiedTicks || row.Size != f.Length);
        }).ToList();

        // Re-reading much of the vault: drop the row-by-row triggers and rebuild the full-text table once at the end.
        bool bulk = walked.Count(w => w.Stale) >= BulkThreshold;
        if (bulk) Execute(_connection, Schema.DropTriggers, transaction);
        if (force) Execute(_connection, "DELETE FROM files;", transaction);

        var kinds = new FileKinds(_vault);
        int added = 0, modified = 0, done = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, relative, isKnown, row, stale) in walked)
        {
            progress?.Report((done++, files.Count));
            seen.Add(relative);
            if (!stale) continue;

            byte[] bytes;
            try
            {
                bytes = _vault.Files.ReadAllBytes(file.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                seen.Remove(relative); // deleted or unreadable while syncing: as if it were gone
                continue;
            }
            byte[] hash = SHA256.HashData(bytes);
            if (!force && isKnown && StoredHash(row.Id, transaction).AsSpan().SequenceEqual(hash))
            {
                using var stamp = Command("UPDATE files SET mtime = $m, size = $s WHERE id = $id", transaction);
                stamp.Parameters.AddWithValue("$m", file.ModifiedTicks);
                stamp.Parameters.AddWithValue("$s", file.Length);
                stamp.Parameters.AddWithValue("$id", row.Id);
                stamp.ExecuteNonQuery();
                continue;
            }
            if (isKnown)
            {
                if (!force) Delete(row.Id, transaction);
                modified++;
            }
            else
            {
                added++;
            }
            Insert(relative, file, hash, FileReader.Read(_vault, file.Path, kinds.Of(file.Path), bytes), transaction);
        }

        int removed = 0;
        foreach (var (path, row) in known)
        {
            if (seen.Contains(path)) continue;
            if (!force) Delete(row.Id, transaction);
            removed++;
        }
        if (bulk) Execute(_connection, "INSERT INTO entries_fts(entries_fts) VALUES ('rebuild');" + Schema.Triggers, transaction);
        transaction.Commit();
        progress?.Report((files.Count, files.Count));
        return new SyncResult(added, modified, removed, files.Count);
    }

    /// <summary>The vault's Markdown files with their stamps, in path order, skipping settings and tool folders.</summary>
    private List<FileStamp> Walk()
    {
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        var files = _vault.Files.EnumerateStamps(_vault.Root, "*.md").Where(f => !IsSkipped(f.Path) && StaysInside(f.Path, folders)).ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>
    /// Whether reading the file stays inside the vault: a symbolic link (to a file, or a folder on
    /// the way) may lead anywhere, so only links and files in folders that are not where they seem
    /// have their real path resolved; each folder is resolved once per walk, not each file.
    /// </summary>
    private bool StaysInside(string fullPath, Dictionary<string, bool> folders)
    {
        string folder = Path.GetDirectoryName(fullPath) ?? _vault.Root;
        if (!folders.TryGetValue(folder, out bool folderInside))
            folders[folder] = folderInside = _vault.Files.RealPath(folder) == RealRoot + folder[_vault.Root.Length..];
        if (folderInside && !_vault.Files.IsLink(fullPath)) return true;
        return _vault.IsReallyInside(fullPath);
    }

    private string RealRoot => _realRoot ??= Path.TrimEndingDirectorySeparator(_vault.Files.RealPath(_vault.Root));

    private string? _realRoot;

    /// <summary>Settings, tool folders and interrupted writes' temporary files are not part of the vault.</summary>
    private bool IsSkipped(string fullPath)
    {
        var relative = fullPath.AsSpan(Math.Min(fullPath.Length, _vault.Root.Length + 1));
        if (relative.Contains(IFileSystem.TempMarker, StringComparison.Ordinal)) return true;
        foreach (var folder in Skipped)
        {
            if (relative.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && relative.Length > folder.Length && relative[folder.Length] is '/' or '\\') return true;
            if (relative.Contains($"/{folder}/", StringComparison.OrdinalIgnoreCase) || relative.Contains($"\\{folder}\\", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The vault-relative path with '/' separators, as files are stored.</summary>
    private string Relative(string fullPath) =>
        fullPath.Length > _vault.Root.Length && fullPath.StartsWith(_vault.Root, StringComparison.Ordinal)
            ? fullPath[(_vault.Root.Length + 1)..].Replace('\\', '/')
            : _vault.Display(fullPath);

    private byte[] StoredHash(long id, SqliteTransaction transaction)
    {
        using var query = Command("SELECT hash FROM files WHERE id = $id", transaction);
        query.Parameters.AddWithValue("$id", id);
        return (byte[])query.ExecuteScalar()!;
    }

    private void Delete(long id, SqliteTransaction transaction)
    {
        using var delete = Command("DELETE FROM files WHERE id = $id", transaction);
        delete.Parameters.AddWithValue("$id", id);
        delete.ExecuteNonQuery();
    }

    private void Insert(string relative, FileStamp stamp, byte[] hash, IndexedFile file, SqliteTransaction transaction)
    {
        var d = file.Document;
        using var insert = Command("""
            INSERT INTO files(path, mtime, size, hash, kind, slug, person, first_name, role, rel_kind, frequency, duration, started, last_met, error)
            VALUES ($path, $mtime, $size, $hash, $kind, $slug, $person, $first, $role, $relKind, $frequency, $duration, $started, $lastMet, $error)
            RETURNING id
            """, transaction);
        insert.Parameters.AddWithValue("$path", relative);
        insert.Parameters.AddWithValue("$mtime", stamp.ModifiedTicks);
        insert.Parameters.AddWithValue("$size", stamp.Length);
        insert.Parameters.AddWithValue("$hash", hash);
        insert.Parameters.AddWithValue("$kind", file.Kind);
        insert.Parameters.AddWithValue("$slug", (object?)file.Slug ?? DBNull.Value);
        insert.Parameters.AddWithValue("$person", (object?)d?.Person ?? DBNull.Value);
        insert.Parameters.AddWithValue("$first", (object?)d?.FirstName ?? DBNull.Value);
        insert.Parameters.AddWithValue("$role", (object?)d?.Role ?? DBNull.Value);
        insert.Parameters.AddWithValue("$relKind", (object?)d?.Kind?.ToWord() ?? DBNull.Value);
        insert.Parameters.AddWithValue("$frequency", (object?)d?.Frequency?.ToString().ToLowerInvariant() ?? DBNull.Value);
        insert.Parameters.AddWithValue("$duration", (object?)d?.Duration ?? DBNull.Value);
        insert.Parameters.AddWithValue("$started", Date(d?.Started));
        insert.Parameters.AddWithValue("$lastMet", Date(d?.LastMet));
        insert.Parameters.AddWithValue("$error", (object?)file.Error ?? DBNull.Value);
        long id = (long)insert.ExecuteScalar()!;

        using var section = Command("INSERT INTO sections(file_id, title, kind, line) VALUES ($f, $t, $k, $l)", transaction);
        var sf = section.Parameters.Add("$f", SqliteType.Integer);
        var st = section.Parameters.Add("$t", SqliteType.Text);
        var sk = section.Parameters.Add("$k", SqliteType.Text);
        var sl = section.Parameters.Add("$l", SqliteType.Integer);
        foreach (var s in file.Sections)
        {
            (sf.Value, st.Value, sk.Value, sl.Value) = (id, s.Title, s.Kind.ToString(), s.HeadingLine + 1);
            section.ExecuteNonQuery();
        }

        using var entry = Command("""
            INSERT INTO entries(file_id, kind, topic, date, owner, done, due, completed, priority, number, line, text, section)
            VALUES ($f, $k, $topic, $date, $owner, $done, $due, $completed, $priority, $number, $line, $text, $section)
            """, transaction);
        string[] names = ["$f", "$k", "$topic", "$date", "$owner", "$done", "$due", "$completed", "$priority", "$number", "$line", "$text", "$section"];
        var p = names.Select(n => entry.Parameters.Add(n, n is "$f" or "$done" or "$number" or "$line" ? SqliteType.Integer : SqliteType.Text)).ToArray();
        foreach (var e in file.Entries)
        {
            p[0].Value = id;
            p[1].Value = e.Kind;
            p[2].Value = (object?)e.Topic ?? DBNull.Value;
            p[3].Value = Date(e.Date);
            p[4].Value = (object?)e.Owner ?? DBNull.Value;
            p[5].Value = e.Done is { } done ? (done ? 1 : 0) : DBNull.Value;
            p[6].Value = Date(e.Due);
            p[7].Value = Date(e.Completed);
            p[8].Value = (object?)e.Priority ?? DBNull.Value;
            p[9].Value = (object?)e.Number ?? DBNull.Value;
            p[10].Value = e.Line;
            p[11].Value = e.Text;
            p[12].Value = (object?)e.Section ?? DBNull.Value;
            entry.ExecuteNonQuery();
        }
    }

    /// <summary>Every readable running document, as <c>rapport list</c> shows them, in file order.</summary>
    public IReadOnlyList<RelationshipSummary> Relationships()
    {
        using var query = Command("""
            SELECT f.person, f.slug, f.path, f.role, f.rel_kind, f.frequency, f.duration, f.started, f.last_met,
                   (SELECT count(*) FROM entries e WHERE e.file_id = f.id AND e.kind = 'action' AND e.done = 0 AND e.owner = 'me'),
                   (SELECT count(*) FROM entries e WHERE e.file_id = f.id AND e.kind = 'action' AND e.done = 0 AND e.owner = 'them')
            FROM files f WHERE f.kind = 'relationship' AND f.error IS NULL
            UNION ALL
            SELECT max(f.person), f.slug, min(f.path), max(f.role), max(f.rel_kind), max(f.frequency), max(f.duration), min(f.started), max(f.last_met),
                   (SELECT count(*) FROM entries e JOIN files n ON n.id = e.file_id WHERE n.kind = 'meeting-note' AND n.slug = f.slug AND n.error IS NULL AND e.kind = 'action' AND e.done = 0 AND e.owner = 'me'),
                   (SELECT count(*) FROM entries e JOIN files n ON n.id = e.file_id WHERE n.kind = 'meeting-note' AND n.slug = f.slug AND n.error IS NULL AND e.kind = 'action' AND e.done = 0 AND e.owner = 'them')
            FROM files f WHERE f.kind = 'meeting-note' AND f.error IS NULL GROUP BY f.slug
            ORDER BY 3
            """);
        using var reader = query.ExecuteReader();
        var list = new List<RelationshipSummary>();
        while (reader.Read())
        {
            string slug = reader.GetString(1);
            list.Add(new RelationshipSummary(
                Text(reader, 0) ?? slug, slug, reader.GetString(2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6), DateOf(reader, 7), DateOf(reader, 8), reader.GetInt32(9), reader.GetInt32(10)));
        }
        return list;
    }

    /// <summary>Running documents that could not be read, as the warnings reading commands print.</summary>
    public IReadOnlyList<string> Unreadable()
    {
        using var query = Command("SELECT error FROM files WHERE kind IN ('relationship', 'meeting-note') AND error IS NOT NULL ORDER BY path");
        using var reader = query.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>Open actions of every running document (or one, by slug), numbered as in the document.</summary>
    public IEnumerable<ActionRow> OpenActions(string? slug = null)
    {
        using var query = Command($"""
            SELECT coalesce(f.person, f.slug), coalesce(f.first_name, f.person, f.slug), f.slug, f.path,
                   row_number() OVER (PARTITION BY f.kind, CASE f.kind WHEN 'relationship' THEN f.path ELSE f.slug END ORDER BY f.path, e.line),
                   e.owner, e.text, e.due, e.priority, e.line
            FROM entries e JOIN files f ON f.id = e.file_id
            WHERE e.kind = 'action' AND e.done = 0 AND f.kind IN ('relationship', 'meeting-note') AND f.error IS NULL {(slug is null ? "" : "AND f.slug = $slug")}
            ORDER BY f.path, e.line
            """);
        if (slug is not null) query.Parameters.AddWithValue("$slug", slug);
        using var reader = query.ExecuteReader();
        var rows = new List<ActionRow>();
        while (reader.Read())
        {
            rows.Add(new ActionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5) == "me" ? ActionOwner.Me : ActionOwner.Them, reader.GetString(6), DateOf(reader, 7), Text(reader, 8), reader.GetInt32(9)));
        }
        return rows;
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    private static object Date(DateOnly? date) => date is { } d ? IsoDate.Format(d) : DBNull.Value;

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DateOnly? DateOf(SqliteDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : IsoDate.TryParse(reader.GetString(i), out var d) ? d : null;

    private static string FirstLine(string text) => text.ReplaceLineEndings("\n").Split('\n')[0].Trim();
}
