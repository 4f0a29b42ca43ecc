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
    // contract: "Lists, headings and bullets": action headings (`Next steps`, `Follow-ups`, `AIs`, `TODO`); "Wins" labels
    public static readonly (SectionMood Mood, string[] Words)[] Headings =
    [
        (SectionMood.Actions, ["next steps", "next step", "follow-ups", "follow ups", "followups", "follow-up", "ais", "ai", "action items", "action item", "action points", "action point", "aps", "ap", "actions", "to do", "to-do", "todo", "todos", "to-dos", "tasks", "takeaways"]),
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
    // contract: "Tables": a header names the task and an owner (Owner, Who, DRI) or a due (Due, When, ETA)
    public static readonly string[] TaskColumns = ["task", "action", "action item", "action items", "item", "what", "to do", "todo", "next step", "next steps", "ai", "follow-up"];
    public static readonly string[] OwnerColumns = ["owner", "who", "assignee", "responsible", "dri", "owner(s)"];
    public static readonly string[] DueColumns = ["due", "when", "by when", "deadline", "date", "eta", "due date"];
    public static readonly string[] StatusColumns = ["status", "done", "state", "progress"];

    /// <summary>Status words of a table cell or an item that report it done (contract, "Tables", "Completions").</summary>
    public static bool IsDoneStatus(string cell) => DoneStatus().IsMatch(cell);

    /// <summary>Status words that say an item is cancelled, dropped or paused.</summary>
    public static bool IsCancelledStatus(string cell) => CancelledStatus().IsMatch(cell);

    /// <summary>
    /// Symbols that open an item and give its state, as a box does (docs/notes.md, "Item symbols"): people paste
    /// checklists from apps that write a ballot box or an emoji instead of <c>- [ ]</c>. The mark is the box's:
    /// <c>x</c> done, <c>-</c> cancelled, a space open.
    /// </summary>
    // contract: "Lists, headings and bullets": status emoji `✅` `☑️` `✔️` done, `❌` cancelled; "Completions": `[x]` done, `- [ ]` open
    public static readonly (string State, char Mark, string[] Symbols)[] ItemSymbols =
    [
        ("done", 'x', ["✅", "☑️", "☑", "✔️", "✔", "☒"]),
        ("cancelled", '-', ["❌"]),
        ("open", ' ', ["☐", "⬜", "🔲", "🔜", "⏳"]),
    ];

    /// <summary>The box mark of an item's leading symbol (<see cref="ItemSymbols"/>), or null when it is none of them.</summary>
    public static char? TaskMarkOf(string symbol)
    {
        string s = symbol.TrimStart();
        foreach (var (_, mark, symbols) in ItemSymbols)
            foreach (string sym in symbols)
                if (s.StartsWith(sym, StringComparison.Ordinal)) return mark;
        return null;
    }

    /// <summary>Logseq task keywords (contract, "Logseq"): open, done or cancelled.</summary>
    // contract: "Logseq": `TODO`, `LATER`, `NOW`, `DOING`, `WAITING` open; `DONE` done; `CANCELED` not an action
    public static readonly Dictionary<string, char> LogseqKeywords = new(StringComparer.Ordinal)
    {
        ["TODO"] = ' ', ["LATER"] = ' ', ["NOW"] = ' ', ["DOING"] = ' ', ["WAITING"] = ' ', ["WAIT"] = ' ', ["IN-PROGRESS"] = ' ',
        ["DONE"] = 'x', ["CANCELED"] = '-', ["CANCELLED"] = '-',
    };

    /// <summary>
    /// The acceptance table (docs/notes.md, "Answers that point back"): how a reply accepts the
    /// request before it. Each row is a form, the words that make it, and the contract line it
    /// implements. A reply accepts when it starts with one of the words, or when it is a
    /// first-person commitment that points back (see <see cref="PointsBack"/>).
    /// </summary>
    public static readonly (string Form, string[] Words, string Contract)[] Acceptances =
    [
        ("agreement", ["ok", "okay", "yes", "yep", "yeah", "yup", "sure", "sure thing", "of course", "absolutely", "definitely", "deal", "no problem", "happy to", "sounds good", "works for me"],
            "Inside a conversation: \"sure\", \"sure thing\", \"yes\" / \"yep\" / \"yeah\" / \"ok\""),
        ("taking it on", ["will do", "can do", "on it", "consider it done", "got it", "i'm on it"],
            "Inside a conversation: \"will do\", \"on it\", \"can do\", \"consider it done\""),
        ("emoji", ["👍", "👌", "🫡"], "Inside a conversation: \"👍\""),
        ("other languages", ["sí", "claro"], "Inside a conversation: \"yes\" (Spanish sí)"),
    ];

    /// <summary>Replies that accept a request in a conversation (contract, "Conversations"): a word of <see cref="Acceptances"/> first, or a commitment that points back.</summary>
    public static bool Accepts(string reply) => AcceptanceWords().IsMatch(reply) || PointsBack(reply);

    /// <summary>
    /// A first-person commitment whose object only points back ("I'll fill it in", "I'll take it",
    /// "let me handle that", "I'll have it done by the 17th", "I can do that"): nothing after the
    /// pronoun but particles, a due phrase or a courtesy. Contract, "Inside a conversation": "I'll do
    /// it / take it / handle it"; "When it points back, the action's text takes its words from what
    /// it points to".
    /// </summary>
    public static bool PointsBack(string reply)
    {
        var m = PointingBack().Match(reply.Trim());
        if (!m.Success) return false;
        string rest = m.Groups["rest"].Value;
        if (DuePhrases.Find(rest, AnyMeeting) is { } due) rest = rest.Remove(due.Index, due.Length);
        return Wording.Stems(AfterPronoun().Replace(rest, " ")).Count == 0;
    }

    private static readonly MeetingContext AnyMeeting = new(new DateOnly(2026, 1, 5), "", Cadence.Frequency.Weekly);

    /// <summary>The words of <see cref="Acceptances"/> as one alternation, longest first, for the patterns that look for an answer.</summary>
    public static readonly string AcceptanceWordPattern =
        "(?:" + string.Join("|", Acceptances.SelectMany(a => a.Words).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("'", "'?", StringComparison.Ordinal).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")(?!\\w)";

    /// <summary>
    /// <see cref="AcceptanceWordPattern"/> written out, for the patterns the regex generator builds (a pattern built at run time
    /// is interpreted under Native AOT: the answer patterns were a tenth of reading long notes). A test keeps the two equal.
    /// </summary>
    internal const string AcceptanceWordText = @"(?:consider\s+it\s+done|works\s+for\s+me|sounds\s+good|sure\s+thing|absolutely|definitely|no\s+problem|of\s+course|i'?m\s+on\s+it|happy\s+to|will\s+do|can\s+do|got\s+it|on\s+it|claro|okay|yeah|sure|deal|yes|yep|yup|ok|👍|👌|🫡|sí)(?!\w)";

    // contract: "Conversations: chat pastes and transcripts": a reply that accepts ("sure", "will do", "👍") makes the request the addressee's action
    [GeneratedRegex(@"^\W*" + AcceptanceWordText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcceptanceWords();

    /// <summary>
    /// The thread a sentence joins when no thread of the document matches it (docs/notes.md, "Thread titles"): a
    /// heading is a short noun phrase ("Promotion timeline"), so a sentence never names a thread of its own.
    /// </summary>
    public const string GeneralThread = "Notes";

    /// <summary>Words that make a statement a sentence wherever they stand after its first word: finite verbs and auxiliaries.</summary>
    // contract: "Not actions": report lines have a finite verb after their subject (went, starts, is, was, looks)
    public static readonly HashSet<string> SentenceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "did", "does",
        "feels", "felt", "seems", "wants", "wanted", "needs", "says", "said", "thinks", "thought", "knows", "likes", "got",
    };

    /// <summary>Subjects that open a sentence, never a heading.</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "he", "she", "they", "we", "you", "it" };

    /// <summary>
    /// Whether a statement is prose, not a heading (docs/notes.md, "Thread titles"): it opens with a subject pronoun
    /// ("She was quiet about the reorg"), or a finite verb follows its first word: a verb of <see cref="SentenceVerbs"/>
    /// or <see cref="Verbs.Finite"/>, or a past form in -ed ("Noah seemed upbeat today"). Headings are noun phrases:
    /// "Promotion timeline", "Budget for the offsite", "Interested in the consulting path".
    /// </summary>
    public static bool IsProse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '*', '_')).Where(w => w.Length > 0).ToList();
        if (words.Count < 2) return false;
        int apostrophe = words[0].IndexOfAny(['\'', '\u2019']);
        if (SubjectPronouns.Contains(apostrophe > 0 ? words[0][..apostrophe] : words[0])) return true;
        return words.Skip(1).Any(w => SentenceVerbs.Contains(w) || Verbs.Finite.Contains(w) || w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && w.All(char.IsLower));
    }

    /// <summary>
    /// The subject of a headline: a noun phrase followed by the participle that reports it done, and nothing after it
    /// ("Training budget approved", "Offer accepted", "Deck sent"). People write such a line as they would a heading, so
    /// its noun phrase names its thread (docs/notes.md, "Thread titles"); null when the text is not one.
    /// </summary>
    public static string? HeadlineSubject(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '*', '_')).Where(w => w.Length > 0).ToList();
        if (words.Count < 2 || words.Count > 7 || !IsParticiple(words[^1])) return null;
        int apostrophe = words[0].IndexOfAny(['\'', '\u2019']);
        if (SubjectPronouns.Contains(apostrophe > 0 ? words[0][..apostrophe] : words[0]) || !char.IsLetter(words[0][0])) return null;
        string subject = string.Join(' ', words.Take(words.Count - 1));
        return words.Count > 2 && IsProse(subject) ? null : subject;
    }

    /// <summary>A past participle that reports a thing done: a lower-case word in -ed, or one of <see cref="Participles"/>.</summary>
    private static bool IsParticiple(string word) =>
        word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower) || Participles.Contains(word);

    /// <summary>Participles not in -ed that report a thing done ("Deck sent", "Offer letter signed" has its own -ed).</summary>
    // contract: "Completions, progress and cancellations": a past-tense or "done" statement of the task ("invoice dispute resolved")
    public static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "sent", "done", "paid", "won", "made", "held", "given", "taken", "written", "bought", "sold", "built", "spent", "set", "met", "chosen", "shown",
    };

    /// <summary>
    /// Verbs that move something to a new slot (docs/notes.md, "New slots"): after one of them, "to Thursday",
    /// "to next week" or "for Friday" names where the meeting or item moves, not when anything is due. Each
    /// verb is written in its base form; its -s, -ed and -ing forms count too.
    /// </summary>
    // contract: "When an action is due": "by", "before", "due", "on", "until" mean a deadline; a date a meeting is moved to is none of them
    public static readonly string[] Moves = ["move", "reschedule", "rebook", "push", "shift", "postpone", "delay", "defer", "bump", "slide", "slip"];

    /// <summary><see cref="MoveWordPattern"/> written out, for the regex generator; a test keeps the two equal.</summary>
    internal const string MoveWordText = @"(?:rescheduling|reschedules|rescheduled|reschedule|postponing|rebooking|postpones|postponed|rebooked|shifting|postpone|delaying|defering|slipping|rebooks|pushing|shifted|delayed|defered|bumping|sliding|slipped|moving|rebook|pushes|pushed|shifts|delays|defers|bumped|slides|slided|moves|moved|shift|delay|defer|bumps|slide|slips|move|push|bump|slid|slip)";

    /// <summary>Every form of <see cref="Moves"/> (move, moves, moved, moving; slide, slid), longest first, as one alternation.</summary>
    internal static readonly string MoveWordPattern = "(?:" + string.Join("|", Moves.SelectMany(MoveForms).Distinct().OrderByDescending(w => w.Length)) + ")";

    private static IEnumerable<string> MoveForms(string verb)
    {
        string stem = verb.EndsWith('e') ? verb[..^1] : verb;
        bool doubles = verb is "slip"; // a short vowel before one consonant doubles it: slipped, slipping
        string grown = doubles ? verb + verb[^1] : stem;
        yield return verb;
        yield return verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s";
        yield return grown + "ed";
        yield return grown + "ing";
        if (verb == "slide") yield return "slid";
    }

    /// <summary>
    /// Courtesies: words that thank, greet or sign off, never a task. "Thanks, Sarah" is not an
    /// action of Sarah's (the late-owner shape "task, Name" needs a task).
    /// </summary>
    // contract: "When an action is due": other foreign words (gracias, danke, perdón, sí, claro) are filler
    public static readonly HashSet<string> Courtesies = new(StringComparer.OrdinalIgnoreCase)
    {
        "thanks", "thank", "thx", "ty", "cheers", "ta", "hi", "hello", "hey", "morning", "evening", "bye", "goodbye", "welcome",
        "sorry", "congrats", "congratulations", "gracias", "danke", "merci",
        // permission to go on ("Sure, go ahead"): a turn of the conversation, never a task
        "go", "ahead",
    };

    /// <summary>Whether every word of the text is a courtesy: nothing to do.</summary>
    public static bool IsCourtesy(string text) =>
        text.Split([' ', ',', '.', '!', ':', ';', '-'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(Courtesies.Contains);

    /// <summary>Replies that decline a request.</summary>
    public static bool Declines(string reply) => Decline().IsMatch(reply);

    // Emoji as alternatives, not in a character class, which would match half of a surrogate pair.
    // contract: "Lists, headings and bullets": a heading, bold line or emoji-bulleted line names its section
    [GeneratedRegex(@"^(?:[\s#*_▪•➡\uFE0F-]|🔹|🔸|👉|📌|📝|💬|✅|🟢|🟡|🔴)+|[*_]+$")]
    private static partial Regex HeadingNoise();

    // contract: "Completions, progress and cancellations": `[x]`, `✅`, "done", `erledigt`, `hecho` → completion
    [GeneratedRegex(@"^\s*(?:\[x\]|✅|☑️|✔️?|done|complete|completed|shipped|finished|erledigt|hecho|listo|closed|merged|sent)\b|✅|☑️|✔️|\[x\]", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStatus();

    // contract: "Completions, progress and cancellations": cancelled, dropped, on hold, parked, ~~struck~~ → none
    [GeneratedRegex(@"\b(?:cancell?ed|dropped|scrapped|on hold|won't do|wontfix|not needed|parked)\b|❌|^\s*~~.*~~\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CancelledStatus();

    /// <summary>"I'll fill it in", "let me take that", "I can do that by Fri", "sure, I'll have it done…": a first-person verb of up to three words, then a pronoun.</summary>
    // contract: "Conversations: chat pastes and transcripts": "I'll do it / take it / handle it" accepts a request
    [GeneratedRegex(@"^\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah|yup|no\s+problem|of\s+course|absolutely)\W+)?(?:i\s*'?ll|i\s+will|i\s+can|i\s+could|let\s+me|i'?m\s+happy\s+to|happy\s+to|i'?m\s+going\s+to|i'?ll\s+go\s+ahead\s+and)\s+(?:[\w'-]+\s+){1,3}?(?:it|that|this|them|those|one)\b(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PointingBack();

    /// <summary>What may follow the pronoun of a reply that points back: particles and courtesies.</summary>
    // contract: "Conversations: chat pastes and transcripts": an acceptance "alone or followed by more words"
    [GeneratedRegex(@"\b(?:in|on|up|over|out|off|back|done|through|care\s+of|(?:to|for|with)\s+(?:you|u|me|us|him|her|them)|too|as\s+well|then|thanks|no\s+worries|no\s+problem|asap)\b|[^\w\s]", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPronoun();

    // contract: "Conversations: chat pastes and transcripts": a declined request ("can't this week") is no action
    [GeneratedRegex(@"^\W*(?:no\b|nope|can't|cannot|not this week|not now|i can't|sorry,?\s+can't)", RegexOptions.IgnoreCase)]
    private static partial Regex Decline();

    // The words that make a statement a win, a decision, a goal, a blocker, feedback, a point for
    // next time or a topic: one vocabulary, read by NotesEngine (labels and mentions) and Rules (win
    // signals), beside the heading words above (contract, "Wins" and "The other kinds").

    // contract: "Wins": the text is without the wins label itself (`Win:`, `✅ shipped:`, `Kudos to share:`)
    [GeneratedRegex(@"^(?:🎉\s*|(?:big\s+)?wins?\s*[:\-–—]\s*|accomplishments?\s*[:\-–—]\s*|achievements?\s*[:\-–—]\s*|brag\s*[:\-–—]\s*|kudos to share\s*:\s*|shipped\s*:\s*)(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex WinPrefix();

    /// <summary>"next time: X", "-> next 1:1: X" (contract "Wins, feedback, talking points"): a point for the next meeting.</summary>
    // contract: "Not actions": topics carried to a later meeting ("let's revisit next time")
    [GeneratedRegex(@"^(?:->\s*)?(?:next\s+(?:time|1:1|meeting|session))\s*:\s*(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex NextTime();

    // contract: "Wins": praise with no achievement is feedback (high-five)
    [GeneratedRegex(@"^(?:high[- ]?fives?|hi5|kudos|shout-?out|praise|👏|🙌)\s*(?:[:\-–—]|\b)\s*(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex HighFive();

    // contract: none (machinery): reads a watch-out feedback label (outside the extraction contract)
    [GeneratedRegex(@"^(?:watch[- ]?outs?|⚠️?|concern|constructive(?: feedback)?)\s*(?:[:\-–—]|\b)\s*(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex WatchOut();

    // contract: none (machinery): reads a `Goals:` label (outside the extraction contract)
    [GeneratedRegex(@"^(?:(?:q[1-4]\s+|h[12]\s+|\d{4}\s+|career\s+|new\s+)?goals?|okrs?|objectives?)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex GoalPrefix();

    // contract: "Not actions": decisions and arrangements ("Decided: …", "Agreed: …")
    [GeneratedRegex(@"^(?:decisions?|decided|agreed)\s*[:\-–—]\s*(.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex DecisionPrefix();

    // contract: "Not actions": blockers and waiting in prose ("waiting on brand…, no ETA") are not actions
    [GeneratedRegex(@"\b(?:blocked|blocker|stuck|waiting (?:on|for)|held up|can't (?:move|proceed)|cannot (?:move|proceed))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Blocker();

    // contract: none (machinery): spots a goal mention (outside the extraction contract)
    [GeneratedRegex(@"\b(?:goal|goals|okr|objective|aspiration|wants? to (?:become|be|grow|move))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex GoalMention();

    // contract: "Not actions": decisions and arrangements ("we agreed to move our 1:1 to Thursdays")
    [GeneratedRegex(@"\b(?:decided|decision|we agreed|agreed (?:to|that|on)|going with|settled on)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex DecisionMention();

    // contract: "Who owns an action": mentions of things that happened, context ("discussed…") are not actions
    [GeneratedRegex(@"^(?:talked about|discussed|chatted about|covered|went over|reviewed|touched on)\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex TopicLead();

    /// <summary>
    /// contract: "Wins", signal 4: "a metric improved (\"down 30%\", \"up 18% QoQ\", \"cut 429s by 70%\")": a verb whose past
    /// tense is its bare form (cut, hit, beat) or that can only report (halved, doubled), with a number or a percentage.
    /// </summary>
    // contract: "Wins": a metric improved ("down 30%", "cut 429s by 70%")
    [GeneratedRegex(@"^(?:(?:we|team|the\s+team)\s+)?(?:cut|hit|beat|halved|doubled|trimmed|slashed)\b.*?(?:\d+(?:\.\d+)?\s*(?:%|x\b|percent\b|ms\b|s\b|min\b|minutes\b|hours?\b|days?\b)|\bin\s+half\b|\brecord\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex MetricReport();

    // contract: "Wins": signal 1, a win emoji anywhere in the line: 🎉 🥳 🏆 🚀 🙌 💪 🌟 ⭐
    [GeneratedRegex(@"🎉|🥳|🏆|🚀|🙌|💪|🌟|⭐", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WinEmoji();

    // contract: "Wins": signal 2 and 3, a wins or results heading or label (`Wins`, `Year-end:`, `Highlights`)
    [GeneratedRegex(@"^(?:(?:big\s+)?wins?|year-end|year\s+end|mid-year|mid\s+year|kudos\s+to\s+share|kudos|shipped|✅\s*shipped|highlights?|shout-?outs?|accomplishments?)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WinLabel();

    /// <summary>Achievement phrases (contract, "Wins", signal 4).</summary>
    // contract: "Wins": signal 4, an achievement verb (shipped, went live, got promoted, reached, exceeds)
    [GeneratedRegex(@"\b(?:went\s+(?:live|out)|is\s+(?:now\s+)?live|it's\s+live|is\s+done|are\s+done|spoke\s+at|got\s+promoted|got\s+\w+\s+approved|got\s+picked\s+up|(?:up|down)\s+\d+%|cut\s+\S+\s+by\s+\d+%|\d+%\s+faster|exceeds|reached\s+(?:the\s+)?(?:final|\d)|hit\s+(?:\d|the\s+\w+\s+target|3\s+of)|hit\s+\d+\s+of\s+\d+)\b|\b(?:up|down)\s+(?:from\s+)?\d+(?:\.\d+)?%(?!\w)|\bcut\s+\S+\s+by\s+\d+(?:\.\d+)?%(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex WinPhrase();

    /// <summary>Not wins (contract, "Wins"): personal life, permissions and admin, plans and progress.</summary>
    // contract: "Wins": not wins: personal life, permissions and admin, plans and progress ("went fine")
    [GeneratedRegex(@"\bgot\s+back\b|\bback\s+from\b|\bmoved\s+to\s+a\s+new\b|\b(?:budget|trip|leave|pto|expense|extension|conference\s+\w+)\s+(?:got\s+)?approved\b|\bapproved\s+(?:my|his|her)\b|\bwill\s+\w+|\bon\s+track\b|\bwent\s+(?:fine|well|ok|okay)\b|\bis\s+expanding\b|\bprepping\b|\bwaiting\b|\bslipped\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NotWin();
}
