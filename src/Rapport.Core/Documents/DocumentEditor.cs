using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>
/// Collects edits to a running document as splices into its original text: lines inserted into
/// sections, single lines replaced, and missing sections created where Rapport's layout puts them.
/// Nothing outside the touched lines changes, and the file's own line endings are kept.
/// </summary>
public sealed class DocumentEditor
{
    /// <summary>The order of top-level sections, used to place a section that has to be created.</summary>
    private static readonly SectionKind[] Layout =
    [
        SectionKind.FocusAreas, SectionKind.Threads, SectionKind.ActionItems, SectionKind.Accomplishments,
        SectionKind.Goals, SectionKind.Feedback, SectionKind.Scorecard, SectionKind.Mood, SectionKind.NextMeeting,
        SectionKind.MeetingHistory, SectionKind.PrivateNotes,
    ];

    private readonly List<TextEdit> _edits = [];
    private readonly List<NewSection> _created = [];

    public DocumentEditor(RunningDocument document) => Document = document;

    public RunningDocument Document { get; }

    /// <summary>
    /// The date of the meeting whose notes are being written. In a per-meeting log, sections the edit
    /// has to create (action items, history) go into a new meeting section of this date, placed in the
    /// log's own order, with sub-sections named as the log names them.
    /// </summary>
    public DateOnly? MeetingDate { get; init; }

    private NewSection? _meeting;

    private SourceText Source => Document.Source;

    private string Newline => Source.Newline;

    public bool HasChanges => _edits.Count > 0 || _created.Count > 0;

    /// <summary>Replaces a line's content, keeping its line ending.</summary>
    public void ReplaceLine(int line, string content)
    {
        int start = Source.LineStart(line);
        _edits.Add(new TextEdit(start, Source.LineContentEnd(line) - start, content));
    }

    /// <summary>Removes the lines [start, end) with their line endings.</summary>
    public void DeleteLines(int start, int end)
    {
        if (end <= start) return;
        int from = Source.LineStart(start);
        _edits.Add(new TextEdit(from, Source.LineEnd(end - 1) - from, ""));
    }

    /// <summary>Inserts text at an offset inside one line (for example a completion date at its end).</summary>
    public void InsertText(int offset, string text) => _edits.Add(TextEdit.Insert(offset, text));

    /// <summary>Inserts whole lines before the zero-based <paramref name="line"/> (the line count appends).</summary>
    public void InsertLines(int line, IEnumerable<string> lines)
    {
        line = Writable(line);
        int offset = line >= Source.LineCount ? Source.Length : Source.LineStart(line);
        string newline = NewlineBefore(offset);
        var text = string.Concat(lines.Select(l => l + newline));
        if (text.Length == 0) return;
        if (line >= Source.LineCount && Source.Length > 0 && !Source.EndsWithNewline) text = newline + text;
        _edits.Add(TextEdit.Insert(offset, text));
    }

    /// <summary>
    /// The line where an insertion may go: before a code fence, comment or <c>&lt;pre&gt;</c> left open
    /// to the end of the file, never inside it where it would be swallowed.
    /// </summary>
    private int Writable(int line) => Document.Unclosed is { } open && line > open.Line ? open.Line : line;

    /// <summary>
    /// The file's newline, unless it is a lone CR and the text goes before an LF: the two would
    /// read as one CRLF and swallow the line that follows.
    /// </summary>
    private string NewlineBefore(int offset) =>
        Newline == "\r" && offset < Source.Length && Source.Text[offset] == '\n' ? "\r\n" : Newline;

    /// <summary>Adds lines after the last non-blank line of the section's own content (before any sub-section).</summary>
    public void Append(Section section, params IEnumerable<string> lines) =>
        InsertLines(ContentEnd(section.ContentStartLine, section.OwnContentEndLine), lines);

    /// <summary>
    /// Adds a dated list item in date order, following the list's own direction: newest first (the
    /// default) or oldest first. Items of the same date keep the order they are added in.
    /// </summary>
    public void InsertDated(Section section, IReadOnlyList<DatedEntry> entries, DateOnly date, params IReadOnlyList<string> lines)
    {
        var dated = entries.Where(e => e.Date is not null).ToList();
        if (dated.Count == 0)
        {
            if (entries.Count > 0) InsertLines(entries[0].Source.Line, lines);
            else Append(section, lines);
            return;
        }
        var next = RunsOldestFirst(entries)
            ? dated.FirstOrDefault(e => e.Date > date)
            : dated.FirstOrDefault(e => e.Date < date);
        if (next is not null) InsertLines(next.Source.Line, lines);
        else InsertLines(ItemEnd(dated[^1].Source), lines);
    }

