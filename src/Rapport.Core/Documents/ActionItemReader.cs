using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>
/// Reads a task: its state (<c>[ ]</c>, <c>[/]</c>, <c>[x]</c>, <c>[-]</c>, Logseq <c>TODO</c>/<c>DONE</c>…),
/// the dates and priority written into its text in any of the supported syntaxes, and its owner mark.
/// </summary>
public static partial class ActionItemReader
{
    /// <summary>The separators a due date that ends a task leaves behind when it is taken out.</summary>
    private static readonly char[] TrailingSeparators = [',', ';', ':', '-', '–', '—'];

    /// <summary>The Logseq task keywords and the state each means.</summary>
    public static IReadOnlyDictionary<string, ActionState> LogseqKeywords { get; } = new Dictionary<string, ActionState>(StringComparer.Ordinal)
    {
        ["TODO"] = ActionState.Open, ["LATER"] = ActionState.Open, ["WAIT"] = ActionState.Open, ["WAITING"] = ActionState.Open,
        ["NOW"] = ActionState.InProgress, ["DOING"] = ActionState.InProgress, ["IN-PROGRESS"] = ActionState.InProgress,
        ["DONE"] = ActionState.Done, ["CANCELED"] = ActionState.Cancelled, ["CANCELLED"] = ActionState.Cancelled,
    };

    /// <summary>The task box marks and the state each means.</summary>
    public static IReadOnlyDictionary<char, ActionState> BoxMarks { get; } = new Dictionary<char, ActionState>
    {
        [' '] = ActionState.Open, ['/'] = ActionState.InProgress, ['x'] = ActionState.Done, ['X'] = ActionState.Done, ['-'] = ActionState.Cancelled,
    };

    // The regexes' groups by number, looked up once: Read runs for every task, and reading a group by name looks
    // the name up each time. Metadata's alternatives share one "word" and one "date" group.
    private static readonly int MetadataWordGroup = Metadata().GroupNumberFromName("word");
    private static readonly int MetadataDateGroup = Metadata().GroupNumberFromName("date");
    private static readonly int PlanningWordGroup = LogseqPlanning().GroupNumberFromName("word");
    private static readonly int PlanningDateGroup = LogseqPlanning().GroupNumberFromName("date");

    /// <summary>Whether a list item is a task: a task box, or a Logseq keyword opening its text.</summary>
    public static bool IsTask(ListEntry entry) => entry.IsTask || LogseqKeyword(entry.Text) is not null;

    public static ActionItem Read(ListEntry entry, ActionOwner owner, List<Problem> problems) =>
        Read(entry, owner, [], [], problems);

    /// <summary>
    /// Reads a task whose owner defaults to <paramref name="owner"/> (the list or heading it is under)
    /// unless the line marks one; <paramref name="known"/> are the other person's names and
    /// <paramref name="ownLines"/> the item's continuation lines (Logseq's <c>DEADLINE:</c>).
    /// </summary>
    public static ActionItem Read(ListEntry entry, ActionOwner owner, IReadOnlyCollection<string> known, IReadOnlyList<string> ownLines, List<Problem> problems) =>
        Read(entry, owner, known, ownLines, problems, TaskContext.None);

