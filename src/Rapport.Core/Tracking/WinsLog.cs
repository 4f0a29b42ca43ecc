using System.Text.RegularExpressions;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>A win in the log: <c>- 2026-01-12: Closed the Customer X renewal (for Sarah Chen)</c>.</summary>
public sealed record Win(DateOnly Date, string Text, string? For, int Line);

/// <summary>
/// The wins log, <c>Career/wins.md</c> beside the relationships folder: accomplishments to share,
/// newest first, each optionally for one relationship. Prep shows those since the last meeting;
/// review packets compile them.
/// </summary>
public static partial class WinsLog
{
    public const string FileName = "wins.md";

    private const string Header = "# Wins\n\nAccomplishments to share, newest first. `rapport win` adds to this list; edit it freely.\n\n";

    public static string PathIn(Vault vault) =>
        vault.Resolve(Path.Combine(Path.GetDirectoryName(vault.Config.RelationshipsFolder) ?? "", FileName));

    public static IReadOnlyList<Win> Read(Vault vault)
    {
        string full = PathIn(vault);
        if (!vault.Files.FileExists(full) || vault.Files.GetLength(full) == 0) return [];
        string shown = vault.Display(full);
        var source = TextCodec.Decode(vault.Store.ReadChecked(full, shown), shown);
        return Parse(source);
    }

    /// <summary>The wins in a log's text, in file order; the index reads the log through this too.</summary>
    public static IReadOnlyList<Win> Parse(SourceText source)
    {
        var wins = new List<Win>();
        for (int line = 0; line < source.LineCount; line++)
        {
            var m = Entry().Match(source.Line(line));
            if (!m.Success || !IsoDate.TryParse(m.Groups["date"].Value, out var date)) continue;
            string text = m.Groups["text"].Value.Trim();
            string? who = null;
            if (For().Match(text) is { Success: true } f)
            {
                who = f.Groups["who"].Value.Trim();
                text = text[..f.Index].TrimEnd();
            }
            wins.Add(new Win(date, text, who, line));
        }
        return wins;
    }

    /// <summary>
    /// Adds a win in date order (newest first), creating the log if needed. The same win twice is added
    /// once. The insertion goes through <see cref="DocumentStore.Update"/>: when the log changes between
    /// reading and writing it (another <c>rapport win</c>, an editor), it is re-applied to what is there now.
    /// </summary>
    /// <returns>Whether it was added.</returns>
    public static bool Add(Vault vault, string text, DateOnly date, string? person)
    {
        string full = PathIn(vault);
        var win = new Win(date, MarkdownText.ListItem(text), person, -1);
        if (!vault.Files.FileExists(full))
        {
            try
            {
                vault.Store.Create(full, Header + Format(win) + "\n");
                return true;
            }
            catch (RapportException ex) when (ex.Code == ErrorCode.Conflict)
            {
                // Created by someone else meanwhile: the win goes into theirs below.
            }
        }
        if (vault.Files.GetLength(full) == 0)
            return vault.Store.Save(full, LoadedDocument.FingerprintOf([]), Insert(new SourceText(""), win)!);
        return vault.Store.Update(full, loaded => Insert(loaded.Document.Source, win));
    }

    /// <summary>The log with <paramref name="win"/> inserted before the first win no newer than it; null when it is already there.</summary>
    private static SourceText? Insert(SourceText source, Win win)
    {
        var wins = Parse(source);
        if (wins.Any(w => w.Date == win.Date && w.Text.Equals(win.Text, StringComparison.OrdinalIgnoreCase) && w.For == win.For)) return null;
        string line = Format(win);
        var before = wins.FirstOrDefault(w => w.Date <= win.Date);
        string newline = source.Newline;
        var edit = before is not null
            ? TextEdit.Insert(source.LineStart(before.Line), line + newline)
            : TextEdit.Insert(source.Length, (source.Length > 0 && !source.EndsWithNewline ? newline : "") + line + newline);
        return source.Apply([edit]);
    }

    private static string Format(Win win) => $"- {IsoDate.Format(win.Date)}: {win.Text}{(win.For is null ? "" : $" (for {win.For})")}";

    [GeneratedRegex(@"^\s*[-*+]\s+(?<date>\d{4}-\d{2}-\d{2})\s*:\s*(?<text>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\s*\(for (?<who>[^()]+)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex For();
}
