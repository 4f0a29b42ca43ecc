using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;

namespace Rapport.Cli.Rendering;

public sealed record PrepStepJson(int Number, string Title, IReadOnlyList<string> Items, string? Question);

public sealed record PrepLastJson(DateOnly Date, string Summary, string? Intention, string? Outcome);

public sealed record PrepWinJson(DateOnly? Date, string Text, string Source);

public sealed record PrepDoneJson(string Owner, string Text, DateOnly? Completed);

public sealed record PrepActionJson(string Text, DateOnly? Due, int? OverdueDays, string? Priority);

public sealed record PrepPointJson(string Text, string? By, DateOnly? Added, int CarriedOver);

public sealed record PrepThreadJson(string Topic, string Latest);

public sealed record PrepGoalJson(string Text, DateOnly? Due, string? Progress, DateOnly? ProgressDate);

public sealed record PrepFeedbackJson(string Kind, string? Skill, string Text, string? Path);

/// <summary>The agenda as JSON: the same content as the terminal and Markdown views.</summary>
public sealed record PrepJson(
    string Person, string Path, string? Kind, DateOnly Date, DateOnly Due, string Framework, string FrameworkName,
    int Minutes, string Cadence, DateOnly? LastMet, PrepLastJson? Last, string? Intention,
    IReadOnlyList<PrepWinJson> Wins, IReadOnlyList<PrepDoneJson> Done,
    IReadOnlyList<PrepActionJson> MyActions, IReadOnlyList<PrepActionJson> TheirActions,
    IReadOnlyList<PrepPointJson> Points, IReadOnlyList<PrepThreadJson> Threads, IReadOnlyList<PrepGoalJson> Goals, bool GoalsAreFocusAreas,
    IReadOnlyList<PrepFeedbackJson> Feedback, string? Starter, IReadOnlyList<PrepStepJson> Steps)
{
    public static PrepJson From(Agenda a) => new(
        a.Person, a.DocumentPath, a.Kind?.ToWord(), a.Date, a.Due, a.Framework.Id, a.Framework.Name,
        a.Minutes, a.Cadence.ToWord(), a.LastMet,
        a.Last is { } l ? new PrepLastJson(l.Date, l.Summary, l.Intention, l.Outcome) : null, a.Intention,
        a.Wins.Select(w => new PrepWinJson(w.Date, w.Text, w.Source)).ToList(),
        a.Done.Select(d => new PrepDoneJson(d.Owner == ActionOwner.Me ? "me" : "them", d.Text, d.Completed)).ToList(),
        a.MyActions.Select(Action).ToList(), a.TheirActions.Select(Action).ToList(),
        a.Points.Select(p => new PrepPointJson(p.Text, p.By, p.Added, p.CarriedOver)).ToList(),
        a.Threads.Select(t => new PrepThreadJson(t.Topic, t.Latest)).ToList(),
        a.Goals.Select(g => new PrepGoalJson(g.Text, g.Due, g.Progress, g.ProgressDate)).ToList(), a.GoalsAreFocusAreas,
        a.Feedback.Select(f => new PrepFeedbackJson(f.Kind, f.Skill, f.Text, f.Path)).ToList(), a.Starter,
        a.Steps.Select(s => new PrepStepJson(s.Number, s.Title, s.Items.Select(i => i.Text).ToList(), s.Question)).ToList());

    private static PrepActionJson Action(AgendaAction a) => new(a.Text, a.Due, a.OverdueDays, a.Priority);
}
