using System.Text;
using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>A line of a review packet and where it came from.</summary>
public sealed record Cited(DateOnly Date, string Text, string Path, int Line);

/// <summary>
/// The performance-review packet the seed compiles "from 1:1 notes": highlights with their figures,
/// goals and results, feedback received and given, the career-development thread, completed
/// actions and the 1:1s held, for one period. Every line cites the date, file and line it came
/// from. Archives are read as well as the running documents.
/// </summary>
public sealed partial class ReviewPacket
{
    private ReviewPacket(string subject, string source, Period period)
    {
        Subject = subject;
        Source = source;
        Period = period;
    }

    /// <summary>Whose review it is: the other person, or the vault's owner.</summary>
    public string Subject { get; }

    /// <summary>A summary drafted by the optional language model (<c>review --llm</c>), and which model drafted it.</summary>
    public (string Text, string Model)? Summary { get; set; }

    /// <summary>Which 1:1s it is compiled from, in words.</summary>
    public string Source { get; }

    public Period Period { get; }

    public List<Cited> Highlights { get; } = [];

    public List<Cited> Goals { get; } = [];

    public List<Cited> FeedbackReceived { get; } = [];

    public List<Cited> FeedbackGiven { get; } = [];

    public List<Cited> Career { get; } = [];

    public List<Cited> Completed { get; } = [];

    public List<Cited> Meetings { get; } = [];

    /// <summary>
    /// The packet for one relationship. With my manager, a skip-level or a mentor, the review is
    /// mine: my accomplishments, my completed actions, feedback I received. With anyone else it is
    /// theirs: their accomplishments and completed actions, the feedback I gave them.
    /// </summary>
    public static ReviewPacket For(Vault vault, LoadedDocument relationship, Period period)
    {
        var d = relationship.Document;
        string person = d.Person ?? relationship.Slug;
        bool upward = IsUpward(d);
        string me = vault.Config.Owner ?? "me";
        var packet = new ReviewPacket(upward ? me : person, $"1:1s with {person}", period);
        foreach (var source in WithArchives(vault, relationship)) packet.Collect(source, upward, upward ? ActionOwner.Me : ActionOwner.Them);
        if (upward) packet.AddWins(vault, person, includeUntagged: true);
        packet.Sort();
        return packet;
    }

    /// <summary>My own packet, across every relationship: what I shared upward, did and received, and the feedback I gave.</summary>
    public static ReviewPacket ForMe(Vault vault, IEnumerable<LoadedDocument> relationships, Period period)
    {
        var packet = new ReviewPacket(vault.Config.Owner ?? "me", "all my 1:1s", period);
        foreach (var relationship in relationships)
        {
            bool upward = IsUpward(relationship.Document);
            foreach (var source in WithArchives(vault, relationship))
                packet.Collect(source, upward, ActionOwner.Me, aboutSubject: upward);
        }
        packet.AddWins(vault, null, includeUntagged: true);
        packet.Sort();
        return packet;
    }

    private static bool IsUpward(RunningDocument d) => d.Kind is RelationshipKind.Manager or RelationshipKind.Skip or RelationshipKind.Mentor;

    private static IEnumerable<RunningDocument> WithArchives(Vault vault, LoadedDocument relationship) =>
        Archive.FilesOf(vault, relationship.Slug).Select(path => vault.Store.Load(path).Document).Prepend(relationship.Document);

