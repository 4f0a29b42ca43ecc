using Rapport.Core.Documents;
using Rapport.Core.Vaults;

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
             "booked", "onboarding_until", "moods", "named", "error", "note_order", "named_person", "same_from", "same_until", "problems"];

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

        private readonly Database _database;

        public Writer(Database database)
        {
            _database = database;
            _file = database.Prepare($"INSERT INTO files({string.Join(", ", FileColumns)}) VALUES ({string.Join(", ", FileColumns.Select(_ => "?"))})");
            _entry = database.Prepare($"INSERT INTO entries({string.Join(", ", EntryColumns)}) VALUES ({string.Join(", ", EntryColumns.Select(_ => "?"))})");
            _stamp = database.Prepare("UPDATE files SET mtime = ?, size = ? WHERE id = ?");
            _delete = database.Prepare("DELETE FROM files WHERE id = ?");
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
                .Bind(22, DateText(file.SameReading.From)).Bind(23, DateText(file.SameReading.Until)).Bind(24, file.Problems).Run();
            long id = _database.LastInsertRowId;

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
}
