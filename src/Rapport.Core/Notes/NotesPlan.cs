using Rapport.Core.Documents;
using Rapport.Core.Text;

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
    /// <summary>The change as one line for people ("+ Sarah's action: [P1] Send the deck (due 2026-01-20)"); null for file-level changes.</summary>
    public string? Describe(string person)
    {
        string first = person.Split(' ')[0];
        string due = Due is { } d ? $" (due {IsoDate.Format(d)})" : "";
        return Kind switch
        {
            ChangeKind.ActionAdded => $"+ {(Owner == ActionOwner.Me ? "My action" : $"{first}'s action")}: [{Priority}] {Text}{due}",
            ChangeKind.ActionDone => $"✓ Done: {Text}{(Owner == ActionOwner.Them ? $" ({first})" : "")}",
            ChangeKind.GoalAdded => $"+ Focus area: {Text}",
            ChangeKind.WinAdded => $"+ Accomplishment: {Text}",
            ChangeKind.FeedbackAdded => $"+ Feedback: {Text}",
            ChangeKind.ThreadEntry => $"+ Thread \"{Where}\": {Text}",
            ChangeKind.HistoryAdded => $"+ Meeting history: {Text}",
            ChangeKind.PointCovered => $"✓ Talking point covered: {Text}",
            ChangeKind.FeedbackDelivered => $"✓ Feedback delivered: {Text}",
            ChangeKind.MoodAdded => $"+ Mood: {Text}",
            ChangeKind.PointAdded => $"+ Next meeting: {Text}",
            ChangeKind.ActionCancelled => $"✗ Cancelled: {Text}{(Owner == ActionOwner.Them ? $" ({first})" : "")}",
            ChangeKind.PossiblyDone => $"? Possibly done: {Text} (not ticked; {Where})",
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
}
