using Rapport.Core.Text;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// What a person kept of a plan they reviewed: the items they left ticked, and the "possibly done"
/// items they ticked to confirm. <see cref="Everything"/> keeps every item and confirms none, as an
/// unreviewed run does.
/// </summary>
public sealed class PlanReview
{
    private readonly HashSet<string>? _kept;
    private readonly HashSet<string> _confirmed;

    private PlanReview(HashSet<string>? kept, HashSet<string> confirmed)
    {
        _kept = kept;
        _confirmed = confirmed;
    }

    /// <summary>No review: every item is applied and "possibly done" items are only reported.</summary>
    public static PlanReview Everything { get; } = new(null, []);

    /// <summary>Keeps exactly the given items of a plan; "possibly done" items among them are confirmed done.</summary>
    public static PlanReview Keeping(IEnumerable<PlannedChange> kept)
    {
        var list = kept.ToList();
        return new PlanReview(
            list.Where(c => c.IsReviewable).Select(c => c.ReviewKey).ToHashSet(StringComparer.Ordinal),
            list.Where(c => c.Kind == ChangeKind.PossiblyDone).Select(c => c.ReviewKey).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether the change is applied: bookkeeping always is, a reviewable item when it was kept.</summary>
    public bool Keeps(PlannedChange change) => !change.IsReviewable || _kept is null || _kept.Contains(change.ReviewKey);

    /// <summary>Whether the person ticked this "possibly done" item: the action is marked done.</summary>
    public bool Confirms(PlannedChange possiblyDone) => _confirmed.Contains(possiblyDone.ReviewKey);
}

/// <summary>
/// The one owner of the review checklist: a plan written as a small Markdown task list for an editor
/// (<c>- [x] My action: [P2] Send the deck (due 2026-01-20)</c>; "possibly done" items unticked), and
/// read back as a <see cref="PlanReview"/>: ticked lines are kept, unticked or deleted lines are dropped.
/// </summary>
public static class PlanChecklist
{
    private const string Hint = "<!-- The plan for your 1:1 with {0} on {1}. Lines ticked [x] are applied; untick or delete the others. Tick a \"Possibly done\" line to mark that action done. Save and close to apply. -->";

    public static string Write(NotesPlan plan, string newline = "\n")
    {
        var meeting = plan.Meeting;
        var text = new System.Text.StringBuilder()
            .Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, Hint, meeting.Person, IsoDate.Format(meeting.Date))).Append(newline).Append(newline);
        foreach (var change in plan.Reviewable)
            text.Append(change.Kind == ChangeKind.PossiblyDone ? "- [ ] " : "- [x] ").Append(change.ReviewLine(meeting.Person)).Append(newline);
        return text.ToString();
    }

    /// <summary>
    /// The review a checklist records. A task line that is not an item of the plan (reworded) is
    /// refused with its line number, so nothing is applied that the person did not see.
    /// </summary>
    public static PlanReview Read(NotesPlan plan, string checklist, string shown)
    {
        var items = plan.Reviewable.GroupBy(c => Normal(c.ReviewLine(plan.Meeting.Person)!)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = new List<PlannedChange>();
        var lines = checklist.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (!TaskLine(line, out bool ticked, out string text)) continue;
            if (!items.TryGetValue(Normal(text), out var change))
                throw new RapportException(ErrorCode.Usage, $"'{text}' is not an item of the plan; tick or untick items, do not reword them. Nothing was applied", shown, i + 1);
            if (ticked) kept.Add(change);
        }
        return PlanReview.Keeping(kept);
    }

    private static bool TaskLine(string line, out bool ticked, out string text)
    {
        ticked = false;
        text = "";
        if (line.Length < 5 || line[0] is not ('-' or '*' or '+') || line[1] != ' ' || line[2] != '[' || line[4] != ']') return false;
        ticked = line[3] is 'x' or 'X';
        text = line[5..].Trim();
        return true;
    }

    private static string Normal(string text) => string.Join(' ', text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