    /// <summary>
    /// Whether a dated list runs oldest first (its first date before its last); otherwise, and with
    /// fewer than two dates, it is taken as newest first. Entries added one after another at the same
    /// place should come in the list's own direction.
    /// </summary>
    public static bool RunsOldestFirst(IReadOnlyList<DatedEntry> entries)
    {
        var first = entries.FirstOrDefault(e => e.Date is not null);
        var last = entries.LastOrDefault(e => e.Date is not null);
        return first is not null && first.Date < last!.Date;
    }

    /// <summary>Adds an open action after the last open one in the list, so done items stay below.</summary>
    public void InsertAction(Section section, IReadOnlyList<ActionItem> items, string line)
    {
        if (items.LastOrDefault(i => !i.Done) is { } lastOpen) InsertLines(ItemEnd(lastOpen.Source), [line]);
        else if (items.Count > 0) InsertLines(items[0].Source.Line, [line]);
        else Append(section, line);
    }

    /// <summary>
    /// Ticks an open (or in-progress) task and writes its completion date in the item's own syntax;
    /// a Logseq task becomes <c>DONE</c>, which Logseq dates itself.
    /// </summary>
    public void MarkDone(ActionItem item, DateOnly date) => Close(item, "x", "DONE", ActionItemWriter.CompletionSuffix(item.Syntax, date));

    /// <summary>
    /// Marks an open task cancelled in the document's own syntax: <c>- [-]</c>, <c>CANCELED</c> in
    /// Logseq, and for Obsidian Tasks also <c>❌ date</c> (before a block id); never <c>[x]</c>.
    /// </summary>
    public void MarkCancelled(ActionItem item, DateOnly? date = null) =>
        Close(item, "-", "CANCELED", item.Syntax == ActionSyntax.ObsidianTasks && date is { } d ? $" ❌ {Text.IsoDate.Format(d)}" : null);

    /// <summary>
    /// Moves an open task's due date in the item's own syntax: the due date as written (after
    /// <c>(by …)</c>, 📅, <c>[due:: …]</c>, <c>due:</c> or in a Logseq <c>DEADLINE: &lt;… Thu&gt;</c>, whose
    /// weekday follows) is replaced; a task with none gets one, before a block id, or as a Logseq
    /// <c>DEADLINE:</c> line under the block.
    /// </summary>
    public void MoveDue(ActionItem item, DateOnly due)
    {
        string iso = Text.IsoDate.Format(due);
        if (item.Due is { } old)
        {
            for (int line = item.Source.EndLine - 1; line >= item.Source.Line; line--)
            {
                string text = Source.Line(line);
                var written = ActionItemWriter.Dates(text).LastOrDefault(d => d.Date == old);
                if (written.Length == 0) continue;
                string weekday = written.Weekday ? " " + due.DayOfWeek.ToString()[..3] : "";
                _edits.Add(new TextEdit(Source.LineStart(line) + written.Offset, written.Length, iso + weekday));
                return;
            }
        }
        int first = item.Source.Line;
        if (item.Syntax == ActionSyntax.Logseq)
        {
            string indent = Source.Line(first)[..(Source.Line(first).Length - Source.Line(first).TrimStart().Length)];
            InsertLines(first + 1, [$"{indent}  DEADLINE: <{iso} {due.DayOfWeek.ToString()[..3]}>"]);
            return;
        }
        InsertText(Source.LineStart(first) + ActionItemWriter.EndBeforeBlockId(Source.LineSpan(first)), ActionItemWriter.DueSuffix(item.Syntax, due));
    }

