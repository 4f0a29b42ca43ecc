using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>An action found in notes: whose, what, by when and how urgent.</summary>
public sealed record ExtractedAction(ActionOwner Owner, string Text, DateOnly? Due, string Priority, int Line);

/// <summary>High five or watch out feedback said in the notes.</summary>
public sealed record ExtractedFeedback(string Kind, string Text, int Line);

/// <summary>A statement of a kind other than an action, with its line in the notes.</summary>
public sealed record NoteItem(string Text, int Line);

/// <summary>Everything the engine took from one meeting's notes.</summary>
public sealed record Extraction(
    IReadOnlyList<ExtractedAction> Actions,
    IReadOnlyList<NoteItem> Completions,
    IReadOnlyList<NoteItem> Wins,
    IReadOnlyList<NoteItem> Decisions,
    IReadOnlyList<NoteItem> Goals,
    IReadOnlyList<ExtractedFeedback> Feedback,
    IReadOnlyList<NoteItem> Blockers,
    IReadOnlyList<NoteItem> Topics,
    int? Mood)
{
    /// <summary>Items the notes say are no longer needed ("no longer need to…", <c>- [-]</c>, <c>CANCELED</c>): never actions.</summary>
    public IReadOnlyList<NoteItem> Cancellations { get; init; } = [];

    /// <summary>Points for the next meeting ("next time: X", "-> next 1:1: X").</summary>
    public IReadOnlyList<NoteItem> NextMeeting { get; init; } = [];
}
