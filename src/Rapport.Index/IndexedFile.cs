using System.Text.RegularExpressions;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Index;

/// <summary>
/// What the index keeps of one file: its kind, the person it names and, for a running document or
/// meeting note, its relationship facts as <see cref="RelationshipDigest.Of"/> gives them; and its
/// entries. Only these, not the parsed document: the readers run ahead of the writer, and what they
/// hand over is all the garbage collector has to keep alive in between.
/// </summary>
internal sealed record IndexedFile(
    string Kind, string? Slug, string? Person, RelationshipDigest? Digest, IReadOnlyList<IndexedEntry> Entries, string? Error)
{
    /// <summary>A meeting note's place among its folder's notes (<see cref="MeetingFolder.OrderOf"/>); null for other files.</summary>
    public DateOnly? Order { get; init; }

    /// <summary>The person a meeting note names in <c>person:</c> (<see cref="MeetingFolder.NamedPerson"/>): what its folder's person is read from first.</summary>
    public string? NamedPerson { get; init; }

    /// <summary>The days on which the file reads as it was read (<see cref="RunningDocument.SameReading"/>): on another, it is read again.</summary>
    public DayRange SameReading { get; init; }

    /// <summary>
    /// What reading a running document or meeting note found wrong in it (malformed front matter, two titles naming
    /// different people…), one <c>file:line: message</c> a line, as <c>rapport show</c> and <c>check</c> print them; null when nothing.
    /// </summary>
    public string? Problems { get; init; }

    public static IndexedFile Of(string kind, string? slug, RunningDocument document, IReadOnlyList<IndexedEntry> entries, string fullPath, string shown)
    {
        bool relationship = kind is FileReader.Relationship or FileReader.MeetingNote;
        return new(kind, slug, document.Person, relationship ? RelationshipDigest.Of(new LoadedDocument(fullPath, document, []), shown) : null, entries, null)
        {
            SameReading = document.SameReading,
            Problems = relationship && document.Problems.Count > 0
                ? string.Join('\n', document.Problems.Select(p => p.Describe(shown)))
                : null,
        };
    }
}

/// <summary>A searchable line: an action, a thread entry, a history line, a win, a goal, a line of raw notes…</summary>
internal sealed record IndexedEntry(
    string Kind, string Text, int Line, DateOnly? Date = null, string? Topic = null, string? Owner = null, bool? Done = null,
    DateOnly? Due = null, DateOnly? Completed = null, string? Priority = null, int? Number = null, string? Section = null, string? Same = null);

/// <summary>Tells a vault file's kind by where it lives; the places are worked out once per sync.</summary>
internal sealed class FileKinds(Vault vault)
{
    private readonly string _relationships = vault.RelationshipsDirectory;
    private readonly string _archive = vault.ArchiveDirectory;
    private readonly string _notes = Path.Combine(vault.RelationshipsDirectory, Core.Notes.NotesProcessor.NotesFolder);
    private readonly string _wins = WinsLog.PathIn(vault);
    private readonly string _backlog = BacklogFile.PathIn(vault);

    public string Of(string fullPath)
    {
        string dir = Path.GetDirectoryName(fullPath)!;
        // A hidden file is no running document nor meeting note, as Vault.RelationshipFiles and MeetingFolder.Read have it.
        bool hidden = Path.GetFileName(fullPath).StartsWith('.');
        if (dir == _relationships) return hidden ? FileReader.Other : FileReader.Relationship;
        if (dir == _archive) return FileReader.Archive;
        if (Path.GetDirectoryName(dir) == _notes) return FileReader.Notes;
        if (fullPath == _wins) return FileReader.Wins;
        if (fullPath == _backlog) return FileReader.Backlog;
        // One person's folder of meeting notes (Career/1-on-1s/jai-menon/2026-01-20.md): each note is part of that relationship.
        // Not the raw notes' own folder (Career/1-on-1s/notes/), which Vault.RelationshipFolders skips too.
        if (Path.GetDirectoryName(dir) == _relationships && !Path.GetFileName(dir).StartsWith('.') && dir != _notes && !hidden) return FileReader.MeetingNote;
        return FileReader.Other;
    }

