using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// The owner rules of the extraction contract, compiled for one person's names: markers
/// (<c>AI(me):</c>, <c>Sam -></c>, <c>LF -</c>, <c>@sam</c>, <c>yo:</c>), late owners (<c>— Sam</c>,
/// <c>=> me, fri</c>), subjects with commitments ("Ben will…", "I'll…", "I said I'd…", "I still
/// owe…"), joint work ("Sam + me to…"), passives, obligations and bare imperatives; and the rules
/// that say a line is not an action (nobody committed, declines, conditionals, third parties,
/// topics for later, reports).
/// </summary>
internal sealed partial class Rules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Them = "(?:(?:{N})(?:\\s+(?:he|she|they)(?=\\s))?|he|she|they)";
    private const string Commit = @"(?:will|'ll|is\s+going\s+to|'s\s+going\s+to|are\s+going\s+to|is\s+gonna|is\s+to|to|needs\s+to|need\s+to|has\s+to|have\s+to|must|should|offered\s+to|agreed\s+to|promised\s+to|committed\s+to|volunteered\s+to|plans\s+to|is\s+planning\s+to|will\s+be|can|said\s+(?:she|he|they)(?:'d|\s+would|\s+will|'ll)|(?:still\s+)?owes?)";
    private const string MyCommit = @"(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+am\s+gonna|'m\s+gonna|\s+need\s+to|\s+needs\s+to|\s+should|\s+must|\s+have\s+to|'ve\s+got\s+to|\s+(?:still\s+)?owe|\s+promised\s+to|\s+can|\s+plan\s+to|\s+agreed\s+to|\s+offered\s+to|\s+committed\s+to|\s+volunteered\s+to|\s+am\s+to|'m\s+to|\s+would\s+like\s+to|'d\s+like\s+to|\s+intend\s+to|\s+got\s+to|\s+gotta|\s+said\s+(?:yes,?\s+)?i(?:'d|\s+would|'ll|\s+will)|\s+told\s+(?:him|her|them|\w+)\s+i(?:'d|\s+would|'ll|\s+will))";

    private const string Me = @"(?:me|myself|yo|ich)";

    /// <summary>
    /// The words that label an action item, before its owner in brackets or a colon: <c>AI(Sam):</c>, <c>AP: me to…</c>
    /// (an "action point"), <c>TODO(kenji):</c>, <c>Follow-up:</c>. One list for the markers naming me, naming them and naming nobody.
    /// </summary>
    // contract: "Who owns an action": `AI(me):`, `AI(Sam):`, "TODO:"; "Lists, headings and bullets": action headings (`AIs`, `TODO`)
    private const string TaskLabel = @"(?:ai|ap|action(?:\s+(?:item|point))?|todo|to-?do|task|follow[- ]?up)";

    private readonly PersonNames _person;
    private readonly string _n;
    private readonly StartPattern _themMarker;
    private readonly StartPattern _jointMarker;
    private readonly StartPattern _themLabelInItem;
    private readonly StartPattern _themThenVerb;
    private readonly Regex _lateOwner;
    private readonly StartPattern _themAsksMe;
    private readonly StartPattern _reportedAccept;
    private readonly Regex _inlineAccept;
    private readonly StartPattern _agreedThem;
    private readonly StartPattern _themSubject;
    private readonly StartPattern _themSubjectStart;
    private readonly Regex _agent;

    /// <summary>The first letters of the person's name forms (<see cref="PersonNames.PatternStarts"/>), each as a one-letter start.</summary>
    private readonly string[] _names;

    /// <param name="person">The other person's names.</param>
    /// <param name="compiled">Compile the person's patterns to IL: worth its start-up cost only for long notes.</param>
    public Rules(PersonNames person, bool compiled = false)
    {
        var options = Options | (compiled ? RegexOptions.Compiled : RegexOptions.None);
        _person = person;
        string n = person.Pattern;
        _n = n;
        string them = Them.Replace("{N}", n, StringComparison.Ordinal);
        const string me = Me;
        // Each pattern anchored at the start is paired with what its matches begin with, read from the pattern: the
        // mandatory start of each of its words (to-?do: "to"), its brackets, and the first letter of each of the person's
        // names (their forms are many, so only the letter), so most clauses skip it.
        string[] names = [.. person.PatternStarts.Select(c => char.ToLowerInvariant(c).ToString()).Distinct()];
        _names = names;
        _themMarker = new([.. names, "ai", "ap", "action", "to", "task", "follow", "homework", "(", "[", "@"], $@"^(?:(?:{TaskLabel}s?|homework)\s+for\s+@?(?:{n})\s*[:\-–—]\s*|{TaskLabel}\s*\(\s*@?(?:{n})\s*\)\s*[:\-–—>]*\s*|\(\s*@?(?:{n})\s*\)\s*[:\-–—]?\s*|@?(?:{n})\s*(?:\s-|–|—|->)\s*|\[\s*@?(?:{n})\s*\]\s*[:\-–—]?\s*|@(?:{n})\b\s*(?::\s*|(?:will|'ll|is\s+going\s+to|is\s+gonna|needs\s+to|has\s+to|must|should|agreed\s+to|offered\s+to|promised\s+to)\s+)?)", options);
        _jointMarker = new([.. names, "me", "yo", "ich", "both"], $@"^(?:(?:{n}|{me})\s*(?:\+|&|\band\b)\s*(?:{n}|{me}|i)\b|both\s+of\s+us)\s*(?::|->|-|–|—|\bto\b|\bwill\b|'ll|\bare\s+going\s+to\b|\bshould\b)?\s*", options);
        _themLabelInItem = new(names, $@"^(?:{n})\s*:\s*", options);
        _themThenVerb = new(names, $@"^(?:{n})\s+(?<rest>[a-z].*)$", options);
        _lateOwner = new($@"(?:->|—|–|\s-|\(|\[|,)\s*@?(?<who>(?i:(?:{n}|{me}|\?|nobody|no one|tbd)(?:\s*(?:\+|&|\band\b)\s*(?:{n}|{me}))?)(?![\p{{L}}])|[A-Z][\p{{L}}'-]+(?:\s*\+\s*[A-Z][\p{{L}}'-]+)?)\s*[)\]]?(?:\s*[,;:]?\s*(?<due>[^,;)\]]*?))?\s*[)\]]?\s*[.!]?$", options & ~RegexOptions.IgnoreCase);
        _themAsksMe = new([.. names, "he", "she", "they", "wants", "asked", "needs", "would", "'d", "expects"], $@"^(?:{them}\s+)?(?:wants|asked|needs|would\s+like|'d\s+like|expects)\s+me\s+to\s+(?<rest>.*)$", options);
        // contract: "Inside a conversation": a request accepted in the next turn is the addressee's action; in running notes the
        // request and its answer are reported on one line ("asked Sam to own the review, she said yes", "can she cover X? agreed").
        string answer = $@"(?:(?:she|he|they|{n})\s+)?(?:said\s+(?:yes|ok(?:ay)?|sure|(?:she|he|they)'?d\s+do\s+it)|agreed|accepted|(?:is|was)\s+(?:in|happy\s+to|up\s+for\s+it)|{NoteWords.AcceptanceWordPattern})";
        _reportedAccept = new(["i", "asked", "requested"], $@"^(?:i\s+)?(?:asked|requested)\s+(?:{n}|her|him|them)\s+(?:to|if\s+(?:she|he|they)\s+(?:could|can|would)|whether\s+(?:she|he|they)\s+(?:could|can|would))\s+(?<rest>.+?)\s*(?:[-–—;,.:?!]+|->|\band\b)\s*{answer}(?!\w).*$", options);
        _inlineAccept = new($@"^(?:(?:can|could|would|will)\s+(?:{them})|(?:\w+\s*:\s*)?(?:can|could|would|will)\s+you)\s+(?<rest>.+?)\?\s*(?:->\s*)?(?:(?<who>{n}|me|i)\s*:\s*)?{answer}(?!\w).*$", options);
        _agreedThem = new(["we", "agreed", "decided"], $@"^(?:we\s+)?(?:agreed|decided)\s+(?:that\s+)?(?<who>{them})\s*(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|\s+should|\s+to)\s+(?<rest>.*)$", options);
        _themSubject = new([.. names, "and", "also", "then", "so", "but", "he", "she", "they"], $@"^(?:(?:and|also|then|so|but)\s+)?{them}\s*(?:'s)?\s*(?:(?:still|also|then)\s+)?(?:{Commit})\s+(?<rest>.*)$", options);
        _themSubjectStart = new([.. names, "and", "also", "then", "so", "but", "he", "she", "they"], $@"^(?:(?:and|also|then|so|but)\s+)?(?:{them})(?:'s)?\b(?!\s*[:-])", options);
        _agent = new($@"\bby\s+(?<who>me|myself|{n}|him|her|them)\b", options);
    }

    /// <summary>"AI(me):", "(me)", "[me]", "@me", "me:", "note to self:", "remind me to": markers that make a line mine.</summary>
    // Source-generated (it names no one, unlike the person's patterns built in the constructor), so Native AOT does not interpret it.
    // contract: "Where the owner is written": markers that name me
    [GeneratedRegex($@"^(?:{TaskLabel}\s*\(\s*(?:me|mine|myself|i)\s*\)\s*[:\-–—>]*\s*|\(\s*me\s*\)\s*[:\-–—]?\s*|\[\s*me\s*\]\s*[:\-–—]?\s*|@me\b\s*:?\s*|{Me}\s*(?::|\s-\s|\s–\s|\s—\s|->)\s*|(?:{TaskLabel}s?|homework)\s+for\s+(?:me|myself)\s*[:\-–—]\s*|note\s+to\s+self\s*[:\-–—]?\s*|remind(?:er)?\s+me\s*[:\-–—]\s*|reminder\s*[:\-–—]\s*|remind\s+me\s+to\s+|yo\s+(?=\w)|me\s+to\s+(?=\w))", Options)]
    private static partial Regex MeMarker();

    /// <summary>A first-person subject with a commitment ("I'll…", "I still owe…", "let me…", "I told her I'd…"); its "rest" is the task.</summary>
    // Source-generated (it names no one), so Native AOT does not interpret it.
    // contract: "Who owns an action": a first-person subject with a committing verb is mine
    [GeneratedRegex($@"^(?:(?:and|also|then|so|but|ok|okay|sure|yes|yep|sí|si|claro|fine)[,]?\s+)*(?:(?:i|yo|ich){MyCommit}|let\s+me|(?:i\s+)?(?:told|promised)\s+(?:him|her|them|you|\w+)\s+(?:that\s+)?i(?:'d|\s+would|'ll|\s+will))\b\s*(?<rest>.*)$", Options)]
    private static partial Regex ISubject();

    /// <summary>
    /// One of the person's patterns, anchored at the text's start, with the starts one of which every match begins with
    /// (read from the pattern). The person's patterns are built at run time, so Native AOT runs them with the regex
    /// interpreter; a text that begins otherwise cannot match and is not tried.
    /// </summary>
    private sealed class StartPattern(string[] starts, string pattern, RegexOptions options)
    {
        private readonly Regex _regex = new(pattern, options);

        private readonly string[] _starts = [.. starts.Select(s => s.ToLowerInvariant()).Distinct()];

        /// <summary>The starts' first characters in either case: most texts fail here.</summary>
        private readonly System.Buffers.SearchValues<char> _firsts = System.Buffers.SearchValues.Create(
            string.Concat(starts.Select(s => $"{char.ToLowerInvariant(s[0])}{char.ToUpperInvariant(s[0])}")));

        /// <summary>Whether a match could begin the text (an empty text is tried too).</summary>
        private bool MayMatch(string text)
        {
            if (text.Length == 0 || text[0] > '\x7f') return true;
            if (!_firsts.Contains(text[0])) return false;
            foreach (string start in _starts)
                if (Begins(text, 0, start)) return true;
            return false;
        }

        public Match Match(string text) => MayMatch(text) ? _regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

        public bool IsMatch(string text) => MayMatch(text) && _regex.IsMatch(text);
    }

    /// <summary>
    /// Whether <paramref name="text"/> at <paramref name="index"/> begins with <paramref name="start"/> (lower case) as the
    /// patterns match it ignoring case: an ASCII character must be the same letter in either case; a character outside ASCII
    /// may match anything, as a few do ignoring case (the Kelvin sign is a "k").
    /// </summary>
    internal static bool Begins(ReadOnlySpan<char> text, int index, string start)
    {
        if (text.Length - index < start.Length) return false;
        for (int k = 0; k < start.Length; k++)
        {
            char c = text[index + k];
            if (c <= '\x7f' && char.ToLowerInvariant(c) != start[k]) return false;
        }
        return true;
    }

    /// <summary>An action found in a clause. A null <see cref="Owner"/> means the clause is settled as not an action.</summary>
    public sealed record Found(ActionOwner? Owner, string Text)
    {
        /// <summary>A due phrase written beside an owner marker or in a reply, read when the text has none.</summary>
        public string? Due { get; init; }

        /// <summary>The due may only come from the clause itself, not the rest of the statement.</summary>
        public bool OwnClause { get; init; }

        /// <summary>The owner came from a first-person subject or a bare imperative (in a conversation: the speaker).</summary>
        public bool FirstPerson { get; init; }

        /// <summary>Why the rule had to guess (contract, "Saying when unsure"), or null when the notes are plain.</summary>
        public string? Unsure { get; init; }
    }

    /// <summary>
    /// What the engine says when a rule guessed: the reason and how sure it is. Each row names the
    /// contract line it implements (contract, "Saying when unsure" and "Optional items").
    /// </summary>
    public static class Doubts
    {
        // contract: "Optional items": "a wish or request to one side that nobody accepted (\"she wants me to lead X\")"
        public const string Wish = "a wish nobody accepted";

        // contract: "Optional items": "a hedged first-person plan (\"I should probably…\", \"maybe I'll…\")"
        public const string Hedged = "a hedged plan";

        // contract: "The action's text": "where the commitment points back (\"send it\"), take the words it points to"
        public const string PointsBack = "'{0}' read as '{1}'";

        // contract: "Who owns an action": a left-out subject or object "is carried from the clause before"
        public const string CarriedTask = "what to {0} taken from the line before";

        /// <summary>How sure the engine is of an item it marked unsure.</summary>
        public const double Confidence = 0.5;
    }

    /// <summary>
    /// A request and its acceptance reported on one line of running notes: "asked Sam to own the Q3
    /// review — she said yes", "can she cover the rota next week? she agreed", "Q: can you send the
    /// deck? Sam: yep". The action is the request's task, owned by the one who accepts (contract,
    /// "Inside a conversation"); null when the line is not one.
    /// </summary>
    public Found? AcceptedRequest(string text)
    {
        if (_reportedAccept.Match(text) is { Success: true } reported) return new Found(ActionOwner.Them, reported.Groups["rest"].Value);
        // The inline form asks a question: no '?', no match (its pattern has a literal one).
        if (!text.Contains('?') || _inlineAccept.Match(text) is not { Success: true } inline) return null;
        var who = inline.Groups["who"];
        // "can she…? yes" and "Me: can you…? Sam: yep" are theirs; an answer by me ("Sam: could you…? me: sure") is mine.
        var owner = who.Success && who.Value.ToLowerInvariant() is "me" or "i" ? ActionOwner.Me : ActionOwner.Them;
        if (!who.Success && text.Contains(" you ", StringComparison.OrdinalIgnoreCase)) return null; // "could you…? yes" says nothing of who asked
        return new Found(owner, inline.Groups["rest"].Value);
    }

    /// <summary>"booking the postmortem for next wk" → "book the postmortem for next wk", when the -ing word is a task verb.</summary>
    public static string? Gerund(string text)
    {
        var m = GerundPattern().Match(text);
        if (!m.Success) return null;
        string stem = m.Groups["stem"].Value;
        foreach (var verb in (ReadOnlySpan<string>)[stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem])
            if (Verbs.Imperative.Contains(verb)) return verb + text[m.Length..];
        return null;
    }

    // contract: none (machinery): strips "-ing" to find a verb stem
    [GeneratedRegex(@"^(?<stem>[a-z]+)ing\b", Options)]
    private static partial Regex GerundPattern();

    /// <summary>The words of a question that an answer takes: "Q: can we waive the overage fee?" → "waive the overage fee".</summary>
    public static string QuestionWords(string question) =>
        QuestionLead().Replace(LabelLead().Replace(question.Trim().TrimEnd('?'), ""), "").Trim();

    // contract: "Commitments inside a line": split at a topic label's colon ("Renewal dashboard: I'll ping data eng")
    [GeneratedRegex(@"^[^:]{1,30}:\s*", Options)]
    private static partial Regex LabelLead();

    public static bool IsDueOnly(string text) => text.Length > 0 && DueOnly().IsMatch(text);

    public static bool IsConditional(string text) => Conditional().IsMatch(text.Trim());

    public static bool IsMeWord(string word) => word.Trim().Trim('@', '[', ']', '(', ')').ToLowerInvariant() is "me" or "i" or "yo" or "ich" or "myself" or "mine";

    /// <summary>Splits a statement at a topic label's colon, a dash, a semicolon, a comma before a new clause, "so", "but", "then" (contract, "Commitments inside a line").</summary>
    public IEnumerable<Statement> SplitClauses(Statement s)
    {
        // What follows a separator is tested from its start; a window keeps a paragraph-long statement linear.
        const int Window = 400;
        if (!MayHaveClauseSeparator(s.Text))
        {
            yield return s;
            yield break;
        }
        var separators = ClauseSplitPattern().Matches(s.Text);
        int segment = 0, depth = 0, counted = 0;
        for (int i = 0; i < separators.Count; i++)
        {
            var separator = separators[i];
            for (; counted < separator.Index; counted++)
                depth += s.Text[counted] switch { '(' => 1, ')' => -1, _ => 0 };
            if (separator.Index < segment) continue;
            int from = separator.Index + separator.Length;
            string right = s.Text.Substring(from, Math.Min(Window, s.Text.Length - from)).Trim();
            var left = s.Text.AsSpan(segment, separator.Index - segment).Trim();
            if (left.Length == 0 || depth > 0 || left.Length <= 64 && IsMarkerOnly(left.ToString())) continue;
            if (StartsClause(right) || separator.Index > 0 && s.Text[separator.Index - 1] == '?')
            {
                string clause = s.Text[segment..separator.Index];
                yield return s with { Text = separator.Value.StartsWith(':') ? clause + ":" : clause };
                segment = separator.Index + separator.Length;
            }
        }
        yield return segment == 0 ? s : s with { Text = s.Text[segment..] };
    }

    /// <summary>The characters one of which every separator of <see cref="ClauseSplitPattern"/> holds, but for its words.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseSeparatorMarks = System.Buffers.SearchValues.Create("-–—;:,?");

    /// <summary>The words <see cref="ClauseSplitPattern"/> splits at, each between white space ("and" before "then" or "will").</summary>
    private static readonly string[] ClauseSeparatorWords = ["so", "but", "then", "and"];

    /// <summary>
    /// Whether <see cref="ClauseSplitPattern"/> can find a separator: one of <see cref="ClauseSeparatorMarks"/>, or one of
    /// <see cref="ClauseSeparatorWords"/> with white space (<c>\s</c>) before and after it. A statement with neither is one
    /// clause, and most short items are.
    /// </summary>
    private static bool MayHaveClauseSeparator(string text)
    {
        if (text.AsSpan().IndexOfAny(ClauseSeparatorMarks) >= 0) return true;
        for (int i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]) || char.IsWhiteSpace(text[i])) continue;
            foreach (string word in ClauseSeparatorWords)
                if (i + word.Length < text.Length && Begins(text, i, word) && char.IsWhiteSpace(text[i + word.Length])) return true;
        }
        return false;
    }

    private bool StartsClause(string text)
    {
        if (text.Length == 0) return false;
        if (ISubject().IsMatch(text) || _themSubject.IsMatch(text) || Obligation().IsMatch(text) || MeMarker().IsMatch(text) || _themLabelInItem.IsMatch(text) && !text.Contains("->", StringComparison.Ordinal)) return true;
        if (CarriedCommit().IsMatch(text) || _themAsksMe.IsMatch(text) || WePattern().IsMatch(text) || _jointMarker.IsMatch(text) || RemindPattern().IsMatch(text) || YouSubject().IsMatch(text)) return true;
        if (IsNotAction(text) || Conditional().IsMatch(text)) return true;
        return IsImperative(text) && !LateDueOnly(text);
    }

    /// <summary>"tmrw", "by Fri", "next 1:1": a clause that is only a due phrase belongs to the clause before it.</summary>
    private static bool LateDueOnly(string text) => DueOnly().IsMatch(text);

    private bool IsMarkerOnly(string text)
    {
        string t = text.Trim().TrimEnd(':', '-', '>', ' ');
        return t.Length <= 14 && (_person.IsName(t) || IsMeWord(t) || t.StartsWith('@')) || t.Length <= 40 && MarkerLabel().IsMatch(t);
    }

    /// <summary>Who is the subject of a clause: me, the person, someone else, or nobody named.</summary>
    public Side SubjectOf(string text)
    {
        string t = LeadConnector().Replace(text.Trim(), "");
        int colon = t.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && t[..colon].Split(' ').Length <= 4) t = t[(colon + 2)..];
        if (MeSubject().IsMatch(t)) return Side.Me;
        if (_themSubjectStart.IsMatch(t)) return Side.Them;
        if (OtherSubject().Match(t) is { Success: true } other && !_person.IsName(other.Groups["name"].Value) && !Verbs.Imperative.Contains(other.Groups["name"].Value.Split(' ')[0]))
            return Side.Other;
        return Side.None;
    }

    /// <summary>A clause that commits someone or is an imperative.</summary>
    public bool IsCommitment(string text) => StartsClause(text.Trim());

    /// <summary>A format's task (a table row, a Logseq block, an item under an action heading): owner from its markers, else the format's, else the label's, else mine.</summary>
    public Found? TaskItem(Statement s)
    {
        string text = StripStatus(s.Text.Trim());
        if (text.EndsWith('?') && s.Owner is null) return null;
        if (NoOwner().IsMatch(text) || Hedged().IsMatch(text)) return new Found(null, text);
        // "Priya: postmortem template to other leads (Thu)": a name label inside a task owns it, noun phrase or not.
        if (s.Owner is null && _themLabelInItem.Match(text) is { Success: true } named && !text.Contains("->", StringComparison.Ordinal))
            return new Found(ActionOwner.Them, StripObligation(text[named.Length..]));
        var found = FindAction(s with { Text = text, IsTask = false }, Side.None, null);
        if (s.Owner is { } owner) return new Found(owner, found?.Text ?? text) { Due = found?.Due };
        if (found is not null) return found;
        return new Found(OwnerOf(s.Label), text);
    }

    public Found? FindAction(Statement s, Side subject, Found? previous)
    {
        string text = s.Text.Trim().TrimEnd('.', ' ');
        text = LeadConnector().Replace(text, "");
        if (text.Length == 0) return null;
        bool isQuestion = text.EndsWith('?');

        // Not actions (contract, "Not actions"): nobody committed, declines, conditionals, topics for later.
        if (IsNotAction(text) || Conditional().IsMatch(text) || IsDeclined(text) || HasTrailingCondition(text)) return new Found(null, text);

        // Arrows join two sides; what each side holds decides (contract, "Arrows").
        int arrow = text.IndexOf("->", StringComparison.Ordinal);
        if (arrow > 0)
        {
            string left = text[..arrow].Trim(), right = text[(arrow + 2)..].Trim();
            // "AI: JL -> budget draft, EOW": a task label before the owner is not part of it.
            string who = UnassignedMarkerPattern().Replace(left, "").Trim();
            if (who.Length > 0 && (_person.IsName(who) || IsMeWord(who) || _jointMarker.IsMatch(who + " ")))
            {
                var owner = _person.IsName(who) ? ActionOwner.Them : ActionOwner.Me;
                var inner = FindAction(s with { Text = right }, Side.None, previous);
                return new Found(owner, inner?.Text ?? right) { Due = inner?.Due };
            }
            if (right.Length == 0) return null;
            if (DueOnly().IsMatch(right)) return Owned(left, s, subject, previous) with { Due = right };
            if (LateOwnerOf(left + " -> " + right) is { } late)
            {
                if (late.Owner is null) return new Found(null, left);
                return new Found(late.Owner, StripObligation(MarkerText(left, out _))) { Due = late.Due };
            }
            // The left side is what a pronoun on the right points to ("need 2 more examples -> she'll pull them by the 12th").
            var action = FindAction(s with { Text = right, Parent = left }, Side.None, previous);
            if (action is { Owner: not null } && PointsBack().IsMatch(action.Text.Trim()))
                return action with { Text = ContextObject(left) };
            if (action is { Owner: not null })
            {
                string question = left.EndsWith('?') ? QuestionLead().Replace(left.TrimEnd('?'), "").Trim() : "";
                return question.Length > 0 && Wording.Stems(action.Text).Count <= 3 ? action with { Text = $"{action.Text} about {question}" } : action;
            }
            return action ?? new Found(null, text);
        }

        // Markers decide the owner outright.
        if (_jointMarker.Match(text) is { Success: true, Length: > 0 } joint && joint.Value.Trim().Length > 0)
            return new Found(ActionOwner.Me, StripObligation(text[joint.Length..]));
        if (MeMarker().Match(text) is { Success: true } me) return new Found(ActionOwner.Me, StripObligation(text[me.Length..]));
        if (_themMarker.Match(text) is { Success: true } them) return new Found(ActionOwner.Them, StripObligation(text[them.Length..]));
        if (LateOwnerOf(text) is { } lateOwner)
        {
            if (lateOwner.Owner is null) return new Found(null, text);
            return lateOwner;
        }
        if (_themThenVerb.Match(text) is { Success: true } named && IsImperative(named.Groups["rest"].Value))
            return new Found(ActionOwner.Them, named.Groups["rest"].Value);
        if (_themLabelInItem.Match(text) is { Success: true } label)
        {
            string rest = text[label.Length..];
            if (s.Task == ' ' || s.IsTask || IsImperative(rest) || Obligation().IsMatch(rest)) return new Found(ActionOwner.Them, StripObligation(rest));
            return null;
        }
        if (UnassignedMarkerPattern().Match(text) is { Success: true } unassigned)
        {
            string rest = text[unassigned.Length..];
            return FindAction(s with { Text = rest }, subject, previous) ?? new Found(OwnerOf(s.Label), rest);
        }
        if (RemindPattern().Match(text) is { Success: true } remind) return new Found(ActionOwner.Me, remind.Groups["rest"].Value);
        if (isQuestion) return null;

        // Subjects with a commitment.
        if (_themAsksMe.Match(text) is { Success: true } asks) return new Found(ActionOwner.Me, asks.Groups["rest"].Value) { Unsure = Doubts.Wish };
        if (AgreedMePattern().Match(text) is { Success: true } agreedMe) return new Found(ActionOwner.Me, agreedMe.Groups["rest"].Value) { FirstPerson = true };
        if (_agreedThem.Match(text) is { Success: true } agreedThem) return new Found(ActionOwner.Them, agreedThem.Groups["rest"].Value);
        if (ISubject().Match(text) is { Success: true } i)
        {
            string rest = i.Value.Contains("owe", StringComparison.OrdinalIgnoreCase) && !i.Groups["rest"].Value.StartsWith("owe", StringComparison.OrdinalIgnoreCase) && OweBefore().IsMatch(text[..i.Groups["rest"].Index]) ? "owe " + i.Groups["rest"].Value : i.Groups["rest"].Value;
            return Commitment(rest, ActionOwner.Me, previous, s) with { FirstPerson = true, Unsure = HedgeWord().IsMatch(text) ? Doubts.Hedged : null };
        }
        // Outside a conversation "you" can only be the person: an emailed recap written to them ("You'll send me the org chart").
        if (s.Speaker == Side.None && YouSubject().Match(text) is { Success: true } you)
            return NotACommitment(you.Groups["rest"].Value) ? new Found(null, text) : Commitment(you.Groups["rest"].Value, ActionOwner.Them, previous, s);
        if (_themSubject.Match(text) is { Success: true } they)
            return NotACommitment(they.Groups["rest"].Value) ? new Found(null, text) : Commitment(they.Groups["rest"].Value, ActionOwner.Them, previous, s);
        if (WePattern().Match(text) is { Success: true } we) return new Found(OwnerOf(s.Label), we.Groups["rest"].Value) { FirstPerson = true };
        if (CarriedCommit().Match(text) is { Success: true } carried)
        {
            // A left-out subject is carried from the clause before; a line with none at all is mine.
            if (subject == Side.Other) return new Found(null, text);
            var owner = subject == Side.Them ? ActionOwner.Them : ActionOwner.Me;
            return Commitment(carried.Groups["rest"].Value, owner, previous, s) with { FirstPerson = subject != Side.Them };
        }
        // Passives: the agent after "by" owns it; no agent means me.
        if (MayBePassive(text) && PassivePattern().Match(text) is { Success: true } passive)
        {
            string rest = passive.Groups["rest"].Value;
            var agent = _agent.Match(rest);
            // "contract to be signed by the customer": a third party as the agent is their plan, not an action.
            if (!agent.Success && IsOtherAgent(rest)) return new Found(null, text);
            var owner = agent.Success && !agent.Groups["who"].Value.StartsWith("me", StringComparison.OrdinalIgnoreCase) ? ActionOwner.Them : ActionOwner.Me;
            if (agent.Success) rest = rest.Remove(agent.Index, agent.Length);
            string obj = AgreedLead().Replace(passive.Groups["obj"].Value, "");
            return new Found(owner, $"{BaseForm(passive.Groups["verb"].Value)} {obj} {rest}");
        }

        if (Obligation().Match(text) is { Success: true } must) return new Found(OwnerOf(s.Label), must.Groups["rest"].Value) { FirstPerson = true };
        if (SubjectOf(text) == Side.Other && ThirdPartyCommit().IsMatch(text)) return new Found(null, text);
        if (IsImperative(text)) return new Found(OwnerOf(s.Label), text) { FirstPerson = s.Label == StatementOwner.None };
        if (s.Task == ' ') return new Found(OwnerOf(s.Label), text) { FirstPerson = s.Label == StatementOwner.None };
        return null;
    }

    /// <summary>The owner of a clause with no marker of its own: its subject, or mine.</summary>
    private Found Owned(string text, Statement s, Side subject, Found? previous)
    {
        var inner = FindAction(s with { Text = text }, subject, previous);
        if (inner is { Owner: not null }) return inner;
        return new Found(OwnerOf(s.Label), StripObligation(text));
    }

    /// <summary>
    /// A commitment's text: "finish by Fri" after "she's ~50% through the runbook cleanup" takes the
    /// words it points to; "get it to you" after "I owe you feedback" is the same task.
    /// </summary>
    private Found Commitment(string rest, ActionOwner owner, Found? previous, Statement s)
    {
        string text = rest.Trim();
        if (Stative().IsMatch(text) || text.Length == 0 || text.Equals("do", StringComparison.OrdinalIgnoreCase)) return new Found(null, text);
        if (PointsBack().IsMatch(text) && previous is { Owner: not null } p)
            return new Found(p.Owner, p.Text) { Due = text };
        if (s.Parent is { } context)
        {
            var due = DuePhrases.Find(text, AnyMeeting);
            string bare = StripDue(text, due);
            string meant = ContextObject(context);
            if (BareVerb().IsMatch(bare) || Wording.Stems(bare).Count <= 1)
                return new Found(owner, $"{Pronoun().Replace(bare, "")} {meant} {DueTail(text, due)}".Trim()) { Unsure = string.Format(CultureInfo.InvariantCulture, Doubts.CarriedTask, bare.Split(' ')[0]) };
            if (Pronoun().IsMatch(bare))
                return new Found(owner, Pronoun().Replace(text, " " + meant + " ", 1).Trim()) { Unsure = string.Format(CultureInfo.InvariantCulture, Doubts.PointsBack, Pronoun().Match(bare).Value.Trim(), meant.Trim()) };
        }
        return new Found(owner, text);
    }

    /// <summary>The text without its due phrase (<paramref name="due"/>, found in it by the caller), else without a trailing "by …".</summary>
    private static string StripDue(string text, DueDate? due) =>
        due is not null ? text.Remove(due.Index, due.Length).Trim() : DueTailRegex().Replace(text, "").Trim();

    /// <summary>The text's due phrase (<paramref name="due"/>, found in it by the caller), else its trailing "by …".</summary>
    private static string DueTail(string text, DueDate? due) =>
        due is not null ? text.Substring(due.Index, due.Length).Trim() : DueTailRegex().Match(text) is { Success: true } m ? m.Value.Trim() : "";

    /// <summary>A meeting to find where a due phrase sits (its date is not used).</summary>
    private static readonly MeetingContext AnyMeeting = new(new DateOnly(2026, 1, 5), "", Cadence.Frequency.Weekly);

    /// <summary>The object a progress or failure clause names: "she's ~50% through the runbook cleanup" → "the runbook cleanup".</summary>
    public static string ContextObject(string context)
    {
        string c = context.Trim();
        int colon = c.IndexOf(':');
        // A topic label names the thing; a label that only says what kind of line follows ("Open item:", "FYI:") does not.
        if (colon > 0 && c[..colon].Split(' ').Length <= 4) c = KindLabel().IsMatch(c[..colon].Trim()) ? c[(colon + 1)..].Trim() : c[..colon];
        c = LastClause().Split(c)[^1];
        // "Noah raised the hiring freeze concern": what a subject raised, wants or mentioned is the thing.
        if (SubjectVerb().Match(c) is { Success: true } said && Wording.Stems(c[said.Length..]).Count > 0)
        {
            c = c[said.Length..];
            // "Sam wants to lead the meetup": what a wish is about is the object of the verb wished for.
            if (Wish().IsMatch(said.Value) && WishedVerb().Match(c) is { Success: true } verb && Wording.Stems(c[verb.Length..]).Count > 0) c = c[verb.Length..];
        }
        else c = ProgressLead().Replace(c, "").Trim();
        var words = c.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // The thing ends where its clause's verb begins: "Release retro went well", "the difficulty would be 100%".
        int finite = words.FindIndex(w => Verbs.Finite.Contains(w.ToLowerInvariant()) || NoteWords.SentenceVerbs.Contains(w));
        if (finite > 0) c = string.Join(' ', words.Take(finite)); // "Release retro went well" → "Release retro"
        string t = c;
        t = HaveVerb().Replace(t, "");
        // "draft by Tues?" names the draft: the thing is without its due phrase or question mark.
        if (DuePhrases.Find(t, AnyMeeting) is { } due && Wording.Stems(t.Remove(due.Index, due.Length)).Count > 0) t = t.Remove(due.Index, due.Length);
        return Spaces().Replace(t, " ").Trim().TrimEnd(',', '.', '?', ' ');
    }

    // contract: "The action's text": "take the words it points to from the line" (what a wish is about)
    [GeneratedRegex(@"\b(?:wants|needs|would\s+like|'d\s+like)\s*$", Options)]
    private static partial Regex Wish();

    // contract: "The action's text": "take the words it points to from the line" (the verb wished for is not the thing)
    [GeneratedRegex(@"^to\s+[a-z]+\s+", Options)]
    private static partial Regex WishedVerb();

    // contract: "Not actions": report lines such as `Open issue: …` (a label that names the kind of line, not its topic)
    [GeneratedRegex(@"^(?:open\s+|new\s+|side\s+)?(?:items?|issues?|questions?|points?|problems?|concerns?|notes?|context|fyi|updates?|topics?|q|risks?)$", Options)]
    private static partial Regex KindLabel();

    // contract: "Who owns an action": a left-out subject is carried from the clause before
    [GeneratedRegex(@",\s+(?:so\s+|and\s+|but\s+)?|;\s*|\s+so\s+|\s[-–—]\s", Options)]
    private static partial Regex LastClause();

    // contract: none (machinery): collapses the spaces a removed phrase leaves
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // contract: "Who owns an action": "Noah is behind on his feedback and will catch up" (subject carried)
    [GeneratedRegex(@"^(?:has|have|had|is|was|are|behind\s+on|working\s+on|on|still|needs?|wants?)\s+", Options)]
    private static partial Regex HaveVerb();

    /// <summary>A late owner at the end of the item (<c>— Sam</c>, <c>=> me, fri</c>, <c>(Sam) 📅 …</c>, <c>[me]</c>).</summary>
    /// <summary>The characters one of which begins each of <see cref="_lateOwner"/>'s separators (<c>-></c>, <c>—</c>, <c>–</c>, <c> -</c>, <c>(</c>, <c>[</c>, <c>,</c>).</summary>
    private static readonly System.Buffers.SearchValues<char> LateOwnerSeparators = System.Buffers.SearchValues.Create("-—–([,");

    /// <summary>
    /// A character every match of <see cref="TrailingDate"/> holds: the high surrogate of 📅 (U+1F4C5) and of 🗓 (U+1F5D3),
    /// or the bracket of "[due::" (neither has another case). Characters, not the words: a case-insensitive search for
    /// strings outside ASCII is slower than the pattern it would spare.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> TrailingDateMarks = System.Buffers.SearchValues.Create("\uD83D[");

    /// <summary>
    /// The starts of <see cref="_lateOwner"/>'s owner ("who") ignoring case: a name's first letter, me (myself), yo,
    /// ich, "?", no (nobody, no one), tbd; its other form is a capital ASCII letter, tested on its own (that part of the
    /// pattern does not ignore case).
    /// </summary>
    private static readonly string[] LateOwnerWords = ["me", "yo", "ich", "?", "no", "tbd"];

    /// <summary>
    /// Whether <see cref="_lateOwner"/> can match <paramref name="t"/>: after one of its separators (an arrow's "->" taken
    /// whole), white space and an optional "@", its owner must begin, as <see cref="LateOwnerWords"/> says.
    /// </summary>
    private bool MayHaveLateOwner(string t)
    {
        for (int i = t.AsSpan().IndexOfAny(LateOwnerSeparators); i >= 0; i = NextSeparator(t, i + 1))
        {
            int q = i + 1;
            if (t[i] == '-' && q < t.Length && t[q] == '>') q++;
            while (q < t.Length && char.IsWhiteSpace(t[q])) q++;
            if (q < t.Length && t[q] == '@') q++;
            if (q == t.Length) continue;
            char c = t[q];
            if (c > '\x7f' || c is >= 'A' and <= 'Z') return true;
            foreach (string start in _names)
                if (Begins(t, q, start)) return true;
            foreach (string start in LateOwnerWords)
                if (Begins(t, q, start)) return true;
        }
        return false;
    }

    private static int NextSeparator(string t, int from)
    {
        int next = t.AsSpan(from).IndexOfAny(LateOwnerSeparators);
        return next < 0 ? -1 : from + next;
    }

    private Found? LateOwnerOf(string text)
    {
        string t = (text.AsSpan().IndexOfAny(TrailingDateMarks) >= 0 ? TrailingDate().Replace(text, "") : text).TrimEnd();
        // The pattern begins at one of its separators (an arrow, a dash, a bracket, a comma) with an owner after it: most
        // clauses have none, and the person's patterns run interpreted under Native AOT (docs/performance.md, sessions 8 and 12).
        if (!MayHaveLateOwner(t)) return null;
        var m = _lateOwner.Match(t);
        if (!m.Success || m.Index == 0) return null;
        string who = m.Groups["who"].Value.Trim();
        string due = m.Groups["due"].Value.Trim();
        if (DueOnly().IsMatch(who)) return null;
        if (due.Length > 0 && !DueOnly().IsMatch(due)) return null;
        string before = t[..m.Index].Trim();
        if (before.Length == 0) return null;
        string date = TrailingDate().Match(text) is { Success: true } d ? d.Value : "";
        string dueText = $"{due} {date}".Trim();
        if (who is "?" || who.Equals("nobody", StringComparison.OrdinalIgnoreCase) || who.Equals("no one", StringComparison.OrdinalIgnoreCase) || who.Equals("tbd", StringComparison.OrdinalIgnoreCase))
            return new Found(null, before);
        var parts = Regex.Split(who, @"\s*(?:\+|&|\band\b)\s*").Where(p => p.Length > 0).ToList();
        ActionOwner? owner = parts.Any(IsMeWord) ? ActionOwner.Me : parts.All(_person.IsName) ? ActionOwner.Them : null;
        if (owner is null)
        {
            // A capitalised word at the end is a third party only after an arrow or dash ("swap -> Mira"); "- Wow!" is a reaction.
            if (!Regex.IsMatch(m.Value, @"^\s*(?:->|—|–|\s-)") || t.EndsWith('!')) return null;
            if (Verbs.Imperative.Contains(parts[0]) || !char.IsUpper(parts[0][0])) return null;
            return new Found(null, before);
        }
        if (m.Value.TrimStart().StartsWith(',') && owner == ActionOwner.Me && !IsMeWord(who)) return null;
        if (m.Value.TrimStart().StartsWith(',') && !IsMeWord(who) && !_person.IsName(who)) return null;
        return new Found(owner, StripObligation(MarkerText(before, out _))) { Due = dueText.Length > 0 ? dueText : null };
    }

    /// <summary>The task words of a marker-led item: "me: send X" → "send X".</summary>
    private string MarkerText(string text, out ActionOwner? owner)
    {
        owner = null;
        if (MeMarker().Match(text) is { Success: true, Length: > 0 } me) { owner = ActionOwner.Me; return text[me.Length..]; }
        if (_themMarker.Match(text) is { Success: true, Length: > 0 } them) { owner = ActionOwner.Them; return text[them.Length..]; }
        return text;
    }

    private static ActionOwner OwnerOf(StatementOwner label) => label == StatementOwner.Them ? ActionOwner.Them : ActionOwner.Me;

    /// <summary>"Need to send the deck" → "send the deck".</summary>
    private static string StripObligation(string text) => Obligation().Match(text.Trim()) is { Success: true } m ? m.Groups["rest"].Value : text.Trim();

    private static bool NotACommitment(string rest) =>
        rest.StartsWith("be ", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("be responsible", StringComparison.OrdinalIgnoreCase)
        && (rest.Contains("happy", StringComparison.OrdinalIgnoreCase) || rest.Contains("fine", StringComparison.OrdinalIgnoreCase) || rest.Contains("out", StringComparison.OrdinalIgnoreCase))
        || Stative().IsMatch(rest);

    /// <summary>
    /// A bare imperative: a base-form verb first, not a noun used as a subject ("Launch retro went
    /// fine", "Review cycle starts Sep 14") and not a <c>Label:</c> ("Open issue: …").
    /// </summary>
    public static bool IsImperative(string text)
    {
        // Most clauses fail on their first word: it is looked up before any word is made a string.
        if (!FirstWordIsVerb(text)) return false;
        // Only the first words decide: no list of every word of a paragraph-long line (this is asked of most clauses).
        var original = FirstWords(text);
        var words = original.ConvertAll(w => w.ToLowerInvariant());
        if (words.Count == 0 || !Verbs.Imperative.Contains(words[0])) return false;
        if (words.Count > 1 && words[1] is "he" or "she" or "they" or "it" or "we" or "i") return false;
        for (int k = 1; k < Math.Min(words.Count, 8); k++)
        {
            string w = words[k];
            if (Verbs.Finite.Contains(w)) return false;
            if (k == 1 && w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && w != "need" && w != "feed" && char.IsLower(original[k][0])) return false;
        }
        var colon = text.IndexOf(':');
        if (colon > 0 && WordPattern().Count(text.AsSpan(0, colon)) <= 4) return false;
        return true;
    }

    /// <summary>The imperative verbs looked up by a lower-cased span of the text.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImperativeSpans = Verbs.Imperative.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the first word (as <see cref="FirstWords"/> finds it), lower-cased as <see cref="string.ToLowerInvariant()"/>
    /// does, is an imperative verb: <see cref="IsImperative"/>'s first test, without making the word a string.
    /// </summary>
    private static bool FirstWordIsVerb(string text)
    {
        var matches = WordPattern().EnumerateMatches(text);
        if (!matches.MoveNext()) return false;
        var word = text.AsSpan(matches.Current.Index, matches.Current.Length);
        if (word.Length > 32) return Verbs.Imperative.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[32];
        return ImperativeSpans.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    /// <summary>
    /// An accomplishment verb followed by one of these words is a setback, not a win: "got stuck",
    /// "got pushed", "ran over", "ran late", "ran out of time".
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> Setbacks = new(StringComparer.Ordinal)
    {
        ["got"] = ["to", "stuck", "blocked", "sick", "pulled", "delayed", "pushed", "cancelled", "canceled", "worse", "back"],
        ["ran"] = ["over", "late", "long", "out", "behind", "short"],
        ["run"] = ["over", "late", "long", "out", "behind", "short"],
    };

    /// <summary>A subject of one to six words followed by an accomplishment verb: "Omar's team hit 99.95% uptime".</summary>
    public bool IsWin(string text)
    {
        // "Will won…": the name, not a modal ("will win" stays a plan below).
        if (NamedWill(text)) text = text[(text.IndexOf("will", StringComparison.OrdinalIgnoreCase) + 4)..];
        if (NoteWords.NotWin().IsMatch(text)) return false;
        if (NoteWords.WinPhrase().IsMatch(text)) return true;
        var words = Words(text);
        for (int k = 1; k < Math.Min(words.Count, 7); k++)
        {
            if (!Verbs.Win.Contains(words[k])) continue;
            if (words.Take(k).Any(w => w is "will" or "to" or "should" or "must" or "need" or "needs" or "i'll" or "we'll" or "if")) return false;
            return !(k + 1 < words.Count && Setbacks.TryGetValue(words[k], out var after) && after.Contains(words[k + 1]));
        }
        return Verbs.Win.Contains(words.FirstOrDefault() ?? "") && words.Count > 2 && words[0] is not "got" and not "cut";
    }

    /// <summary>"Will won…", "Will shipped…": a modal never comes straight before a past form, so "Will" is a name there.</summary>
    public static bool NamedWill(string text)
    {
        // Asked of every action and every win candidate: most lines hold no "will" at all, and need no word list.
        if (!text.Contains("will", StringComparison.OrdinalIgnoreCase)) return false;
        var words = Words(text);
        return words.Count > 1 && words[0] == "will" && Verbs.Win.Contains(words[1]) && PastOnly(words[1]);
    }

    /// <summary>A win verb that is only ever a past form ("won", "led", "shipped"), unlike "hit", "cut" or "beat".</summary>
    private static bool PastOnly(string verb) =>
        verb.EndsWith("ed", StringComparison.Ordinal) || verb is "won" or "led" or "ran" or "grew" or "spoke" or "got";

    /// <summary>A win emoji anywhere in the line (contract, "Wins", signal 1).</summary>
    public static bool HasWinEmoji(string text) => NoteWords.WinEmoji().IsMatch(text);

    /// <summary>"Win:", "Year-end:", "✅ shipped:" and other win labels are not the win's text.</summary>
    public static string StripWinLabel(string text) => NoteWords.WinLabel().Replace(text.Trim(), "").Trim();

    /// <summary>"Training budget approved", "the deck was sent": something reported done.</summary>
    public static bool IsCompletion(string text)
    {
        if (NotDone().IsMatch(text)) return false;
        if (DoneMarkerPattern().IsMatch(text) || DoneEmoji().IsMatch(text)) return true;
        var words = Words(text);
        for (int k = 0; k < Math.Min(words.Count, 8); k++)
            if (Verbs.Done.Contains(words[k]) && (k > 0 || words.Count > 1)) return true;
        return false;
    }

    /// <summary>Progress, intent, readiness, failure or negation: never a completion.</summary>
    public static bool IsProgress(string text) => NotDone().IsMatch(text);

    /// <summary>Cancelled, dropped or paused (contract, "Completions, progress and cancellations").</summary>
    public static bool IsCancelled(string text) => text.AsSpan().ContainsAny(CancelledWords) && Cancelled().IsMatch(text);

    /// <summary>
    /// A word every match of <see cref="Cancelled"/> holds, one for each of its forms ("no longer need", "don't need to
    /// … anymore", "won't need" and "not needed" all hold "need"), compared ignoring case as the pattern's letters are
    /// (none is a "k", which also matches the Kelvin sign): a statement with none of them is not tried.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> CancelledWords = System.Buffers.SearchValues.Create(
        ["need", "scrap", "drop", "cancel", "hold", "roadmap", "running", "~~"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"no longer need the deck — send the numbers instead": the same line creates a new task.</summary>
    public bool HasNewTask(string text)
    {
        var parts = Regex.Split(text, @"\s+(?:-|–|—|;|->)\s+|;\s*|\s+and\s+(?=(?:i'll|i\s+will|i'm\s+going\s+to)\b)", RegexOptions.IgnoreCase);
        return parts.Skip(1).Any(p => !IsCancelled(p) && (IsImperative(p.Trim()) || ISubject().IsMatch(p.Trim())));
    }

    /// <summary>The item without its status marks: "sent ✅ the deck" → "sent the deck".</summary>
    public static string StripStatus(string text) => StatusMarks().Replace(text, " ").Trim();

    /// <summary>
    /// The first <see cref="LeadingWords"/> words of <paramref name="text"/>, lower-cased: every rule that reads
    /// words looks at the first seven and whether an eighth follows, so a long line's other words are not listed.
    /// </summary>
    private static List<string> Words(string text) =>
        FirstWords(text).ConvertAll(w => w.ToLowerInvariant().Replace('’', '\''));

    /// <summary>How many words <see cref="Words"/> and <see cref="IsImperative"/> read from the start of a clause.</summary>
    private const int LeadingWords = 8;

    private static List<string> FirstWords(string text)
    {
        var words = new List<string>(LeadingWords);
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            words.Add(text.Substring(m.Index, m.Length));
            if (words.Count == LeadingWords) break;
        }
        return words;
    }

    /// <summary>"… - done", "… (done)", "… ✅" at the end of a statement.</summary>
    // contract: "Completions, progress and cancellations": a "done" statement of the task ("intro … done")
    [GeneratedRegex(@"(?:\s[-–—:]\s*|\s\(|,\s*|\s)(?:done|completed|finished|shipped|sorted|erledigt|hecho|listo)\)?[.!]*\s*$", Options)]
    private static partial Regex DoneMarkerPattern();

    // contract: none (machinery): splits text into words
    [GeneratedRegex(@"[\w'’%./-]+", Options)]
    private static partial Regex WordPattern();

    // contract: "Who owns an action": a bare obligation with no subject ("Need to…", "Must…", "I owe") is mine
    [GeneratedRegex(@"^(?:need\s+to|needs\s+to|must|have\s+to|has\s+to|should|don't\s+forget\s+to|do\s+not\s+forget\s+to|remember\s+to|make\s+sure\s+(?:to\s+)?|please|pls|gotta|got\s+to|plan\s+to|i\s+(?:still\s+)?owe)\s+(?<rest>.*)$", Options)]
    private static partial Regex Obligation();

    /// <summary>
    /// A word each form of <see cref="NotAction"/> holds ("might" for "we might" and "might be worth", "not" for "not
    /// ours", "nothing for us to do" and "nothing final", "may" for "maybe", "next" for "we'll discuss … next time", "par"
    /// for "parked": a "k" also matches the Kelvin sign), but for "no …" at the start; compared ignoring case as the pattern is.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> NotActionWords = System.Buffers.SearchValues.Create(
        ["should", "could", "might", "may", "worth", "point", "par", "owner", "not", "fyi", "let", "revisit", "leave", "next", "far", "possibly", "perhaps", "open"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A clause <see cref="NotAction"/> matches, tried only when it holds one of <see cref="NotActionWords"/> or begins with "no".</summary>
    private static bool IsNotAction(string text) => (text.AsSpan().ContainsAny(NotActionWords) || Begins(text, 0, "no")) && NotAction().IsMatch(text);

    /// <summary>A word each form of <see cref="Declined"/> holds, compared ignoring case as the pattern is.</summary>
    private static readonly System.Buffers.SearchValues<string> DeclinedWords = System.Buffers.SearchValues.Create(
        ["rather", "want", "going", "won't", "will not", "need", "maybe", "can't"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A clause <see cref="Declined"/> matches, tried only when it holds one of <see cref="DeclinedWords"/>.</summary>
    private static bool IsDeclined(string text) => text.AsSpan().ContainsAny(DeclinedWords) && Declined().IsMatch(text);

    /// <summary>Contract, "Not actions": nobody committed, topics for later, conversation moves, outcomes, third-party notes.</summary>
    // contract: "Not actions": nobody committed, topics carried to a later meeting, conversation moves
    [GeneratedRegex(@"^(?:we|you|someone|somebody)\s+(?:should|could|might|may)\b|\bmight\s+be\s+worth\b|\bat\s+some\s+point\b|\bparked\b|\bparking\s+that\b|\bno\s+owner\s+yet\b|\bnothing\s+for\s+us\s+to\s+do\b|\bnot\s+our\s+(?:action|problem)\b|\bnot\s+ours\b|\bfyi\s+only\b|^let'?s\s+(?:revisit|talk|discuss|leave|park|come\s+back|circle\s+back|go\s+over)\b|\brevisit\s+(?:it\s+|this\s+|that\s+)?(?:next|later|in)\b|\bleave\s+(?:that|it|this)\s+(?:for|to|until)\b|\bwe'll\s+(?:go\s+over|discuss|talk\s+about|revisit|look\s+at)\b.*\bnext\s+(?:1:1|time|meeting|session)\b|\bnot\s+committing\b|^no\s+(?:reply|answer|response|eta|news|budget|time|capacity|owner|decision)\b|\bso\s+far$|^(?:maybe|possibly|perhaps)\b|^nothing\s+(?:final|decided|else)\b|^open\s+(?:questions?|issues?|items?|points?|topics?)\b", Options)]
    private static partial Regex NotAction();

    // contract: "Not actions": conditionals ("if …", "unless…") but politeness ("if you can") is not one
    [GeneratedRegex(@"^(?:if|unless|in\s+case|only\s+if|depending\s+on)\b(?!\s+(?:you\s+can|that\s+works|possible|needed|it\s+helps)\b)", Options)]
    private static partial Regex Conditional();

    // contract: "Not actions": declines and preferences ("he'd rather not", "doesn't want to", "I said maybe")
    [GeneratedRegex(@"\b(?:'d|would)\s+rather\s+not\b|\b(?:doesn't|does\s+not|don't|do\s+not)\s+want\s+to\b|\bnot\s+going\s+to\b|\b(?:won't|will\s+not)\s+(?:be\s+)?(?!need)|\bno\s+need\s+to\b|\bi\s+said\s+maybe\b|\bcan't\s+this\s+week\b", Options)]
    private static partial Regex Declined();

    // contract: "Who owns an action": a line starting "will…", "gonna…" takes the subject carried from before
    [GeneratedRegex(@"^(?:(?:and|also|then|so|but|ok|okay|sure|yes|yep|sí|si|claro)[,]?\s+)*(?:will|'ll|gonna|going\s+to|to)\s+(?!be\s+(?:fine|ok|good|great))(?<rest>\w.*)$", Options)]
    private static partial Regex CarriedCommit();

    // contract: "Not actions": third parties' plans and commitments ("Legal will send", "Diego is on it")
    [GeneratedRegex(@"\b(?:will|'ll|is\s+going\s+to|to|plans\s+to|says|is\s+on\s+it|covers|is\s+running)\b", Options)]
    private static partial Regex ThirdPartyCommit();

    // contract: "Who owns an action": me is a first-person subject (I, I'll, I'm); yo and ich are me
    [GeneratedRegex(@"^(?:i|i'm|i've|i'd|i'll|yo|ich)\b", Options)]
    private static partial Regex MeSubject();

    /// <summary>A third party as subject: a capitalised name, "her PM", "their admin", "Legal", "the support team".</summary>
    // contract: "Not actions": a third party as subject ("Legal will…", "her PM will move it to Q1")
    [GeneratedRegex(@"^(?:(?<name>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)(?:'s\s+team)?(?:\s*\([^)]*\))?(?:,\s*[^,]+,)?\s+(?:will|'ll|is|are|says|said|to|plans|covers|has|was)\b|(?<name>(?:his|her|their|our|the)\s+(?:pm|manager|admin|lead|team|deputy|boss|director|vp|skip|[a-z]+\s+team))\b)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSubject();

    // contract: "Commitments inside a line": "so", "but", "then" before a clause are not part of it
    [GeneratedRegex(@"^(?:[^\p{L}\d""'(\[@#~]+|(?:and|also|then|so|but|ok|okay|oh|btw|plus)\b[,]?\s*|(?:a|ans|answer)\s*:\s+)+", Options)]
    private static partial Regex LeadConnector();

    /// <summary>A clause that is only a due phrase: "tmrw", "by Fri", "EOD thurs", "next 1:1", "fortnight", "📅 2026-03-02".</summary>
    // Each word is taken atomically (the first alternative that fits, so the longer forms with punctuation come before bare numbers): a long run of due words cannot backtrack exponentially.
    // contract: "When an action is due": a part made only of a due phrase gives the due, not a task
    [GeneratedRegex(@"^(?>(?:📅|🗓️?|by|before|due|on|until|till|bis|hasta|probably|ideally|in|within|no\s+later\s+than|at|for|the|a|an|our|this|next|end|of|eod|cob|eob|first|thing|latest|morning|afternoon|[\w-]*day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|tmrw|tmw|tmr|2moro|tomorrow|today|tonight|mañana|manana|morgen|hoy|heute|viernes|lunes|martes|jueves|freitag|montag|dienstag|mittwoch|donnerstag|week|wk|wks|weeks|days?|month|quarter|year|eow|eom|eoq|eoy|asap|fortnight|couple|few|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}\.?(?:\d{4})?|1:1|\d+(?:st|nd|rd|th)?|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|session|sync|monthly|weekly|time|meeting|q[1-4]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|📅|🗓️?|nächste|woche|próxima|semana|la|w/?|latest|then|later|soon|start|starting|from)\b[\s,.!]*)+$", Options)]
    private static partial Regex DueOnly();

    // contract: "Not actions": "no owner yet", `=> ?` (explicitly nobody)
    [GeneratedRegex(@"(?:->|=>)\s*\?|\bno\s*(?:one|body)\s+yet\b|\(nobody(?:\s+yet)?\)|^(?:nobody|no\s+one)\s+(?:owns|has|is\s+on|is\s+owning|picked\s+up)\b|\bno\s+owner\b|\bunowned\b", Options)]
    private static partial Regex NoOwner();

    // contract: "Optional items": an item that is hedged (`-> maybe, revisit next time`)
    [GeneratedRegex(@"->\s*maybe\b|\bmaybe,\s+revisit\b", Options)]
    private static partial Regex Hedged();

    /// <summary>A hedge inside a first-person plan: "I should probably…", "I'll maybe…", "I might…" (contract, "Optional items").</summary>
    // contract: "Optional items": a hedged first-person plan ("I should probably…", "maybe I'll…")
    [GeneratedRegex(@"^i\s*(?:'ll|\s+will|\s+should|\s+could|\s+might|\s+may)\s+(?:probably|maybe|possibly|perhaps|try\s+to)\b|^i\s+might\b|^i\s+may\b", Options)]
    private static partial Regex HedgeWord();

    /// <summary>Verbs that state, not commit: "she'll know more after the offsite", "he'll be out".</summary>
    // contract: "Who owns an action": feelings and states ("she'll be out") are not commitments
    [GeneratedRegex(@"^(?:know|be\s+(?:out|off|away|back|fine|ok|happy|around)|feel|like|love|hate|want|wish|see\s+how|think\s+about\s+it|probably\s+be)\b", Options)]
    private static partial Regex Stative();

    /// <summary>"get it to you", "do it", "send it over": a commitment that only closes the task before it.</summary>
    // contract: "Who owns an action": "and get back to you", "let you know" only closes the same task
    [GeneratedRegex(@"^(?:(?:get|send|give|have|do|finish|deliver|bring)\s+(?:it|that|them|this)(?:\s+(?:to\s+(?:you|her|him|them)|over|done|back))?|get\s+back\s+to\s+you|report\s+back|let\s+you\s+know)\b(?<due>.*)$", Options)]
    private static partial Regex PointsBack();

    /// <summary>Whether a task only points back at one already named ("have that", "do it", "get it to you"): it names no task of its own.</summary>
    public static bool OnlyPointsBack(string text)
    {
        if (PointsBack().Match(text.Trim()) is not { Success: true } m) return false;
        string rest = m.Groups["due"].Value;
        if (DuePhrases.Find(rest, AnyMeeting) is { } due) rest = rest.Remove(due.Index, due.Length);
        return Wording.Stems(rest).Count == 0;
    }

    /// <summary>
    /// A clause that only answers ("I said yes", "she agreed", "ok"): it names nothing, so a pronoun after it points past it
    /// ("Pepe wants to lead the meetup, I said yes, I'll sponsor it" sponsors the meetup).
    /// </summary>
    public static bool IsAnswerOnly(string text) => AnswerOnly().IsMatch(text.Trim());

    /// <summary>Whether a sentence can be what the next one points back to: not a courtesy ("Thanks.") nor only an answer ("Sure.").</summary>
    public static bool NamesSomething(string sentence) => !NoteWords.IsCourtesy(sentence.Trim().TrimEnd('.', '!', '?')) && !IsAnswerOnly(sentence);

    // contract: "The action's text": where the commitment points back, take the words it points to (an answer names nothing)
    [GeneratedRegex(@"^(?:(?:i|we|she|he|they|[\p{L}]+)\s+(?:said|agreed|replied)\b[\s,]*)?(?:" + NoteWords.AcceptanceWordText + @"|agreed|no)?[\s.!]*$", Options)]
    private static partial Regex AnswerOnly();

    /// <summary>"finish", "finish it", "try again", "catch up": a verb with no object of its own.</summary>
    // contract: "Completions, progress and cancellations": "~50% done, will finish" — the action is to finish it
    [GeneratedRegex(@"^(?:finish(?:\s+(?:it|up|off))?|try\s+again|retry|do\s+it|catch\s+up|wrap\s+(?:it\s+)?up|complete\s+it)$", Options)]
    private static partial Regex BareVerb();

    // contract: "Who owns an action": debts, "I still owe…" (the thing owed is the text)
    [GeneratedRegex(@"\bowe\s*$", Options)]
    private static partial Regex OweBefore();

    /// <summary>"it", "all of it", "them" right after the verb: the words it points to come from the clause before.</summary>
    // contract: "The action's text": "send it" takes the words it points to from the line it answers
    [GeneratedRegex(@"(?<=^\S+(?:\s+(?:up|over|out|back|round|on))?)\s+(?:all\s+of\s+)?(?:it|them|this|that|one|those|these)\b(?!\s+(?:to|with)\s+(?:you|me)\b)", Options)]
    private static partial Regex Pronoun();

    // contract: "The action's text": the text is without due phrases
    [GeneratedRegex(@"\s+(?:(?:by|before|on|until|due|no\s+later\s+than|after|once|when)\s+.*|(?:tmrw|tomorrow|today|tonight|eod|cob|mon|tue|tues|wed|weds|thu|thurs|fri|monday|tuesday|wednesday|thursday|friday|next\s+\S+|this\s+\S+|end\s+of\s+.*)\b.*)$", Options)]
    private static partial Regex DueTailRegex();

    /// <summary>The subject and progress words of a context clause: "she's ~50% through", "couldn't book", "about halfway through".</summary>
    // contract: "Completions, progress and cancellations": progress or a failed attempt ("~50% through", "couldn't")
    [GeneratedRegex(@"^(?:(?:she|he|they|i|we|you)(?:'s|'m|'re|'d|\s+is|\s+are|\s+am)?\s+|[A-Z][\p{L}'-]+(?:'s\s+|\s+is\s+|\s+(?=(?:still|about|around|roughly|halfway|half|mostly|partly|done|through|couldn't|can't|didn't|wasn't|could\s+not|did\s+not|failed\s+to|was\s+unable)\b|~|\d+%)))?(?:still\s+)?(?:~?\d+%|about|around|roughly|~|halfway|half|mostly|partly)?\s*(?:\d+%\s*)?(?:done|through|into|way\s+through|of\s+the\s+way\s+through|with)?\s*(?:couldn't|could\s+not|can't|didn't|did\s+not|failed\s+to|wasn't\s+able\s+to|was\s+unable\s+to)?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProgressLead();

    /// <summary>
    /// A subject and a verb that takes the thing as its object: "Noah raised", "she wants", "Sam asked about", "Chidi has",
    /// "you'll request". A capitalised word is a subject only before such a verb ("Headcount for Q3 is tight" has
    /// "Headcount for Q3" as its thing).
    /// </summary>
    // contract: "The action's text": "take the words it points to from the line": the object of the clause before
    [GeneratedRegex(@"^(?:(?i:she|he|they|i|we|you)|\p{Lu}[\p{L}'-]+)(?:'d\s+like|(?:'ll|\s+will|\s+(?:is|are)\s+going\s+to)\s+[a-z]+|\s+(?:(?i:also|just|really)\s+)?(?:[a-z]{2,}ed|wants|needs|asks|raises|mentions|suggests|proposes|flags|knows|likes|ha(?:s|ve|d)(?!\s+been)|would\s+like|brings\s+up))\s+(?:(?:about|for|up|on)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectVerb();

    // contract: "Commitments inside a line": a question followed by its answer (`what about the SLA? → ask PM`)
    [GeneratedRegex(@"^(?:q:\s*|what\s+about\s+|how\s+about\s+|what's\s+|what\s+is\s+|can\s+we\s+|should\s+we\s+|do\s+we\s+|did\s+we\s+)", Options)]
    private static partial Regex QuestionLead();

    // contract: "When an action is due": `📅 2026-04-01`, `[due:: 2026-04-01]` at the end give that date
    [GeneratedRegex(@"\s*(?:📅|🗓️?|\[due::)\s*\d{4}-\d{2}-\d{2}\]?\s*$", Options)]
    private static partial Regex TrailingDate();

    /// <summary>Progress, intent, readiness, failure and negation are never completions (issue "Completions never lie").</summary>
    // contract: "Completions, progress and cancellations": progress, intent, readiness, failure, negation never tick
    [GeneratedRegex(@"\bnot\s+(?:\w+\s+)?yet\b|\bstill\s+(?:haven't|hasn't|not|needs|waiting)\b|\bisn't\b|\baren't\b|\bhaven't\b|\bhasn't\b|\bcouldn't\b|\bcould\s+not\b|\bdidn't\b|\bfailed\s+to\b|\b\d+%\s+done\b|~\s*\d+%|\bhalfway\b|\bready\s+for\b|\bwill\s+finish\b|\bin\s+progress\b|\bwip\b|\bonce\s+it's\s+done\b", Options)]
    private static partial Regex NotDone();

    // contract: "Completions, progress and cancellations": `✅` / `☑️` / `✔️` anywhere in the item, `[x]`
    [GeneratedRegex(@"✅|☑️|✔️|\[x\]", Options)]
    private static partial Regex DoneEmoji();

    /// <summary>
    /// What after "drop" or "scrap" (and their -ing forms) makes it no cancellation of an item: a part or a quantity, which
    /// names no one item ("Grace will drop one of the two projects"), a particle ("drop by", "drop off", "drop early"), or
    /// someone a message goes to ("drop Sam a line", "drop him a note").
    /// </summary>
    private const string NoDroppedItem = @"(?:one|some|any|either|neither|a|an|half|by|in|off|out|early|everything|anything|me|him|them|us|you|\p{Lu}\p{L}*\s+an?\s+(?:line|note|message|email|ping|text))\b";

    /// <summary>What after "dropped" or "scrapped" makes it no cancellation of an item: a part or a quantity, "off", "out".</summary>
    private const string NoDroppedItemPast = @"(?:one|some|any|either|neither|half|off|out)\b";

    // contract: "Completions, progress and cancellations": "no longer need to…", "dropped", "on hold", ~~struck~~
    [GeneratedRegex(@"\bno\s+longer\s+need\b|\bdon't\s+need\s+to\b.*\banymore\b|\b(?:won't|will\s+not)\s+need\b|\bnot\s+needed\b|\b(?:scrap|scrapping|drop|dropping)\b(?!\s+" + NoDroppedItem + @")|\b(?:scrapped|dropped)\b(?!\s+" + NoDroppedItemPast + @")|\bcancell?ed\b|\bon\s+hold\b|\bhold\s+until\b|\bmoved\s+to\s+\w+'s\s+roadmap\b|\bHR\s+is\s+running\s+it\b|^~~.*~~", Options)]
    private static partial Regex Cancelled();

    // contract: "The action's text": the text is without status markers (✅, [x], ~~)
    [GeneratedRegex(@"✅|☑️|✔️|\[x\]|~~", Options)]
    private static partial Regex StatusMarks();

    // contract: "Who owns an action": "TODO:", an unassigned task item is mine
    [GeneratedRegex($@"^(?:{TaskLabel}s?|action\s+items?|actions?|next\s+steps?)\s*[:\-–—]\s*", Options)]
    private static partial Regex UnassignedMarkerPattern();

    /// <summary>A task label alone, with or without its owner in brackets: "AI", "AP", "TODO(kenji)", "AI(me)" (a marker, not a clause).</summary>
    // contract: "Who owns an action": `AI(me):`, `AI(Sam):` are markers, not context
    [GeneratedRegex($@"^(?:{TaskLabel}(?:\s*\([^)]*\))?|(?:{TaskLabel}s?|homework)\s+for\s+@?[\p{{L}}'.-]+(?:\s+[\p{{L}}'.-]+)?)$", Options)]
    private static partial Regex MarkerLabel();

    // contract: "Who owns an action": the subject of the committing verb decides ("we agreed I'll…" is mine)
    [GeneratedRegex(@"^(?:we\s+)?(?:agreed|decided)\s+(?:that\s+)?i\s*(?:'ll|\s+will|\s+would|'d|\s+should|\s+am\s+going\s+to)\s+(?<rest>.*)$", Options)]
    private static partial Regex AgreedMePattern();

    // contract: "Where the owner is written": "we'll…", "let's…" followed by a task is mine (joint work)
    [GeneratedRegex(@"^(?:(?:and|also|then|so)\s+)?(?:we\s*(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to)|let's|lets|let\s+us)\s+(?<rest>.*)$", Options)]
    private static partial Regex WePattern();

    /// <summary>
    /// Whether <see cref="PassivePattern"/> can match: every one of its forms ends in "be" followed by white space (its
    /// <c>\s+</c>, which is <see cref="char.IsWhiteSpace(char)"/>), and "b" and "e" match only ASCII letters ignoring case.
    /// </summary>
    private static bool MayBePassive(string text)
    {
        for (int i = text.IndexOf("be", StringComparison.OrdinalIgnoreCase); i >= 0 && i + 2 < text.Length; i = text.IndexOf("be", i + 1, StringComparison.OrdinalIgnoreCase))
            if (char.IsWhiteSpace(text[i + 2])) return true;
        return false;
    }

    // contract: "Who owns an action": a passive whose agent is the writer or unnamed ("… to be sent by March 6")
    [GeneratedRegex(@"^(?<obj>.+?)\s+(?:to\s+be|will\s+be|should\s+be|needs?\s+to\s+be|must\s+be|is\s+to\s+be|are\s+to\s+be|has\s+to\s+be|have\s+to\s+be)\s+(?<verb>[a-z]+(?:ed|en|wn|t))\b(?<rest>.*)$", Options)]
    private static partial Regex PassivePattern();

    // contract: "Where the owner is written": "Remind me: …", "Reminder: …", "Note to self: …" → me
    [GeneratedRegex(@"^(?:remind\s+me\s+to|reminder\s*[:\-]\s*|note\s+to\s+self\s*[:\-]?\s*)(?<rest>.*)$", Options)]
    private static partial Regex RemindPattern();

    // contract: "Commitments inside a line": split at a colon, dash, semicolon, comma, "so", "but", "then"
    [GeneratedRegex(@"\s+(?:-|–|—|;)\s+|;\s*|(?<=^[^:,]{2,40}):\s+|,\s+(?:and\s+|but\s+|so\s+|then\s+)?|\s+(?:so|but|then|and\s+then)\s+|\s+and\s+(?=(?:will|'ll|i'll|i\s+will|gonna|going\s+to)\b)|(?<=\?)\s+", Options)]
    private static partial Regex ClauseSplitPattern();

    /// <summary>
    /// A condition after the commitment ("Sofia to page the vendor if the fix isn't in by 5pm", "I'll cover travel only if it's
    /// accepted"): not an action until it is met, as one before it. Politeness is no condition ("if possible", "if you can"),
    /// and "if" after a verb of asking or finding out opens a question ("ask Dev if he can…", "check if the credit was applied").
    /// </summary>
    private static bool HasTrailingCondition(string text) =>
        text.Contains("if", StringComparison.OrdinalIgnoreCase) || text.Contains("unless", StringComparison.OrdinalIgnoreCase) || text.Contains("in case", StringComparison.OrdinalIgnoreCase)
            ? TrailingCondition().IsMatch(text) : false;

    // contract: "Not actions": conditionals ("if …, I'll…", "unless…", "in case…", "only if…"); politeness ("if you can", "if that works", "if possible") is not a condition
    [GeneratedRegex(@"(?<!\b(?:ask|asks|asked|asking|check|checks|checking|see|find\s+out|know|confirm|wonder|wondering|sure|whether|decide|tell|us)\b[^,;.!?]{0,60})\s(?:only\s+if|if|unless|in\s+case)\s+(?!(?:you\s+can|you\s+could|that\s+works|it\s+works|possible|needed|necessary|it\s+helps|you\s+have\s+time|time\s+allows|not\b|so\b|any\b|required)\b)\w", Options)]
    private static partial Regex TrailingCondition();

    /// <summary>"You'll send me…", "You're going to reach out…": the person as subject of a commitment, outside a conversation.</summary>
    // contract: "Who owns an action": a pronoun for them as the subject of a commitment (will, 'll, to, is going to, agreed to)
    [GeneratedRegex(@"^(?:(?:and|also|then|so|but)\s+)?you\s*(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'re\s+gonna|\s+to|\s+agreed\s+to|\s+offered\s+to|\s+promised\s+to|\s+committed\s+to|\s+said\s+you'?d|\s+(?:still\s+)?owe)\s+(?<rest>.*)$", Options)]
    private static partial Regex YouSubject();

    /// <summary>
    /// Whether a passive's "by …" names a third party ("by the customer", "by Legal", "by their IT", "by Marta"), not a due
    /// date ("by Friday", "by the 14th", "by end of month") or me or the person (those are read by the agent pattern).
    /// </summary>
    private bool IsOtherAgent(string rest)
    {
        foreach (Match m in OtherAgent().Matches(rest))
        {
            string phrase = m.Value.Trim();
            if (DuePhrases.Find(phrase, AnyMeeting) is not null) continue;
            string who = m.Groups["who"].Value;
            if (_person.IsName(who) || IsMeWord(who)) continue;
            if (m.Groups["role"].Success || char.IsUpper(who[0])) return true;
        }
        return false;
    }

    // contract: "Not actions": third parties ("Legal will send redlines Friday", "her PM will move it"); a passive with them as agent is theirs
    [GeneratedRegex(@"\bby\s+(?:(?:the|their|our|his|her|its|a|an)\s+)?(?:(?<role>customer|customers|client|clients|vendor|vendors|supplier|partner|legal|finance|procurement|hr|it|security|board|team|[a-z]+\s+team|manager|pm|admin|lead|director|vp|cfo|ceo|cto|agency|contractor|auditors?)\b|(?<who>[\p{Lu}][\p{L}'-]+))", RegexOptions.CultureInvariant)]
    private static partial Regex OtherAgent();

    // contract: "The action's text": the task in the note's own words, without "It was agreed that"
    [GeneratedRegex(@"^(?:it\s+was\s+|we\s+|it's\s+)?(?:agreed|decided)\s+(?:that\s+)?", Options)]
    private static partial Regex AgreedLead();

    /// <summary>Irregular participles a passive task is written with, and their base forms ("deck to be sent" → send).</summary>
    private static readonly Dictionary<string, string> IrregularParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sent"] = "send", ["written"] = "write", ["done"] = "do", ["given"] = "give", ["taken"] = "take", ["built"] = "build",
        ["made"] = "make", ["held"] = "hold", ["shown"] = "show", ["led"] = "lead", ["sold"] = "sell", ["bought"] = "buy",
        ["chosen"] = "choose", ["drawn"] = "draw", ["run"] = "run", ["set"] = "set", ["put"] = "put", ["read"] = "read", ["spent"] = "spend",
    };

    /// <summary>
    /// The base form of a passive's participle, so the task reads as an instruction ("pricing proposal to be reviewed by Leo" →
    /// "review pricing proposal"): an irregular form from the table; else the -ed form without its ending when that is a known
    /// verb (reviewed → review, shared → share, submitted → submit, copied → copy); else the word as written.
    /// </summary>
    internal static string BaseForm(string participle)
    {
        string p = participle.Trim();
        if (IrregularParticiples.TryGetValue(p, out var irregular)) return irregular;
        if (!p.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || p.Length < 5) return p;
        string stem = p[..^2];
        if (Verbs.Imperative.Contains(stem)) return stem;
        if (Verbs.Imperative.Contains(stem + "e") || stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal) || stem.EndsWith("is", StringComparison.Ordinal) || stem.EndsWith("ur", StringComparison.Ordinal)) return stem + "e";
        if (stem.Length > 3 && stem[^1] == stem[^2] && Verbs.Imperative.Contains(stem[..^1])) return stem[..^1];
        if (stem.EndsWith('i') && Verbs.Imperative.Contains(stem[..^1] + "y")) return stem[..^1] + "y";
        return p;
    }
}
