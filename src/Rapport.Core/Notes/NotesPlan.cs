using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes;

/// <summary>What processing a meeting's notes would change, file by file and item by item.</summary>
public sealed record NotesPlan(
    MeetingContext Meeting,
    Extraction Extraction,
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyList<PlannedFile> Files)
{
    /// <summary>True when the notes were processed before: nothing is left to change.</summary>
    public bool IsEmpty => Files.Count == 0;

    /// <summary>
    /// Why an empty plan changes nothing when the meeting was processed before and its entries have
    /// since moved to the archive ("these notes were processed on … and archived"); null otherwise.
    /// </summary>
    public string? AlreadyProcessed { get; init; }

    /// <summary>Warnings about the notes that change nothing by themselves (an unknown speaker in a transcript).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The items a person can keep or drop before the plan is applied, in plan order.</summary>
    public IEnumerable<PlannedChange> Reviewable => Changes.Where(c => c.IsReviewable || c.Kind == ChangeKind.PossiblyDone);

    /// <summary>How the plan is made again on the document as it is on disk when it changed after planning.</summary>
    internal Func<LoadedDocument, NotesPlan>? Replan { get; init; }

    /// <summary>The backlog edits, computed again from the backlog's text when it is written.</summary>
    internal Func<SourceText, SourceText?>? BacklogEdits { get; init; }
}

/// <summary>
/// One file a plan writes: <see cref="Before"/> is null for a new file. <see cref="Fingerprint"/> is
/// the hash of the bytes read, so the write is refused if the file changed meanwhile.
/// </summary>
public sealed record PlannedFile(string FullPath, string DisplayPath, SourceText? Before, SourceText After, byte[] Fingerprint)
{
    public bool IsNew => Before is null;
}

/// <summary>One item a plan adds or changes, for the summary printed after processing.</summary>
public sealed record PlannedChange(
    ChangeKind Kind,
    string Text,
    ActionOwner? Owner = null,
    DateOnly? Due = null,
    string? Priority = null,
    string? Where = null)
{
    /// <summary>For <see cref="ChangeKind.DueMoved"/>: the due date the action had (null: none).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Why the engine guessed the item this change adds (contract, "Saying when unsure"), or null.</summary>
    public string? Unsure { get; init; }

    /// <summary>For <see cref="ChangeKind.ThreadEntry"/>: the entry starts the thread <see cref="Where"/>.</summary>
    public bool StartsThread { get; init; }

    /// <summary>Whether a person reviewing the plan may drop this change (file-level bookkeeping, the history line and what follows from kept items may not).</summary>
    public bool IsReviewable => Kind is ChangeKind.ActionAdded or ChangeKind.ActionDone or ChangeKind.ActionCancelled or ChangeKind.DueMoved
        or ChangeKind.ThreadEntry or ChangeKind.GoalAdded or ChangeKind.WinAdded or ChangeKind.FeedbackAdded or ChangeKind.MoodAdded or ChangeKind.PointAdded;

    /// <summary>What identifies the change when the plan is made again after a review: its kind, owner and words.</summary>
    public string ReviewKey => $"{Kind}|{Owner}|{Wording.Key(Text)}";

    /// <summary>The change as a line of the review checklist: <see cref="Describe"/> without its mark.</summary>
    public string? ReviewLine(string person) => Kind == ChangeKind.PossiblyDone
        ? $"Possibly done: {Text}{(Owner == ActionOwner.Them ? $" ({person.Split(' ')[0]})" : "")} ({Where})"
        : Describe(person) is { } line ? line[(line.IndexOf(' ') + 1)..] : null;

    /// <summary>The change as one line for people ("+ Sarah's action: [P1] Send the deck (due 2026-01-20)"); null for file-level changes.</summary>
    public string? Describe(string person)
    {
        string first = person.Split(' ')[0];
        string due = Due is { } d ? $" (due {IsoDate.Format(d)})" : "";
        return Kind switch
        {
            ChangeKind.ActionAdded => $"+ {(Owner == ActionOwner.Me ? "My action" : $"{first}'s action")}: [{Priority}] {Text}{due}{(Unsure is { } why ? $" (unsure: {why})" : "")}",
            ChangeKind.ActionDone => $"✓ Done: {Text}{(Owner == ActionOwner.Them ? $" ({first})" : "")}",
            ChangeKind.GoalAdded => $"+ Focus area: {Text}",
            ChangeKind.WinAdded => $"+ Accomplishment: {Text}",
            ChangeKind.FeedbackAdded => $"+ Feedback: {Text}",
            ChangeKind.ThreadEntry => $"+ {(StartsThread ? "New thread" : "Thread")} \"{Where}\": {Text}",
            ChangeKind.HistoryAdded => $"+ Meeting history: {Text}",
            ChangeKind.PointCovered => $"✓ Talking point covered: {Text}",
            ChangeKind.FeedbackDelivered => $"✓ Feedback delivered: {Text}",
            ChangeKind.MoodAdded => $"+ Mood: {Text}",
            ChangeKind.PointAdded => $"+ Next meeting: {Text}",
            ChangeKind.ActionCancelled => $"✗ Cancelled: {Text}{(Owner == ActionOwner.Them ? $" ({first})" : "")}",
            ChangeKind.PossiblyDone => $"? Possibly done: {Text} (not ticked; {Where})",
            ChangeKind.DueMoved => $"→ Due moved: {Text}{(Owner == ActionOwner.Them ? $" ({first})" : "")}, {(From is { } f ? IsoDate.Format(f) : "no date")} → {(Due is { } n ? IsoDate.Format(n) : "no date")}",
            _ => null,
        };
    }
}

public enum ChangeKind
{
    ActionAdded,
    ActionDone,
    GoalAdded,
    WinAdded,
    FeedbackAdded,
    ThreadEntry,
    HistoryAdded,
    NotesSaved,
    BacklogAdded,
    BacklogDone,
    PointCovered,
    FeedbackDelivered,
    MoodAdded,
    ActionCancelled,
    PossiblyDone,
    PointAdded,
    DueMoved,
}