    /// <summary>
    /// Reads a task as <see cref="Read(ListEntry, ActionOwner, IReadOnlyCollection{string}, IReadOnlyList{string}, List{Problem})"/>
    /// does, in its document's <paramref name="context"/>: the owner's names, which mean me, and the meeting it sits under,
    /// against which a due date written in words (<c>by Friday</c>) or without a year (<c>(3/7)</c>) is read.
    /// </summary>
    public static ActionItem Read(ListEntry entry, ActionOwner owner, IReadOnlyCollection<string> known, IReadOnlyList<string> ownLines, List<Problem> problems, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string text = entry.Text;
        DateOnly? due = null, completed = null;
        string? priority = null;
        var syntax = ActionSyntax.Parenthesised;
        var state = entry.Task is { } box && BoxMarks.TryGetValue(box, out var s) ? s : ActionState.Open;

        if (!entry.IsTask && LogseqKeyword(text) is { } keyword)
        {
            state = LogseqKeywords[keyword];
            syntax = ActionSyntax.Logseq;
            text = text[keyword.Length..].TrimStart();
            if (LogseqPriority().Match(text) is { Success: true } lp)
            {
                priority = $"P{lp.Groups[1].Value.ToUpperInvariant()[0] - 'A' + 1}";
                text = text.Remove(lp.Index, lp.Length);
            }
        }

        // "Action: Sam to send the rubric", "TODO: book the room": the word that says it is a task is not its text.
        text = text[ActionPrefixLength(text)..];
        // A task struck through is a task done: "~~Send the deck~~", "~~Send the deck~~ (done)", "- [ ] ~~Send the deck~~".
        if (Struck().Match(text) is { Success: true } struck && StruckTail(struck.Groups["rest"].Value))
        {
            text = struck.Groups["text"].Value.Trim() + " " + struck.Groups["rest"].Value;
            if (state != ActionState.Cancelled) state = ActionState.Done;
        }

        foreach (Match m in Metadata().Matches(text))
        {
            string word = m.Groups[MetadataWordGroup].Value.ToLowerInvariant();
            string value = m.Groups[MetadataDateGroup].Value;
            if (!IsoDate.TryParse(value, out var date))
            {
                problems.Add(new Problem(entry.Line + 1, $"invalid date '{value}' in action item"));
                continue;
            }
            bool isCompletion = word is "completed" or "done" or "closed" or "✅" or "completion";
            if (isCompletion) completed = date;
            else due = date;
            if (word is "📅" or "✅" or "🗓️" or "🗓") syntax = ActionSyntax.ObsidianTasks;
            else if (m.Value.Contains("::", StringComparison.Ordinal)) syntax = ActionSyntax.Dataview;
        }
        text = Metadata().Replace(text, "");
        if (due is null && WordedDue().Match(text) is { Success: true } worded && WholeDate(worded.Groups["when"].Value) is { } wordedDate)
        {
            due = wordedDate;
            text = text.Remove(worded.Index, worded.Length);
        }
        if (due is null && DueText.Find(text, context) is { } written)
        {
            due = written.Date;
            text = text.Remove(written.Index, written.Length);
        }

        // A due date taken from the end of the task leaves the separator before it: "book the offsite, end of month", "follow up
        // — Priya, before EOW" (so the owner after the dash is read), "draft the plan — due: 2025-03-20".
        if (due is not null) text = text.TrimEnd().TrimEnd(TrailingSeparators);

        foreach (var line in ownLines)
        {
            var planned = LogseqPlanning().Match(line);
            if (!planned.Success || !IsoDate.TryParse(planned.Groups[PlanningDateGroup].Value, out var date)) continue;
            // A deadline is the due date; a scheduled day stands in for one when there is no deadline.
            if (planned.Groups[PlanningWordGroup].Value == "DEADLINE" || due is null) due = date;
        }

        var p = PriorityTag().Match(text);
        if (p.Success)
        {
            priority = p.Groups[1].Value.ToUpperInvariant();
            text = text.Remove(p.Index, p.Length);
        }
        else
        {
            priority ??= ObsidianPriority(text);
        }
        text = ObsidianPriorityMarks().Replace(text, "");
        text = BlockId().Replace(text, "");
        text = Whitespace().Replace(text, " ").Trim();

        string? assignee = null;
        if (OwnerMarks.Find(text, known, context.MyNames) is { } mark)
        {
            assignee = mark.Name.TrimStart('@', '#');
            owner = NameRules.IsMe(assignee, context.MyNames, known) ? ActionOwner.Me : ActionOwner.Them;
            if (mark.Length > 0 && mark.Length < text.Length) text = Whitespace().Replace(text.Remove(mark.Index, mark.Length), " ").Trim();
        }

        // A line of text has no box to tick: its completion date says it is done ("Action: send the deck (completed D)").
        if (entry.Task is null && entry.Marker.Length == 0 && completed is not null && state == ActionState.Open) state = ActionState.Done;
        bool closed = state is ActionState.Done or ActionState.Cancelled;
        return new ActionItem(owner, text, closed, due, completed, priority, syntax, entry) { State = state, Assignee = assignee };
    }

