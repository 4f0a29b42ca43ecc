using System.Text.RegularExpressions;

namespace Rapport.Core.Documents;

/// <summary>An owner mark found on a task line: the name as written and the span of text it took.</summary>
public sealed record OwnerMark(string Name, int Index, int Length);

/// <summary>
/// The ways people say whose a task is, as a table (<see cref="Rules"/>): <c>@sam</c>, <c>[[Sam Lee]]</c>,
/// <c>Sam:</c>, <c>Sam to …</c>, a trailing <c>— Sam</c> or <c>→ Sam</c>, Dataview <c>[owner:: Sam]</c>.
/// A rule marked <c>KnownOnly</c> counts only when the name is the other person's (or "me"), because
/// the same shape often holds a topic ("Research: …"); an explicit mark (<c>@</c>, a wiki link, a dash
/// attribution) counts for anyone who reads as a name.
/// </summary>
public static partial class OwnerMarks
{
    public sealed record Rule(string Example, Regex Pattern, bool KnownOnly, bool Strip);

    public static IReadOnlyList<Rule> Rules { get; } =
    [
        new("[owner:: Sam] / [assignee:: Sam]", Field(), KnownOnly: false, Strip: true),
        new("@Sam Lee send the deck (a mention of a whole name, as Confluence and Notion write one)", LeadingAtName(), KnownOnly: true, Strip: true),
        new("@sam: send the deck", LeadingAt(), KnownOnly: false, Strip: true),
        new("[[Sam Lee]] to send the deck", LeadingWiki(), KnownOnly: false, Strip: true),
        new("#sam - send the deck (Logseq tag)", LeadingTag(), KnownOnly: false, Strip: true),
        new("[Sam] - send the deck", LeadingBracket(), KnownOnly: false, Strip: true),
        new("[Sam] send the deck", LeadingBracketAlone(), KnownOnly: true, Strip: true),
        new("→ Sam: send the deck", LeadingArrow(), KnownOnly: false, Strip: true),
        new("Sam & me: agree the roadmap (joint work with me is mine; of two others, theirs)", LeadingPair(), KnownOnly: true, Strip: true),
        new("Sam + me to agree the roadmap / Sam and I will …", LeadingPairVerb(), KnownOnly: true, Strip: false),
        new("Sam → send the deck / Sam => send the deck", LeadingNameArrow(), KnownOnly: true, Strip: true),
        new("(Sam) send the deck", LeadingParen(), KnownOnly: true, Strip: true),
        new("**Sam**: send the deck", LeadingBold(), KnownOnly: true, Strip: true),
        new("Sam: send the deck / 👤 Sam: send the deck", LeadingColon(), KnownOnly: true, Strip: true),
        new("Sam - send the deck", LeadingDash(), KnownOnly: true, Strip: true),
        new("Sam to send the deck", LeadingVerb(), KnownOnly: true, Strip: false),
        new("send the deck — Sam", TrailingDash(), KnownOnly: false, Strip: true),
        new("send the deck → Sam", TrailingArrow(), KnownOnly: false, Strip: true),
        new("send the deck - Sam", TrailingHyphen(), KnownOnly: true, Strip: true),
        new("send the deck (Sam) / (owner: Sam)", TrailingParen(), KnownOnly: true, Strip: true),
        new("send the deck [Sam]", TrailingBracket(), KnownOnly: true, Strip: true),
        new("send the deck with @sam", AnyAt(), KnownOnly: false, Strip: false),
        new("send the deck [[Sam]] / #sam", AnyLinkOrTag(), KnownOnly: true, Strip: false),
    ];

    /// <summary>
    /// The first rule's mark on <paramref name="text"/>; <paramref name="known"/> (the other person's names) and
    /// <paramref name="mine"/> (the vault owner's) are the names a <c>KnownOnly</c> rule accepts.
    /// </summary>
    public static OwnerMark? Find(string text, IReadOnlyCollection<string> known, IReadOnlyCollection<string>? mine = null)
    {
        foreach (var rule in Rules)
        {
            foreach (Match m in rule.Pattern.Matches(text))
            {
                string name = NameRules.StripLinks(m.Groups["name"].Value).Trim();
                if (m.Groups["also"].Success)
                {
                    if (Pair(name, NameRules.StripLinks(m.Groups["also"].Value).Trim(), known, mine) is not { } both) continue;
                    name = both;
                }
                bool isKnown = NameRules.MeWords.Contains(name) || NameRules.Matches(name, known) || mine is { Count: > 0 } && NameRules.Matches(name, mine);
                if (rule.KnownOnly ? !isKnown : !isKnown && !Plausible(name, m.Value)) continue;
                return rule.Strip ? new OwnerMark(name, m.Index, m.Length) : new OwnerMark(name, 0, 0);
            }
        }
        return null;
    }

    /// <summary>
    /// Whose a task of two named people is: mine when one of them is me (joint work with me is one action, mine), else the
    /// other person's when one of them is; null when neither is known (a pair of third parties, or a topic: "Search and ranking:").
    /// </summary>
    private static string? Pair(string first, string second, IReadOnlyCollection<string> known, IReadOnlyCollection<string>? mine)
    {
        bool IsMine(string name) => NameRules.MeWords.Contains(name) || mine is { Count: > 0 } && NameRules.Matches(name, mine);
        if (IsMine(first) || IsMine(second)) return "me";
        return NameRules.Matches(first, known) ? first : NameRules.Matches(second, known) ? second : null;
    }

