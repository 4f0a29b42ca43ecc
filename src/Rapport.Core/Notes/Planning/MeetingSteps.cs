using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// The raw notes go to <c>notes/&lt;slug&gt;/&lt;date&gt;.md</c> (a transcript keeps its own extension:
/// <c>.vtt</c>, <c>.srt</c>, <c>.txt</c>), or <c>-2</c>, <c>-3</c>… when other notes have that name.
/// The same notes saved before, with a history line linking them (in the document or an archive),
/// are the same meeting: the plan stops and changes nothing.
/// </summary>
internal sealed class RawNotesStep : IPlanStep
{
    public string Name => "raw notes";

    public void Run(PlanContext plan)
    {
        var vault = plan.Vault;
        string folder = Path.Combine(vault.Config.RelationshipsFolder, NotesProcessor.NotesFolder, plan.Loaded.Slug);
        string text = plan.Notes.EndsWith('\n') || plan.Notes.EndsWith('\r') ? plan.Notes : plan.Notes + "\n";
        for (int n = 1; ; n++)
        {
            string name = IsoDate.Format(plan.Date) + (n == 1 ? "" : $"-{n}") + plan.NotesExtension;
            string full = vault.Resolve(Path.Combine(folder, name));
            string link = Path.GetRelativePath(Path.GetDirectoryName(plan.Loaded.FullPath)!, full).Replace('\\', '/');
            if (!vault.Files.FileExists(full))
            {
                plan.NotesLink = link;
                plan.Changes.Add(new PlannedChange(ChangeKind.NotesSaved, vault.Display(full)));
                plan.Files.Add(new PlannedFile(full, vault.Display(full), null, new SourceText(text), []));
                return;
            }
            var existing = TextCodec.Decode(vault.Store.ReadChecked(full, vault.Display(full)), vault.Display(full));
            if (existing.Text != text) continue;
            plan.NotesLink = link;
            bool inDocument = plan.Document.MeetingHistory.Any(e => e.Source.Text.Contains($"]({link})", StringComparison.Ordinal));
            if (inDocument || plan.Archived.LinksTo(full))
                plan.ProcessedBefore = $"these notes were processed before ({vault.Display(full)}{(inDocument ? "" : ", now in the archive")}); nothing changed";
            return;
        }
    }
}

/// <summary>The meeting-history line: what the meeting covered, linking the raw notes, with its intention and outcome.</summary>
internal sealed class HistoryStep : IPlanStep
{
    private const int HistoryTopics = 4;
    private const int HistoryWords = 6;

    public string Name => "history";

    public void Run(PlanContext plan)
    {
        var history = plan.Document.MeetingHistory;
        string link = plan.NotesLink;
        if (history.Any(e => e.Source.Text.Contains($"]({link})", StringComparison.Ordinal))) return;
        string summary = Summary(plan.Extraction);
        string text = $"{summary} ([notes]({link}))";
        if (history.Concat(plan.Archived.History).Any(e => e.Date == plan.Date && Wording.Key(e.Text) == Wording.Key(text))) return;
        var lines = new List<string> { $"- {IsoDate.Format(plan.Date)}: {text}" };
        string? intention = plan.Labels.Intention ?? plan.Next.IntentionText;
        if (!string.IsNullOrWhiteSpace(intention)) lines.Add($"  - Intention: {MarkdownText.ListItem(intention)}");
        if (plan.Labels.Outcome is { } outcome) lines.Add($"  - Outcome: {MarkdownText.ListItem(outcome)}");
        if (plan.Document.FindSection(SectionKind.MeetingHistory) is { } section) plan.Editor.InsertDated(section, history, plan.Date, lines);
        else plan.Created(SectionKind.MeetingHistory).Lines.AddRange(lines);
        plan.Changes.Add(new PlannedChange(ChangeKind.HistoryAdded, summary));
        plan.HistoryAdded = true;
    }

    /// <summary>
    /// What the meeting covered, for the history line: the topics, goals, decisions and blockers in
    /// note order; when there were none, the news and actions.
    /// </summary>
    private static string Summary(Extraction e)
    {
        var said = e.Topics.Concat(e.Goals).Concat(e.Decisions).Concat(e.Blockers).OrderBy(i => i.Line).Select(i => i.Text).ToList();
        if (said.Count == 0)
        {
            said = e.Wins.Concat(e.Completions).Concat(e.Feedback.Select(f => new NoteItem(f.Text, f.Line)))
                .OrderBy(i => i.Line).Select(i => i.Text).Concat(e.Actions.Select(a => a.Text)).ToList();
        }
        var parts = said.Select(s => Shorten(PlanContext.OneLine(s)).TrimEnd('.', ',', ';', ':'))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(HistoryTopics)
            .ToList();
        return parts.Count == 0 ? "1:1" : Wording.Capitalise(string.Join(", ", parts));
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= HistoryWords ? text : string.Join(' ', words.Take(HistoryWords)) + "…";
    }
}

/// <summary>
/// The meeting happened: its agenda block and intention leave <c>## Next Meeting</c>, and so do the
/// talking points the notes cover; the others stay for next time.
/// </summary>
internal sealed class ClearNextMeetingStep : IPlanStep
{
    public string Name => "next meeting cleared";

    public void Run(PlanContext plan)
    {
        var next = plan.Next;
        if (!plan.HistoryAdded || next.Section is null) return;
        if (next.Block is { } block && (block.Date is null || block.Date <= plan.Date))
            plan.Editor.DeleteLines(block.StartLine, block.EndLine);
        if (next.Intention is { } intention) plan.Editor.DeleteLines(intention.Line, intention.EndLine);
        foreach (var point in next.Points)
        {
            if (point.Added is { } added && added > plan.Date) continue;
            if (!Wording.Covered(plan.NoteLines, Wording.Stems(point.Text, plan.Names))) continue;
            plan.Editor.DeleteLines(point.Source.Line, point.Source.EndLine);
            plan.Changes.Add(new PlannedChange(ChangeKind.PointCovered, point.Text));
        }
    }
}

/// <summary>"next time: X" and "-> next 1:1: X" in the notes become talking points under <c>## Next Meeting</c>.</summary>
internal sealed class NextMeetingPointsStep : IPlanStep
{
    public string Name => "next-meeting points";

    public void Run(PlanContext plan)
    {
        var lines = new List<string>();
        foreach (var point in plan.Extraction.NextMeeting)
        {
            string text = Wording.Capitalise(PlanContext.OneLine(point.Text));
            if (plan.Next.Points.Any(p => Wording.Key(p.Text) == Wording.Key(text)) || lines.Any(l => l.Contains(text, StringComparison.Ordinal))) continue;
            if (!plan.Propose(new PlannedChange(ChangeKind.PointAdded, text))) continue;
            lines.Add(NextMeeting.PointLine(text, "me", plan.Date));
        }
        if (lines.Count == 0) return;
        if (plan.Next.Section is { } section) foreach (var line in lines) plan.Editor.Append(section, line);
        else plan.Editor.Create(SectionKind.NextMeeting).Lines.AddRange(lines);
    }
}
