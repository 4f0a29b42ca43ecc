using System.Text.RegularExpressions;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Prep;

/// <summary>
/// Prepares the next 1:1 with one person from their running document, the vault's backlog and the
/// notes of the last meetings: wins to share, follow-ups on both sides, talking points carried over
/// until covered, goals, feedback to give and a suggested agenda in the framework's order.
/// </summary>
public sealed partial class AgendaBuilder
{
    /// <summary>Questions asked in the notes of this many recent meetings are not asked again.</summary>
    public const int RecentMeetings = 3;

    /// <summary>At most this many steps get a question, besides the conversation starter.</summary>
    public const int QuestionsPerMeeting = 3;

    private readonly Vault _vault;
    private readonly FrameworkLibrary _frameworks;
    private QuestionBank? _questions;

    public AgendaBuilder(Vault vault)
    {
        _vault = vault;
        _frameworks = new FrameworkLibrary(vault);
    }

    public FrameworkLibrary Frameworks => _frameworks;

    /// <summary>
    /// The agenda for the 1:1 on <paramref name="date"/>; without one, the day the 1:1 is due by
    /// cadence, or today when that has passed.
    /// </summary>
    public Agenda Build(LoadedDocument loaded, DateOnly today, DateOnly? date = null, string? framework = null)
    {
        var document = loaded.Document;
        string person = document.Person ?? loaded.Slug;
        string first = document.FirstName ?? person;
        var due = Schedule.NextDue(document, _vault.Config.Cadence, today);
        var day = date ?? (due > today ? due : today);
        var chosen = _frameworks.Choose(document, day, framework);
        var lastMet = document.LastMet;
        var history = document.MeetingHistory.Where(e => e.Date is not null).OrderByDescending(e => e.Date).ToList();
        var next = NextMeeting.Read(document);
        var last = LastHeld(document, today);

        int minutes = lastMet is null
            ? chosen.Minutes ?? document.Duration ?? _vault.Config.Duration
            : document.Duration ?? chosen.Minutes ?? _vault.Config.Duration;

        var wins = Wins(loaded, lastMet);
        var done = document.Actions
            .Where(a => a.State == ActionState.Done && lastMet is { } since && a.Completed > since)
            .OrderBy(a => a.Completed)
            .Select(a => new AgendaDone(a.Owner, a.Text, a.Completed))
            .ToList();
        var mine = Open(document, ActionOwner.Me, day);
        var theirs = Open(document, ActionOwner.Them, day);
        var points = next.Points
            .Select(p => new AgendaPoint(p.Text, p.By, p.Added, p.CarriedOver(history, day)))
            .ToList();
        // Every entry of the last meeting, each once (the same words twice under one topic are one entry).
        var threads = last is null ? [] : document.Threads
            .SelectMany(t => t.Entries.Where(e => e.Date == last.Date)
                .Select(e => InlineMarkdown.Plain(e.Text))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(text => new AgendaThread(t.Topic, text)))
            .ToList();
        var (goals, focus) = Goals(document);
        var feedback = Feedback(document);

        var bank = _questions ??= QuestionBank.Load(_vault);
        var names = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string asked = QuestionBank.Normalise(RecentNotes(loaded, history), names);
        bool AskedRecently(string question) => asked.Contains(QuestionBank.Gist(question, names), StringComparison.Ordinal);
        int meeting = history.Count;
        // The starter comes from the category the starter step asks from ("starter" unless it says otherwise).
        string? starter = chosen.Steps.FirstOrDefault(s => s.Shows.Contains(AgendaPart.Starter)) is { } opening
            ? bank.Pick(opening.Ask ?? "starter", loaded.Slug, meeting, AskedRecently)?.Replace("{name}", first, StringComparison.Ordinal)
            : null;

        var asking = AskingSteps(chosen, meeting);
        var steps = new List<AgendaStep>();
        // Wins are mine: a step sharing wins shows only my finished actions; theirs go with their other
        // actions (the step following up on them), never among what I share as my wins.
        var myDone = done.Where(d => d.Owner == ActionOwner.Me).ToList();
        var theirDone = done.Where(d => d.Owner != ActionOwner.Me).ToList();
        bool theirsMoved = chosen.Steps.Any(s => s.Shows.Contains(AgendaPart.Wins) && s.Shows.Contains(AgendaPart.Done));
        foreach (var (step, index) in chosen.Steps.Select((s, i) => (s, i)))
        {
            var items = new List<AgendaItem>();
            bool sharesWins = step.Shows.Contains(AgendaPart.Wins);
            foreach (var part in step.Shows)
            {
                if (part == AgendaPart.TheirActions && theirsMoved && !step.Shows.Contains(AgendaPart.Done))
                    items.AddRange(Items(AgendaPart.Done, first, wins, theirDone, mine, theirs, points, threads, goals, focus, feedback));
                items.AddRange(Items(part, first, wins, sharesWins ? myDone : done, mine, theirs, points, threads, goals, focus, feedback));
            }
            string? question = asking.Contains(index) && step.Ask is { } category
                ? bank.Pick(category, loaded.Slug, meeting, AskedRecently)?.Replace("{name}", first, StringComparison.Ordinal)
                : null;
            if (step.Shows.Contains(AgendaPart.Starter) && starter is not null && question is null)
            {
                question = starter;
            }
            if (items.Count == 0 && question is null) continue;
            steps.Add(new AgendaStep(steps.Count + 1, step.Title, items, question));
        }

        return new Agenda(person, first, _vault.Display(loaded.FullPath), document.Kind, day, today, due, chosen, minutes,
            Schedule.Cadence(document, _vault.Config.Cadence, day), lastMet, last, next.IntentionText,
            wins, done, mine, theirs, points, threads, goals, focus, feedback, starter, steps);
    }

