namespace Rapport.Core.Documents;

/// <summary>A task line in the action items: <c>- [ ] text (by 2026-01-22)</c> or <c>- [x] text (completed 2026-01-08)</c>.</summary>
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
    public bool IsOverdue(DateOnly today) => !Done && Due is { } due && due < today;
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
}
