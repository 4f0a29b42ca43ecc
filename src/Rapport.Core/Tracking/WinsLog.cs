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

    private static List<Win> Parse(SourceText source)
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

    /// <summary>Adds a win in date order (newest first), creating the log if needed. The same win twice is added once.</summary>
    /// <returns>Whether it was added.</returns>
    public static bool Add(Vault vault, string text, DateOnly date, string? person)
    {
        string full = PathIn(vault);
        string shown = vault.Display(full);
        string key = MarkdownText.ListItem(text);
        string line = $"- {IsoDate.Format(date)}: {key}{(person is null ? "" : $" (for {person})")}";
        if (!vault.Files.FileExists(full))
        {
            vault.Store.Create(full, Header + line + "\n");
            return true;
        }
        var bytes = vault.Files.GetLength(full) == 0 ? [] : vault.Store.ReadChecked(full, shown);
        var source = TextCodec.Decode(bytes, shown);
        var wins = Parse(source);
        if (wins.Any(w => w.Date == date && w.Text.Equals(key, StringComparison.OrdinalIgnoreCase) && w.For == person)) return false;

        var before = wins.FirstOrDefault(w => w.Date <= date);
        string newline = source.Newline;
        var edit = before is not null
            ? TextEdit.Insert(source.LineStart(before.Line), line + newline)
            : TextEdit.Insert(source.Length, (source.Length > 0 && !source.EndsWithNewline ? newline : "") + line + newline);
        vault.Store.Save(full, LoadedDocument.FingerprintOf(bytes), source.Apply([edit]));
        return true;
    }

    [GeneratedRegex(@"^\s*[-*+]\s+(?<date>\d{4}-\d{2}-\d{2})\s*:\s*(?<text>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\s*\(for (?<who>[^()]+)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex For();
}
