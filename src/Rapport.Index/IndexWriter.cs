using Microsoft.Data.Sqlite;
using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// The writes of one sync, each statement prepared once and reused for every file. A running
    /// document's facts are stored as <see cref="RelationshipDigest.Of"/> gives them, its actions as
    /// the document reader gives them: what reading the file would answer.
    /// </summary>
    private sealed class Writer : IDisposable
    {
        private static readonly string[] FileColumns =
            ["path", "mtime", "size", "hash", "kind", "slug", "person", "first_name", "role", "rel_kind", "frequency", "duration", "started", "last_met",
             "booked", "onboarding_until", "moods", "named", "error"];

        /// <summary>
        /// An entry's id is its day (the entry's date, else the newest date in its file), then its
        /// file's id, then its place in the file: unique, and growing with the date, so the full-text
        /// index lists the newest matches first (<see cref="RankedAtMost"/>).
        /// </summary>
        private const int FileShift = 18, DayShift = 40;

        /// <summary>Entries of one file beyond this many are not indexed (a file of more than 262,144 lines).</summary>
        public const int MaxEntriesPerFile = 1 << FileShift;

        private static readonly string[] EntryColumns = ["id", "file_id", "kind", "topic", "date", "owner", "done", "due", "completed", "priority", "number", "line", "text", "section"];

        private readonly Vault _vault;
        private readonly SqliteCommand _file, _section, _entry, _stamp, _delete;

        public Writer(VaultIndex index, SqliteTransaction transaction)
        {
            _vault = index._vault;
            _file = index.Command($"INSERT INTO files({string.Join(", ", FileColumns)}) VALUES ({string.Join(", ", FileColumns.Select(c => "$" + c))}) RETURNING id", transaction);
            foreach (var c in FileColumns) _file.Parameters.Add("$" + c, SqliteType.Text);
            _section = index.Command("INSERT INTO sections(file_id, title, kind, line) VALUES ($file_id, $title, $kind, $line)", transaction);
            foreach (var c in new[] { "file_id", "title", "kind", "line" }) _section.Parameters.Add("$" + c, SqliteType.Text);
            _entry = index.Command($"INSERT INTO entries({string.Join(", ", EntryColumns)}) VALUES ({string.Join(", ", EntryColumns.Select(c => "$" + c))})", transaction);
            foreach (var c in EntryColumns) _entry.Parameters.Add("$" + c, SqliteType.Text);
            _stamp = index.Command("UPDATE files SET mtime = $mtime, size = $size WHERE id = $id", transaction);
            foreach (var c in new[] { "mtime", "size", "id" }) _stamp.Parameters.Add("$" + c, SqliteType.Integer);
            _delete = index.Command("DELETE FROM files WHERE id = $id", transaction);
            _delete.Parameters.Add("$id", SqliteType.Integer);
        }

        public void Stamp(long id, FileStamp file) => Run(_stamp, file.ModifiedTicks, file.Length, id);

        public void Delete(long id) => Run(_delete, id);

        public void Insert(string relative, FileStamp stamp, byte[] hash, IndexedFile file)
        {
            // A meeting note's facts too: list and actions group a folder's notes into one relationship.
            var d = file.Kind is FileReader.Relationship or FileReader.MeetingNote && file.Document is { } document
                ? RelationshipDigest.Of(new LoadedDocument(stamp.Path, document, hash), _vault.Display(stamp.Path))
                : null;
            var p = _file.Parameters;
            Set(p, relative, stamp.ModifiedTicks, stamp.Length, hash, file.Kind, file.Slug, d?.Person ?? file.Document?.Person, d?.FirstName, d?.Role,
                d?.Kind?.ToWord(), d?.Frequency?.ToString().ToLowerInvariant(), d?.Duration, Date(d?.Started), Date(d?.LastMet),
                Date(d?.Booked), Date(d?.OnboardingUntil), d is null ? null : string.Join(",", d.Moods), d is null ? null : d.Named ? 1 : 0, file.Error);
            long id = (long)_file.ExecuteScalar()!;

            foreach (var s in file.Sections) Run(_section, id, s.Title, s.Kind.ToString(), s.HeadingLine + 1);
            long fileDay = file.Entries.Max(e => e.Date)?.DayNumber ?? 0;
            foreach (var (e, place) in file.Entries.Take(MaxEntriesPerFile).Select((e, i) => (e, (long)i)))
            {
                long entryId = ((e.Date?.DayNumber ?? fileDay) << DayShift) | (id << FileShift) | place;
                Run(_entry, entryId, id, e.Kind, e.Topic, Date(e.Date), e.Owner, e.Done is { } done ? (done ? 1 : 0) : null, Date(e.Due), Date(e.Completed),
                    e.Priority, e.Number, e.Line, e.Text, e.Section);
            }
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            Set(command.Parameters, values);
            command.ExecuteNonQuery();
        }

        private static void Set(SqliteParameterCollection parameters, params object?[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                var parameter = parameters[i];
                parameter.Value = values[i] ?? DBNull.Value;
                parameter.SqliteType = values[i] switch
                {
                    int or long => SqliteType.Integer,
                    byte[] => SqliteType.Blob,
                    _ => SqliteType.Text,
                };
            }
        }

        public void Dispose()
        {
            _file.Dispose();
            _section.Dispose();
            _entry.Dispose();
            _stamp.Dispose();
            _delete.Dispose();
        }
    }
}
