namespace Rapport.Core.Notes.Planning;

/// <summary>One step of planning what a meeting's notes change, over the shared <see cref="PlanContext"/>.</summary>
internal interface IPlanStep
{
    /// <summary>The step's name, as docs/notes.md lists it under "How process plans" (a test compares the two).</summary>
    string Name { get; }

    void Run(PlanContext plan);
}

/// <summary>
/// The steps of a plan, in the order they run: each reads what earlier ones left in the context
/// (a completion ticks an action before a new action is compared with it; the history line links the
/// raw notes saved first; the backlog copies the actions planned before it).
/// </summary>
internal static class PlanSteps
{
    public static IReadOnlyList<IPlanStep> InOrder { get; } =
    [
        new RawNotesStep(),
        new CompletionsStep(),
        new CancellationsStep(),
        new DueMovesStep(),
        new NewActionsStep(),
        new GoalsStep(),
        new WinsStep(),
        new FeedbackStep(),
        new MoodStep(),
        new ThreadsStep(),
        new HistoryStep(),
        new ClearNextMeetingStep(),
        new NextMeetingPointsStep(),
        new DocumentFileStep(),
        new BacklogStep(),
    ];
}
