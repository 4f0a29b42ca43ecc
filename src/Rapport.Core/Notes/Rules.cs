using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// The owner rules of the extraction contract, compiled for one person's names: markers
/// (<c>AI(me):</c>, <c>Sam -></c>, <c>LF -</c>), subjects with commitments ("Ben will…", "I'll…"),
/// passives ("to be reviewed by me"), obligations ("Need to…") and bare imperatives.
/// </summary>
internal sealed class Rules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Them = "(?:{N}|he|she|they)";
    private const string Commit = @"(?:will|'ll|’ll|is\s+going\s+to|'s\s+going\s+to|’s\s+going\s+to|are\s+going\s+to|is\s+gonna|is\s+to|to|needs\s+to|need\s+to|has\s+to|have\s+to|must|should|offered\s+to|agreed\s+to|promised\s+to|committed\s+to|volunteered\s+to|plans\s+to|is\s+planning\s+to|will\s+be|can|said\s+(?:she|he|they)(?:'d|’d|\s+would|\s+will|'ll|’ll))";
    private const string MyCommit = @"(?:'ll|’ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|\s+am\s+gonna|'m\s+gonna|\s+need\s+to|\s+needs\s+to|\s+should|\s+must|\s+have\s+to|'ve\s+got\s+to|\s+owe|\s+promised\s+to|\s+can|\s+plan\s+to|\s+want\s+to|\s+agreed\s+to|\s+offered\s+to|\s+committed\s+to|\s+volunteered\s+to|\s+am\s+to|'m\s+to|\s+would\s+like\s+to|'d\s+like\s+to|\s+intend\s+to|\s+got\s+to|\s+gotta)";

    private readonly PersonNames _person;
    private readonly Regex _meMarker;
    private readonly Regex _themMarker;
    private readonly Regex _themLabelInItem;
    private readonly Regex _themTrailing;
    private readonly Regex _meTrailing;
    private readonly Regex _unassignedMarker;
    private readonly Regex _iSubject;
    private readonly Regex _themAsksMe;
    private readonly Regex _agreedThem;
    private readonly Regex _agreedMe;
    private readonly Regex _we;
    private readonly Regex _themSubject;
    private readonly Regex _passive;
    private readonly Regex _agent;
    private readonly Regex _obligation;
    private readonly Regex _remind;
    private readonly Regex _clauseSplit;

    public Rules(PersonNames person)
    {
        _person = person;
        string n = person.Pattern;
        string them = Them.Replace("{N}", n, StringComparison.Ordinal);
        _meMarker = new($@"^(?:(?:ai|action(?:\s+item)?|todo|to-?do|task|follow[- ]?up)\s*\(\s*(?:me|mine|myself|i)\s*\)\s*[:\-–—>]*\s*|\(\s*me\s*\)\s*[:\-–—]?\s*|me\s*(?::|-|–|—|->|→|=>)\s*|actions?\s+for\s+me\s*[:\-–—]\s*|note\s+to\s+self\s*[:\-–—]\s*)", Options);
        _themMarker = new($@"^(?:(?:ai|action(?:\s+item)?|todo|to-?do|task|follow[- ]?up)\s*\(\s*@?(?:{n})\s*\)\s*[:\-–—>]*\s*|\(\s*@?(?:{n})\s*\)\s*[:\-–—]?\s*|@?(?:{n})\s*(?:-|–|—|->|→|=>)\s*|\[\s*@?(?:{n})\s*\]\s*[:\-–—]?\s*|@(?:{n})\s*:?\s+)", Options);
        _themLabelInItem = new($@"^(?:{n})\s*:\s*", Options);
        _themTrailing = new($@"\s*(?:(?:->|→|=>|—|–|-)\s*@?(?:{n})|\(\s*@?(?:{n})\s*\)|@(?:{n}))\s*[.!]?$", Options);
        _meTrailing = new(@"\s*(?:(?:->|→|=>|—|–|-)\s*(?:me|myself)|\(\s*(?:me|mine)\s*\))\s*[.!]?$", Options);
        _unassignedMarker = new(@"^(?:ai|action\s+items?|actions?|todo|to-?do|tasks?|follow[- ]?ups?|next\s+steps?)\s*[:\-–—]\s*", Options);
        _iSubject = new($@"^(?:(?:and|also|then|so)\s+)?i{MyCommit}\b\s*(?<rest>.*)$", Options);
        _themAsksMe = new($@"^{them}\s+(?:wants|asked|needs|would\s+like|'d\s+like|expects)\s+me\s+to\s+(?<rest>.*)$", Options);
        _agreedThem = new($@"^(?:we\s+)?(?:agreed|decided)\s+(?:that\s+)?(?<who>{them})\s*(?:'ll|’ll|\s+will|\s+would|'d|\s+is\s+going\s+to|\s+should|\s+to)\s+(?<rest>.*)$", Options);
        _agreedMe = new(@"^(?:we\s+)?(?:agreed|decided)\s+(?:that\s+)?i\s*(?:'ll|’ll|\s+will|\s+would|'d|\s+should|\s+am\s+going\s+to)\s+(?<rest>.*)$", Options);
        _we = new(@"^(?:we\s*(?:'ll|’ll|\s+will|\s+need\s+to|\s+should|\s+must|\s+agreed\s+to|\s+are\s+going\s+to|'re\s+going\s+to)|let's|lets)\s+(?<rest>.*)$", Options);
        _themSubject = new($@"^(?:(?:and|also|then|so)\s+)?{them}\s*(?:'s|’s)?\s*(?:{Commit})\s+(?<rest>.*)$", Options);
        _passive = new(@"^(?<obj>.+?)\s+(?:to\s+be|will\s+be|should\s+be|needs?\s+to\s+be|must\s+be|is\s+to\s+be|are\s+to\s+be|has\s+to\s+be|have\s+to\s+be)\s+(?<verb>[a-z]+(?:ed|en|wn|t))\b(?<rest>.*)$", Options);
        _agent = new($@"\bby\s+(?<who>me|myself|{n}|him|her|them)\b", Options);
        _obligation = new(@"^(?:need\s+to|needs\s+to|must|have\s+to|has\s+to|should|don't\s+forget\s+to|don’t\s+forget\s+to|do\s+not\s+forget\s+to|remember\s+to|make\s+sure\s+(?:to\s+)?|please|pls|gotta|got\s+to|plan\s+to|i\s+owe)\s+(?<rest>.*)$", Options);
        _remind = new(@"^(?:remind\s+me\s+to|reminder\s*[:\-]\s*|note\s+to\s+self\s*[:\-]?\s*)(?<rest>.*)$", Options);
        _clauseSplit = new(@"\s+(?:-|–|—|;)\s+|;\s*", Options);
    }

    public sealed record Found(ActionOwner Owner, string Text);

    /// <summary>
    /// Splits "Training budget approved - find courses by next week" into two statements when the
    /// part after the dash could stand alone as an action.
    /// </summary>
    public IEnumerable<Statement> SplitClauses(Statement s)
    {
        var separators = _clauseSplit.Matches(s.Text);
        int segment = 0;
        for (int i = 0; i < separators.Count; i++)
        {
            var separator = separators[i];
            int nextEnd = i + 1 < separators.Count ? separators[i + 1].Index : s.Text.Length;
            string right = s.Text[(separator.Index + separator.Length)..nextEnd];
            if (StartsClause(right.Trim()) && !IsMarkerOnly(s.Text[segment..separator.Index]))
            {
                yield return s with { Text = s.Text[segment..separator.Index] };
                segment = separator.Index + separator.Length;
            }
        }
        yield return segment == 0 ? s : s with { Text = s.Text[segment..] };
    }

    private bool StartsClause(string text)
    {
        var stub = new Statement(text, 0, StatementOwner.None, null);
        return _iSubject.IsMatch(text) || _themSubject.IsMatch(text) || _obligation.IsMatch(text) || IsImperative(text) && FindAction(stub) is not null;
    }

    private bool IsMarkerOnly(string text)
    {
        string t = text.Trim();
        return t.Length <= 12 && (_person.IsName(t) || t.Equals("me", StringComparison.OrdinalIgnoreCase) || t.StartsWith("AI", StringComparison.OrdinalIgnoreCase));
    }

    public Found? FindAction(Statement s)
    {
        string text = s.Text.Trim();
        bool isQuestion = text.EndsWith('?');

        // Markers decide the owner outright.
        if (_meMarker.Match(text) is { Success: true } me) return new(ActionOwner.Me, text[me.Length..]);
        if (_themMarker.Match(text) is { Success: true } them) return new(ActionOwner.Them, text[them.Length..]);
        if (_meTrailing.Match(text) is { Success: true } meEnd && Actionable(text[..meEnd.Index])) return new(ActionOwner.Me, StripObligation(text[..meEnd.Index]));
        if (_themTrailing.Match(text) is { Success: true } themEnd && Actionable(text[..themEnd.Index])) return new(ActionOwner.Them, StripObligation(text[..themEnd.Index]));
        if (_themLabelInItem.Match(text) is { Success: true } label)
        {
            string rest = text[label.Length..];
            if (s.Task == ' ' || IsImperative(rest) || _obligation.IsMatch(rest)) return new(ActionOwner.Them, StripObligation(rest));
            return null;
        }
        if (_unassignedMarker.Match(text) is { Success: true } unassigned)
        {
            string rest = text[unassigned.Length..];
            return FindAction(s with { Text = rest }) ?? new(OwnerOf(s.Label), rest);
        }
        if (_remind.Match(text) is { Success: true } remind) return new(ActionOwner.Me, remind.Groups["rest"].Value);

        // Subjects with a commitment.
        if (_themAsksMe.Match(text) is { Success: true } asks) return new(ActionOwner.Me, asks.Groups["rest"].Value);
        if (_agreedMe.Match(text) is { Success: true } agreedMe) return new(ActionOwner.Me, agreedMe.Groups["rest"].Value);
        if (_agreedThem.Match(text) is { Success: true } agreedThem) return new(ActionOwner.Them, agreedThem.Groups["rest"].Value);
        if (_iSubject.Match(text) is { Success: true } i && !isQuestion) return new(ActionOwner.Me, i.Groups["rest"].Value);
        if (_themSubject.Match(text) is { Success: true } they && !isQuestion && !NotACommitment(they.Groups["rest"].Value))
            return new(ActionOwner.Them, they.Groups["rest"].Value);
        if (_we.Match(text) is { Success: true } we && !isQuestion) return new(OwnerOf(s.Label), we.Groups["rest"].Value);

        // Passives: the agent after "by" owns it; no agent means me.
        if (_passive.Match(text) is { Success: true } passive && !isQuestion)
        {
            string rest = passive.Groups["rest"].Value;
            var agent = _agent.Match(rest);
            var owner = agent.Success && !agent.Groups["who"].Value.StartsWith("me", StringComparison.OrdinalIgnoreCase) ? ActionOwner.Them : ActionOwner.Me;
            if (agent.Success) rest = rest.Remove(agent.Index, agent.Length);
            return new(owner, $"{passive.Groups["verb"].Value} {passive.Groups["obj"].Value} {rest}");
        }

        if (_obligation.Match(text) is { Success: true } must && !isQuestion) return new(OwnerOf(s.Label), must.Groups["rest"].Value);
        if (IsImperative(text) && !isQuestion) return new(OwnerOf(s.Label), text);
        if (s.Task == ' ') return new(OwnerOf(s.Label), text);
        return null;
    }

    private static ActionOwner OwnerOf(StatementOwner label) => label == StatementOwner.Them ? ActionOwner.Them : ActionOwner.Me;

    private bool Actionable(string text) => IsImperative(StripObligation(text)) || _obligation.IsMatch(text) || _iSubject.IsMatch(text);

    /// <summary>"Need to send the deck" → "send the deck".</summary>
    private string StripObligation(string text) => _obligation.Match(text) is { Success: true } m ? m.Groups["rest"].Value : text;

    private static bool NotACommitment(string rest) =>
        rest.StartsWith("be ", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("be responsible", StringComparison.OrdinalIgnoreCase)
        && (rest.Contains("happy", StringComparison.OrdinalIgnoreCase) || rest.Contains("fine", StringComparison.OrdinalIgnoreCase) || rest.Contains("out", StringComparison.OrdinalIgnoreCase));

    public static bool IsImperative(string text)
    {
        var first = FirstWordRegex.Match(text);
        if (!first.Success) return false;
        string word = first.Value;
        // "Review went well" is a report, not an instruction: the next word is a past-tense verb.
        var second = SecondWordRegex.Match(text);
        if (second.Success && second.Groups[1].Value is { } next && (next is "he" or "she" or "they" or "it" or "we" or "i" || next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && next.Length > 4 && !next.Equals("need", StringComparison.OrdinalIgnoreCase) || next is "is" or "was" or "went" or "are" or "were" or "looks" or "seems"))
            return false;
        return Verbs.Imperative.Contains(word);
    }

    /// <summary>A subject of one to six words followed by an accomplishment verb: "Omar's team hit 99.95% uptime".</summary>
    public bool IsWin(string text)
    {
        var words = Words(text);
        for (int k = 1; k < Math.Min(words.Count, 7); k++)
        {
            if (!Verbs.Win.Contains(words[k])) continue;
            if (words.Take(k).Any(w => w is "will" or "to" or "should" or "must" or "need" or "needs" or "i'll" or "we'll")) return false;
            bool setback = words[k] == "got" && k + 1 < words.Count && words[k + 1] is "to" or "stuck" or "blocked" or "sick" or "pulled" or "delayed" or "pushed" or "cancelled" or "canceled" or "worse";
            return !setback;
        }
        return false;
    }

    /// <summary>"Training budget approved", "the deck was sent": something reported done.</summary>
    public static bool IsCompletion(string text)
    {
        if (DoneMarker.IsMatch(text)) return true;
        var words = Words(text);
        for (int k = 1; k < Math.Min(words.Count, 8); k++)
            if (Verbs.Done.Contains(words[k])) return true;
        return false;
    }

    private static List<string> Words(string text) =>
        WordRegex.Matches(text).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToList();

    /// <summary>"… - done", "… (done)", "… ✅" at the end of a statement.</summary>
    private static readonly Regex DoneMarker = new(@"(?:\s[-–—:]\s*|\s\(|,\s*|\s)(?:done|completed|finished|shipped|sorted|✅|✔️?)\)?[.!]*\s*$", Options);

    private static readonly Regex WordRegex = new(@"[\w'’%./-]+", Options);

    private static readonly Regex FirstWordRegex = new(@"^[a-z][a-z-]*(?=\b)", Options);
    private static readonly Regex SecondWordRegex = new(@"^\S+\s+([a-z']+)", Options);
}