    /// <summary>Whether files of this kind hold relationships: running documents and meeting notes (what list, status, actions, show and prep read).</summary>
    public static bool HoldsRelationship(string kind) => kind is FileReader.Relationship or FileReader.MeetingNote;

    /// <summary>
    /// Whether a folder below the relationships folder can hold relationships' files (<see cref="HoldsRelationship"/>): one
    /// directly in it that is neither the archive nor the raw notes' folder; a walk of the relationships goes into no other.
    /// </summary>
    public bool HoldsRelationships(string folder) => Path.GetDirectoryName(folder) == _relationships && folder != _archive && folder != _notes;
}

/// <summary>Reads a vault file into what the index keeps, by where it lives.</summary>
internal static partial class FileReader
{
    public const string Relationship = "relationship";
    public const string Archive = "archive";
    public const string Notes = "notes";
    public const string Wins = "wins";
    public const string Backlog = "backlog";
    public const string MeetingNote = "meeting-note";
    public const string Other = "other";

    public static IndexedFile Read(Vault vault, string fullPath, string kind, byte[] bytes)
    {
        string shown = vault.Display(fullPath);
        string? slug = kind switch
        {
            Relationship => Path.GetFileNameWithoutExtension(fullPath),
            Archive => ArchiveSlug().Match(Path.GetFileNameWithoutExtension(fullPath)) is { Success: true } m ? m.Groups[1].Value : null,
            Notes or MeetingNote => Path.GetFileName(Path.GetDirectoryName(fullPath)),
            _ => null,
        };
        SourceText source;
        try
        {
            if (kind != Notes) DocumentStore.CheckLength(bytes.Length, shown);
            source = TextCodec.Decode(bytes, shown);
        }
        catch (RapportException ex)
        {
            return new IndexedFile(kind, slug, null, null, [], ex.ToDisplayString());
        }

        if (kind == Notes)
        {
            string name = Path.GetFileNameWithoutExtension(fullPath);
            DateOnly? date = IsoDate.TryParse(name.AsSpan(0, Math.Min(10, name.Length)), out var d) ? d : null;
            var lines = new List<IndexedEntry>();
            for (int line = 0; line < source.LineCount; line++)
            {
                string text = ListMarker().Replace(source.Line(line), "").Trim();
                if (text.Length > 0) lines.Add(new IndexedEntry("note", text, line + 1, date));
            }
            return new IndexedFile(kind, slug, null, null, lines, null);
        }

        RunningDocument document;
        try
        {
            document = vault.Store.Parse(source, shown);
        }
        catch (RapportException ex) when (ex.Code == ErrorCode.InvalidFile)
        {
            // A file Markdown cannot read (lists nested hundreds deep) is one unreadable file, as a binary one is, not a vault that cannot sync.
            return new IndexedFile(kind, slug, null, null, [], ex.ToDisplayString());
        }
        // In a folder of several people's notes (meetings/), a note is part of the relationship of the person it names.
        if (kind == MeetingNote) slug = MeetingFolder.GroupOf(slug!, MeetingFolder.NamedPerson(document));
        var entries = new List<IndexedEntry>();
        if (kind == Wins)
        {
            foreach (var win in WinsLog.Parse(source))
                entries.Add(new IndexedEntry("win", win.For is null ? win.Text : $"{win.Text} (for {win.For})", win.Line + 1, win.Date));
            return IndexedFile.Of(kind, slug, document, entries, fullPath, shown);
        }
        if (kind == Backlog)
        {
            foreach (var task in BacklogFile.Parse(source))
            {
                entries.Add(new IndexedEntry("backlog", task.Text, task.Line + 1, task.DoneOn ?? task.Due, task.From is null ? null : $"1:1 {task.From}", "me",
                    task.Done, task.Due, task.DoneOn, task.Priority));
            }
            return IndexedFile.Of(kind, slug, document, entries, fullPath, shown);
        }
        int number = 0;
        // The backlog mirrors the documents' own actions: its tasks are found through them, never twice.
        foreach (var a in kind == Backlog ? [] : document.Actions)
        {
            entries.Add(new IndexedEntry("action", a.Text, a.Source.Line + 1, a.Completed ?? a.Due, null, a.Owner == ActionOwner.Me ? "me" : "them",
                a.Done, a.Due, a.Completed, a.Priority, a.Done ? null : ++number, Same: ActionItemReader.SameWords(a)));
        }
        foreach (var t in document.Threads)
            foreach (var e in t.Entries) entries.Add(new IndexedEntry("thread", Join(e), e.Source.Line + 1, e.Date, t.Topic));
        foreach (var e in document.MeetingHistory) entries.Add(new IndexedEntry("history", Join(e), e.Source.Line + 1, e.Date));
        foreach (var e in document.Accomplishments) entries.Add(new IndexedEntry("accomplishment", Join(e), e.Source.Line + 1, e.Date));
        foreach (var e in document.Feedback) entries.Add(new IndexedEntry("feedback", Join(e), e.Source.Line + 1, e.Date));
        foreach (var f in document.FocusAreas) entries.Add(new IndexedEntry("focus", f.Text, f.Line + 1));
        foreach (var g in Goals.Of(document)) entries.Add(new IndexedEntry("goal", g.Text, g.Source.Line + 1, g.Completed ?? g.Due, Done: g.Done, Due: g.Due, Completed: g.Completed));
        if (document.FindSection(SectionKind.NextMeeting) is { } next)
            foreach (var item in next.Items) entries.Add(new IndexedEntry("agenda", item.Text, item.Line + 1));
        EverySection(document, entries);
        var read = IndexedFile.Of(kind, slug, document, entries, fullPath, shown);
        return kind == MeetingNote ? read with { Order = MeetingFolder.OrderOf(document), NamedPerson = MeetingFolder.NamedPerson(document) } : read;
    }

