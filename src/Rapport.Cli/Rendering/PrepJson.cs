using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;

namespace Rapport.Cli.Rendering;

public sealed record PrepStepJson(int Number, string Title, IReadOnlyList<string> Items, string? Question);

/// <summary>The agenda as JSON: the same content as the terminal and Markdown views, parts as Core records them.</summary>
public sealed record PrepJson(
    string Person, string Path, string? Kind, DateOnly Date, DateOnly Due, string Framework, string FrameworkName,
    int Minutes, string Cadence, DateOnly? LastMet, LastMeeting? Last, string? Intention,
    IReadOnlyList<AgendaWin> Wins, IReadOnlyList<AgendaDone> Done,
    IReadOnlyList<AgendaAction> MyActions, IReadOnlyList<AgendaAction> TheirActions,
    IReadOnlyList<AgendaPoint> Points, IReadOnlyList<AgendaThread> Threads, IReadOnlyList<AgendaGoal> Goals, bool GoalsAreFocusAreas,
    IReadOnlyList<AgendaFeedback> Feedback, string? Starter, IReadOnlyList<PrepStepJson> Steps, Rapport.Core.Assist.Briefing? Briefing)
{
    public static PrepJson From(Agenda a) => new(
        a.Person, a.DocumentPath, a.Kind?.ToWord(), a.Date, a.Due, a.Framework.Id, a.Framework.Name,
        a.Minutes, a.Cadence.ToWord(), a.LastMet, a.Last, a.Intention,
        a.Wins, a.Done, a.MyActions, a.TheirActions, a.Points, a.Threads, a.Goals, a.GoalsAreFocusAreas, a.Feedback, a.Starter,
        a.Steps.Select(s => new PrepStepJson(s.Number, s.Title, s.Items.Select(i => i.Text).ToList(), s.Question)).ToList(), a.Briefing);
}
