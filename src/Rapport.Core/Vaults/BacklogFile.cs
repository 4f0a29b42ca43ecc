using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>An item of <c>BACKLOG.md</c>: <c>- [x] [P1] text (due: D) (done: D) — 1:1 Sarah Chen</c>.</summary>
public sealed record BacklogItem(int Line, bool Done, string? Priority, string Text, DateOnly? Due, DateOnly? DoneOn, string? From);

/// <summary>
/// The one owner of <c>BACKLOG.md</c>, the optional task list at the vault's root that collects my
/// actions from every 1:1: reading it (<see cref="Read"/>, <see cref="Parse"/>, also for the index),
/// appending a task and ticking one, as edits (<see cref="Append(SourceText, string, string, DateOnly?, string?)"/>,
/// <see cref="MarkDone(SourceText, string, string, DateOnly)"/>) or written through
/// <see cref="DocumentStore.Update"/>, re-applied when the backlog changed meanwhile.
/// </summary>
public static partial class BacklogFile
{
    public const string FileName = "BACKLOG.md";

    public static string PathIn(Vault vault) => vault.Resolve(FileName);

    /// <summary>The backlog's text as read, for edits saved with a conflict check; null when the vault has none.</summary>
    public static LoadedText? Open(Vault vault)
    {
        string full = PathIn(vault);
        if (!vault.Files.FileExists(full)) return null;
        string shown = vault.Display(full);
        var bytes = vault.Files.GetLength(full) == 0 ? [] : vault.Store.ReadChecked(full, shown);
        return new LoadedText(full, shown, LoadedDocument.FingerprintOf(bytes), TextCodec.Decode(bytes, shown));
    }

    /// <summary>
    /// Ticks my open backlog task for an action from the 1:1 with <paramref name="person"/>:
    /// <c>- [x] … (due: …) (done: 2026-01-15) — 1:1 Sarah Chen</c>. No edit when there is none.
    /// </summary>
    public static IReadOnlyList<TextEdit> MarkDone(SourceText source, string person, string action, DateOnly date)
    {
        if (OpenTask(Parse(source), person, action) is not { } item) return [];
        var text = source.Line(item.Line);
        int box = Task().Match(text).Groups["box"].Index;
        int suffix = FromMeeting().Match(text) is { Success: true } f ? f.Index : text.TrimEnd().Length;
        return [new TextEdit(source.LineStart(item.Line) + box, 1, "x"), TextEdit.Insert(source.LineStart(item.Line) + suffix, $" (done: {IsoDate.Format(date)})")];
    }

    /// <summary>
    /// My open task for <paramref name="action"/> from the 1:1 with <paramref name="person"/>: the one whose words, read as
    /// <see cref="Parse"/> reads them, are the action's (case aside); never one that merely holds them ("Call Bob" is not
    /// "Call Bob 2026-01-20").
    /// </summary>
    private static BacklogItem? OpenTask(IReadOnlyList<BacklogItem> items, string person, string action) =>
        items.FirstOrDefault(i => !i.Done && IsTask(i, person, action));

