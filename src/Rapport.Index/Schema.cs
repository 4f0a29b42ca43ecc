namespace Rapport.Index;

/// <summary>
/// The index's tables. A change here bumps <see cref="Version"/>; an index of another version is rebuilt.
/// A change in how documents are read (what counts as a person, a meeting or an action) bumps it too,
/// so nothing read the old way is served from the index.
/// </summary>
internal static class Schema
{
    public const int Version = 10;

    /// <summary>The triggers that keep the full-text table in step with <c>entries</c>, row by row.</summary>
    public const string Triggers = """
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, text, topic) VALUES (new.id, new.text, new.topic);
        END;
        CREATE TRIGGER entries_ad AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, topic) VALUES ('delete', old.id, old.text, old.topic);
        END;
        CREATE TRIGGER entries_au AFTER UPDATE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, topic) VALUES ('delete', old.id, old.text, old.topic);
            INSERT INTO entries_fts(rowid, text, topic) VALUES (new.id, new.text, new.topic);
        END;
        """;

    /// <summary>Dropped while a sync re-reads much of the vault; the full-text table is then rebuilt in one pass.</summary>
    public const string DropTriggers = "DROP TRIGGER IF EXISTS entries_ai; DROP TRIGGER IF EXISTS entries_ad; DROP TRIGGER IF EXISTS entries_au;";

    public const string Create = Tables + Indexes;

    /// <summary>The tables, without the secondary indexes.</summary>
    public const string Tables = """
        CREATE TABLE files(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            mtime INTEGER NOT NULL,
            size INTEGER NOT NULL,
            hash BLOB NOT NULL,
            kind TEXT NOT NULL,
            slug TEXT,
            person TEXT,
            first_name TEXT,
            role TEXT,
            rel_kind TEXT,
            frequency TEXT,
            duration INTEGER,
            started TEXT,
            last_met TEXT,
            booked TEXT,
            onboarding_until TEXT,
            moods TEXT,
            named INTEGER,
            error TEXT,
            note_order TEXT,
            named_person TEXT,
            same_from TEXT,
            same_until TEXT,
            problems TEXT);
        CREATE TABLE entries(
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            topic TEXT,
            date TEXT,
            owner TEXT,
            done INTEGER,
            due TEXT,
            completed TEXT,
            priority TEXT,
            number INTEGER,
            line INTEGER NOT NULL,
            text TEXT NOT NULL,
            section TEXT,
            same TEXT);
        CREATE TABLE stamps(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            files INTEGER NOT NULL,
            data BLOB NOT NULL);
        CREATE TABLE reading(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            settings TEXT NOT NULL);
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, topic, content='entries', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        """;

    /// <summary>
    /// The secondary indexes: dropped while <c>index --force</c> writes every row and created again
    /// at the end, which sorts once instead of inserting each row into three b-trees. <c>entries_open</c>
    /// holds the actions only (8 % of the entries): every query that reads it asks for
    /// <c>kind = 'action'</c>, so SQLite uses it as before, and a rebuild sorts 0.14 million rows, not
    /// 1.7 million (the three indexes on 2,000 × 5, measured with <c>sqlite3</c> apart: 2.9 s of CPU to 1.1 s).
    /// <c>entries_action</c> holds the same rows by file, with every column a digest reads: the actions of the 2,000
    /// running documents without reading their 37,000 other entries (<c>status</c> on 2,000 × 5: 20 ms of CPU in
    /// <c>sqlite3</c> to 4.5 ms). It is only read where a query names it (<c>INDEXED BY</c>).
    /// <c>files_same_from</c> and <c>files_same_until</c> find the files read on a day whose reading differs from today's
    /// (<see cref="Core.Documents.RunningDocument.SameReading"/>) without reading every row.
    /// </summary>
    public const string Indexes = """
        CREATE INDEX IF NOT EXISTS files_kind ON files(kind, slug);
        CREATE INDEX IF NOT EXISTS entries_file ON entries(file_id);
        CREATE INDEX IF NOT EXISTS entries_open ON entries(kind, done, due) WHERE kind = 'action';
        CREATE INDEX IF NOT EXISTS entries_action ON entries(file_id, line, owner, done, due, completed) WHERE kind = 'action';
        CREATE INDEX IF NOT EXISTS files_same_from ON files(same_from) WHERE same_from IS NOT NULL;
        CREATE INDEX IF NOT EXISTS files_same_until ON files(same_until) WHERE same_until IS NOT NULL;
        """;

    /// <summary>
    /// How <c>index --force</c> writes its new index file: no rollback journal and no syncing (the
    /// file is derived and replaces the old one only once complete), one connection, a large page
    /// cache, and the sorts for the indexes in temporary files rather than memory.
    /// </summary>
    public const string Bulk = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -65536; PRAGMA temp_store = FILE;";

    /// <summary>
    /// While a rebuild fills the full-text table: FTS5 keeps up to 16 MB of new terms in memory
    /// before it writes them out as a segment (1 MB by default), so it writes and merges fewer,
    /// larger segments (measured on the 2,000 × 5 index: 4.4 s of CPU to 3.2 s). The same terms and
    /// counts, so the same search results and ranks.
    /// </summary>
    public const string BulkFullText = "INSERT INTO entries_fts(entries_fts, rank) VALUES ('hashsize', 16777216);";

    /// <summary>
    /// Back to FTS5's default for the syncs that follow, the segments merged into one first: the larger
    /// buffer leaves a handful of segments, enough for FTS5's automatic merge to merge them all at the next
    /// write, so the first sync after a rebuild paid for it (one changed file: 0.45 s with 1 MB segments,
    /// 1.3 s without this merge, 0.4 s with it; the merge costs the rebuild about 1 s).
    /// </summary>
    public const string BulkFullTextDone = "INSERT INTO entries_fts(entries_fts) VALUES ('optimize'); INSERT INTO entries_fts(entries_fts, rank) VALUES ('hashsize', 1048576);";

    /// <summary>The full-text table built again in one pass from <c>entries</c>.</summary>
    public const string RebuildFullText = "INSERT INTO entries_fts(entries_fts) VALUES ('rebuild');";

    public const string DropIndexes =
        "DROP INDEX IF EXISTS files_kind; DROP INDEX IF EXISTS entries_file; DROP INDEX IF EXISTS entries_open; DROP INDEX IF EXISTS entries_action; " +
        "DROP INDEX IF EXISTS files_same_from; DROP INDEX IF EXISTS files_same_until;";
}
