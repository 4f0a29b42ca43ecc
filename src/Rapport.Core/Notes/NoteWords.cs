using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>
/// The one vocabulary of the notes engine: heading and label words by kind, table column names,
/// table status words, Logseq keywords and conversation replies. Each row names the contract line
/// it implements (<c>../shared/eval/README.md</c>, documented in <c>docs/notes.md</c>).
/// </summary>
public static partial class NoteWords
{
    /// <summary>Heading or label words and the kind of items under them ("Formats: Lists, headings and bullets"; "Wins").</summary>
    public static readonly (SectionMood Mood, string[] Words)[] Headings =
    [
        (SectionMood.Actions, ["next steps", "next step", "follow-ups", "follow ups", "followups", "follow-up", "ais", "ai", "action items", "action item", "actions", "to do", "to-do", "todo", "todos", "to-dos", "tasks", "takeaways"]),
        (SectionMood.Wins, ["wins", "win", "shipped", "highlights", "kudos", "kudos to share", "shout-outs", "shoutouts", "shout outs", "accomplishments", "achievements", "brag"]),
        (SectionMood.Results, ["updates", "update", "year-end", "year end", "mid-year", "mid year", "recap", "status", "results"]),
        (SectionMood.Blockers, ["blockers", "blocked", "risks", "waiting on"]),
        (SectionMood.Decisions, ["decisions", "decided", "agreed"]),
        (SectionMood.Feedback, ["feedback"]),
        (SectionMood.NextMeeting, ["next time", "next 1:1", "for next time", "next meeting", "talking points", "agenda for next time"]),
    ];

    /// <summary>The kind of a heading's or label's title, or <see cref="SectionMood.Plain"/>.</summary>
    public static SectionMood MoodOf(string title)
    {
        string t = HeadingNoise().Replace(title.Trim(), "").Trim().TrimEnd(':').Trim().ToLowerInvariant();
        foreach (var (mood, words) in Headings)
            if (words.Contains(t)) return mood;
        return SectionMood.Plain;
    }

    /// <summary>Table headers (contract, "Tables"): the task, owner, due and status columns.</summary>
    public static readonly string[] TaskColumns = ["task", "action", "action item", "action items", "item", "what", "to do", "todo", "next step", "next steps", "ai", "follow-up"];
    public static readonly string[] OwnerColumns = ["owner", "who", "assignee", "responsible", "dri", "owner(s)"];
    public static readonly string[] DueColumns = ["due", "when", "by when", "deadline", "date", "eta", "due date"];
    public static readonly string[] StatusColumns = ["status", "done", "state", "progress"];

    /// <summary>Status words of a table cell or an item that report it done (contract, "Tables", "Completions").</summary>
    public static bool IsDoneStatus(string cell) => DoneStatus().IsMatch(cell);

    /// <summary>Status words that say an item is cancelled, dropped or paused.</summary>
    public static bool IsCancelledStatus(string cell) => CancelledStatus().IsMatch(cell);

    /// <summary>Logseq task keywords (contract, "Logseq"): open, done or cancelled.</summary>
    public static readonly Dictionary<string, char> LogseqKeywords = new(StringComparer.Ordinal)
    {
        ["TODO"] = ' ', ["LATER"] = ' ', ["NOW"] = ' ', ["DOING"] = ' ', ["WAITING"] = ' ', ["WAIT"] = ' ', ["IN-PROGRESS"] = ' ',
        ["DONE"] = 'x', ["CANCELED"] = '-', ["CANCELLED"] = '-',
    };

    /// <summary>Replies that accept a request in a conversation (contract, "Conversations").</summary>
    public static bool Accepts(string reply) => Acceptance().IsMatch(reply);

    /// <summary>Replies that decline a request.</summary>
    public static bool Declines(string reply) => Decline().IsMatch(reply);

    // Emoji as alternatives, not in a character class, which would match half of a surrogate pair.
    [GeneratedRegex(@"^(?:[\s#*_▪•➡\uFE0F-]|🔹|🔸|👉|📌|📝|💬|✅|🟢|🟡|🔴)+|[*_]+$")]
    private static partial Regex HeadingNoise();

    [GeneratedRegex(@"^\s*(?:\[x\]|✅|☑️|✔️?|done|complete|completed|shipped|finished|erledigt|hecho|listo|closed|merged|sent)\b|✅|☑️|✔️|\[x\]", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStatus();

    [GeneratedRegex(@"\b(?:cancell?ed|dropped|scrapped|on hold|won't do|wontfix|not needed|parked)\b|❌|^\s*~~.*~~\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelledStatus();

    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|yes|yep|yeah|yup|sure(?:\s+thing)?|s[ií]|claro|of course|absolutely|definitely|can do|will do|on it|consider it done|no problem|👍|deal|got it)\b|👍|i'?ll\s+(?:do|take|handle)\s+(?:it|that|this)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Acceptance();

    [GeneratedRegex(@"^\W*(?:no\b|nope|can't|cannot|not this week|not now|i can't|sorry,?\s+can't)", RegexOptions.IgnoreCase)]
    private static partial Regex Decline();
}
