using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>
/// Quarterly archives that keep running documents short: dated entries older than the current
/// quarter (meeting history, completed actions, thread entries, accomplishments, delivered
/// feedback, scores and moods; never the latest meeting, which says when the two last met) move,
/// line for line, to <c>archive/&lt;slug&gt;-&lt;YYYY-QN&gt;.md</c>,
/// into the section they came from. A line already in its archive is not added again, so an
/// interrupted or repeated run never duplicates or loses one. Relative links in a moved line
/// (<c>[notes](notes/…)</c>) are rewritten to resolve from the archive's folder.
/// </summary>
public static partial class Archive
{
    /// <summary>A relationship's archive files, oldest quarter first.</summary>
    public static IReadOnlyList<string> FilesOf(Vault vault, string slug)
    {
        string folder = vault.ArchiveDirectory;
        if (!vault.Files.DirectoryExists(folder)) return [];
        return vault.Files.EnumerateFiles(folder, slug + "-*.md", recursive: false)
            .Where(p => Path.GetFileNameWithoutExtension(p) is var name && name.Length == slug.Length + 8 && IsQuarter(name[(slug.Length + 1)..]))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsQuarter(string text) => text.Length == 7 && text[4] == '-' && text[5] == 'Q' && text[6] is >= '1' and <= '4' && text[..4].All(char.IsAsciiDigit);

    /// <summary>What moves: entries dated within <paramref name="period"/>, which must end before the current quarter.</summary>
    public static ArchivePlan? Plan(Vault vault, LoadedDocument relationship, Period period, DateOnly today)
    {
        var current = Period.QuarterOf(today);
        if (period.To >= current.From)
            throw new RapportException(ErrorCode.Usage, $"only entries before the current quarter ({current.Name}, from {IsoDate.Format(current.From)}) are archived");

        // A folder of meeting notes is already one file per meeting: nothing in it grows to be moved out.
        if (IsKept(relationship)) return null;
        var document = relationship.Document;
        var moving = MovableEntries(document).Where(m => period.Contains(m.Date)).ToList();
        if (moving.Count == 0) return null;

        var files = new List<PlannedFile>();
        var archives = new List<(string, int)>();
        foreach (var quarter in moving.GroupBy(m => Period.QuarterOf(m.Date).Name).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string full = vault.Resolve(Path.Combine(vault.Config.RelationshipsFolder, Vault.ArchiveFolder, $"{relationship.Slug}-{quarter.Key}.md"));
            string from = Path.GetDirectoryName(relationship.FullPath)!, to = Path.GetDirectoryName(full)!;
            var moved = quarter.Select(m => m with { Lines = [.. m.Lines.Select(l => Relink(l, from, to))] }).ToList();
            files.Add(vault.Files.FileExists(full)
                ? AddTo(vault.Store.Load(full), vault.Display(full), moved)
                : Create(full, vault.Display(full), document, quarter.Key, moved));
            archives.Add((vault.Display(full), quarter.Count()));
        }

        var editor = new DocumentEditor(document);
        foreach (var item in moving) editor.DeleteLines(item.Source.Line, item.Source.EndLine);
        files.Add(new PlannedFile(relationship.FullPath, document.Path, document.Source, editor.Apply(), relationship.Fingerprint));
        files.RemoveAll(f => f.Before is not null && f.Before.Text == f.After.Text);
        return new ArchivePlan(document.Person ?? relationship.Slug, moving.Count, archives, files);
    }

    /// <summary>
    /// Whether <c>archive</c> leaves a relationship as it is: a folder of meeting notes (one file per meeting,
    /// none of them growing) is never cut into archives; its notes stay where the person keeps them.
    /// </summary>
    public static bool IsKept(LoadedDocument relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return relationship.Folder is not null;
    }

    /// <summary>Writes the archives first, then the document: a failure in between leaves copies a second run recognises.</summary>
    public static void Apply(Vault vault, ArchivePlan plan)
    {
        foreach (var file in plan.Files.OrderBy(f => f.FullPath.StartsWith(vault.ArchiveDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? 0 : 1))
        {
            if (file.IsNew) vault.Store.Create(file.FullPath, file.After.Text);
            else vault.Store.Save(file.FullPath, file.Fingerprint, file.After);
        }
    }

    /// <summary>
    /// A line's relative link targets, rewritten from <paramref name="fromFolder"/> to
    /// <paramref name="toFolder"/> so each still leads to the same file. Addresses with a scheme,
    /// absolute paths and anchors stay as written.
    /// </summary>
    public static string Relink(string line, string fromFolder, string toFolder) =>
        fromFolder == toFolder ? line : LinkTarget().Replace(line, m =>
        {
            string target = m.Value;
            if (target.StartsWith('#') || target.StartsWith('/') || target.Contains("://", StringComparison.Ordinal) || target.Contains(':', StringComparison.Ordinal)) return target;
            int cut = target.IndexOfAny(['#', '?']);
            string path = cut < 0 ? target : target[..cut], rest = cut < 0 ? "" : target[cut..];
            string moved = Path.GetRelativePath(toFolder, Path.GetFullPath(Uri.UnescapeDataString(path), fromFolder)).Replace('\\', '/');
            return moved.Replace(" ", "%20", StringComparison.Ordinal) + rest;
        });

    /// <summary>The target of an inline link or image: <c>[text](target)</c> or <c>[text](target "title")</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\]\()[^)\s<>]+(?=(?:\s+""[^""]*"")?\))")]
    private static partial System.Text.RegularExpressions.Regex LinkTarget();

    /// <summary>An entry that can move: its date, its lines, and the section path it lives under.</summary>
    private sealed record Movable(DateOnly Date, ListEntry Source, SectionKind Kind, string? Sub, IReadOnlyList<string> Lines);

    private static IEnumerable<Movable> MovableEntries(RunningDocument d)
    {
        IReadOnlyList<string> Lines(ListEntry e) => Enumerable.Range(e.Line, e.EndLine - e.Line).Select(d.Source.Line).ToList();
        // The latest meeting stays, so the document still knows when the two last met (cadence, prep).
        var latest = d.MeetingHistory.Where(e => e.Date is not null).MaxBy(e => e.Date);
        foreach (var e in d.MeetingHistory.Where(e => e.Date is not null && e != latest)) yield return new Movable(e.Date!.Value, e.Source, SectionKind.MeetingHistory, null, Lines(e.Source));
        foreach (var e in d.Accomplishments.Where(e => e.Date is not null)) yield return new Movable(e.Date!.Value, e.Source, SectionKind.Accomplishments, null, Lines(e.Source));
        foreach (var e in d.Feedback.Where(e => e.Date is not null)) yield return new Movable(e.Date!.Value, e.Source, SectionKind.Feedback, null, Lines(e.Source));
        foreach (var e in d.Scores.Where(e => e.Date is not null)) yield return new Movable(e.Date!.Value, e.Source, SectionKind.Scorecard, null, Lines(e.Source));
        foreach (var e in d.Moods.Where(e => e.Date is not null)) yield return new Movable(e.Date!.Value, e.Source, SectionKind.Mood, null, Lines(e.Source));
        foreach (var t in d.Threads)
            foreach (var e in t.Entries.Where(e => e.Date is not null))
                yield return new Movable(e.Date!.Value, e.Source, SectionKind.Threads, t.Topic, Lines(e.Source));
        // Done items of the action lists move; subtasks move with their task, and tasks written in a
        // meeting's own notes (a per-meeting log) or in other sections stay where they were written.
        foreach (var a in d.Actions.Where(a => a.State == ActionState.Done && a.Completed is not null && a.Parent is null
            && a.Section is { Meeting: null } section && section.SelfAndAncestors().Any(s => s.Kind is SectionKind.MyActions or SectionKind.TheirActions or SectionKind.ActionItems)))
        {
            var list = d.Sections.LastOrDefault(s => s.HeadingLine < a.Source.Line && s.Kind is SectionKind.MyActions or SectionKind.TheirActions or SectionKind.ActionItems);
            string title = list is null || list.Kind == SectionKind.ActionItems ? "" : list.Title;
            yield return new Movable(a.Completed!.Value, a.Source, SectionKind.ActionItems, title.Length == 0 ? null : title, Lines(a.Source));
        }
    }

    private static readonly SectionKind[] Order =
    [
        SectionKind.Threads, SectionKind.ActionItems, SectionKind.Accomplishments, SectionKind.Feedback,
        SectionKind.Scorecard, SectionKind.Mood, SectionKind.MeetingHistory,
    ];

    private static PlannedFile Create(string full, string shown, RunningDocument document, string quarter, List<Movable> items)
    {
        var source = document.Source;
        string nl = source.Newline;
        var text = new System.Text.StringBuilder();
        string person = document.Person ?? Path.GetFileNameWithoutExtension(document.Path);
        text.Append("---").Append(nl).Append("person: ").Append(person).Append(nl)
            .Append("archive-of: ").Append(document.Path).Append(nl).Append("quarter: ").Append(quarter).Append(nl).Append("---").Append(nl).Append(nl)
            .Append($"# 1:1 with {person} — {quarter} archive").Append(nl);
        foreach (var kind in Order)
        {
            var inKind = items.Where(i => i.Kind == kind).OrderBy(i => i.Source.Line).ToList();
            if (inKind.Count == 0) continue;
            text.Append(nl).Append("## ").Append(SectionAliases.Canonical(kind)).Append(nl);
            foreach (var group in inKind.GroupBy(i => i.Sub))
            {
                if (group.Key is not null) text.Append(nl).Append("### ").Append(group.Key).Append(nl);
                foreach (var item in group)
                    foreach (var line in item.Lines) text.Append(line).Append(nl);
            }
        }
        return new PlannedFile(full, shown, null, new SourceText(text.ToString(), source.HasBom), []);
    }

    private static PlannedFile AddTo(LoadedDocument archive, string shown, List<Movable> items)
    {
        var target = archive.Document;
        var present = Enumerable.Range(0, target.Source.LineCount).Select(l => target.Source.Line(l).Trim()).ToHashSet(StringComparer.Ordinal);
        var editor = new DocumentEditor(target);
        var created = new Dictionary<(SectionKind, string?), NewSection>();
        foreach (var item in items.OrderBy(i => i.Source.Line))
        {
            if (present.Contains(item.Lines[0].Trim())) continue; // already archived by an earlier, interrupted run
            Place(editor, target, created, item, [.. item.Lines]);
        }
        return new PlannedFile(archive.FullPath, shown, target.Source, editor.Apply(), archive.Fingerprint);
    }

    private static void Place(DocumentEditor editor, RunningDocument target, Dictionary<(SectionKind, string?), NewSection> created, Movable item, List<string> lines)
    {
        var section = target.Sections.FirstOrDefault(s => s.Kind == item.Kind);
        if (item.Sub is { } sub)
        {
            var child = section?.Children.FirstOrDefault(c => c.Title.Equals(sub, StringComparison.OrdinalIgnoreCase));
            if (child is not null)
            {
                var entries = child.Items.Select(i => DatedEntryReader.Read(i, [])).ToList();
                if (item.Kind == SectionKind.Threads) editor.InsertDated(child, entries, item.Date, lines);
                else editor.Append(child, lines);
                return;
            }
            if (!created.TryGetValue((item.Kind, sub), out var newChild))
            {
                newChild = section is not null ? editor.CreateChild(section, sub) : Parent(editor, created, item.Kind).AddChild(sub);
                created[(item.Kind, sub)] = newChild;
            }
            newChild.Lines.AddRange(lines);
            return;
        }
        if (section is not null)
        {
            var entries = section.Items.Select(i => DatedEntryReader.Read(i, [])).ToList();
            if (item.Kind == SectionKind.ActionItems) editor.Append(section, lines);
            else editor.InsertDated(section, entries, item.Date, lines);
            return;
        }
        Parent(editor, created, item.Kind).Lines.AddRange(lines);
    }

    private static NewSection Parent(DocumentEditor editor, Dictionary<(SectionKind, string?), NewSection> created, SectionKind kind)
    {
        if (!created.TryGetValue((kind, null), out var parent)) created[(kind, null)] = parent = editor.Create(kind);
        return parent;
    }
}

/// <summary>What archiving one relationship moves: how many entries, to which archive files (with their counts), and every file it writes.</summary>
public sealed record ArchivePlan(string Person, int Moved, IReadOnlyList<(string Path, int Entries)> Archives, IReadOnlyList<PlannedFile> Files);
