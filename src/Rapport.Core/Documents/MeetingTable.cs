using Markdig.Extensions.Tables;

namespace Rapport.Core.Documents;

/// <summary>
/// A meeting log kept as a table, one meeting a row (<c>| Date | Notes | Actions |</c>): a table whose header
/// names a date column and a column of what the meeting was about, and no owner or status column (that is an
/// owner/due task table, <see cref="TaskTable"/>). Each row whose date cell holds a date is a meeting that day;
/// an actions column's cells are that meeting's tasks. The column names are data, below.
/// </summary>
public static class MeetingTable
{
    /// <summary>Header names of the column that dates each meeting.</summary>
    public static readonly IReadOnlyList<string> DateColumns = ["date", "meeting date", "day", "when", "session date"];

    /// <summary>Header names of a column saying what a meeting was about.</summary>
    public static readonly IReadOnlyList<string> AboutColumns =
    [
        "notes", "note", "topics", "topic", "summary", "discussion", "discussed", "agenda", "meeting", "meeting reason", "reason",
        "purpose", "subject", "highlights", "outcome", "outcomes", "minutes", "takeaways", "key points", "what we discussed", "title",
    ];

    /// <summary>Header names of a column holding the tasks agreed at each meeting.</summary>
    public static readonly IReadOnlyList<string> ActionColumns =
    [
        "actions", "action", "action items", "action item", "action points", "next steps", "next step", "follow-ups", "follow ups",
        "followups", "follow-up", "to do", "todo", "todos", "tasks", "task",
    ];

    /// <summary>The columns of a meeting-log header (cells as <see cref="TaskTable"/> names them); null when the table is no meeting log.</summary>
    public static (int Date, int About, int Actions)? Columns(IReadOnlyList<string> header, bool hasOwnerOrStatus)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (hasOwnerOrStatus) return null;
        int date = IndexOf(header, DateColumns), about = IndexOf(header, AboutColumns);
        if (date < 0 || about < 0) return null;
        return (date, about, IndexOf(header, ActionColumns));
    }

    /// <summary>Every row of a meeting-log table with its line and its date cell's date as written (not yet given a year or an order).</summary>
    public static IEnumerable<(int Line, DateMention Date, string About)> Rows(RunningDocument document, Table table)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        if (TaskTable.Parts(document, table) is not { } parts || Columns(parts.Header, TaskTable.HasOwnerOrStatus(parts.Header)) is not { } c) yield break;
        var rows = parts.Rows;
        foreach (var (line, cells) in rows)
        {
            if (c.Date >= cells.Count) continue;
            var mentions = DateText.Find(cells[c.Date]);
            if (mentions.Count == 0) continue;
            string about = c.About < cells.Count ? Text.InlineMarkdown.Plain(NameRules.StripLinks(cells[c.About])).Trim() : "";
            yield return (line, mentions[0], about.Length > 0 ? about : cells[c.Date].Trim());
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, IReadOnlyList<string> names)
    {
        for (int i = 0; i < header.Count; i++)
            if (names.Contains(header[i])) return i;
        return -1;
    }
}