    /// <summary>The relationship whose 1:1 is due first (the most overdue, else the soonest), or null in an empty vault.</summary>
    public LoadedDocument? NextToMeet(IEnumerable<LoadedDocument> people, DateOnly today)
    {
        var list = people.ToList();
        return NextToMeet(list.Select(p => RelationshipDigest.Of(p, p.Document.Path)), today) is { } next ? list.First(p => p.Slug == next.Slug) : null;
    }

    /// <summary>The same from the relationships' digests (as the index keeps them).</summary>
    public RelationshipDigest? NextToMeet(IEnumerable<RelationshipDigest> people, DateOnly today) =>
        people
            .Where(p => p.Named)
            .OrderBy(p => Schedule.NextDue(p, _vault.Config.Cadence, today))
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// Which steps ask a question this meeting: up to <see cref="QuestionsPerMeeting"/> of those with
    /// a category, a window moving one step per meeting so every step's question comes round.
    /// </summary>
    private static HashSet<int> AskingSteps(Framework framework, int meeting)
    {
        var asking = framework.Steps.Select((s, i) => (s, i)).Where(x => x.s.Ask is not null && !x.s.Shows.Contains(AgendaPart.Starter)).Select(x => x.i).ToList();
        if (asking.Count <= QuestionsPerMeeting) return [.. asking];
        return [.. Enumerable.Range(0, QuestionsPerMeeting).Select(k => asking[(meeting + k) % asking.Count])];
    }

