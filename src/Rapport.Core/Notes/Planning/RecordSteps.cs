using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Core.Notes.Planning;

/// <summary>Goals from the notes go to <c>## Goals</c> (created when missing), as open tasks <c>rapport goal</c> can tick.</summary>
internal sealed class GoalsStep : IPlanStep
{
    public string Name => "goals";

    public void Run(PlanContext plan)
    {
        var document = plan.Document;
        foreach (var goal in plan.Extraction.Goals)
        {
            string text = Wording.Capitalise(PlanContext.OneLine(goal.Text));
            var stems = Wording.Stems(text, plan.Names);
            if (document.FocusAreas.Select(f => f.Text).Concat(Goals.Of(document).Select(g => g.Text))
                    .Any(known => Wording.Key(known) == Wording.Key(text) || Wording.Similarity(Wording.Stems(known, plan.Names), stems) >= 0.8))
                continue;
            if (plan.Changes.Any(c => c.Kind == ChangeKind.GoalAdded && Wording.Key(c.Text) == Wording.Key(text))) continue;
            if (!plan.Propose(new PlannedChange(ChangeKind.GoalAdded, text))) continue;
            string line = ActionItemWriter.Open(text, null, null, plan.Syntax);
            if (document.FindSection(SectionKind.Goals) is { } goals) plan.Editor.Append(goals, line);
            else plan.Created(SectionKind.Goals).Lines.Add(line);
        }
    }
}

/// <summary>Wins from the notes join <c>## Recent Accomplishments Shared</c>, dated.</summary>
internal sealed class WinsStep : IPlanStep
{
    public string Name => "wins";

    public void Run(PlanContext plan)
    {
        foreach (var win in plan.Extraction.Wins)
            Dated.Add(plan, SectionKind.Accomplishments, plan.Document.Accomplishments, Wording.Capitalise(PlanContext.OneLine(win.Text)), ChangeKind.WinAdded);
    }
}

/// <summary>
/// Queued feedback the notes mention was delivered at this meeting; feedback said in the notes (and
/// not queued before) is recorded as given.
/// </summary>
internal sealed class FeedbackStep : IPlanStep
{
    public string Name => "feedback";

    public void Run(PlanContext plan)
    {
        var delivered = FeedbackQueue.DeliverMentioned(plan.Editor, plan.NoteLines, plan.Names, plan.Date);
        foreach (var queued in delivered) plan.Changes.Add(new PlannedChange(ChangeKind.FeedbackDelivered, queued.Text));
        foreach (var feedback in plan.Extraction.Feedback)
        {
            var stems = Wording.Stems(feedback.Text, plan.Names);
            if (delivered.Any(d => Wording.Covered([Wording.Stems(d.Text, plan.Names)], stems))) continue;
            string label = feedback.Kind == FeedbackQueue.WatchOut ? "Watch out" : "High five";
            Dated.Add(plan, SectionKind.Feedback, plan.Document.Feedback, $"{label}: {PlanContext.OneLine(feedback.Text)}", ChangeKind.FeedbackAdded);
        }
    }
}

/// <summary>The mood of the meeting (<c>mood 4/5</c>) joins the pulse in <c>## Mood</c>, once per meeting date.</summary>
internal sealed class MoodStep : IPlanStep
{
    public string Name => "mood";

    public void Run(PlanContext plan)
    {
        if (plan.Extraction.Mood is not { } mood || plan.Document.Moods.Concat(plan.Archived.Moods).Any(m => m.Date == plan.Date)) return;
        if (!plan.Propose(new PlannedChange(ChangeKind.MoodAdded, $"{mood}/5"))) return;
        Scores.AddMood(plan.Editor, mood, null, plan.Date);
    }
}

/// <summary>Dated lists (<c>- date: text</c>): an entry is added unless the same text is there, or archived, for this date.</summary>
internal static class Dated
{
    public static void Add(PlanContext plan, SectionKind kind, IReadOnlyList<DatedEntry> entries, string text, ChangeKind change)
    {
        string key = Wording.Key(text);
        if (entries.Concat(plan.Archived.Entries(kind)).Any(e => e.Date == plan.Date && Wording.Key(e.Text) == key)) return;
        if (plan.Changes.Any(c => c.Kind == change && Wording.Key(c.Text) == key)) return;
        if (!plan.Propose(new PlannedChange(change, text))) return;
        string line = $"- {IsoDate.Format(plan.Date)}: {text}";
        if (plan.Document.FindSection(kind) is { } section) plan.Editor.InsertDated(section, entries, plan.Date, line);
        else plan.Created(kind).Lines.Add(line);
    }
}
