using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// Turns brain-dump notes into actions, completions, wins, decisions, goals, feedback, blockers, mood
/// and topics, with deterministic rules (see <c>docs/notes.md</c>). Nothing leaves the machine.
/// </summary>
public static partial class NotesEngine
{
    /// <summary>Notes longer than this are refused: a meeting's notes are kilobytes, not megabytes.</summary>
    public const int MaxNotesLength = 4 * 1024 * 1024;

    public static Extraction Extract(string notes, MeetingContext meeting)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Length > MaxNotesLength)
            throw new RapportException(ErrorCode.Usage, $"notes are {notes.Length / 1024 / 1024} MB; at most {MaxNotesLength / 1024 / 1024} MB of notes can be processed at once");
        if (notes.Contains('\0'))
            throw new RapportException(ErrorCode.Usage, "the notes look binary (they contain NUL bytes); pass a text file");

        var person = new PersonNames(meeting.Person);
        var rules = new Rules(person);
        var result = new Builder();
        foreach (var statement in StatementReader.Read(notes, person))
            foreach (var part in rules.SplitClauses(statement))
                Classify(part, meeting, rules, result);
        return result.Build();
    }

    private static void Classify(Statement s, MeetingContext meeting, Rules rules, Builder result)
    {
        string text = s.Text.Trim();
        if (text.Length == 0 || !text.Any(char.IsLetter)) return;

        if (Mood().Match(text) is { Success: true } mood)
        {
            result.Mood = int.Parse(mood.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        if (WinPrefix().Match(text) is { Success: true } win)
        {
            result.Wins.Add(new NoteItem(Clean(win.Groups[1].Value), s.Line));
            return;
        }
        if (HighFive().Match(text) is { Success: true } high)
        {
            result.Feedback.Add(new ExtractedFeedback("high-five", Clean(high.Groups[1].Value), s.Line));
            return;
        }
        if (WatchOut().Match(text) is { Success: true } watch)
        {
            result.Feedback.Add(new ExtractedFeedback("watch-out", Clean(watch.Groups[1].Value), s.Line));
            return;
        }
        if (s.Task == 'x')
        {
            result.Completions.Add(new NoteItem(Clean(text), s.Line));
            return;
        }
        if (GoalPrefix().Match(text) is { Success: true } goal)
        {
            result.Goals.Add(new NoteItem(Clean(goal.Groups[1].Value), s.Line));
            return;
        }
        if (DecisionPrefix().Match(text) is { Success: true } decision)
        {
            result.Decisions.Add(new NoteItem(Clean(decision.Groups[1].Value), s.Line));
            return;
        }

        // An explicit priority tag is read from the original statement; the rules see the text without it.
        var untagged = s with { Text = Priority().Replace(text, " ").Trim() };
        if (rules.FindAction(untagged) is { } found)
        {
            result.Actions.Add(BuildAction(found, s, meeting));
            return;
        }
        text = untagged.Text;

        if (Blocker().IsMatch(text)) result.Blockers.Add(new NoteItem(Clean(text), s.Line));
        else if (rules.IsWin(text)) result.Wins.Add(new NoteItem(Clean(text), s.Line));
        else if (Rules.IsCompletion(text)) result.Completions.Add(new NoteItem(Clean(text), s.Line));
        else if (GoalMention().IsMatch(text)) result.Goals.Add(new NoteItem(Clean(text), s.Line));
        else if (DecisionMention().IsMatch(text)) result.Decisions.Add(new NoteItem(Clean(text), s.Line));
        else result.Topics.Add(new NoteItem(Clean(TopicLead().Replace(text, "")), s.Line));
    }

    private static ExtractedAction BuildAction(Rules.Found found, Statement s, MeetingContext meeting)
    {
        string text = found.Text;
        string? priority = null;
        if (Priority().Match(s.Text) is { Success: true } p) priority = p.Groups[1].Value.ToUpperInvariant();
        text = Priority().Replace(text, " ");

        var due = DuePhrases.Find(text, meeting);
        bool urgent = Urgent().IsMatch(s.Text);
        if (due is not null)
        {
            text = text.Remove(due.Index, due.Length).Insert(due.Index, " ");
            urgent |= due.Urgent;
        }
        else if (DuePhrases.Find(s.Text, meeting) is { } outer)
        {
            due = outer; // the date sat in a marker part of the statement ("-> end of week")
            urgent |= outer.Urgent;
        }
        text = Urgent().Replace(text, " ");
        DateOnly? date = due?.Date;
        priority ??= urgent ? "P1" : date is { } d && d.DayNumber - meeting.Date.DayNumber <= 7 ? "P1" : "P2";
        return new ExtractedAction(found.Owner, CleanAction(text), date, priority, s.Line);
    }

    /// <summary>Tidies a statement: single spaces, no empty brackets or end punctuation.</summary>
    internal static string Clean(string text) =>
        Spaces().Replace(EmptyBrackets().Replace(text, " "), " ").Trim().TrimEnd('.', ';', ',', ' ');

    /// <summary>
    /// Tidies an action once its date phrase is cut out: no connector left dangling ("by", "->", "due"),
    /// no leading "to".
    /// </summary>
    internal static string CleanAction(string text)
    {
        string t = Clean(text);
        for (string previous = ""; previous != t;)
        {
            previous = t;
            t = TrailingJunk().Replace(t, "").Trim();
            t = LeadingJunk().Replace(t, "").Trim();
        }
        return t;
    }

    private sealed class Builder
    {
        public List<ExtractedAction> Actions { get; } = [];
        public List<NoteItem> Completions { get; } = [];
        public List<NoteItem> Wins { get; } = [];
        public List<NoteItem> Decisions { get; } = [];
        public List<NoteItem> Goals { get; } = [];
        public List<ExtractedFeedback> Feedback { get; } = [];
        public List<NoteItem> Blockers { get; } = [];
        public List<NoteItem> Topics { get; } = [];
        public int? Mood { get; set; }

        public Extraction Build() => new(Actions, Completions, Wins, Decisions, Goals, Feedback, Blockers, Topics, Mood);
    }

    [GeneratedRegex(@"\b(?:mood|energy|pulse)\b\s*[:=\-]?\s*([1-5])\s*(?:/|out of)\s*5\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mood();

    [GeneratedRegex(@"^(?:🎉\s*|(?:big\s+)?wins?\s*[:\-–—]\s*|accomplishments?\s*[:\-–—]\s*|achievements?\s*[:\-–—]\s*|brag\s*[:\-–—]\s*)(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WinPrefix();

    [GeneratedRegex(@"^(?:high[- ]?fives?|hi5|kudos|shout-?out|praise|👏|🙌)\s*(?:[:\-–—]|\b)\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex HighFive();

    [GeneratedRegex(@"^(?:watch[- ]?outs?|⚠️?|concern|constructive(?: feedback)?)\s*(?:[:\-–—]|\b)\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WatchOut();

    [GeneratedRegex(@"^(?:(?:q[1-4]\s+|h[12]\s+|\d{4}\s+|career\s+|new\s+)?goals?|okrs?|objectives?)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalPrefix();

    [GeneratedRegex(@"^(?:decisions?|decided|agreed)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionPrefix();

    [GeneratedRegex(@"\b(?:blocked|blocker|stuck|waiting (?:on|for)|held up|can't (?:move|proceed)|cannot (?:move|proceed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Blocker();

    [GeneratedRegex(@"\b(?:goal|goals|okr|objective|aspiration|wants? to (?:become|be|grow|move))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoalMention();

    [GeneratedRegex(@"\b(?:decided|decision|we agreed|agreed (?:to|that|on)|going with|settled on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionMention();

    [GeneratedRegex(@"^(?:talked about|discussed|chatted about|covered|went over|reviewed|touched on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TopicLead();

    [GeneratedRegex(@"\[(P[1-3])\]", RegexOptions.IgnoreCase)]
    private static partial Regex Priority();

    [GeneratedRegex(@"\s*[-–—,]?\s*\b(?:asap|urgent(?:ly)?|a\.s\.a\.p\.?)\b\s*!*", RegexOptions.IgnoreCase)]
    private static partial Regex Urgent();

    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:\s*(?:->|→|=>|[-–—:;,(]|\b(?:by|before|due|on|until|till|no later than|for|at|starting|from|within|in))\s*$)|[.!;,]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJunk();

    [GeneratedRegex(@"^(?:[-–—:;,>→]+|to\s+(?=\w))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingJunk();
}
