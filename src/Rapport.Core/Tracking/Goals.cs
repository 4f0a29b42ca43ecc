using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tracking;

/// <summary>
/// A goal in <c>## Goals</c>, numbered in document order from 1. <see cref="Written"/> is its text
/// as written, horizon included ("Short: lead a QBR"); <see cref="Text"/> is without the horizon.
/// </summary>
public sealed record Goal(
    int Number, string Horizon, string Text, string Written, DateOnly? Due, bool Done, DateOnly? Completed, IReadOnlyList<DatedEntry> Progress, ListEntry Source);

/// <summary>
/// The <c>## Goals</c> section: <c>- [ ] Short: text (by D)</c>, with dated progress notes nested
/// under each goal (<c>  - 2026-01-13: note</c>).
/// </summary>
public static class Goals
{
    public static readonly IReadOnlyList<string> Horizons = ["short", "medium", "long"];

    public static IReadOnlyList<Goal> Of(RunningDocument document)
    {
        var section = document.FindSection(SectionKind.Goals);
        if (section is null) return [];
        var goals = new List<Goal>();
        foreach (var item in section.Items)
        {
            var read = ActionItemReader.Read(item, ActionOwner.Them, []);
            string text = read.Text, horizon = "";
            int colon = text.IndexOf(':');
            if (colon > 0 && Horizons.Contains(text[..colon].Trim().ToLowerInvariant()))
            {
                horizon = text[..colon].Trim().ToLowerInvariant();
                text = text[(colon + 1)..].Trim();
            }
            var progress = item.Details
                .Select(d => d.TrimStart('-', '*', '+', ' '))
                .Select(d => new ListEntry(item.Line, item.EndLine, "", "-", null, d, []))
                .Select(e => DatedEntryReader.Read(e, []))
                .Where(e => e.Date is not null)
                .ToList();
            goals.Add(new Goal(goals.Count + 1, horizon, text, read.Text, read.Due, read.Done, read.Completed, progress, item));
        }
        return goals;
    }

    public static Goal Find(RunningDocument document, int number)
    {
        var goals = Of(document);
        return goals.FirstOrDefault(g => g.Number == number)
            ?? throw new RapportException(ErrorCode.Usage, goals.Count == 0
                ? $"{document.Person} has no goals yet; add one with 'rapport goal PERSON add \"text\" --horizon short'"
                : $"no goal {number}: {document.Person}'s goals are numbered 1 to {goals.Count}");
    }

    public static void Add(DocumentEditor editor, string horizon, string text, DateOnly? due)
    {
        string h = horizon.Trim().ToLowerInvariant();
        if (!Horizons.Contains(h)) throw new RapportException(ErrorCode.Usage, $"unknown horizon '{horizon}'; use short, medium or long");
        if (string.IsNullOrWhiteSpace(text)) throw new RapportException(ErrorCode.Usage, "the goal is empty");
        // Dates are written as the other goals write theirs, else as the action items do.
        var section = editor.Document.FindSection(SectionKind.Goals);
        var written = section?.Items.Select(i => ActionItemReader.Read(i, ActionOwner.Them, [])).Where(g => g.Due is not null || g.Completed is not null).ToList() ?? [];
        var syntax = ActionItemWriter.PreferredSyntax(written.Count > 0 ? written : editor.Document.Actions);
        string line = ActionItemWriter.Open($"{char.ToUpperInvariant(h[0])}{h[1..]}: {MarkdownText.ListItem(text)}", due, null, syntax);
        if (section is not null) editor.Append(section, line);
        else editor.Create(SectionKind.Goals).Lines.Add(line);
    }

    public static void AddProgress(DocumentEditor editor, Goal goal, string note, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new RapportException(ErrorCode.Usage, "the progress note is empty");
        editor.InsertLines(goal.Source.EndLine, [$"{goal.Source.Indent}  - {IsoDate.Format(date)}: {MarkdownText.ListItem(note)}"]);
    }

    public static void MarkDone(DocumentEditor editor, Goal goal, DateOnly date)
    {
        if (goal.Done) throw new RapportException(ErrorCode.Usage, $"goal {goal.Number} is already done");
        if (!goal.Source.IsTask)
            throw new RapportException(ErrorCode.Usage, $"goal {goal.Number} is not a task; write it as '- [ ] …' to tick it", editor.Document.Path, goal.Source.Line + 1);
        editor.MarkDone(ActionItemReader.Read(goal.Source, ActionOwner.Them, []), date);
    }
}
