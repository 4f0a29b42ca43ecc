using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// Markdown task tables (contract, "Tables"): a header naming the task and an owner or due column;
/// each row is one item. Other tables (metrics, agendas) and tables without a header row hold no
/// actions.
/// </summary>
public static partial class TableReader
{
    public static IEnumerable<Statement> Read(string[] lines, int first, int last, PersonNames person)
    {
        if (last <= first || !Separator().IsMatch(lines[first + 1].Trim())) yield break; // no header row
        var header = Cells(lines[first]).Select(h => h.Trim('*', '_', ' ').ToLowerInvariant()).ToList();
        int task = Column(header, NoteWords.TaskColumns), owner = Column(header, NoteWords.OwnerColumns),
            due = Column(header, NoteWords.DueColumns), status = Column(header, NoteWords.StatusColumns);
        if (task < 0 || owner < 0 && due < 0) yield break;
        for (int i = first + 2; i <= last; i++)
        {
            var cells = Cells(lines[i]);
            string Cell(int c) => c >= 0 && c < cells.Count ? cells[c].Trim() : "";
            string text = Cell(task);
            if (text.Length == 0) continue;
            char mark = ' ';
            string statusText = string.Join(' ', cells.Where((_, c) => c != task && c != owner));
            if (NoteWords.IsCancelledStatus(Cell(status)) || NoteWords.IsCancelledStatus(text) || StatusCancelled().IsMatch(statusText)) mark = '-';
            else if (NoteWords.IsDoneStatus(Cell(status)) || StatusDone().IsMatch(statusText)) mark = 'x';
            var statement = new Statement(text, i + 1, StatementOwner.None, mark) { IsTask = true, DueText = due >= 0 ? Cell(due) : null };
            if (owner >= 0)
            {
                var side = OwnerCell(Cell(owner), person);
                statement = side switch
                {
                    ActionOwner.Me or ActionOwner.Them => statement with { Owner = side },
                    _ => statement with { ThirdParty = true },
                };
            }
            yield return statement;
        }
    }

    /// <summary>
    /// An owner cell: <c>me</c>, <c>I</c>, <c>yo</c>, empty or <c>—</c> → me; joint work with me → me; the
    /// person → them; anyone else → null (a third party).
    /// </summary>
    public static ActionOwner? OwnerCell(string cell, PersonNames person)
    {
        // The owner rules read the cell (contract, "Tables"): a label ("owner: Sam"), a mention (@sam),
        // brackets ([me], (Sam)) and a wiki link ([[Sarah Chen]]) are not the name.
        string c = cell.Trim().Trim('*', '_', ' ');
        if (NoteWords.OwnerColumns.Any(w => c.StartsWith(w + ":", StringComparison.OrdinalIgnoreCase))) c = c[(c.IndexOf(':') + 1)..];
        c = c.Trim().Trim('*', '_', '@', ' ');
        if (c.StartsWith('[') && c.EndsWith(']') || c.StartsWith('(') && c.EndsWith(')')) c = c.Trim('[', ']', '(', ')', ' ').TrimStart('@');
        if (c.Length == 0 || c is "—" or "-" or "–" or "?" or "tbd" or "TBD") return ActionOwner.Me;
        var parts = JointSplit().Split(c).Select(p => p.Trim().Trim('@')).Where(p => p.Length > 0).ToList();
        if (parts.Any(p => Rules.IsMeWord(p))) return ActionOwner.Me;
        if (parts.Count == 1 && (person.IsName(parts[0]) || person.IsName(Parenthetical().Replace(parts[0], "").Trim()))) return ActionOwner.Them;
        return null;
    }

    private static int Column(List<string> header, string[] names) => header.FindIndex(names.Contains);

    private static List<string> Cells(string line)
    {
        string t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|')) t = t[..^1];
        return [.. t.Split('|')];
    }

    // contract: none (machinery): recognises a Markdown table's `|---|` separator row
    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex Separator();

    // contract: "Tables": owner cell `me + Zoë`, `AP + me` → me
    [GeneratedRegex(@"\s*(?:\+|&|/|,|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex JointSplit();

    // contract: none (machinery): removes parenthesised asides from an owner cell
    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    // contract: "Tables": a status `done`, `✅`, `[x]`, `shipped` → completion
    [GeneratedRegex(@"(?:^|\s)(?:✅|\[x\]|done|shipped)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusDone();

    // contract: "Tables": `cancelled`, `dropped`, `❌` → not an action
    [GeneratedRegex(@"\b(?:cancell?ed|dropped)\b|❌", RegexOptions.IgnoreCase)]
    private static partial Regex StatusCancelled();
}
