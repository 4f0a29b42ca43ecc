using Rapport.Core.Cadence;
using Rapport.Core.Documents;

namespace Rapport.Core.Prep;

/// <summary>
/// Everything prep has to say about one upcoming 1:1, each part empty when there is nothing to say.
/// The terminal view, the Markdown template, the JSON and <c>prep --write</c> all render this.
/// </summary>
public sealed record Agenda(
    string Person,
    string FirstName,
    string DocumentPath,
    RelationshipKind? Kind,
    DateOnly Date,
    DateOnly Today,
    DateOnly Due,
    Framework Framework,
    int Minutes,
    Frequency Cadence,
    DateOnly? LastMet,
    LastMeeting? Last,
    string? Intention,
    IReadOnlyList<AgendaWin> Wins,
    IReadOnlyList<AgendaDone> Done,
    IReadOnlyList<AgendaAction> MyActions,
    IReadOnlyList<AgendaAction> TheirActions,
    IReadOnlyList<AgendaPoint> Points,
    IReadOnlyList<AgendaThread> Threads,
    IReadOnlyList<AgendaGoal> Goals,
    bool GoalsAreFocusAreas,
    IReadOnlyList<AgendaFeedback> Feedback,
    string? Starter,
    IReadOnlyList<AgendaStep> Steps)
{
    /// <summary>What the optional language model drafted (<c>prep --llm</c>); never written into the shared agenda.</summary>
    public Assist.Briefing? Briefing { get; init; }

    /// <summary>The questions chosen for this meeting, the starter first.</summary>
    public IEnumerable<string> Questions =>
        Steps.Where(s => s.Question is not null).Select(s => s.Question!).Prepend(Starter).OfType<string>().Distinct();
}

/// <summary>The last meeting: its history line and, when recorded, the intention set for it and its outcome.</summary>
public sealed record LastMeeting(DateOnly Date, string Summary, string? Intention, string? Outcome);

/// <summary>An accomplishment to share, from the document, <c>BACKLOG.md</c> or the wins log.</summary>
public sealed record AgendaWin(DateOnly? Date, string Text, string Source)
{
    /// <summary>
    /// Whether it belongs to this relationship: false for a <c>BACKLOG.md</c> item that names no 1:1
    /// (prep shows it to the owner of an upward relationship, but it is never published).
    /// </summary>
    public bool Linked { get; init; } = true;
}

/// <summary>An action completed since the last meeting.</summary>
public sealed record AgendaDone(ActionOwner Owner, string Text, DateOnly? Completed);

/// <summary>An open action; <see cref="OverdueDays"/> when its due date is before the meeting.</summary>
public sealed record AgendaAction(string Text, DateOnly? Due, int? OverdueDays, string? Priority);

/// <summary>A talking point; <see cref="CarriedOver"/> counts the meetings held since it was added.</summary>
public sealed record AgendaPoint(string Text, string? By, DateOnly? Added, int CarriedOver);

/// <summary>A thread discussed at the last meeting, with what was said there, to follow up.</summary>
public sealed partial record AgendaThread(string Topic, string Latest)
{
    /// <summary>Whether the entry records a decision ("Decided: …", "We agreed to …"), said as one rather than as a follow-up.</summary>
    internal bool IsDecision => DecisionWords().IsMatch(Latest);

    /// <summary>The entry without a leading "Decided:" or "Decision:" label.</summary>
    internal string Entry => DecisionLabel().Replace(Latest, "").Trim() is { Length: > 0 } rest ? rest : Latest;

    /// <summary>Whether the entry starts by saying the topic's title again ("Promotion criteria" under "Promotion criteria").</summary>
    internal bool RepeatsTopic => Normal(Entry).StartsWith(Normal(Topic), StringComparison.Ordinal);

    /// <summary>The entry as "From last time" says it: the title once, a decision as "Decided: …".</summary>
    public string Describe() => (RepeatsTopic ? "" : $"{Topic}: ") + (IsDecision ? "Decided: " : "") + Entry;

    /// <summary>The entry as an agenda item: a decision is reported, anything else followed up.</summary>
    public string AgendaText() => IsDecision
        ? $"Decided{(RepeatsTopic ? "" : $" ({Topic})")}: {Entry}"
        : RepeatsTopic ? $"Follow up on {Entry}" : $"Follow up on {Topic}: {Entry}";

    private static string Normal(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ':', '!', '?');

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:decided|decision)\s*:|\b(?:we|they|i)\s+(?:decided|agreed)\b|\bsettled on\b|\bgoing with\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DecisionWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:decided|decision)\s*:\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DecisionLabel();
}

/// <summary>A goal to check in on, with its latest progress note.</summary>
public sealed record AgendaGoal(string Text, DateOnly? Due, string? Progress, DateOnly? ProgressDate);

/// <summary>Feedback queued to give: a High five linked to a skill, or a Watch out with its path for adjustment.</summary>
public sealed record AgendaFeedback(string Kind, string? Skill, string Text, string? Path);

/// <summary>A step of the suggested agenda, in the framework's order.</summary>
public sealed record AgendaStep(int Number, string Title, IReadOnlyList<AgendaItem> Items, string? Question);

/// <summary>A line of a step; <see cref="IsPrivate"/> lines (feedback to give) never go into the shared agenda.</summary>
public sealed record AgendaItem(string Text, AgendaPart Part)
{
    public bool IsPrivate => Part == AgendaPart.Feedback;

    /// <summary>False for an item that may never be published (a win not linked to this relationship).</summary>
    public bool Publishable { get; init; } = true;
}
