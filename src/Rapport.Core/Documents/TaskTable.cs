using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Rapport.Core.Notes;

namespace Rapport.Core.Documents;

/// <summary>
/// An owner/due table in a document: a Markdown table whose header names a task column and an owner,
/// due or status column, as people name them (<c>Action | Owner | Due</c>, <c>Task | Who | When | Status</c>).
/// Each row is a task: its owner from the owner cell (empty or <c>me</c> is mine, any other name theirs),
/// its due date from the due cell, its state from the status cell or a box in any cell. The column names
/// are the notes engine's (<see cref="NoteWords"/>), so both read a table alike.
/// </summary>
public static partial class TaskTable
{
    /// <summary>Column names of an agenda's time slots: a table with one (and no due or status column) is an agenda.</summary>
    private static readonly string[] AgendaColumns = ["time", "duration", "timebox", "time box", "mins", "length", "slot"];

    /// <summary>Status words for work under way, besides the done and cancelled words the notes engine knows.</summary>
    private static readonly string[] InProgressWords = ["in progress", "in-progress", "doing", "started", "ongoing", "wip", "underway", "under way", "blocked", "waiting"];

    /// <summary>
    /// The tasks of one table; none when its header does not name a task column and an owner, due or status column.
    /// In a meeting log kept as a table (<see cref="MeetingTable"/>) the tasks are its actions column's cells.
    /// </summary>
    public static IEnumerable<ActionItem> Read(RunningDocument document, Table table, IReadOnlyCollection<string> known, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        if (Parts(document, table) is not { } parts) yield break;
        var (header, rows) = parts;
        int owner = Column(header, NoteWords.OwnerColumns, MoreOwnerColumns), due = Column(header, NoteWords.DueColumns),
            status = Column(header, NoteWords.StatusColumns);
        int task;
        if (MeetingTable.Columns(header, owner >= 0 || status >= 0) is { } log)
        {
            // A meeting log: its date column dates the meeting, not a task.
            (task, due) = (log.Actions, -1);
        }
        else
        {
            if (owner < 0 && due < 0 && status < 0) yield break;
            // A meeting's agenda with a time slot and a presenter per topic ("Time | Item | Who | Notes", as Confluence's
            // meeting notes write it) holds topics, not tasks: no due and no status column says otherwise.
            if (due < 0 && status < 0 && Column(header, AgendaColumns) >= 0) yield break;
            // The task column by its name, else (in a table with an owner column) the first column that is none of the
            // others ("Name | Assigned To | Deadline"); a log of dated rows with no owner ("Meeting | Date") holds no tasks.
            task = Column(header, NoteWords.TaskColumns);
            if (task < 0 && owner >= 0) task = Enumerable.Range(0, header.Count).FirstOrDefault(c => c != owner && c != due && c != status && header[c].Length > 0, -1);
        }
        if (task < 0) yield break;
        var source = document.Source;
        foreach (var (number, cells) in rows)
        {
            string line = source.Line(number);
            string Cell(int c) => c >= 0 && c < cells.Count ? cells[c].Trim() : "";
            var box = Box().Match(line);
            string text = Box().Replace(Cell(task), "").Trim();
            if (text.Length == 0 || text.All(c => c is '-' or '—' or '–' or '.')) continue;
            var state = State(Cell(status), box);
            var entry = new ListEntry(number, number + 1, "", "|", box.Success ? box.Groups["mark"].Value[0] : null, text, []);
            var read = ActionItemReader.Read(entry with { Task = null }, ActionOwner.Me, known, [], problems, new TaskContext(document.MyNames, null, document.ReadsDayFirst));
            var item = read with { Source = entry, Done = state is ActionState.Done or ActionState.Cancelled, State = state, StatusCell = CellSpan(line, status) };
            if (owner >= 0 && OwnerCell(Cell(owner)) is { } name)
                item = item with { Owner = NameRules.IsMe(name, document.MyNames, known) || NameRules.IsInitialsOf(name, document.MyNames) && !NameRules.IsInitialsOf(name, known) ? ActionOwner.Me : ActionOwner.Them, Assignee = NameRules.MeWords.Contains(name) ? null : name };
            if (due >= 0 && DateText.Single(Cell(due), YearOf(document), document.DayFirst) is { } date) item = item with { Due = date };
            yield return item;
        }
    }