    /// <summary>
    /// Tasks carried from meeting to meeting: an open task written again later in the same words and
    /// closed there is that task, closed (<c>- Review the rubric</c> under one meeting, <c>- [x] Review the
    /// rubric</c> under the next). Returns the tasks in the same order, the earlier copies closed.
    /// </summary>
    public static IReadOnlyList<ActionItem> ClosedLater(IReadOnlyList<ActionItem> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var closed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = tasks.Count - 1; i >= 0; i--)
            if (tasks[i].Done) closed.TryAdd(SameWords(tasks[i]), i);
        if (closed.Count == 0) return tasks;
        var copies = new Dictionary<ActionItem, ActionItem>(ReferenceEqualityComparer.Instance);
        var result = new List<ActionItem>(tasks.Count);
        for (int i = 0; i < tasks.Count; i++)
        {
            var a = tasks[i];
            var copy = a.Parent is { } p && copies.TryGetValue(p, out var parent) ? a with { Parent = parent } : a;
            if (!a.Done && closed.TryGetValue(SameWords(a), out int at) && at > i)
                copy = copy with { Done = true, State = tasks[at].State };
            if (!ReferenceEquals(copy, a)) copies[a] = copy;
            result.Add(copy);
        }
        return result;
    }

    /// <summary>
    /// The key by which <see cref="ClosedLater"/> tells that two tasks are one task carried over: the owner and
    /// the text's letters and digits, lowercased (<c>Review the rubric.</c> and <c>review the Rubric</c> are one).
    /// The index stores it with each action and compares the stored keys, so the two readings cannot drift apart.
    /// </summary>
    public static string SameWords(ActionItem a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return $"{a.Owner}:{string.Concat(a.Text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant))}";
    }

    /// <summary>
    /// The words that open a line, before a colon, to say it is a task wherever it is written: <c>Action: Sam to send the
    /// rubric by Friday</c>, <c>AI: book the room</c>, <c>TODO: update the checklist</c>, also bold (<c>**Action:**</c>).
    /// Without the colon they are prose ("Action items were reviewed").
    /// </summary>
    public static IReadOnlyList<string> ActionPrefixes { get; } = ["action", "actions", "action item", "action items", "action point", "action points", "ai", "ais", "todo", "to do", "to-do"];

    /// <summary>
    /// An action prefix (<see cref="ActionPrefixes"/>, longest first, spaces any run of white space), bold or not, its colon
    /// and the spaces after it. Written out for the regex generator (built from the table at run time it was interpreted,
    /// and built by every process that reads a task); a test keeps it equal to <see cref="ActionPrefixSource"/>.
    /// </summary>
    internal const string ActionPrefixText = @"^\s*(?:\*\*|__)?(?:action\s+points|action\s+items|action\s+point|action\s+item|actions|action|to\s+do|to-do|todo|ais|ai)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)";

    /// <summary>The action prefix pattern as <see cref="ActionPrefixes"/> gives it; <see cref="ActionPrefixText"/> must be the same.</summary>
    internal static string ActionPrefixSource =>
        @"^\s*(?:\*\*|__)?(?:" + string.Join('|', ActionPrefixes.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)";

    [GeneratedRegex(ActionPrefixText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionPrefix();

    /// <summary>How many characters of <paramref name="text"/> an action prefix (<see cref="ActionPrefixes"/>) takes, with the spaces after it; 0 when it opens with none.</summary>
    public static int ActionPrefixLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ActionPrefix().Match(text) is { Success: true } m ? m.Length : 0;
    }

    /// <summary>
    /// Whether a plain line or list item is a task by its prefix (<see cref="ActionPrefixes"/>): something follows the
    /// prefix, and it is no label ending in a colon or a placeholder ("Actions: none").
    /// </summary>
    public static bool HasActionPrefix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int length = ActionPrefixLength(text);
        if (length == 0) return false;
        string rest = text[length..].Trim().Trim('*', '_').Trim();
        return rest.Length > 0 && !rest.EndsWith(':') && !NoTask().IsMatch(rest);
    }

    /// <summary>What may follow a struck-through task's text: nothing, or dates and marks in parentheses, brackets or emoji, never more words.</summary>
    private static bool StruckTail(string rest) => rest.Length == 0 || !char.IsLetterOrDigit(rest[0]);

    /// <summary>The Logseq keyword opening a block's text (<c>TODO</c>, <c>DONE</c>…), or null.</summary>
    public static string? LogseqKeyword(string text)
    {
        int end = 0;
        while (end < text.Length && (char.IsAsciiLetterUpper(text[end]) || text[end] == '-')) end++;
        if (end == 0 || end < text.Length && !char.IsWhiteSpace(text[end])) return null;
        string word = text[..end];
        return LogseqKeywords.ContainsKey(word) ? word : null;
    }

    /// <summary>
    /// A due date written with the month's name and a year, as exported documents write them (<c>(due March 10, 2025)</c>,
    /// <c>(by 10 March 2025)</c>): the whole text must be that one date, which no order of day and month can misread.
    /// </summary>
    private static DateOnly? WholeDate(string text)
    {
        string when = text.Trim();
        var mentions = DateText.Find(when);
        return mentions is [{ Form: DateForm.MonthName, Year: not null, Index: 0 } only] && only.Length == when.Length ? only.Resolve(false, null) : null;
    }

    private static string? ObsidianPriority(string text) =>
        text.Contains("🔺", StringComparison.Ordinal) || text.Contains('⏫') ? "P1"
        : text.Contains("🔼", StringComparison.Ordinal) ? "P2"
        : text.Contains("🔽", StringComparison.Ordinal) || text.Contains('⏬') ? "P3"
        : null;

    [GeneratedRegex(@"\s*(?:\((?<word>by|due|due by|completed|done|closed):?\s+(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})\)|(?<word>📅|✅|🗓️|🗓)\s*(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})|[\[(](?<word>due|completion)::\s*(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})\s*[\])]|(?<=\s|^)(?<word>due):\s*(?<date>\d{4}-\d{2}-\d{2})(?=\s|$)|@(?<word>due)\((?<date>\d{4}-\d{2}-\d{2})\))", RegexOptions.IgnoreCase)]
    private static partial Regex Metadata();

    [GeneratedRegex(@"\s*\((?:by|due|due by|due on|deadline)\s*:?\s+(?<when>[^()]{5,40})\)", RegexOptions.IgnoreCase)]
    private static partial Regex WordedDue();

    [GeneratedRegex(@"^\s*(?<word>SCHEDULED|DEADLINE):\s*<(?<date>\d{4}-\d{2}-\d{2})[^>]*>")]
    private static partial Regex LogseqPlanning();

    [GeneratedRegex(@"\[#([ABCabc])\]\s*")]
    private static partial Regex LogseqPriority();

    [GeneratedRegex(@"\[(P[1-3])\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTag();

    [GeneratedRegex(@"\s*(?:🔺|⏫|🔼|🔽|⏬)\s*")]
    private static partial Regex ObsidianPriorityMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // The whole text struck through, then perhaps a word or mark that says it is done: "~~Send the deck~~ (done)".
    [GeneratedRegex(@"^\s*~~(?<text>[^~]+)~~\s*(?:\(\s*(?:done|completed|complete|finished)\s*\)|(?:done|completed)\b|✅|✔️?|☑️?|✓)?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Struck();

    [GeneratedRegex(@"^\W*(?:none|n/?a|tbd|nothing|-+|\.+|\?+)\W*(?:this\s+week|for\s+now|yet)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoTask();

    [GeneratedRegex(@"\s+\^[A-Za-z0-9][A-Za-z0-9\-]*\s*$")]
    private static partial Regex BlockId();
}
