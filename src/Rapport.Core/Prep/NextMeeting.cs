using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Prep;

/// <summary>A talking point in <c>## Next Meeting</c>: <c>- text (added by Noah, 2026-01-14)</c>.</summary>
public sealed record TalkingPoint(string Text, string? By, DateOnly? Added, ListEntry Source)
{
    /// <summary>How many meetings of <paramref name="history"/> were held since the point was added (before <paramref name="until"/>, when given).</summary>
    public int CarriedOver(IEnumerable<DatedEntry> history, DateOnly? until = null) =>
        Added is { } added ? history.Count(h => h.Date >= added && (until is null || h.Date < until)) : 0;

    /// <summary>"carried over once", "carried over 3 times".</summary>
    public static string DescribeCarriedOver(int meetings) => meetings == 1 ? "carried over once" : $"carried over {meetings} times";
}

/// <summary>The agenda <c>rapport prep --write</c> keeps in <c>## Next Meeting</c>, between two HTML comments.</summary>
public sealed record AgendaBlock(int StartLine, int EndLine, DateOnly? Date);

/// <summary>
/// The <c>## Next Meeting</c> section: the shared agenda both people add talking points to, an
/// optional <c>- Intention: …</c>, and the agenda block prep writes. Reads it and edits it.
/// </summary>
public sealed partial class NextMeeting
{
    public const string BlockStart = "<!-- rapport:agenda";
    public const string BlockEnd = "<!-- /rapport:agenda -->";

    private NextMeeting(Section? section, IReadOnlyList<TalkingPoint> points, ListEntry? intention, AgendaBlock? block)
    {
        Section = section;
        Points = points;
        Intention = intention;
        Block = block;
    }

    public Section? Section { get; }

    /// <summary>The talking points, in the order written; never the lines of the agenda block.</summary>
    public IReadOnlyList<TalkingPoint> Points { get; }

    public ListEntry? Intention { get; }

    public string? IntentionText => Intention is null ? null : IntentionLine().Match(Intention.Text).Groups["text"].Value.Trim();

    public AgendaBlock? Block { get; }

    public static NextMeeting Read(RunningDocument document)
    {
        var section = document.FindSection(SectionKind.NextMeeting);
        if (section is null) return new NextMeeting(null, [], null, null);
        var source = document.Source;

        AgendaBlock? block = null;
        for (int line = section.ContentStartLine; line < section.OwnContentEndLine && block is null; line++)
        {
            var text = source.Line(line).TrimStart();
            if (!text.StartsWith(BlockStart, StringComparison.Ordinal)) continue;
            int end = line + 1;
            while (end < section.OwnContentEndLine && !source.Line(end).Trim().Equals(BlockEnd, StringComparison.Ordinal)) end++;
            DateOnly? date = BlockDate().Match(text) is { Success: true } m && IsoDate.TryParse(m.Value, out var d) ? d : null;
            block = new AgendaBlock(line, Math.Min(end + 1, section.OwnContentEndLine), date);
        }

        var points = new List<TalkingPoint>();
        ListEntry? intention = null;
        foreach (var item in section.Items)
        {
            if (block is not null && item.Line >= block.StartLine && item.Line < block.EndLine) continue;
            if (IntentionLine().IsMatch(item.Text))
            {
                intention ??= item;
                continue;
            }
            var added = AddedBy().Match(item.Text);
            if (added.Success && IsoDate.TryParse(added.Groups["date"].Value, out var when))
                points.Add(new TalkingPoint(item.Text[..added.Index].Trim(), added.Groups["who"].Value.Trim(), when, item));
            else
                points.Add(new TalkingPoint(item.Text.Trim(), null, null, item));
        }
        return new NextMeeting(section, points, intention, block);
    }

    /// <summary>
    /// The line for a talking point: the text made safe (or, <paramref name="inert"/>, already made so
    /// by <see cref="Sharing.GuestText.Inert"/> and written as it is), then who added it and when.
    /// </summary>
    public static string PointLine(string text, string by, DateOnly date, bool inert = false) =>
        $"- {(inert ? text : MarkdownText.ListItem(text))} (added by {MarkdownText.ListItem(by, 100)}, {IsoDate.Format(date)})";