    /// <summary>The year of a due cell written without one: the last meeting's, else today's (until the year ends).</summary>
    private static int? YearOf(RunningDocument document)
    {
        if (document.LastMet is { } met) return met.Year;
        if (document.Today is not { } today) return null;
        document.ReadFromToday(new DayRange(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 1, 1).AddYears(1)));
        return today.Year;
    }

    /// <summary>Whether a header names an owner or a status column: a task table, never a meeting log.</summary>
    public static bool HasOwnerOrStatus(IReadOnlyList<string> header) =>
        Column([.. header], NoteWords.OwnerColumns, MoreOwnerColumns) >= 0 || Column([.. header], NoteWords.StatusColumns) >= 0;

    /// <summary>A table's header cells (as column names) and its data rows (zero-based line, cells); null when it has no header row and body.</summary>
    public static (List<string> Header, List<(int Line, List<string> Cells)> Rows)? Parts(RunningDocument document, Table table)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        var source = document.Source;
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count < 2 || !rows[0].IsHeader) return null;
        // A row's own line number is not kept by the table parser: its offset is.
        int LineOf(TableRow row) => source.LineOf(Math.Min(row.Span.Start, Math.Max(0, source.Length - 1)));
        var header = Cells(source.Line(LineOf(rows[0]))).Select(Header).ToList();
        return (header, rows.Skip(1).Where(r => !r.IsHeader).Select(r => LineOf(r)).Select(n => (n, Cells(source.Line(n)))).ToList());
    }

    /// <summary>
    /// Status cells that say a task is still open, read before any other word: "Not started" is not started, "Not done" is
    /// not done and "On hold" is paused, not dropped (a blocked or waiting task is under way: <see cref="InProgressWords"/>).
    /// </summary>
    public static IReadOnlyList<string> OpenWords { get; } = ["not started", "not done", "not yet", "to do", "todo", "open", "pending", "on hold", "paused", "planned", "new"];

    /// <summary>Marks that alone in a status cell say the task is done: a tick as people type or paste one.</summary>
    public static IReadOnlyList<string> DoneMarks { get; } = ["✔", "✔️", "✓", "✓️", "✅", "☑", "☑️", "x", "X", "yes", "y"];

    private static ActionState State(string status, Match box)
    {
        string cell = status.Trim().Trim('*', '_', ' ').Trim();
        if (OpenWords.Any(w => cell.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (cell.Length == w.Length || !char.IsLetter(cell[w.Length]))))
            return ActionState.Open;
        if (DoneMarks.Any(m => cell.StartsWith(m, StringComparison.OrdinalIgnoreCase) && (cell.Length == m.Length || !char.IsLetter(cell[m.Length])))) return ActionState.Done;
        if (NoteWords.IsCancelledStatus(status) || box.Success && box.Groups["mark"].Value == "-") return ActionState.Cancelled;
        if (NoteWords.IsDoneStatus(status) || box.Success && box.Groups["mark"].Value is "x" or "X") return ActionState.Done;
        if (InProgressWords.Any(w => status.Contains(w, StringComparison.OrdinalIgnoreCase)) || box.Success && box.Groups["mark"].Value == "/") return ActionState.InProgress;
        return ActionState.Open;
    }

    /// <summary>The name in an owner cell; null when it names nobody (empty, a dash, "TBD").</summary>
    private static string? OwnerCell(string cell)
    {
        string c = NameRules.StripLinks(cell).Trim().Trim('*', '_', '@', ' ');
        return c.Length == 0 || c.All(ch => !char.IsLetter(ch)) || c.Equals("tbd", StringComparison.OrdinalIgnoreCase) ? null : c;
    }

    /// <summary>A header cell as a column name: lower case, without emphasis, a trailing colon or a parenthetical.</summary>
    private static string Header(string cell) => Parenthetical().Replace(cell, "").Trim().Trim('*', '_', ':', ' ').ToLowerInvariant();

    /// <summary>Owner column names people use besides the notes engine's.</summary>
    private static readonly string[] MoreOwnerColumns = ["assigned to", "assigned", "assignees", "person", "owners", "lead", "by whom"];

    private static int Column(List<string> header, string[] names, string[]? more = null) =>
        header.FindIndex(h => names.Contains(h) || more?.Contains(h) == true);

    /// <summary>Where a cell's text is in its line (without the spaces around it); null when the line has no such cell.</summary>
    private static (int Offset, int Length)? CellSpan(string line, int column)
    {
        if (column < 0) return null;
        var pipes = Pipe().Matches(line).Select(m => m.Index).ToList();
        int lead = line.Length - line.TrimStart().Length;
        if (lead >= line.Length || line[lead] != '|') pipes.Insert(0, lead - 1);
        if (column >= pipes.Count) return null;
        int start = pipes[column] + 1, end = column + 1 < pipes.Count ? pipes[column + 1] : line.TrimEnd().Length;
        if (line.AsSpan(start, end - start).IsWhiteSpace()) return (start, end - start); // an empty cell: all of it, spaces too
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        return (start, end - start);
    }

    /// <summary>The cells of a table line, split at pipes that are not escaped.</summary>
    private static List<string> Cells(string line)
    {
        string t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        return [.. Pipe().Split(t)];
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex Pipe();

    [GeneratedRegex(@"\[(?<mark>[ xX/\-])\]")]
    private static partial Regex Box();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}