    /// <param name="d">A running document or one of its archives.</param>
    /// <param name="upward">Whether it is a 1:1 with my manager, a skip-level or a mentor (feedback there is received).</param>
    /// <param name="subject">Whose completed actions count.</param>
    /// <param name="aboutSubject">Whether the document's accomplishments, goals and career thread are the subject's own.</param>
    private void Collect(RunningDocument d, bool upward, ActionOwner subject, bool aboutSubject = true)
    {
        string path = d.Path;
        Cited Cite(DateOnly date, string text, ListEntry source) => new(date, InlineMarkdown.Plain(text), path, source.Line + 1);

        if (aboutSubject)
            foreach (var a in d.Accomplishments.Where(a => Period.Contains(a.Date)))
                Highlights.Add(Cite(a.Date!.Value, a.Text, a.Source));

        foreach (var goal in aboutSubject ? Tracking.Goals.Of(d) : [])
        {
            if (goal.Done && Period.Contains(goal.Completed))
                Goals.Add(new Cited(goal.Completed!.Value, $"Done: {Horizon(goal)}{goal.Text}", path, goal.Source.Line + 1));
            foreach (var p in goal.Progress.Where(p => Period.Contains(p.Date)))
                Goals.Add(new Cited(p.Date!.Value, $"{Horizon(goal)}{goal.Text}: {p.Text}", path, goal.Source.Line + 1));
        }
        foreach (var thread in aboutSubject ? d.Threads : [])
        {
            bool career = CareerTopic().IsMatch(thread.Topic);
            bool goals = GoalTopic().IsMatch(thread.Topic);
            if (!career && !goals) continue;
            foreach (var e in thread.Entries.Where(e => Period.Contains(e.Date)))
            {
                string text = e.Details.Count == 0 ? e.Text : $"{e.Text} {string.Join(" ", e.Details.Select(x => x.TrimStart('*', '-', '+', ' ')))}";
                (career ? Career : Goals).Add(Cite(e.Date!.Value, $"{thread.Topic}: {text}", e.Source));
            }
        }
        foreach (var f in d.Feedback.Where(f => Period.Contains(f.Date)))
            (upward ? FeedbackReceived : FeedbackGiven).Add(Cite(f.Date!.Value, $"{f.Text} ({(upward ? "from" : "to")} {d.Person})", f.Source));
        foreach (var a in d.Actions.Where(a => a.Owner == subject && a.State == ActionState.Done && Period.Contains(a.Completed)))
            Completed.Add(Cite(a.Completed!.Value, a.Text, a.Source));
        // Every meeting the document records (Meeting History lines, dated meeting headings, a table log), held by the day it
        // was read on, as "last met" counts them: a 1:1 written ahead is not yet one held.
        foreach (var m in d.Meetings.Where(m => m.HeldBy(d.Today) && Period.Contains(m.Date)))
        {
            string summary = Regex.Replace(InlineMarkdown.Plain(m.About), @"\s*\(notes\)\s*$", "");
            Meetings.Add(new Cited(m.Date!.Value, summary.Length == 0 ? d.Person ?? "1:1" : $"{d.Person}: {summary}", path, m.Line + 1));
        }
    }

    private void AddWins(Vault vault, string? person, bool includeUntagged)
    {
        string path = vault.Display(WinsLog.PathIn(vault));
        foreach (var win in WinsLog.Read(vault).Where(w => Period.Contains(w.Date)))
        {
            bool ours = win.For is null ? includeUntagged : person is null || win.For.Equals(person, StringComparison.OrdinalIgnoreCase);
            if (ours && !Highlights.Any(h => h.Text.Equals(win.Text, StringComparison.OrdinalIgnoreCase)))
                Highlights.Add(new Cited(win.Date, win.Text, path, win.Line + 1));
        }
    }

    private static string Horizon(Goal goal) => goal.Horizon.Length == 0 ? "" : $"{char.ToUpperInvariant(goal.Horizon[0])}{goal.Horizon[1..]}: ";

    private void Sort()
    {
        foreach (var list in new[] { Highlights, Goals, FeedbackReceived, FeedbackGiven, Career, Completed, Meetings })
        {
            var sorted = list.DistinctBy(c => (c.Date, c.Text)).OrderBy(c => c.Date).ThenBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Line).ToList();
            list.Clear();
            list.AddRange(sorted);
        }
    }

    /// <summary>The packet as Markdown: each line ends with its source, <c>(2025-12-18, Career/1-on-1s/sarah-chen.md:48)</c>.</summary>
    public string ToMarkdown(DateOnly written)
    {
        var text = new StringBuilder();
        text.Append($"# Performance review: {Subject}, {Period.Name}\n\n");
        text.Append($"Compiled by Rapport on {IsoDate.Format(written)} from {Source}, {IsoDate.Format(Period.From)} to {IsoDate.Format(Period.To)}. ");
        text.Append("Each line gives the date, file and line it comes from.\n");
        if (Summary is var (summary, model))
            text.Append($"\n## Summary\n\n_Drafted by {model} from the lines below; check each claim against them._\n\n{summary.Trim()}\n");
        Section(text, "Highlights", Highlights);
        Section(text, "Goals and results", Goals);
        Section(text, "Feedback received", FeedbackReceived);
        Section(text, "Feedback given", FeedbackGiven);
        Section(text, "Career development", Career);
        Section(text, "Completed actions", Completed);
        text.Append($"\n## 1:1s held: {Meetings.Count}\n\n");
        foreach (var m in Meetings) text.Append($"- {m.Text} ({Cite(m)})\n");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, List<Cited> lines)
    {
        if (lines.Count == 0) return;
        text.Append($"\n## {title}\n\n");
        foreach (var line in lines) text.Append($"- {line.Text} ({Cite(line)})\n");
    }

    private static string Cite(Cited c) => $"{IsoDate.Format(c.Date)}, {c.Path}:{c.Line}";

    [GeneratedRegex(@"career|growth|promotion|development|learning|skills?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CareerTopic();

    [GeneratedRegex(@"goals?\b|projects?\b|okrs?\b|objectives?", RegexOptions.IgnoreCase)]
    private static partial Regex GoalTopic();
}