    private static IEnumerable<AgendaItem> Items(
        AgendaPart part, string first, IReadOnlyList<AgendaWin> wins, IReadOnlyList<AgendaDone> done,
        IReadOnlyList<AgendaAction> mine, IReadOnlyList<AgendaAction> theirs, IReadOnlyList<AgendaPoint> points,
        IReadOnlyList<AgendaThread> threads, IReadOnlyList<AgendaGoal> goals, bool focus, IReadOnlyList<AgendaFeedback> feedback) => part switch
    {
        AgendaPart.Wins => wins.Select(w => new AgendaItem($"Share: {w.Text}", part) { Publishable = w.Linked }),
        AgendaPart.Done => done.Select(d => new AgendaItem(d.Owner == ActionOwner.Me ? $"Done: {d.Text}" : $"{first} done: {d.Text}", part)),
        AgendaPart.TheirActions => theirs.Select(a => new AgendaItem(
            OpensWithName(a.Text, first) ? $"Follow up: {a.Text}{When(a)}" : $"Follow up: {first} to {Lower(a.Text)}{When(a)}", part)),
        AgendaPart.MyActions => mine.Select(a => new AgendaItem($"Update on: {a.Text}{When(a)}", part)),
        AgendaPart.Points => points.Select(p => new AgendaItem($"{p.Text}{(p.By is null ? "" : $" ({p.By})")}{(p.CarriedOver > 0 ? $", {TalkingPoint.DescribeCarriedOver(p.CarriedOver)}" : "")}", part)),
        AgendaPart.Threads => threads.Select(t => new AgendaItem(t.AgendaText(), part)),
        AgendaPart.Goals => goals.Select(g => new AgendaItem(
            $"{(focus ? "Focus" : "Goal")}: {g.Text}{(g.Due is { } d ? $" (by {IsoDate.Format(d)})" : "")}{(g.Progress is null ? "" : $"; last progress {(g.ProgressDate is { } p ? IsoDate.Format(p) + ": " : "")}{g.Progress}")}", part)),
        AgendaPart.Feedback => feedback.Select(f => new AgendaItem(
            $"{(f.Kind == "watch-out" ? "Watch out" : "High five")}{(f.Skill is null ? "" : $" ({f.Skill})")}: {f.Text}{(f.Path is null ? "" : $"; path: {f.Path}")}", part)),
        _ => [],
    };

    private static string When(AgendaAction a) =>
        a.Due is not { } due ? "" : a.OverdueDays is { } late ? $" (due {IsoDate.Format(due)}, overdue {late}d)" : $" (due {IsoDate.Format(due)})";

    /// <summary>Whether an action's text already names its owner first ("Sam to draft the rubric", "Sam: send the deck"): it is followed up as written.</summary>
    private static bool OpensWithName(string text, string first) =>
        first.Length > 0 && text.StartsWith(first, StringComparison.OrdinalIgnoreCase) && (text.Length == first.Length || !char.IsLetterOrDigit(text[first.Length]));

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static List<AgendaAction> Open(RunningDocument document, ActionOwner owner, DateOnly day) =>
        document.OpenActions(owner)
            .OrderBy(a => a.Due ?? DateOnly.MaxValue)
            .Select(a => new AgendaAction(a.Text, a.Due, a.Due is { } due && due < day ? day.DayNumber - due.DayNumber : null, a.Priority))
            .ToList();

    /// <summary>Accomplishments dated after the last meeting, and my backlog items for this 1:1 done since.</summary>
    private List<AgendaWin> Wins(LoadedDocument loaded, DateOnly? lastMet)
    {
        if (lastMet is not { } since) return [];
        var document = loaded.Document;
        var wins = document.Accomplishments
            .Where(a => a.Date > since)
            .Select(a => new AgendaWin(a.Date, InlineMarkdown.Plain(a.Text), "accomplishments"))
            .ToList();
        bool upward = document.Kind is RelationshipKind.Manager or RelationshipKind.Skip or RelationshipKind.Mentor;
        string person = document.Person ?? loaded.Slug;
        foreach (var win in Tracking.WinsLog.Read(_vault))
        {
            if (win.Date <= since) continue;
            bool mine = win.For is null ? upward : win.For.Equals(person, StringComparison.OrdinalIgnoreCase);
            if (mine && !wins.Any(w => w.Text.Equals(win.Text, StringComparison.OrdinalIgnoreCase))) wins.Add(new AgendaWin(win.Date, win.Text, "wins"));
        }
        foreach (var item in BacklogFile.Read(_vault))
        {
            if (!item.Done || item.DoneOn is not { } on || on <= since) continue;
            bool mine = item.From is null ? upward : item.From.Equals(person, StringComparison.OrdinalIgnoreCase);
            bool alreadyDone = document.Actions.Any(a => a.Done && a.Text.Equals(item.Text, StringComparison.OrdinalIgnoreCase));
            if (mine && !alreadyDone) wins.Add(new AgendaWin(on, item.Text, "backlog") { Linked = item.From is not null });
        }
        return [.. wins.OrderByDescending(w => w.Date)];
    }