    /// <summary>An explicit mark's name: a handle after <c>@</c> or <c>#</c> or in a wiki link is anyone; bare words must read as a name.</summary>
    private static bool Plausible(string name, string mark) =>
        name.Length > 0 && !NameRules.NotNameWords.Contains(name)
        && (mark.Contains('@') || mark.Contains('#') || mark.Contains("[[", StringComparison.Ordinal) || mark.Contains("::", StringComparison.Ordinal)
            ? !name.Any(char.IsDigit) && DateText.Find(name).Count == 0
            : NameRules.LooksLikeName(name));

    /// <summary>The arrows that join an owner and a task: <c>→</c>, <c>-></c>, <c>--></c>, <c>=></c>, <c>⇒</c>, <c>➡️</c>.</summary>
    private const string Arrow = @"(?:→|-->|->|=>|⇒|➡\uFE0F?)";

    /// <summary>What joins two owners: <c>&amp;</c>, <c>+</c>, <c>and</c>.</summary>
    private const string Joint = @"(?:&|\+|\band\b)";

    private const string Words = @"[\p{L}][\p{L}'’.\-]*(?: [\p{L}][\p{L}'’.\-]*){0,2}";

    [GeneratedRegex(@"\s*\[(?:owner|assignee|who|assigned(?: to)?)::\s*(?<name>[^\]]+?)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"^@(?<name>[\p{L}][\p{L}\p{N}_.\-]*?)[.]?(?:\s*[:,\-–—]\s*|\s+)")]
    private static partial Regex LeadingAt();

    [GeneratedRegex(@"^@(?<name>\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*){1,2}?)(?:\s*[:,\-–—]\s*|\s+)")]
    private static partial Regex LeadingAtName();

    [GeneratedRegex(@"^(?<name>\[\[[^\]]+\]\])\s*(?::\s*|[-–—]\s+|(?=\s+(?:to|will|should|needs to)\s))")]
    private static partial Regex LeadingWiki();

    [GeneratedRegex(@"^#(?<name>[\p{L}][\p{L}\p{N}_\-]*)\s*(?::|[-–—](?=\s)|(?=\s+(?:to|will|should)\s))\s*")]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"^\[(?<name>" + Words + @")\]\s*[-–—:]\s*")]
    private static partial Regex LeadingBracket();

    [GeneratedRegex(@"^(?:→|->)\s*@?(?<name>" + Words + @")\s*:\s*")]
    private static partial Regex LeadingArrow();

    [GeneratedRegex(@"^(?<name>" + Words + @")\s*" + Joint + @"\s*(?<also>" + Words + @")\s*:\s+")]
    private static partial Regex LeadingPair();

    [GeneratedRegex(@"^(?<name>" + Words + @")\s*" + Joint + @"\s*(?<also>" + Words + @")\s+(?=(?:to|will|should|need to|needs to|must)\s)")]
    private static partial Regex LeadingPairVerb();

    [GeneratedRegex(@"^(?<name>" + Words + @")\s*" + Arrow + @"\s*")]
    private static partial Regex LeadingNameArrow();

    [GeneratedRegex(@"^\((?<name>" + Words + @")\)\s*(?:[:\-–—]\s+)?")]
    private static partial Regex LeadingParen();

    [GeneratedRegex(@"^(?:\*\*|__)(?<name>" + Words + @")(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s*")]
    private static partial Regex LeadingBold();

    // An emoji may stand before the name, as templates put a person's: "👤 Sam: send the deck".
    [GeneratedRegex(@"^(?:[\p{So}\p{Cs}\uFE0F\u200D]+\s*)?(?<name>" + Words + @")\s*:\s+")]
    private static partial Regex LeadingColon();

    [GeneratedRegex(@"^(?<name>" + Words + @")\s+[-–—]\s+")]
    private static partial Regex LeadingDash();

    [GeneratedRegex(@"^\[(?<name>" + Words + @")\]\s+")]
    private static partial Regex LeadingBracketAlone();

    [GeneratedRegex(@"^(?<name>" + Words + @")\s+(?=(?:to|will|should|needs to|must)\s)")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"\s+(?:—|–|--)\s*(?<name>@?" + Words + @"|\[\[[^\]]+\]\])\s*$")]
    private static partial Regex TrailingDash();

    [GeneratedRegex(@"\s*" + Arrow + @"\s*(?<name>@?" + Words + @"|\[\[[^\]]+\]\])\s*$")]
    private static partial Regex TrailingArrow();

    [GeneratedRegex(@"\s+-\s+(?<name>@?" + Words + @"|\[\[[^\]]+\]\])\s*$")]
    private static partial Regex TrailingHyphen();

    [GeneratedRegex(@"\s*\((?:owner:\s*)?(?<name>@?" + Words + @")[,;]?\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingParen();

    [GeneratedRegex(@"\s*\[(?<name>" + Words + @")\]\s*$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"(?<![\w@.])@(?<name>[\p{L}][\p{L}\p{N}_\-]*)")]
    private static partial Regex AnyAt();

    [GeneratedRegex(@"(?<name>\[\[[^\]]+\]\])|(?<![\w#])#(?<name>[\p{L}][\p{L}\p{N}_\-]*)")]
    private static partial Regex AnyLinkOrTag();
}
