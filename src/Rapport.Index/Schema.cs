namespace Rapport.Index;

/// <summary>
/// The index's tables. A change here bumps <see cref="Version"/>; an index of another version is rebuilt.
/// A change in how documents are read (what counts as a person, a meeting or an action) bumps it too,
/// so nothing read the old way is served from the index.
/// </summary>
internal static class Schema
{
    public const int Version = 3;

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

    public const string Create = """
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
            error TEXT);
        CREATE TABLE sections(
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            line INTEGER NOT NULL);
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
            section TEXT);
        CREATE INDEX files_kind ON files(kind, slug);
        CREATE INDEX sections_file ON sections(file_id);
        CREATE INDEX entries_file ON entries(file_id);
        CREATE INDEX entries_open ON entries(kind, done, due);
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            text, topic, content='entries', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2');
        """;
}
