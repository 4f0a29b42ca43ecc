using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>An item of <c>BACKLOG.md</c>: <c>- [x] [P1] text (due: D) (done: D) — 1:1 Sarah Chen</c>.</summary>
public sealed record BacklogItem(int Line, bool Done, string? Priority, string Text, DateOnly? Due, DateOnly? DoneOn, string? From);

/// <summary>The optional task list at the vault's root that collects my actions from every 1:1.</summary>
public static partial class Backlog
{
    public const string FileName = "BACKLOG.md";

    /// <summary>The tasks of the vault's backlog; none when it has no <c>BACKLOG.md</c>.</summary>
    public static IReadOnlyList<BacklogItem> Read(Vault vault)
    {
        string full = vault.Resolve(FileName);
        if (!vault.Files.FileExists(full) || vault.Files.GetLength(full) == 0) return [];
        string shown = vault.Display(full);
        var source = TextCodec.Decode(vault.Store.ReadChecked(full, shown), shown);
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