    /// <summary>
    /// Every heading, and every line of every section not already read above (Private Notes, the
    /// Scorecard, sections of the person's own, paragraphs), so that anything written can be found.
    /// </summary>
    private static void EverySection(RunningDocument document, List<IndexedEntry> entries)
    {
        var covered = new HashSet<int>(entries.Select(e => e.Line));
        foreach (var e in document.Threads.SelectMany(t => t.Entries).Concat(document.MeetingHistory).Concat(document.Accomplishments).Concat(document.Feedback))
            for (int line = e.Source.Line + 1; line <= e.Source.Line + 1 + e.Details.Count; line++) covered.Add(line);
        var source = document.Source;
        int first = document.FrontMatter is { } front ? front.EndLine + 1 : 0;
        var sectionOf = new string?[source.LineCount];
        foreach (var section in Flatten(document.Sections))
        {
            if (section.HeadingLine < source.LineCount) sectionOf[section.HeadingLine] = null;
            for (int line = section.ContentStartLine; line < Math.Min(section.OwnContentEndLine, source.LineCount); line++) sectionOf[line] = section.Title;
            if (section.HeadingLine >= first && covered.Add(section.HeadingLine + 1))
                entries.Add(new IndexedEntry("heading", section.Title, section.HeadingLine + 1, Section: section.Parent?.Title));
        }
        bool fenced = false;
        for (int line = first; line < source.LineCount; line++)
        {
            string raw = source.Line(line);
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal) || raw.TrimStart().StartsWith("~~~", StringComparison.Ordinal)) fenced = !fenced;
            if (covered.Contains(line + 1)) continue;
            string text = InlineMarkdown.Plain(ListMarker().Replace(raw, "")).Trim();
            if (text.Any(char.IsLetterOrDigit) && !(text.StartsWith("<!--", StringComparison.Ordinal) && !fenced))
                entries.Add(new IndexedEntry("section", text, line + 1, Section: sectionOf[line]));
        }
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Children).Prepend(s)).Distinct();

    private static string Join(DatedEntry e) =>
        e.Details.Count == 0 ? InlineMarkdown.Plain(e.Text) : InlineMarkdown.Plain(e.Text + " " + string.Join(" ", e.Details.Select(d => ListMarker().Replace(d, ""))));

    [GeneratedRegex(@"^(.+)-\d{4}-Q[1-4]$")]
    private static partial Regex ArchiveSlug();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?")]
    private static partial Regex ListMarker();
}