    private void Close(ActionItem item, string box, string keyword, string? suffix)
    {
        if (item.Done) return;
        int line = item.Source.Line;
        int start = Source.LineStart(line);
        if (item.Syntax == ActionSyntax.Logseq)
        {
            var (offset, length) = ActionItemWriter.LogseqKeyword(Source.Line(line));
            if (offset >= 0) _edits.Add(new TextEdit(start + offset, length, keyword));
            return;
        }
        int at = ActionItemWriter.CheckboxOffset(Source.LineSpan(line));
        if (item.Source.Marker == "|" && at < 0)
        {
            // A table row without a box: its status cell says it, else there is nothing to tick.
            if (item.StatusCell is not { } cell)
                throw new RapportException(ErrorCode.Usage, $"'{item.Text}' is a table row with no status column or box to tick; mark it in the table", Document.Path, line + 1);
            string status = (box == "x" ? "done" : "cancelled") + (suffix is null ? "" : " " + suffix.Trim());
            bool empty = Source.Line(line).AsSpan(cell.Offset, cell.Length).IsWhiteSpace();
            _edits.Add(new TextEdit(start + cell.Offset, cell.Length, empty ? $" {status} " : status));
            return;
        }
        if (at < 0 && item.Source.Marker.Length == 0 && item.Source.Task is null)
        {
            // A line of text ("Action: send the deck") has no box: its completion date says it is done; nothing says cancelled.
            if (box != "x" || suffix is null)
                throw new RapportException(ErrorCode.Usage, $"'{item.Text}' is a line of text with no box to tick; mark it in the text", Document.Path, line + 1);
        }
        else if (at >= 0) _edits.Add(new TextEdit(start + at, 1, box));
        else if (item.Source.Marker != "|" && item.Source.Task is null && MarkerEnd(Source.Line(line)) is > 0 and var end)
            _edits.Add(TextEdit.Insert(start + end, $"[{box}] ")); // a planned step written without a box gets one
        else return;
        // Before any trailing spaces (a Markdown line break) and before a block id (^deck1), which must stay last.
        if (suffix is not null)
            InsertText(start + ActionItemWriter.EndBeforeBlockId(Source.LineSpan(line)), suffix);
    }

    /// <summary>Where a list item's text starts: after its indent, its bullet or number and the spaces after it; 0 when the line is no list item.</summary>
    private static int MarkerEnd(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        int marker = i;
        if (i < line.Length && line[i] is '-' or '*' or '+') i++;
        else
        {
            while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
            if (i == marker || i >= line.Length || line[i] is not ('.' or ')')) return 0;
            i++;
        }
        if (i >= line.Length || line[i] is not (' ' or '\t')) return 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        return i;
    }

    /// <summary>Creates a missing top-level section, placed before the next section in Rapport's layout.</summary>
    public NewSection Create(SectionKind kind, string? title = null)
    {
        if (Document.Log is { } log && MeetingDate is { } date && MeetingKinds.Contains(kind)) return CreateInMeeting(log, date, kind, title);
        if (Document.Log is { } meetings && kind == SectionKind.NextMeeting)
        {
            // The next meeting is the log's next entry: where a meeting after every dated one would go.
            var next = new NewSection(meetings.Level, title ?? SectionAliases.Canonical(kind));
            PlaceInLog(meetings, next, DateOnly.MaxValue);
            return next;
        }
        int level = Document.TitleSection is { } t ? t.Level + 1 : 2;
        var created = new NewSection(level, title ?? SectionAliases.Canonical(kind));
        int rank = Array.IndexOf(Layout, kind);
        var before = Document.Sections
            .Where(s => s.Parent is null || s.Parent == Document.TitleSection)
            .Where(s => s != Document.TitleSection && Array.IndexOf(Layout, s.Kind) > rank)
            .FirstOrDefault();
        created.Rank = rank;
        if (before is not null) Place(created, before.HeadingLine, beforeHeading: true);
        else Place(created, ContentEnd(0, Source.LineCount), beforeHeading: false);
        return created;
    }

    /// <summary>What a meeting of a per-meeting log holds itself, rather than the document as a whole.</summary>
    private static readonly SectionKind[] MeetingKinds = [SectionKind.ActionItems, SectionKind.MeetingHistory];

    /// <summary>
    /// The new meeting's section in a per-meeting log (made once per edit), at the log's level and in
    /// its order: before the newest meeting when the log runs newest first, after the last one otherwise.
    /// History lines go directly under its heading; other kinds become sub-sections named as the log names them.
    /// </summary>
    private NewSection CreateInMeeting(MeetingLog log, DateOnly date, SectionKind kind, string? title)
    {
        if (_meeting is null)
        {
            _meeting = new NewSection(log.Level, IsoDate.Format(date));
            PlaceInLog(log, _meeting, date);
        }
        if (kind == SectionKind.MeetingHistory) return _meeting;
        string name = title ?? log.SubsectionTitle(kind) ?? SectionAliases.Canonical(kind);
        return _meeting.Children.FirstOrDefault(c => c.Title == name) ?? _meeting.AddChild(name);
    }

