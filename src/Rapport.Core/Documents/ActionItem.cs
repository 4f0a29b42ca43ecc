namespace Rapport.Core.Documents;

/// <summary>
/// A task anywhere in the document: <c>- [ ] text (by 2026-01-22)</c>, <c>- [x] text (completed 2026-01-08)</c>,
/// <c>- [/] text</c> (in progress), <c>- [-] text</c> (cancelled), or a Logseq block <c>- TODO text</c>.
/// <see cref="Done"/> means the task is no longer open: ticked or cancelled (<see cref="State"/> tells which).
/// </summary>
public sealed record ActionItem(
    ActionOwner Owner,
    string Text,
    bool Done,
    DateOnly? Due,
    DateOnly? Completed,
    string? Priority,
    ActionSyntax Syntax,
    ListEntry Source)
{
    private readonly ActionState? _state;

    public bool IsOverdue(DateOnly today) => !Done && Due is { } due && due < today;

    /// <summary>Open, in progress, done or cancelled; derived from <see cref="Done"/> when not given.</summary>
    public ActionState State
    {
        get => _state ?? (Done ? ActionState.Done : ActionState.Open);
        init => _state = value;
    }

    /// <summary>The name an owner mark gave (<c>@sam</c>, <c>Sam:</c>, <c>— Sam</c>, a heading naming Sam), as written; null when none.</summary>
    public string? Assignee { get; init; }

    /// <summary>The task this one is nested under, for subtasks.</summary>
    public ActionItem? Parent { get; init; }

    /// <summary>The innermost heading (or bold label) the task sits under; null before the first heading.</summary>
    public Section? Section { get; init; }

    /// <summary>The dated meeting the task was written in, in a per-meeting log.</summary>
    public DateOnly? Meeting { get; init; }

    /// <summary>
    /// The full path of the meeting note holding the task when the relationship is a folder of notes and
    /// the task is not in the note the relationship writes to; null when it is in the document itself.
    /// </summary>
    public string? File { get; init; }

    /// <summary>For a row of an owner/due table: where its status cell's text is in the line (offset, length); null when the table has no status column.</summary>
    public (int Offset, int Length)? StatusCell { get; init; }
}

/// <summary>Where a task stands.</summary>
public enum ActionState
{
    /// <summary><c>[ ]</c>, <c>TODO</c>, <c>LATER</c>.</summary>
    Open,

    /// <summary><c>[/]</c>, <c>NOW</c>, <c>DOING</c>.</summary>
    InProgress,

    /// <summary><c>[x]</c>, <c>DONE</c>.</summary>
    Done,

    /// <summary><c>[-]</c>, <c>CANCELED</c>, <c>CANCELLED</c>.</summary>
    Cancelled,
}

/// <summary>How the item spells its dates, so an edit writes the completion date the same way.</summary>
public enum ActionSyntax
{
    /// <summary><c>(by 2026-01-22)</c> and <c>(completed 2026-01-08)</c>.</summary>
    Parenthesised,

    /// <summary>Obsidian Tasks: <c>📅 2026-01-22</c> and <c>✅ 2026-01-08</c>.</summary>
    ObsidianTasks,

    /// <summary>Dataview inline fields: <c>[due:: 2026-01-22]</c> and <c>[completion:: 2026-01-08]</c>.</summary>
    Dataview,

    /// <summary>Logseq blocks: <c>TODO</c>/<c>DONE</c> keywords, <c>DEADLINE: &lt;2026-01-22 Thu&gt;</c>; done is the keyword, no date.</summary>
    Logseq,
}
