using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Documents;

/// <summary>
/// A folder of meeting notes for one person (<c>Career/1-on-1s/jai-menon/2026-01-20.md</c>, one file per
/// meeting) read as one relationship: the person from a file's <c>person:</c> or the folder's name,
/// every file's meeting (dated by its file name or front matter <c>date:</c>), and every file's tasks.
/// A file that cannot be read is reported with its line; the rest are still read.
/// </summary>
public sealed record MeetingFolder(
    string Path,
    string? Person,
    IReadOnlyList<LoadedDocument> Notes,
    IReadOnlyList<(string File, Problem Problem)> Problems)
{
    /// <summary>The full path of the folder.</summary>
    public string FullPath { get; init; } = Path;

    /// <summary>
    /// The relationship's slug: the folder's name, or, in a folder holding several people's notes
    /// (<c>meetings/</c>), the slug of the person these notes name (<see cref="GroupOf"/>).
    /// </summary>
    public string Slug { get; init; } = System.IO.Path.GetFileName(Path.TrimEnd('/', '\\'));

    /// <summary>Every meeting of every note, oldest first (undated last).</summary>
    public IReadOnlyList<(LoadedDocument Note, Meeting Meeting)> Meetings =>
        Notes.SelectMany(n => n.Document.Meetings.Select(m => (n, m))).OrderBy(p => p.m.Date ?? DateOnly.MaxValue).ToList();

    public DateOnly? LastMet => Notes.Select(n => n.Document.LastMet).Max();

    /// <summary>The tasks of every note, oldest note first, in each note's order.</summary>
    public IReadOnlyList<(LoadedDocument Note, ActionItem Action)> Actions =>
        Notes.OrderBy(DateOf).SelectMany(n => n.Document.Actions.Select(a => (n, a))).ToList();

    public IEnumerable<(LoadedDocument Note, ActionItem Action)> OpenActions(ActionOwner owner) =>
        Actions.Where(p => p.Action.Owner == owner && !p.Action.Done);

    /// <summary>The date of a note: its latest meeting, upcoming ones included; undated notes sort last.</summary>
    private static DateOnly DateOf(LoadedDocument note) => OrderOf(note.Document);

    /// <summary>
    /// Where a note stands among its folder's notes, oldest first: the date of its latest meeting, upcoming
    /// ones included; <see cref="DateOnly.MaxValue"/> for an undated note, so undated notes sort last. Notes
    /// of the same key keep the order of their paths (ordinal). The index stores this key with each meeting
    /// note and orders notes by it, so "a later note" means the same there as here.
    /// </summary>
    public static DateOnly OrderOf(RunningDocument note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.Meetings.Where(m => m.Date is not null).Max(m => m.Date) ?? DateOnly.MaxValue;
    }

    /// <summary>
    /// The note a relationship's reading starts from and its edits go to: the upcoming meeting's note
    /// (dated after <paramref name="today"/>, the nearest), else the newest note.
    /// </summary>
    public LoadedDocument? Primary(DateOnly? today) => PrimaryOf(Notes, DateOf, today);

    /// <summary>
    /// <see cref="Primary"/> over notes in path order, each placed by <paramref name="order"/> (<see cref="OrderOf"/>):
    /// the nearest note dated after <paramref name="today"/>, else the newest dated note, else the last note. The index
    /// picks a folder's note by the same rule from the keys it stores.
    /// </summary>
    public static T? PrimaryOf<T>(IReadOnlyList<T> notes, Func<T, DateOnly> order, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(order);
        var dated = notes.Where(n => order(n) != DateOnly.MaxValue).OrderBy(order).ToList();
        if (today is { } day && dated.FirstOrDefault(n => order(n) > day) is { } upcoming) return upcoming;
        return dated.Count > 0 ? dated[^1] : notes.LastOrDefault();
    }

    /// <summary>Notes (in path order) oldest first by <see cref="OrderOf"/>, undated last: whose facts a folder takes first-written-first (when it started, its log).</summary>
    public static IEnumerable<T> OldestFirst<T>(IEnumerable<T> notes, Func<T, DateOnly> order) => notes.OrderBy(order);

    /// <summary>Notes (in path order) newest first by <see cref="OrderOf"/>, undated last: whose facts a folder takes latest-first (role, kind, cadence).</summary>
    public static IEnumerable<T> NewestFirst<T>(IEnumerable<T> notes, Func<T, DateOnly> order) =>
        notes.OrderByDescending(n => order(n) is var d && d == DateOnly.MaxValue ? DateOnly.MinValue : d);

    /// <summary>Whether a note is dated after <paramref name="today"/>: the next meeting written ahead.</summary>
    public static bool IsUpcoming(LoadedDocument note, DateOnly today) => DateOf(note) is var d && d != DateOnly.MaxValue && d > today;

    /// <summary>
    /// The folder as one relationship: a document reading every note (meetings, tasks, threads, history,
    /// problems with their files) whose text, sections and front matter are the <see cref="Primary"/>
    /// note's, so an edit of the loaded document goes to that note. Null when no note could be read.
    /// </summary>
    public LoadedDocument? Relationship(DateOnly? today)
    {
        if (Primary(today) is not { } primary) return null;
        var d = primary.Document;
        var newestFirst = NewestFirst(Notes, DateOf).Select(n => n.Document).ToList();
        var ordered = OldestFirst(Notes, DateOf).ToList();
        var merged = new RunningDocument(d.Path, d.Source)
        {
            Today = d.Today,
            FrontMatter = d.FrontMatter,
            Sections = d.Sections,
            TitleSection = d.TitleSection,
            Log = d.Log,
            Unclosed = d.Unclosed,
            Upcoming = d.Upcoming,
            Person = Person,
            Aliases = newestFirst.SelectMany(n => n.Aliases).Where(a => !a.Equals(Person, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Role = newestFirst.Select(n => n.Role).FirstOrDefault(r => r is not null),
            Kind = newestFirst.Select(n => n.Kind).FirstOrDefault(k => k is not null),
            Frequency = newestFirst.Select(n => n.Frequency).FirstOrDefault(f => f is not null),
            Duration = newestFirst.Select(n => n.Duration).FirstOrDefault(m => m is not null),
            Started = ordered.Select(n => n.Document.Started).FirstOrDefault(s => s is not null),
            FocusAreas = newestFirst.SelectMany(n => n.FocusAreas).ToList(),
            Threads = ordered.SelectMany(n => n.Document.Threads).ToList(),
            Accomplishments = ordered.SelectMany(n => n.Document.Accomplishments).ToList(),
            MeetingHistory = ordered.SelectMany(n => n.Document.MeetingHistory).ToList(),
            Meetings = ordered.SelectMany(n => n.Document.Meetings).ToList(),
            Feedback = ordered.SelectMany(n => n.Document.Feedback).ToList(),
            Scores = ordered.SelectMany(n => n.Document.Scores).ToList(),
            Moods = ordered.SelectMany(n => n.Document.Moods).ToList(),
            Actions = ActionItemReader.ClosedLater(ordered.SelectMany(n => InNote(n, n == primary)).ToList()),
            Problems = Problems.Select(p => p.Problem with { File = p.File }).ToList(),
        };
        return new LoadedDocument(primary.FullPath, merged, primary.Fingerprint) { Folder = FullPath, Group = Shared ? Slug : null };
    }

    /// <summary>
    /// A note's tasks dated by its meeting and, unless it is the note edits go to, marked with the note they
    /// are in; subtasks stay under their (copied) task.
    /// </summary>
    private static List<ActionItem> InNote(LoadedDocument note, bool primary)
    {
        var copies = new Dictionary<ActionItem, ActionItem>(ReferenceEqualityComparer.Instance);
        var result = new List<ActionItem>();
        DateOnly? date = DateOf(note) is var d && d != DateOnly.MaxValue ? d : null;
        foreach (var a in note.Document.Actions)
        {
            var copy = a with
            {
                File = primary ? null : note.FullPath,
                Meeting = a.Meeting ?? date,
                Parent = a.Parent is { } p && copies.TryGetValue(p, out var parent) ? parent : a.Parent,
            };
            copies[a] = copy;
            result.Add(copy);
        }
        return result;
    }

    /// <summary>Reads every Markdown file directly in <paramref name="folder"/> through <paramref name="store"/>.</summary>
    public static MeetingFolder Read(IFileSystem files, DocumentStore store, string folder, Func<string, string>? display = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(store);
        display ??= p => p;
        var notes = new List<LoadedDocument>();
        var problems = new List<(string, Problem)>();
        foreach (var file in files.EnumerateFiles(folder, "*.md", recursive: false).Where(p => !System.IO.Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            string shown = display(file);
            try
            {
                var bytes = store.ReadChecked(file, shown);
                var note = store.Parse(TextCodec.Decode(bytes, shown), shown);
                notes.Add(new LoadedDocument(file, note, LoadedDocument.FingerprintOf(bytes)));
                problems.AddRange(note.Problems.Select(p => (shown, p)));
            }
            catch (RapportException ex)
            {
                problems.Add((shown, new Problem(ex.Line ?? 0, ex.Message)));
            }
        }
        return new MeetingFolder(display(folder), PersonOf(notes, folder), notes, problems) { FullPath = folder };
    }

    /// <summary>The person of a folder's notes: a note's <c>person:</c>, else a note's own reading, else the folder's name.</summary>
    private static string? PersonOf(IEnumerable<LoadedDocument> notes, string folder) =>
        PersonOf(notes.Select(n => (NamedPerson(n.Document), n.Document.Person)), System.IO.Path.GetFileName(folder.TrimEnd('/', '\\')));

    /// <summary>
    /// The person of a folder's notes, given in path order as the person each names in <c>person:</c>
    /// (<see cref="NamedPerson"/>) and the person its own reading finds: the first named, else the first read,
    /// else the person of <paramref name="folderName"/>. The index gives it each note's two, stored when it read it.
    /// </summary>
    public static string? PersonOf(IEnumerable<(string? Named, string? Read)> notes, string folderName)
    {
        var list = notes.ToList();
        return list.Select(n => n.Named).FirstOrDefault(p => p is not null)
            ?? list.Select(n => n.Read).FirstOrDefault(p => p is not null)
            ?? NameRules.FromSlug(folderName);
    }

    /// <summary>
    /// Whether these notes go by the person their <c>person:</c> names rather than by the folder's name:
    /// one person's notes among other people's in the same folder (<c>meetings/</c>).
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>The person a note's front matter names (<c>person: Sam Lee</c>, <c>person: "[[Sam Lee]]"</c>); null when none.</summary>
    public static string? NamedPerson(RunningDocument note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.FrontMatter is { IsTemplate: false } front && front["person"] is { } named && NameRules.StripLinks(named).Trim() is { Length: > 0 } name ? name : null;
    }

    /// <summary>
    /// The slug of the relationship a note in the folder <paramref name="folderName"/> belongs to: the
    /// folder's own (<c>jai-menon</c>) when the note names nobody in <c>person:</c> or names the folder's
    /// person (<c>Jai Menon</c> in <c>jai/</c>), else the slug of the person it names, so that a folder of
    /// several people's notes (<c>meetings/</c>) holds one relationship per person. The index groups
    /// notes by the same rule, one file at a time.
    /// </summary>
    public static string GroupOf(string folderName, string? named)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        if (named is null || Vaults.Slug.From(named) is not { Length: > 0 } slug || slug == folderName) return folderName;
        var folderPerson = NameRules.FromSlug(folderName);
        return folderPerson is not null && (NameRules.Matches(folderPerson, [named]) || NameRules.Matches(named, [folderPerson])) ? folderName : slug;
    }

    /// <summary>
    /// The folder's relationships: itself when its notes are one person's, else one per person its notes
    /// name (<see cref="GroupOf"/>). A file that could not be read stays with the notes that name nobody.
    /// </summary>
    public IReadOnlyList<MeetingFolder> ByPerson()
    {
        string name = Slug;
        var groups = Notes.GroupBy(n => GroupOf(name, NamedPerson(n.Document)), StringComparer.Ordinal).ToList();
        if (groups.Count == 0 || groups.Count == 1 && groups[0].Key == name) return [this];
        var result = new List<MeetingFolder>();
        bool shared = groups.Count > 1;
        foreach (var group in groups)
        {
            var notes = group.ToList();
            var files = notes.Select(n => n.Document.Path).ToHashSet(StringComparer.Ordinal);
            var problems = Problems.Where(p => files.Contains(p.File) || group.Key == name && !Notes.Any(n => n.Document.Path == p.File)).ToList();
            result.Add(new MeetingFolder(Path, group.Key == name ? PersonOf(notes, FullPath) : NamedPerson(notes[0].Document), notes, problems)
                { FullPath = FullPath, Slug = group.Key, Shared = shared || group.Key != name });
        }
        // Files that could not be read, in a folder whose every readable note names someone: a relationship of their own, reported as unreadable.
        var unread = Problems.Where(p => !Notes.Any(n => n.Document.Path == p.File)).ToList();
        if (unread.Count > 0 && groups.All(g => g.Key != name)) result.Add(new MeetingFolder(Path, null, [], unread) { FullPath = FullPath });
        return result;
    }

    /// <summary>
    /// Where a meeting's notes go in a folder relationship: the note already dated <paramref name="date"/>
    /// (the upcoming meeting written ahead), else a new note <c>YYYY-MM-DD.md</c> in the folder, not yet on
    /// disk: an empty document whose first save creates it.
    /// </summary>
    public static LoadedDocument NoteFor(Vault vault, LoadedDocument relationship, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(relationship);
        string folder = relationship.Folder ?? throw new ArgumentException("not a folder of meeting notes", nameof(relationship));
        var read = Read(vault.Files, vault.Store, folder, vault.Display).ByPerson().FirstOrDefault(g => g.Slug == relationship.Slug)
            ?? throw new RapportException(ErrorCode.Conflict, $"no notes of {relationship.Slug} are left in the folder", vault.Display(folder));
        // The note keeps the folder (and its person among others'), so it goes by the person's slug (the raw notes' folder, BACKLOG.md).
        string? group = relationship.Group;
        if (read.Notes.FirstOrDefault(n => n.Document.Meetings.Any(m => m.Date == date)) is { } existing) return existing with { Folder = folder, Group = group };
        // Among other people's notes a new note is named and marked with its person, so that it is read as theirs.
        string name = group is null ? IsoDate.Format(date) : $"{IsoDate.Format(date)} {read.Person ?? group}";
        string path = System.IO.Path.Combine(folder, name + ".md");
        if (vault.Files.FileExists(path)) return vault.Store.Load(path) with { Folder = folder, Group = group };
        string text = group is null ? "" : $"---\nperson: {read.Person ?? group}\n---\n";
        var empty = vault.Store.Parse(new SourceText(text), vault.Display(path));
        return new LoadedDocument(path, empty, LoadedDocument.FingerprintOf([])) { Folder = folder, Group = group };
    }

    /// <summary>
    /// Where a talking point goes in a folder relationship: the note whose next-meeting agenda the
    /// relationship reads (the upcoming note, or the newest note's own "Next Meeting"), else a new note
    /// for the next meeting, dated <paramref name="next"/> (never today or earlier), created empty.
    /// </summary>
    public static LoadedDocument AgendaNote(Vault vault, LoadedDocument relationship, DateOnly next, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(vault);
        var primary = vault.Store.Load(relationship.FullPath) with { Folder = relationship.Folder, Group = relationship.Group };
        if (primary.Document.FindSection(SectionKind.NextMeeting) is not null || IsUpcoming(primary, today)) return primary;
        var note = NoteFor(vault, relationship, next > today ? next : today.AddDays(1));
        if (!vault.Files.FileExists(note.FullPath)) vault.Store.Create(note.FullPath, note.Document.Source.Text);
        return note;
    }
}