    /// <summary>Places a meeting-level section of a given date in the log's order.</summary>
    private void PlaceInLog(MeetingLog log, NewSection section, DateOnly date)
    {
        var later = log.NewestFirst
            ? log.Meetings.FirstOrDefault(m => MeetingDateOf(m) is not { } d || d <= date)
            : log.Meetings.FirstOrDefault(m => MeetingDateOf(m) is { } d && d > date);
        if (later is not null) Place(section, later.HeadingLine, beforeHeading: true);
        else Place(section, ContentEnd(log.Meetings[^1].HeadingLine, log.Meetings[^1].EndLine), beforeHeading: false);
    }

    private DateOnly? MeetingDateOf(Section section) => Document.Meetings.FirstOrDefault(m => m.Section == section)?.Date;

    /// <summary>Creates a sub-section at the end of <paramref name="parent"/>, or before <paramref name="before"/>.</summary>
    public NewSection CreateChild(Section parent, string title, Section? before = null)
    {
        var created = new NewSection(parent.Level + 1, title);
        if (before is not null) Place(created, before.HeadingLine, beforeHeading: true);
        else Place(created, ContentEnd(parent.ContentStartLine, parent.EndLine), beforeHeading: false);
        return created;
    }

    /// <summary>The new text with every edit applied; the original when nothing changed.</summary>
    public SourceText Apply()
    {
        var edits = new List<TextEdit>(_edits);
        // Sections created at the same place go in Rapport's layout order, sub-sections first.
        foreach (var section in _created.OrderBy(s => s.Line).ThenBy(s => s.Rank))
        {
            var lines = section.Render();
            if (section.BeforeHeading)
            {
                if (section.Line > 0 && !Source.LineSpan(section.Line - 1).IsWhiteSpace()) lines.Insert(0, "");
                lines.Add("");
            }
            else if (section.Line > 0)
            {
                lines.Insert(0, "");
            }
            int offset = section.Line >= Source.LineCount ? Source.Length : Source.LineStart(section.Line);
            string newline = NewlineBefore(offset);
            var text = string.Concat(lines.Select(l => l + newline));
            if (section.Line >= Source.LineCount && Source.Length > 0 && !Source.EndsWithNewline) text = newline + text;
            edits.Add(TextEdit.Insert(offset, text));
        }
        // An insertion moved before an unclosed block may share its offset with an edit replacing lines
        // from there: the insertion goes first (the sort that applies them keeps this order).
        return Source.Apply(edits.OrderBy(e => e.Start).ThenBy(e => e.End > e.Start ? 1 : 0));
    }

    private void Place(NewSection section, int line, bool beforeHeading)
    {
        if (Writable(line) != line) (line, beforeHeading) = (Writable(line), true);
        section.Line = line;
        section.BeforeHeading = beforeHeading;
        _created.Add(section);
    }

    /// <summary>The line after the last non-blank line in [from, to), or <paramref name="from"/> when all are blank.</summary>
    private int ContentEnd(int from, int to)
    {
        for (int line = Math.Min(to, Source.LineCount) - 1; line >= from; line--)
            if (!Source.LineSpan(line).IsWhiteSpace()) return line + 1;
        return from;
    }

    /// <summary>Whether a list item has anything under its own first line: nested items, continuation lines or notes.</summary>
    public bool HasLinesUnder(ListEntry entry) => ItemEnd(entry) > entry.Line + 1;

    private int ItemEnd(ListEntry entry) => ContentEnd(entry.Line, entry.EndLine);
}

/// <summary>A section Rapport is adding to a document: its heading, its lines and any sub-sections.</summary>
public sealed class NewSection
{
    internal NewSection(int level, string title)
    {
        Level = level;
        Title = title;
    }

    public int Level { get; }

    public string Title { get; }

    public List<string> Lines { get; } = [];

    public List<NewSection> Children { get; } = [];

    internal int Line { get; set; }

    internal bool BeforeHeading { get; set; }

    /// <summary>Position in the layout for a top-level section; -1 for a sub-section.</summary>
    internal int Rank { get; set; } = -1;

    public NewSection AddChild(string title)
    {
        var child = new NewSection(Level + 1, title);
        Children.Add(child);
        return child;
    }

    internal List<string> Render()
    {
        var lines = new List<string> { $"{new string('#', Level)} {Title}" };
        lines.AddRange(Lines);
        foreach (var child in Children)
        {
            lines.Add("");
            lines.AddRange(child.Render());
        }
        return lines;
    }
}