    /// <summary>A talking point is a line or two, not a document.</summary>
    public const int MaxPointLength = 500;

    /// <summary>
    /// Adds a talking point to the document at <paramref name="fullPath"/> as it is on disk now, unless
    /// the agenda already holds it. Whatever the text holds, it stays plain text in its bullet; text
    /// already <paramref name="inert"/> (<see cref="Sharing.GuestText.Inert"/>, its length checked as typed) is written as it is.
    /// </summary>
    /// <returns>The point as written into the document, or null when it was already on the agenda.</returns>
    public static string? AddPoint(Vault vault, string fullPath, string text, string by, DateOnly date, bool inert = false)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new RapportException(ErrorCode.Usage, "the talking point is empty");
        if (!inert && text.Length > MaxPointLength) throw new RapportException(ErrorCode.Usage, $"a talking point is at most {MaxPointLength} characters");
        string key = inert ? text.Trim() : MarkdownText.ListItem(text).Trim();
        bool added = false;
        vault.Store.Update(fullPath, loaded =>
        {
            var next = Read(loaded.Document);
            added = !next.Points.Any(p => p.Text.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (!added) return null;
            var editor = new DocumentEditor(loaded.Document);
            next.AddPoint(editor, text, by, date, inert);
            return editor.Apply();
        });
        return added ? key : null;
    }

    /// <summary>Adds a talking point at the end of the section, creating the section if the document has none.</summary>
    public void AddPoint(DocumentEditor editor, string text, string by, DateOnly date, bool inert = false)
    {
        string line = PointLine(text, by, date, inert);
        if (Section is not null) editor.Append(Section, line);
        else editor.Create(SectionKind.NextMeeting).Lines.Add(line);
    }

    /// <summary>Writes (or replaces) the agenda block at the top of the section, before the talking points.</summary>
    public void WriteBlock(DocumentEditor editor, IReadOnlyList<string> lines)
    {
        if (Section is null)
        {
            editor.Create(SectionKind.NextMeeting).Lines.AddRange(lines);
            return;
        }
        if (Block is not null)
        {
            // The insertion goes first: both edits start at the block's first line.
            editor.InsertLines(Block.StartLine, lines);
            editor.DeleteLines(Block.StartLine, Block.EndLine);
        }
        else
        {
            editor.InsertLines(Section.ContentStartLine, lines);
        }
    }

    /// <summary>What the block's first line says of it, and what marks a block as published for the shared link.</summary>
    public const string PublishedNote = "published for the shared link";

    /// <summary>
    /// The agenda block for <c>## Next Meeting</c>, which the shared link shows the other person:
    /// one line per step, its heading and question, with only the items <paramref name="publication"/>
    /// includes (by default the talking points and the other person's open actions; see
    /// <see cref="Publication"/>). The talking points stay below it as they are.
    /// </summary>
    public static List<string> BlockLines(Agenda agenda, Publication? publication = null)
    {
        publication ??= Publication.Default(agenda.Kind);
        var lines = new List<string>
        {
            $"{BlockStart} {IsoDate.Format(agenda.Date)}: {PublishedNote}; written by rapport prep, replaced by the next prep and removed when the notes of this 1:1 are processed -->",
            $"**Agenda for {IsoDate.Format(agenda.Date)}** · {agenda.Framework.Name}, {agenda.Minutes} min",
        };
        foreach (var step in agenda.Steps)
        {
            var parts = step.Items.Where(i => i.Part != AgendaPart.Points && publication.Includes(i)).Select(i => i.Text).ToList();
            if (step.Items.Any(i => i.Part == AgendaPart.Points)) parts.Add("the talking points below");
            if (step.Question is { } question) parts.Add($"_“{question}”_");
            string title = $"{step.Number}. **{step.Title}**";
            lines.Add(parts.Count == 0 ? title : $"{title}: {MarkdownText.ListItem(string.Join("; ", parts), 4000).TrimStart('\\')}");
        }
        lines.Add(BlockEnd);
        return lines;
    }

    [GeneratedRegex(@"^(?:\*\*|__)?intention(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionLine();

    [GeneratedRegex(@"\s*\(added by (?<who>[^,()]+),\s*(?<date>\d{4}-\d{2}-\d{2})\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddedBy();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex BlockDate();
}
