using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// What the index keeps of a meeting note for its folder's reading: its place among the folder's notes
    /// (<see cref="MeetingFolder.OrderOf"/>), the person it names and reads, its facts, and its open actions each side
    /// (not those a later note closes).
    /// </summary>
    private sealed record Note(
        string Slug, string Path, DateOnly Order, string? Named, string? Person, string? Role, string? Kind, string? Frequency, int? Duration,
        DateOnly? Started, DateOnly? LastMet, int Mine, int Theirs);

    /// <summary>
    /// The meeting notes of every folder relationship (or one, by slug), grouped by relationship in slug order, each
    /// group in path order: the order <see cref="MeetingFolder.Read"/> gives a folder's notes. Without
    /// <paramref name="counts"/> each note's open actions are not counted (0 each side): for callers that need only the
    /// folder's person or facts.
    /// </summary>
    private List<List<Note>> FolderNotes(string? slug = null, bool counts = true)
    {
        using var reader = Command($"""
            SELECT f.slug, f.path, f.note_order, f.named_person, f.person, f.role, f.rel_kind, f.frequency, f.duration, f.started, f.last_met,
                   {(counts ? "count(CASE WHEN e.owner = 'me' THEN 1 END), count(CASE WHEN e.owner = 'them' THEN 1 END)" : "0, 0")}
            FROM files f
            {(counts ? $"LEFT JOIN entries e ON e.file_id = f.id AND +e.kind = 'action' AND +e.done = 0 AND NOT {ClosedInAnotherNote}" : "")}
            WHERE f.kind = 'meeting-note' AND f.error IS NULL {(slug is null ? "" : "AND f.slug = $slug")}
            GROUP BY f.id
            ORDER BY f.slug, f.path
            """);
        if (slug is not null) reader.Bind("$slug", slug);
        var groups = new List<List<Note>>();
        while (reader.Read())
        {
            var note = new Note(reader.Text(0), reader.Text(1), DateOf(reader, 2) ?? DateOnly.MaxValue, reader.TextOrNull(3), reader.TextOrNull(4),
                reader.TextOrNull(5), reader.TextOrNull(6), reader.TextOrNull(7), reader.IsNull(8) ? null : reader.Int32(8), DateOf(reader, 9), DateOf(reader, 10),
                reader.Int32(11), reader.Int32(12));
            if (groups.Count == 0 || groups[^1][0].Slug != note.Slug) groups.Add([]);
            groups[^1].Add(note);
        }
        return groups;
    }

    /// <summary>The person of a folder relationship, by <see cref="MeetingFolder.PersonOf(IEnumerable{ValueTuple{string, string}}, string)"/>.</summary>
    private static string PersonOf(List<Note> notes) => MeetingFolder.PersonOf(notes.Select(n => (n.Named, n.Person)), notes[0].Slug) ?? notes[0].Slug;

    /// <summary>The person of each folder relationship (or of one, by slug), by slug: what a row read from one of its notes goes by.</summary>
    private Dictionary<string, string> FolderPeople(string? slug = null) =>
        FolderNotes(slug, counts: false).ToDictionary(notes => notes[0].Slug, PersonOf, StringComparer.Ordinal);

    /// <summary>
    /// A folder relationship as <c>rapport list</c> shows it, folded from its notes by <see cref="MeetingFolder.Relationship"/>'s
    /// rules (Core's functions, not a copy): role, kind and cadence from the newest note that says, when it started from
    /// the oldest, the note it is read from (<see cref="MeetingFolder.PrimaryOf"/>), the open actions of every note.
    /// </summary>
    private static RelationshipSummary Summary(List<Note> notes, DateOnly? today)
    {
        var newest = MeetingFolder.NewestFirst(notes, n => n.Order).ToList();
        var primary = MeetingFolder.PrimaryOf(notes, n => n.Order, today)!;
        return new RelationshipSummary(
            PersonOf(notes), notes[0].Slug, primary.Path,
            newest.Select(n => n.Role).FirstOrDefault(r => r is not null), newest.Select(n => n.Kind).FirstOrDefault(k => k is not null),
            newest.Select(n => n.Frequency).FirstOrDefault(f => f is not null), newest.Select(n => n.Duration).FirstOrDefault(d => d is not null),
            MeetingFolder.OldestFirst(notes, n => n.Order).Select(n => n.Started).FirstOrDefault(s => s is not null),
            notes.Max(n => n.LastMet), notes.Sum(n => n.Mine), notes.Sum(n => n.Theirs));
    }
}
