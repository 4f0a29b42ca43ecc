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

    /// <summary>Notes longer than this get the person's patterns compiled to IL (measured in docs/performance.md).</summary>
    private const int CompileAbove = 64 * 1024;

    public static Extraction Extract(string notes, MeetingContext meeting)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Length > MaxNotesLength)
            throw new RapportException(ErrorCode.Usage, $"notes are {notes.Length / 1024 / 1024} MB; at most {MaxNotesLength / 1024 / 1024} MB of notes can be processed at once");
        if (notes.Contains('\0'))
            throw new RapportException(ErrorCode.Usage, "the notes look binary (they contain NUL bytes); pass a text file");

        var person = new PersonNames(meeting.Person, meeting.Aliases);
        string text = Tokens.Normalise(notes);
        meeting = meeting with { DayFirst = DuePhrases.WritesDayFirst(text) };
        var lines = text.Split('\n');
        var rules = new Rules(person, compiled: notes.Length > CompileAbove);
        var result = new Builder();
        var conversation = Conversation.Read(lines, person, Conversation.Owner(meeting.Me));
        foreach (var statement in StatementReader.Read(lines, person, conversation?.Lines))
            ClassifyStatement(statement, meeting, rules, result);
        if (conversation is not null) ConversationRules.Read(conversation, meeting, rules, result);
        return result.Build();
    }

    /// <summary>One statement: its format's marks first (cancelled, done, a task row), then its clauses one by one.</summary>
    internal static void ClassifyStatement(Statement statement, MeetingContext meeting, Rules rules, Builder result)
    {
        string text = statement.Text.Trim();
        if (!HasLetter(text)) return;
        if (statement.Task == '-' || Rules.IsCancelled(text) && !rules.HasNewTask(text))
        {
            result.Add(ItemKind.Cancellation, new NoteItem(Clean(Rules.StripStatus(text)), statement.Line));
            return;
        }
        if (statement.ThirdParty)
        {
            result.Add(ItemKind.Topic, new NoteItem(Clean(text), statement.Line));
            return;
        }
        if (statement.Task == 'x')
        {
            result.Add(ItemKind.Completion, new NoteItem(Clean(Rules.StripStatus(text)), statement.Line));
            if (statement.Section == SectionMood.Wins || Rules.HasWinEmoji(text)) result.Add(ItemKind.Win, new NoteItem(Clean(Rules.StripStatus(text)), statement.Line));
            return;
        }
        if (statement.IsTask && rules.TaskItem(statement) is { } task)
        {
            if (task.Owner is { } owner) result.Actions.Add(BuildAction(new Rules.Found(owner, task.Text), statement, meeting));
            return;
        }
        if (statement.Speaker == Side.None && rules.AcceptedRequest(text) is { } accepted)
        {
            result.Actions.Add(BuildAction(accepted, statement, meeting));
            return;
        }
        // A kind label ("Goal:", "Win:", "High five:", "Decision:") covers the whole line.
        if (NoteWords.GoalPrefix().IsMatch(text) || NoteWords.DecisionPrefix().IsMatch(text) || NoteWords.WinPrefix().IsMatch(text) || NoteWords.HighFive().IsMatch(text) || NoteWords.WatchOut().IsMatch(text))
        {
            Side none = Side.None;
            Classify(statement, meeting, rules, result, ref none, null);
            return;
        }
        ClassifyClauses(statement, meeting, rules, result);
    }

    /// <summary>
    /// The clauses of a statement, each on its own (contract, "Commitments inside a line"): the clause
    /// before is the next one's context, a clause that is only a due phrase gives the others their due,
    /// and a condition holds back the clause it governs.
    /// </summary>
    internal static void ClassifyClauses(Statement statement, MeetingContext meeting, Rules rules, Builder result, Side subject = Side.None)
    {
        Rules.Found? previous = null;
        string? context = statement.Parent, due = statement.DueText;
        bool held = false;
        var parts = rules.SplitClauses(statement).ToList();
        string? question = null;
        for (int k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            string text = part.Text.Trim();
            if (parts.Count > 1 && Rules.IsDueOnly(text.TrimEnd(':'))) { due ??= text; continue; }
            if (held) { held = false; continue; }
            if (Rules.IsConditional(text)) { held = true; continue; }
            // A topic label before a commitment names what it is about; it is context, not an item.
            if (k + 1 < parts.Count && text.EndsWith(':') && text.Split(' ').Length <= 4) { context = text.TrimEnd(':'); continue; }
            // "…: booking the postmortem for next wk" after a commitment restates it as a task.
            if (previous is { Owner: not null } && Rules.Gerund(text) is { } task)
                part = part with { Text = task };
            int before = result.Actions.Count;
            var found = Classify(part with { Parent = context, DueText = due }, meeting, rules, result, ref subject, previous);
            // A question answered by an action: the question's words join the answer's (contract, "Commitments inside a line").
            if (question is not null && result.Actions.Count == before + 1 && result.Actions[^1] is ExtractedAction answer && Wording.Stems(answer.Text).Count <= 3)
                result.Actions[^1] = answer with { Text = $"{answer.Text} about {Rules.QuestionWords(question)}" };
            question = text.EndsWith('?') ? text : null;
            if (found is not null) previous = found;
            if (!Rules.IsAnswerOnly(text)) context = text;
        }
    }

    /// <summary>
    /// One clause. A bare verb with a win emoji ("cut CI time by 35% 💪", "hit the Q3 target 🎯🚀") is a
    /// past achievement, not an imperative (contract, "Wins", signal 1: a win emoji anywhere in the line).
    /// </summary>
    internal static Rules.Found? Classify(Statement s, MeetingContext meeting, Rules rules, Builder result, ref Side subject, Rules.Found? previous)
    {
        string text = s.Text.Trim();
        if (!HasLetter(text)) return null;
        var own = rules.SubjectOf(text);
        if (own != Side.None) subject = own;

        if (Mood().Match(text) is { Success: true } mood)
        {
            result.Mood = int.Parse(mood.Groups[1].Success ? mood.Groups[1].Value : mood.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return null;
        }
        if (NoteWords.NextTime().Match(text) is { Success: true } next && !rules.IsCommitment(next.Groups[1].Value))
        {
            result.Add(ItemKind.NextMeeting, new NoteItem(Clean(next.Groups[1].Value), s.Line));
            return null;
        }
        if (NoteWords.WinPrefix().Match(text) is { Success: true } win)
        {
            result.Add(ItemKind.Win, new NoteItem(Clean(win.Groups[1].Value), s.Line));
            return null;
        }
        if (NoteWords.HighFive().Match(text) is { Success: true } high)
        {
            result.Add(ItemKind.Feedback, new ExtractedFeedback("high-five", Clean(high.Groups[1].Value), s.Line));
            return null;
        }
        if (NoteWords.WatchOut().Match(text) is { Success: true } watch)
        {
            result.Add(ItemKind.Feedback, new ExtractedFeedback("watch-out", Clean(watch.Groups[1].Value), s.Line));
            return null;
        }
        if (NoteWords.GoalPrefix().Match(text) is { Success: true } goal)
        {
            result.Add(ItemKind.Goal, new NoteItem(Clean(goal.Groups[1].Value), s.Line));
            return null;
        }
        if (NoteWords.DecisionPrefix().Match(text) is { Success: true } decision)
        {
            result.Add(ItemKind.Decision, new NoteItem(Clean(decision.Groups[1].Value), s.Line));
            return null;
        }

        // An explicit priority tag is read from the original statement; the rules see the text without it.
        var untagged = s with { Text = Priority().Replace(text, " ").Trim() };
        if (rules.FindAction(untagged, subject, previous) is { } found
            && !(s.Speaker == Side.None && IsReportedWin(found, untagged.Text, rules, meeting)))
        {
            var owner = found.Owner;
            // In a conversation, first person is the speaker; a third party's own plans are not actions.
            if (owner is not null && found.FirstPerson && s.Speaker != Side.None)
                owner = s.Speaker switch { Side.Them => ActionOwner.Them, Side.Me => ActionOwner.Me, _ => null };
            if (owner is { } o && BuildAction(found with { Owner = o }, s, meeting) is { } action && Wording.Stems(action.Text).Count > 0
                && !NoteWords.IsCourtesy(action.Text))
                result.Actions.Add(action);
            return found;
        }
        text = untagged.Text;

        if (rules.IsWin(text) || s.Section is SectionMood.Wins && !text.EndsWith('?') || Rules.HasWinEmoji(text) || NoteWords.MetricReport().IsMatch(text))
            result.Add(ItemKind.Win, new NoteItem(Clean(Rules.StripWinLabel(text)), s.Line));
        else if (NoteWords.Blocker().IsMatch(text)) result.Add(ItemKind.Blocker, new NoteItem(Clean(text), s.Line));
        else if (Rules.IsCompletion(text)) result.Add(ItemKind.Completion, new NoteItem(Clean(text), s.Line));
        else if (NoteWords.GoalMention().IsMatch(text)) result.Add(ItemKind.Goal, new NoteItem(Clean(text), s.Line));
        else if (NoteWords.DecisionMention().IsMatch(text)) result.Add(ItemKind.Decision, new NoteItem(Clean(text), s.Line));
        else if (IsTopic(text, s)) result.Add(ItemKind.Topic, new NoteItem(Clean(NoteWords.TopicLead().Replace(text, "")), s.Line));
        return null;
    }

    /// <summary>Whether the text has a letter: a plain loop, as LINQ over a string boxes its enumerator (asked of every statement and clause).</summary>
    private static bool HasLetter(string text)
    {
        foreach (char c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// A line that reads as an action but reports a win (contract, "Wins": "an item is a win when it has a
    /// win signal and is not excluded"): a win emoji and an achievement verb together ("🏆 Will won the
    /// regional spot", "Rob cut CI time by 35% 💪"), a bare verb with a win emoji or a metric and no date
    /// ("cut CI time by 35% 💪"; "ship the beta by Friday 🚀" stays mine to do), or a win signal on a line
    /// that commits nobody, such as a third party's achievement ("the customer went live on SSO",
    /// "tier-2 escalations down 22% 🎉"). A leading "Will" before a past form is a name ("Will won…").
    /// </summary>
    private static bool IsReportedWin(Rules.Found found, string text, Rules rules, MeetingContext meeting)
    {
        bool emoji = Rules.HasWinEmoji(text), metric = NoteWords.MetricReport().IsMatch(text);
        // The due phrases are looked for only on the few lines that could be such a win: this runs for every action found.
        if (found.Owner == ActionOwner.Me && (emoji && found.FirstPerson && Rules.IsImperative(text.Trim()) || metric)
            && DuePhrases.Find(text, meeting) is not { Date: not null }) return true;
        if (emoji && (rules.IsWin(text) || metric || found.Owner is null && !text.TrimEnd().EndsWith('?'))) return true;
        return (found.Owner is null || Rules.NamedWill(text)) && rules.IsWin(text);
    }

    /// <summary>
    /// A conversation's turn is a topic only when it says something: at least
    /// <see cref="ConversationTopicWords"/> content words and not a question. Greetings, thanks and
    /// answers ("Morning!", "How was your week?", "Good, busy", "Okay", "No, that's it") are not
    /// topics (contract: thread titles are topics, not the first sentence). Written notes keep every line.
    /// </summary>
    private static bool IsTopic(string text, Statement s) =>
        s.Speaker == Side.None || !text.TrimEnd().EndsWith('?') && Wording.Stems(text).Count >= ConversationTopicWords;

    /// <summary>Content words (not stop words) a conversation's turn needs to be a topic.</summary>
    private const int ConversationTopicWords = 4;

    internal static ExtractedAction BuildAction(Rules.Found found, Statement s, MeetingContext meeting)
    {
        string text = found.Text;
        string? priority = null;
        if (Priority().Match(s.Text) is { Success: true } p) priority = p.Groups[1].Value.ToUpperInvariant();
        text = Priority().Replace(text, " ");

        var due = DuePhrases.Find(text, meeting);
        bool urgent = MayBeUrgent(s.Text) && Urgent().IsMatch(s.Text);
        if (due is not null)
        {
            text = text.Remove(due.Index, due.Length).Insert(due.Index, " ");
            urgent |= due.Urgent;
        }
        // The texts below are looked in only when they differ from those already found to hold no due phrase
        // (an action's text is often its whole statement): the answer depends on the text alone.
        else if (found.Due is { } given && given != text && DuePhrases.Find(given, meeting) is { } marked)
        {
            due = marked; // the date sat beside an owner marker ("=> Zoë, fri") or in a reply
            urgent |= marked.Urgent;
        }
        else if (!found.OwnClause && s.Text != text && s.Text != found.Due && DuePhrases.Find(s.Text, meeting) is { } outer)
        {
            due = outer; // the date sat in a marker part of the statement ("-> end of week")
            urgent |= outer.Urgent;
        }
        else if (s.DueText is { } cell && cell != text && cell != found.Due && (found.OwnClause || cell != s.Text) && DuePhrases.Find(cell, meeting) is { } fromFormat)
        {
            due = fromFormat; // a due cell, a Logseq DEADLINE, a "By Friday:" label
            urgent |= fromFormat.Urgent;
        }
        if (MayBeUrgent(text)) text = Urgent().Replace(text, " ");
        DateOnly? date = due?.Date;
        priority ??= urgent ? "P1" : date is { } d && d.DayNumber - meeting.Date.DayNumber <= 7 ? "P1" : "P2";
        string? unsure = found.Unsure ?? due?.Unsure;
        return new ExtractedAction(found.Owner ?? ActionOwner.Me, CleanAction(text), date, priority, s.Line)
        {
            Unsure = unsure,
            Confidence = unsure is null ? 1 : Rules.Doubts.Confidence,
        };
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
            t = (MayEndInJunk(t) ? TrailingJunk().Replace(t, "") : t).Trim();
            t = LeadingJunk().Replace(t, "").Trim();
        }
        return t;
    }

    /// <summary>The items found so far, one list per kind of <see cref="ItemKind.All"/>, and the mood.</summary>
    internal sealed class Builder
    {
        private readonly List<NoteItem>[] _items = [.. ItemKind.All.Select(_ => new List<NoteItem>())];

        /// <summary>The items of one kind found so far.</summary>
        public List<NoteItem> this[ItemKind kind] => _items[kind.Index];

        public void Add(ItemKind kind, NoteItem item) => _items[kind.Index].Add(item);

        /// <summary>The actions found so far (the action kind's list).</summary>
        public List<NoteItem> Actions => this[ItemKind.Action];

        public int? Mood { get; set; }

        /// <summary>The items tagged with their kinds, kind by kind in the order of <see cref="ItemKind.All"/>; actions stated twice are one.</summary>
        public Extraction Build() =>
            new([.. ItemKind.All.SelectMany(kind => (kind.Shape == ItemShape.Action ? Dedupe(this[kind].Cast<ExtractedAction>()) : this[kind])
                .Select(item => new ExtractedItem(kind, item)))], Mood);

        /// <summary>Two actions' stems (as numbered by <see cref="Numbered"/>) say the same thing.</summary>
        private static bool Same(int[] a, int[] b)
        {
            int shared = SharedCount(a, b);
            return Wording.Dice(shared, a.Length, b.Length) >= 0.75 || shared >= 2 && shared >= 0.7 * Math.Min(a.Length, b.Length);
        }

        /// <summary>
        /// An action's stems as numbers, sorted: each stem is numbered the first time any action has it, so the stems two
        /// actions share are counted by merging two short arrays rather than by a hash lookup of every stem for every pair
        /// of nearby actions (the same count: a set holds each stem once, and each stem has one number).
        /// </summary>
        private static int[] Numbered(HashSet<string> stems, Dictionary<string, int> numbers)
        {
            var numbered = new int[stems.Count];
            int k = 0;
            foreach (string stem in stems)
            {
                if (!numbers.TryGetValue(stem, out int number)) numbers[stem] = number = numbers.Count;
                numbered[k++] = number;
            }
            Array.Sort(numbered);
            return numbered;
        }

        /// <summary>How many numbers two sorted arrays of distinct numbers share.</summary>
        private static int SharedCount(int[] a, int[] b)
        {
            int shared = 0;
            for (int i = 0, j = 0; i < a.Length && j < b.Length;)
            {
                if (a[i] == b[j]) { shared++; i++; j++; }
                else if (a[i] < b[j]) i++;
                else j++;
            }
            return shared;
        }

        /// <summary>The same action stated twice (in the discussion and again in a recap) is one action.</summary>
        private static List<NoteItem> Dedupe(IEnumerable<ExtractedAction> actions)
        {
            // Compared with the actions of the last lines only, so a long paste stays linear.
            const int Window = 150;
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var kept = new List<(ExtractedAction Action, int[] Stems)>();
            foreach (var a in actions)
            {
                var stems = Numbered(Wording.Stems(a.Text), numbers);
                int same = -1;
                for (int k = kept.Count - 1; k >= 0 && a.Line - kept[k].Action.Line <= Window; k--)
                    if (kept[k].Action.Owner == a.Owner && Same(kept[k].Stems, stems)) { same = k; break; }
                if (same < 0) kept.Add((a, stems));
                else if (kept[same].Action.Due is null && a.Due is not null) kept[same] = (kept[same].Action with { Due = a.Due }, kept[same].Stems);
            }
            return kept.Select(k => (NoteItem)k.Action).ToList();
        }
    }

    // contract: none (machinery): reads a mood score 1–5 (outside the extraction contract)
    [GeneratedRegex(@"\b(?:mood|energy|pulse|doing)\b\s*[:=\-]?\s*(?:maybe\s+|~|about\s+|around\s+)?([1-5])(?:\s*(?:/|out of)\s*5)?\b(?![.,]\d)|^(?:how (?:she|he|they)(?:'s| is| are) doing)\s*:?\s*([1-5])\s*/\s*5", RegexOptions.IgnoreCase)]
    private static partial Regex Mood();

    // contract: "The action's text": without priorities (`[P1]`–`[P3]`, read as the action's priority)
    [GeneratedRegex(@"\[(P[1-3])\]", RegexOptions.IgnoreCase)]
    private static partial Regex Priority();

    /// <summary>
    /// Whether <see cref="Urgent"/> can match: each of its matches holds one of its words, and the pattern's letters
    /// match only ASCII letters ignoring case (no "k" to match the Kelvin sign). It begins with optional spaces, so
    /// without this every character of every action's statement is a place to try it.
    /// </summary>
    private static bool MayBeUrgent(string text) => text.AsSpan().ContainsAny(UrgentWords);

    private static readonly System.Buffers.SearchValues<string> UrgentWords = System.Buffers.SearchValues.Create(["asap", "urgent", "a.s.a.p"], StringComparison.OrdinalIgnoreCase);

    // contract: "When an action is due": ASAP, urgent → no date (priority P1)
    [GeneratedRegex(@"\s*[-–—,]?\s*\b(?:asap|urgent(?:ly)?|a\.s\.a\.p\.?)\b\s*!*", RegexOptions.IgnoreCase)]
    private static partial Regex Urgent();

    // contract: none (machinery): removes brackets left empty after markers are taken out
    [GeneratedRegex(@"\(\s*\)|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    /// <summary>Whitespace that is not already one space: a run, or a tab or line break (single spaces are left alone, which saves a copy per word).</summary>
    // contract: none (machinery): collapses whitespace
    [GeneratedRegex(@"\s{2,}|[^\S ]")]
    private static partial Regex Spaces();

    /// <summary>
    /// The characters a match of <see cref="TrailingJunk"/> ends in, before white space at the end, other than its words':
    /// an arrow's, a dash's, a bracket's and end punctuation. The pattern begins with optional spaces, so without these
    /// checks every character of every action is a place to try it, twice per action.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> JunkEnds = System.Buffers.SearchValues.Create(">→-–—:;,(.!");

    /// <summary>The words <see cref="TrailingJunk"/> drops at the end ("no later than" ends in "than").</summary>
    private static readonly string[] JunkWords = ["by", "before", "due", "on", "until", "till", "than", "for", "at", "starting", "from", "within", "in"];

    /// <summary>
    /// Whether <see cref="TrailingJunk"/> can match: the text before white space (<c>\s</c>) at its end ends in one of
    /// <see cref="JunkEnds"/> or one of <see cref="JunkWords"/>, the ASCII letters in either case (a letter outside ASCII
    /// is let through: the pattern ignores case by the culture's rules).
    /// </summary>
    private static bool MayEndInJunk(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length == 0) return false;
        if (JunkEnds.Contains(t[^1])) return true;
        foreach (string word in JunkWords)
            if (EndsIn(t, word)) return true;
        return false;
    }

    private static bool EndsIn(ReadOnlySpan<char> text, string word) => text.Length >= word.Length && Rules.Begins(text, text.Length - word.Length, word);

    // contract: "The action's text": without owner markers or due phrases (drops a dangling "by", arrow, dash)
    [GeneratedRegex(@"(?:\s*(?:->|→|=>|[-–—:;,(]|\b(?:by|before|due|on|until|till|no later than|for|at|starting|from|within|in))\s*$)|[.!;,]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingJunk();

    // contract: "The action's text": without owner markers (drops a leading arrow, dash or "to")
    [GeneratedRegex(@"^(?:[-–—:;,>→]+|to\s+(?=\w))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingJunk();
}
