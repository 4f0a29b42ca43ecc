using System.Text;
using Microsoft.Data.Sqlite;
using Rapport.Core.Documents;
using Rapport.Core.Vaults;
using SQLitePCL;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// The writes of one sync, each statement prepared once and reused for every file. A running
    /// document's facts are stored as <see cref="RelationshipDigest.Of"/> gives them, its actions as
    /// the document reader gives them: what reading the file would answer. The statements are
    /// SQLite's own (bound by position, text encoded into one reused buffer): a rebuild writes about
    /// 40 entries a file, and ADO.NET's boxing and by-name binding cost more than SQLite's insert.
    /// </summary>
    private sealed class Writer : IDisposable
    {
        private static readonly string[] FileColumns =
            ["path", "mtime", "size", "hash", "kind", "slug", "person", "first_name", "role", "rel_kind", "frequency", "duration", "started", "last_met",
             "booked", "onboarding_until", "moods", "named", "error", "note_order", "named_person", "same_from", "same_until"];

        /// <summary>
        /// An entry's id is its day (the entry's date, else the newest date in its file), then its
        /// file's id, then its place in the file: unique, and growing with the date, so the full-text
        /// index lists the newest matches first (<see cref="RankedAtMost"/>).
        /// </summary>
        private const int FileShift = 18, DayShift = 40;

        /// <summary>Entries of one file beyond this many are not indexed (a file of more than 262,144 lines).</summary>
        public const int MaxEntriesPerFile = 1 << FileShift;

        private static readonly string[] EntryColumns = ["id", "file_id", "kind", "topic", "date", "owner", "done", "due", "completed", "priority", "number", "line", "text", "section", "same"];

        private readonly Statement _file, _entry, _stamp, _delete;

        public Writer(SqliteConnection connection)
        {
            var db = connection.Handle!;
            _file = new Statement(db, $"INSERT INTO files({string.Join(", ", FileColumns)}) VALUES ({string.Join(", ", FileColumns.Select(_ => "?"))})");
            _entry = new Statement(db, $"INSERT INTO entries({string.Join(", ", EntryColumns)}) VALUES ({string.Join(", ", EntryColumns.Select(_ => "?"))})");
            _stamp = new Statement(db, "UPDATE files SET mtime = ?, size = ? WHERE id = ?");
            _delete = new Statement(db, "DELETE FROM files WHERE id = ?");
        }

        public void Stamp(long id, FileStamp file) => _stamp.Bind(1, file.ModifiedTicks).Bind(2, file.Length).Bind(3, id).Run();

        public void Delete(long id) => _delete.Bind(1, id).Run();

        /// <summary>Writes the file and its entries; its id.</summary>
        public long Insert(string relative, FileStamp stamp, byte[] hash, IndexedFile file)
        {
            // A meeting note's facts too: list and actions group a folder's notes into one relationship.
            var d = file.Digest;
            _file.Bind(1, relative).Bind(2, stamp.ModifiedTicks).Bind(3, stamp.Length).Bind(4, hash).Bind(5, file.Kind).Bind(6, file.Slug)
                .Bind(7, d?.Person ?? file.Person).Bind(8, d?.FirstName).Bind(9, d?.Role).Bind(10, d?.Kind?.ToWord())
                .Bind(11, d?.Frequency?.ToString().ToLowerInvariant()).Bind(12, d?.Duration).Bind(13, DateText(d?.Started)).Bind(14, DateText(d?.LastMet))
                .Bind(15, DateText(d?.Booked)).Bind(16, DateText(d?.OnboardingUntil)).Bind(17, d is null ? null : string.Join(",", d.Moods))
                .Bind(18, d is null ? null : d.Named ? 1 : 0).Bind(19, file.Error).Bind(20, DateText(file.Order)).Bind(21, file.NamedPerson)
                .Bind(22, DateText(file.SameReading.From)).Bind(23, DateText(file.SameReading.Until)).Run();
            long id = _file.LastRowId;

            long fileDay = file.Entries.Max(e => e.Date)?.DayNumber ?? 0;
            int place = 0;
            foreach (var e in file.Entries)
            {
                if (place == MaxEntriesPerFile) break;
                long entryId = ((e.Date?.DayNumber ?? fileDay) << DayShift) | (id << FileShift) | (long)place++;
                _entry.Bind(1, entryId).Bind(2, id).Bind(3, e.Kind).Bind(4, e.Topic).Bind(5, DateText(e.Date)).Bind(6, e.Owner)
                    .Bind(7, e.Done is { } done ? (done ? 1 : 0) : null).Bind(8, DateText(e.Due)).Bind(9, DateText(e.Completed)).Bind(10, e.Priority)
                    .Bind(11, e.Number).Bind(12, e.Line).Bind(13, e.Text).Bind(14, e.Section).Bind(15, e.Same).Run();
            }
            return id;
        }

        private static string? DateText(DateOnly? date) => date is { } d ? Core.Text.IsoDate.Format(d) : null;

        public void Dispose()
        {
            _file.Dispose();
            _entry.Dispose();
            _stamp.Dispose();
            _delete.Dispose();
        }
    }

    /// <summary>One prepared SQLite statement, its values bound by position; text goes through one UTF-8 buffer that SQLite copies.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private byte[] _buffer = new byte[1024];

        public Statement(sqlite3 db, string sql)
        {
            _db = db;
            Check(raw.sqlite3_prepare_v2(db, sql, out _statement));
        }

        public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

        public Statement Bind(int index, long value)
        {
            Check(raw.sqlite3_bind_int64(_statement, index, value));
            return this;
        }

        public Statement Bind(int index, long? value) => value is { } v ? Bind(index, v) : Null(index);

        public Statement Bind(int index, byte[] value)
        {
            Check(raw.sqlite3_bind_blob(_statement, index, value));
            return this;
        }

        public Statement Bind(int index, string? value)
        {
            if (value is null) return Null(index);
            int most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_buffer.Length < most) _buffer = new byte[Math.Max(most, _buffer.Length * 2)];
            int length = Encoding.UTF8.GetBytes(value, _buffer);
            Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
            return this;
        }

        private Statement Null(int index)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return this;
        }

        /// <summary>Runs the statement once and makes it ready for the next values.</summary>
        public void Run()
        {
            int result = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (result != raw.SQLITE_DONE) Check(result);
        }

        private void Check(int result)
        {
            if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _db);
        }

        public void Dispose() => _statement.Dispose();
    }
}