    /// <summary>Whether <paramref name="item"/> is the task for <paramref name="action"/> from the 1:1 with <paramref name="person"/>: its whole words, case aside.</summary>
    private static bool IsTask(BacklogItem item, string person, string action) =>
        string.Equals(item.From, person, StringComparison.OrdinalIgnoreCase) && item.Text.Equals(action, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Appends my open task for an action from the 1:1 with <paramref name="person"/>:
    /// <c>- [ ] [P2] text (due: D) — 1:1 Sarah Chen</c>. No edit when the backlog holds it already.
    /// </summary>
    public static IReadOnlyList<TextEdit> Append(SourceText source, string person, string text, DateOnly? due, string? priority)
    {
        string from = $"1:1 {person}";
        if (Parse(source).Any(i => IsTask(i, person, text))) return [];
        string task = $"- [ ] {(priority is null ? "" : $"[{priority}] ")}{text}{(due is { } d ? $" (due: {IsoDate.Format(d)})" : "")} — {from}";
        return [TextEdit.Insert(source.Length, (source.Length > 0 && !source.EndsWithNewline ? source.Newline : "") + task + source.Newline)];
    }

    /// <summary>
    /// Ticks my open task for <paramref name="action"/> from the 1:1 with <paramref name="person"/> in the
    /// backlog as it is on disk now. Nothing when the vault keeps no backlog or it holds no such task.
    /// </summary>
    /// <returns>Whether the backlog was written.</returns>
    public static bool MarkDone(Vault vault, string person, string action, DateOnly date) =>
        Edit(vault, source => MarkDone(source, person, action, date));

    /// <summary>
    /// <see cref="MarkDone(Vault, string, string, DateOnly)"/>, saying which line the tick changed and
    /// how; null when nothing was written.
    /// </summary>
    public static Tracking.TickedLine? Tick(Vault vault, string person, string action, DateOnly date)
    {
        Tracking.TickedLine? ticked = null;
        bool written = Edit(vault, source =>
        {
            var edits = MarkDone(source, person, action, date);
            if (edits.Count == 0) return edits;
            int line = source.LineOf(edits[0].Start);
            ticked = new Tracking.TickedLine(line, source.Line(line), source.Apply(edits).Line(line));
            return edits;
        });
        return written ? ticked : null;
    }

    /// <summary>
    /// Puts my task's line back as it was before <see cref="Tick"/>: only when the backlog still holds
    /// the line the tick wrote and ticking the restored task on <paramref name="date"/> gives it back.
    /// </summary>
    /// <returns>Whether the backlog was written.</returns>
    public static bool Untick(Vault vault, string person, string action, DateOnly date, Tracking.TickedLine line) =>
        Edit(vault, source =>
        {
            if (Tracking.ActionTick.Find(source, line) is not { } at) return [];
            var restore = Tracking.ActionTick.Restore(source, at, line);
            var restored = source.Apply([restore]);
            return restored.Apply(MarkDone(restored, person, action, date)).Text == source.Text ? [restore] : [];
        });

    /// <summary>
    /// Appends my open task for <paramref name="text"/> from the 1:1 with <paramref name="person"/> to the
    /// backlog as it is on disk now. Nothing when the vault keeps no backlog or it holds the task already.
    /// </summary>
    /// <returns>Whether the backlog was written.</returns>
    public static bool Append(Vault vault, string person, string text, DateOnly? due, string? priority) =>
        Edit(vault, source => Append(source, person, text, due, priority));

    /// <summary>
    /// Applies a change computed from the backlog's current text (null: nothing to change) through
    /// <see cref="DocumentStore.Update"/>, computed again when the backlog changed meanwhile; an empty
    /// backlog is changed as it is. Nothing when the vault keeps no backlog.
    /// </summary>
    /// <returns>Whether the backlog was written.</returns>
    public static bool Update(Vault vault, Func<SourceText, SourceText?> change)
    {
        string full = PathIn(vault);
        if (!vault.Files.FileExists(full)) return false;
        if (vault.Files.GetLength(full) == 0)
            return change(new SourceText("")) is { } first && vault.Store.Save(full, LoadedDocument.FingerprintOf([]), first);
        return vault.Store.Update(full, loaded => change(loaded.Document.Source));
    }

    private static bool Edit(Vault vault, Func<SourceText, IReadOnlyList<TextEdit>> edits) =>
        Update(vault, source => edits(source) is { Count: > 0 } e ? source.Apply(e) : null);

    /// <summary>The tasks of the vault's backlog; none when it has no <c>BACKLOG.md</c>.</summary>
    public static IReadOnlyList<BacklogItem> Read(Vault vault) => Open(vault) is { } backlog ? Parse(backlog.Source) : [];

    /// <summary>The tasks in a backlog's text, in file order (<see cref="BacklogItem.Line"/> counts from 0).</summary>
    public static IReadOnlyList<BacklogItem> Parse(SourceText source)
    {
        var items = new List<BacklogItem>();
        for (int line = 0; line < source.LineCount; line++)
        {
            var m = Task().Match(source.Line(line));
            if (!m.Success) continue;
            string text = m.Groups["text"].Value;
            string? from = null;
            if (FromMeeting().Match(text) is { Success: true } f)
            {
                from = f.Groups["who"].Value.Trim();
                text = text[..f.Index];
            }
            DateOnly? due = null, done = null;
            foreach (Match date in Dates().Matches(text))
            {
                if (!IsoDate.TryParse(date.Groups["date"].Value, out var value)) continue;
                if (date.Groups["word"].Value.Equals("due", StringComparison.OrdinalIgnoreCase)) due = value;
                else done = value;
            }
            text = Dates().Replace(text, "").Trim();
            items.Add(new BacklogItem(line, m.Groups["box"].Value is "x" or "X", m.Groups["priority"].Success ? m.Groups["priority"].Value.ToUpperInvariant() : null, text, due, done, from));
        }
        return items;
    }

    [GeneratedRegex(@"^\s*[-*+]\s+\[(?<box>[ xX])\]\s+(?:\[(?<priority>P[1-3])\]\s*)?(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Task();

    [GeneratedRegex(@"\s+(?:—|–|--)\s+1:1\s+(?<who>.+)$")]
    private static partial Regex FromMeeting();

    [GeneratedRegex(@"\s*\((?<word>due|done|completed):\s*(?<date>\d{4}-\d{2}-\d{2})\)", RegexOptions.IgnoreCase)]
    private static partial Regex Dates();
}
