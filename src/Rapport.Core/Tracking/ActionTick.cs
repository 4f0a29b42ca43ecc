using System.Globalization;
using System.Text;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>One line a tick changed: its zero-based number, and its content before and after (without the line ending).</summary>
public sealed record TickedLine(int Line, string Before, string After);

/// <summary>
/// What ticking an action changed, line by line: the action's line in its running document and, for
/// mine, the task's line in <c>BACKLOG.md</c>. <see cref="OpenActions.Undo"/> puts those lines back
/// exactly as they were, and only when the file still holds what the tick wrote.
/// </summary>
/// <param name="Owner">Whose action it is.</param>
/// <param name="Text">The action's text.</param>
/// <param name="Date">The completion date the tick wrote.</param>
/// <param name="Document">The action's line in its running document.</param>
/// <param name="Backlog">The task's line in <c>BACKLOG.md</c>, when the tick changed one.</param>
public sealed record ActionTick(ActionOwner Owner, string Text, DateOnly Date, TickedLine Document, TickedLine? Backlog)
{
    private const string Version = "t1";

    /// <summary>
    /// The tick as one printable token (base64url of its lines), for a page to offer an undo with;
    /// <see cref="Parse"/> reads it back. It names no file: the undo says which document it is for.
    /// </summary>
    public string ToToken()
    {
        var fields = new List<string> { Version, Owner == ActionOwner.Me ? "me" : "them", IsoDate.Format(Date), Text };
        foreach (var line in new[] { Document, Backlog }.OfType<TickedLine>())
            fields.AddRange([line.Line.ToString(CultureInfo.InvariantCulture), line.Before, line.After]);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n', fields))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a token made by <see cref="ToToken"/>; anything else is a usage error.</summary>
    public static ActionTick Parse(string token)
    {
        var bad = new RapportException(ErrorCode.Usage, "that undo is not one this app offered: reload the page and tick the action again if needed");
        string[] fields;
        try
        {
            string base64 = token.Replace('-', '+').Replace('_', '/');
            fields = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='))).Split('\n');
        }
        catch (FormatException)
        {
            throw bad;
        }
        if (fields is not ([Version, "me" or "them", var date, var text, ..] and ({ Length: 7 } or { Length: 10 })) || !IsoDate.TryParse(date, out var day))
            throw bad;
        TickedLine Line(int at) => int.TryParse(fields[at], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? new TickedLine(n, fields[at + 1], fields[at + 2])
            : throw bad;
        return new ActionTick(fields[1] == "me" ? ActionOwner.Me : ActionOwner.Them, text, day, Line(4), fields.Length == 10 ? Line(7) : null);
    }

    /// <summary>
    /// The line in <paramref name="source"/> that still reads as the tick left it: at its own number,
    /// else the only line anywhere that does (lines above were added or removed meanwhile).
    /// </summary>
    internal static int? Find(SourceText source, TickedLine line)
    {
        if (line.Line < source.LineCount && source.Line(line.Line) == line.After) return line.Line;
        var same = Enumerable.Range(0, source.LineCount).Where(i => source.Line(i) == line.After).Take(2).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>The edit that puts the line at <paramref name="at"/> back as it was before the tick, keeping its line ending.</summary>
    internal static TextEdit Restore(SourceText source, int at, TickedLine line)
    {
        int start = source.LineStart(at);
        return new TextEdit(start, source.LineContentEnd(at) - start, line.Before);
    }
}
