using System.Text;

namespace Rapport.Core.Documents;

/// <summary>
/// The heading names each section answers to. Matching ignores case, leading emoji and punctuation,
/// wiki-link brackets, a trailing colon and a trailing parenthetical, so "📋 Action Items (both sides):"
/// is Action Items and <c>[[Next Meeting]]</c> is Next Meeting. A bold line on its own
/// (<c>**Next Meeting**</c>) is matched the same way.
/// </summary>
public static class SectionAliases
{
    private static readonly Dictionary<string, SectionKind> Top = Build(new()
    {
        [SectionKind.FocusAreas] = ["current focus areas", "focus areas", "current focus", "focus", "current priorities", "priorities"],
        [SectionKind.Threads] = ["ongoing threads", "threads", "ongoing topics", "open threads", "topics", "discussion threads"],
        [SectionKind.ActionItems] = ["action items", "actions", "follow-ups", "follow ups", "followups", "next steps", "to-dos", "todos", "to do", "tasks", "commitments",
            "action item", "action points", "action plan", "next actions", "todo", "to-do", "todo list", "to-do list", "to do list", "follow up",
            "plan", "proposed plan", "plan for next week", "plans for next week", "plan for next time", "deliverables"],
        [SectionKind.MyActions] = ["my actions", "my action items", "my follow-ups", "my tasks", "my todos", "my to-dos", "my commitments"],
        [SectionKind.TheirActions] = ["their actions", "their action items", "their follow-ups", "their tasks", "their commitments"],
        [SectionKind.Accomplishments] = ["recent accomplishments shared", "recent accomplishments", "accomplishments shared", "accomplishments", "wins", "recent wins", "wins shared"],
        [SectionKind.MeetingHistory] = ["meeting history", "history", "meeting log", "meetings", "past meetings", "1:1 history"],
        [SectionKind.NextMeeting] = ["next meeting", "next meeting agenda", "agenda", "next agenda", "talking points", "next 1:1", "shared agenda", "topics for next time", "next meeting topics", "upcoming topics", "upcoming", "next time", "for next time", "for next meeting", "topics for next meeting", "agenda for next meeting", "agenda for next time", "next 1:1 agenda", "to discuss next time", "to discuss", "items to discuss", "upcoming agenda"],
        [SectionKind.Goals] = ["goals", "career goals", "development goals", "growth goals"],
        [SectionKind.Feedback] = ["feedback", "feedback log"],
        [SectionKind.Scorecard] = ["scorecard", "scores", "skill scores", "self-reflection scores"],
        [SectionKind.Mood] = ["mood", "pulse", "mood log", "mood history"],
        [SectionKind.PrivateNotes] = ["private notes", "private", "my private notes"],
    });

    private static readonly HashSet<string> MineUnderActions = ["mine", "me", "for me", "me (actions)"];

    private static readonly string[] ActionsSuffixes = ["'s actions", "'s action items", "'s tasks", "'s follow-ups", "'s todos", "'s commitments"];

    /// <summary>The canonical heading for each section kind, used when Rapport creates one.</summary>
    public static string Canonical(SectionKind kind) => kind switch
    {
        SectionKind.FocusAreas => "Current Focus Areas",
        SectionKind.Threads => "Ongoing Threads",
        SectionKind.ActionItems => "Action Items",
        SectionKind.MyActions => "My Actions",
        SectionKind.Accomplishments => "Recent Accomplishments Shared",
        SectionKind.MeetingHistory => "Meeting History",
        SectionKind.NextMeeting => "Next Meeting",
        SectionKind.Goals => "Goals",
        SectionKind.Feedback => "Feedback",
        SectionKind.Scorecard => "Scorecard",
        SectionKind.Mood => "Mood",
        SectionKind.PrivateNotes => "Private Notes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No canonical heading."),
    };

    /// <summary>Every alias of a kind, for documentation and tests.</summary>
    public static IEnumerable<string> AliasesOf(SectionKind kind) => Top.Where(p => p.Value == kind).Select(p => p.Key);

    /// <summary>Classifies a top-level section heading.</summary>
    public static SectionKind Classify(string title) =>
        Top.TryGetValue(Normalize(title), out var kind) ? kind : SectionKind.Other;

    /// <summary>Classifies a heading under Action Items: whose list it is, given the other person's names.</summary>
    public static SectionKind ClassifyActionList(string title, IEnumerable<string> theirNames) => ClassifyActionList(title, theirNames, []);

    /// <summary>
    /// As <see cref="ClassifyActionList(string, IEnumerable{string})"/>, where a list named for one of <paramref name="myNames"/>
    /// (the vault owner's: <c>### Jordan's Actions</c>, <c>### Jordan</c>) is mine.
    /// </summary>
    public static SectionKind ClassifyActionList(string title, IEnumerable<string> theirNames, IReadOnlyCollection<string> myNames)
    {
        ArgumentNullException.ThrowIfNull(myNames);
        string key = Normalize(title);
        if (MineUnderActions.Contains(key)) return SectionKind.MyActions;
        if (myNames.Count > 0 && OwnerOfList(key) is { } named && NameRules.IsMe(named, myNames, theirNames)) return SectionKind.MyActions;
        var kind = Classify(title);
        if (kind is SectionKind.MyActions or SectionKind.TheirActions) return kind;
        if (ActionsSuffixes.Any(s => key.EndsWith(s, StringComparison.Ordinal))) return SectionKind.TheirActions;
        foreach (var name in theirNames)
        {
            string n = Normalize(name);
            if (n.Length > 0 && (key == n || key == $"for {n}" || key == $"{n} actions")) return SectionKind.TheirActions;
        }
        return SectionKind.Other;
    }

    /// <summary>The name a side's list is named for: <c>jordan's actions</c>, <c>for jordan</c>, <c>jordan actions</c>, <c>jordan</c>.</summary>
    private static string OwnerOfList(string key)
    {
        foreach (var suffix in ActionsSuffixes)
            if (key.EndsWith(suffix, StringComparison.Ordinal)) return key[..^suffix.Length];
        if (key.StartsWith("for ", StringComparison.Ordinal)) return key[4..];
        return key.EndsWith(" actions", StringComparison.Ordinal) ? key[..^8] : key;
    }

    /// <summary>Lower-cases and strips decoration so headings compare by their words.</summary>
    public static string Normalize(string title)
    {
        var text = NameRules.StripLinks(title).AsSpan().Trim();
        int start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start])) start++;
        text = text[start..].TrimEnd();
        if (text.EndsWith(":")) text = text[..^1].TrimEnd();
        if (text.EndsWith(")") && text.LastIndexOf('(') is > 0 and var open) text = text[..open].TrimEnd();
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static Dictionary<string, SectionKind> Build(Dictionary<SectionKind, string[]> map)
    {
        var result = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, aliases) in map)
            foreach (var alias in aliases) result[alias] = kind;
        return result;
    }
}