    /// <summary>Open goals with their latest progress note; without a Goals section, the focus areas.</summary>
    private static (List<AgendaGoal> Goals, bool FocusAreas) Goals(RunningDocument document)
    {
        var goals = Tracking.Goals.Of(document)
            .Where(g => !g.Done)
            .Select(g => g.Progress.MaxBy(p => p.Date) is { } last
                ? new AgendaGoal(g.Written, g.Due, last.Text, last.Date)
                : new AgendaGoal(g.Written, g.Due, null, null))
            .ToList();
        if (goals.Count > 0) return (goals, false);
        return (document.FocusAreas.Select(f => new AgendaGoal(InlineMarkdown.Plain(f.Text), null, null, null)).ToList(), true);
    }

    /// <summary>Queued feedback: the open tasks of the Feedback section.</summary>
    private static List<AgendaFeedback> Feedback(RunningDocument document) =>
        Tracking.FeedbackQueue.Queued(document).Select(q => new AgendaFeedback(q.Kind, q.Skill, q.Text, q.Path)).ToList();

    /// <summary>
    /// The latest meeting held by <paramref name="today"/> (as "last met" counts them: a 1:1 written ahead is not one yet),
    /// a Meeting History line before a heading of the same day (it has the summary and the intention and outcome).
    /// </summary>
    private static LastMeeting? LastHeld(RunningDocument document, DateOnly today) =>
        document.Meetings.Where(m => m.HeldBy(today)).OrderByDescending(m => m.Date).ThenBy(m => m.Entry is null).FirstOrDefault() switch
        {
            null => null,
            { Entry: { } entry } => Last(entry),
            var heading => new LastMeeting(heading.Date!.Value, heading.About, null, null),
        };

    private static LastMeeting Last(DatedEntry entry)
    {
        string? Detail(string label) => entry.Details
            .Select(d => Labelled().Match(d))
            .FirstOrDefault(m => m.Success && m.Groups["label"].Value.Equals(label, StringComparison.OrdinalIgnoreCase))?
            .Groups["text"].Value.Trim();
        string summary = NotesLink().Replace(InlineMarkdown.Plain(entry.Text), "").Trim();
        return new LastMeeting(entry.Date!.Value, summary, Detail("intention"), Detail("outcome"));
    }

    /// <summary>The raw notes of the last few meetings, where questions already asked would show.</summary>
    private string RecentNotes(LoadedDocument loaded, List<DatedEntry> history)
    {
        string folder = _vault.Resolve(Path.Combine(_vault.Config.RelationshipsFolder, Notes.NotesProcessor.NotesFolder, loaded.Slug));
        if (!_vault.Files.DirectoryExists(folder) || history.Count == 0) return "";
        var since = history.Take(RecentMeetings).Last().Date!.Value;
        var text = new System.Text.StringBuilder();
        foreach (var file in _vault.Files.EnumerateFiles(folder, "*.md", recursive: false).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            if (name.Length < 10 || !IsoDate.TryParse(name.AsSpan(0, 10), out var date) || date < since) continue;
            if (_vault.Files.GetLength(file) > NotesLimit) continue;
            text.Append(TextCodec.Decode(_vault.Files.ReadAllBytes(file), _vault.Display(file)).Text).Append('\n');
        }
        return text.ToString();
    }

    private const long NotesLimit = 1024 * 1024;

    [GeneratedRegex(@"^[-*+]\s+(?<label>intention|outcome)\s*:\s*(?<text>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s*\(notes\)\s*$")]
    private static partial Regex NotesLink();
}
