using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>Writes action items the way <see cref="ActionItemReader"/> reads them, in each syntax.</summary>
public static partial class ActionItemWriter
{
    /// <summary>An open task line: <c>- [ ] Text (by 2026-01-22)</c>, or with 📅 or <c>[due:: …]</c>.</summary>
    public static string Open(string text, DateOnly? due, string? priority, ActionSyntax syntax, string marker = "-")
    {
        string tag = priority is null ? "" : $"[{priority}] ";
        string date = due is not { } d ? "" : DueSuffix(syntax, d);
        return $"{marker} [ ] {tag}{text}{date}";
    }

    /// <summary>What a due date adds to a task line: <c> (by 2026-01-22)</c>, <c> 📅 2026-01-22</c> or <c> [due:: 2026-01-22]</c>.</summary>
    public static string DueSuffix(ActionSyntax syntax, DateOnly due) => syntax switch
    {
        ActionSyntax.ObsidianTasks => $" 📅 {IsoDate.Format(due)}",
        ActionSyntax.Dataview => $" [due:: {IsoDate.Format(due)}]",
        _ => $" (by {IsoDate.Format(due)})",
    };

    /// <summary>
    /// Where a date is written in a task's line (<c>2026-01-22</c>, with any hyphen, and a Logseq
    /// weekday after it as in <c>&lt;2026-01-22 Thu&gt;</c>): its offset, length, value and whether a
    /// weekday follows. Dates that are not real days are skipped.
    /// </summary>
    public static IEnumerable<(int Offset, int Length, DateOnly Date, bool Weekday)> Dates(string line)
    {
        foreach (Match m in WrittenDate().Matches(line))
        {
            if (!int.TryParse(m.Groups["y"].Value, out int y) || !int.TryParse(m.Groups["m"].Value, out int mo) || !int.TryParse(m.Groups["d"].Value, out int d)) continue;
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) continue;
            yield return (m.Index, m.Length, new DateOnly(y, mo, d), m.Groups["wd"].Success);
        }
    }

    [GeneratedRegex(@"(?<y>\d{4})[-\u2010\u2011](?<m>\d{1,2})[-\u2010\u2011](?<d>\d{1,2})(?<wd>\s+[A-Z][a-z]{2}(?=>))?")]
    private static partial Regex WrittenDate();

    /// <summary>What marking an item done appends to its line.</summary>
    public static string CompletionSuffix(ActionSyntax syntax, DateOnly date) => syntax switch
    {
        ActionSyntax.ObsidianTasks => $" ✅ {IsoDate.Format(date)}",
        ActionSyntax.Dataview => $" [completion:: {IsoDate.Format(date)}]",
        _ => $" (completed {IsoDate.Format(date)})",
    };

    /// <summary>The offset of the mark inside <c>[ ]</c> or <c>[/]</c> on a task line, or -1 when the line is no open task.</summary>
    public static int CheckboxOffset(ReadOnlySpan<char> line)
    {
        foreach (var m in OpenBox().EnumerateMatches(line)) return m.Index + m.Length - 2;
        return -1;
    }

    /// <summary>The syntax most of the document's dated items use; parenthesised when none is dated.</summary>
    public static ActionSyntax PreferredSyntax(IEnumerable<ActionItem> items) =>
        items.Where(i => i.Due is not null || i.Completed is not null)
            .GroupBy(i => i.Syntax)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .DefaultIfEmpty(ActionSyntax.Parenthesised)
            .First();

    /// <summary>The offset where a block id (<c> ^deck1</c>) starts at the end of a line, or the line's length without trailing spaces.</summary>
    public static int EndBeforeBlockId(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        foreach (var m in BlockId().EnumerateMatches(trimmed)) return m.Index;
        return trimmed.Length;
    }

    /// <summary>The offset and length of a Logseq task keyword (<c>TODO</c>, <c>NOW</c>…) after the list marker, or (-1, 0).</summary>
    public static (int Offset, int Length) LogseqKeyword(string line)
    {
        var m = ListMarker().Match(line);
        if (!m.Success) return (-1, 0);
        string? keyword = ActionItemReader.LogseqKeyword(line[m.Length..]);
        return keyword is null ? (-1, 0) : (m.Length, keyword.Length);
    }

    // A quote's '>' may open the line: a task inside a blockquote or an Obsidian callout.
    [GeneratedRegex(@"^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ /]\]")]
    private static partial Regex OpenBox();

    [GeneratedRegex(@"[ \t]+\^[A-Za-z0-9][A-Za-z0-9\-]*$")]
    private static partial Regex BlockId();

    [GeneratedRegex(@"^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")]
    private static partial Regex ListMarker();
}
