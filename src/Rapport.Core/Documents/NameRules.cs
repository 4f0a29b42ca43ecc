using System.Text.RegularExpressions;

namespace Rapport.Core.Documents;

/// <summary>
/// Whether a heading or a mark names a person, and whom. The word lists are data: a word in
/// <see cref="NotNameWords"/> makes a title a topic (<c># Meeting Notes</c>), never a person.
/// </summary>
public static partial class NameRules
{
    /// <summary>Words that name the writer of the document: an action marked with one is mine.</summary>
    public static readonly IReadOnlySet<string> MeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "me", "i", "myself", "mine", "self", "my actions", "my tasks",
    };

    /// <summary>Words that make a title a topic rather than a name.</summary>
    public static readonly IReadOnlySet<string> NotNameWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "notes", "note", "minutes", "log", "agenda", "template", "todo", "todos", "tasks", "task",
        "week", "weekly", "daily", "monthly", "sync", "update", "updates", "status", "project", "projects", "plan", "progress",
        "review", "journal", "team", "one", "on", "with", "and", "the", "of", "for", "my", "our", "next", "last", "action",
        "actions", "items", "item", "discussion", "topics", "topic", "questions", "feedback", "goals", "history", "summary",
        "overview", "index", "readme", "description", "timeline", "timetable", "todo", "done", "backlog", "ideas", "learnings",
        "schedule", "pulls", "reviews", "issues", "questions", "attendees", "lead", "time", "date", "title", "untitled",
        "manager", "report", "direct", "skip", "mentor", "mentee", "supervisor", "check-in", "catch-up", "standup", "retro",
        "peer", "peers", "skip-level", "customer", "client", "coach", "coaching", "career", "quarterly", "doc", "docs", "document",
        "prep", "tracker", "guide", "framework", "tips", "format", "structure", "planning", "first", "intro",
        "person", "name", "firstname", "lastname", "asap", "tbd", "today", "tomorrow", "yesterday", "urgent", "optional", "blocked", "later", "someday", "ongoing",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Lower-case words that may sit inside a name: "Ana de la Cruz", "Ludwig van Beethoven".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "la", "van", "von", "der", "den", "da", "del", "di", "du", "le", "bin", "al" };

    /// <summary>
    /// Whether <paramref name="text"/> reads as a person's name: one to four words, each capitalised (or
    /// a particle like "de"), letters only, none of them a topic word, and not all capitals.
    /// </summary>
    public static bool LooksLikeName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 4) return false;
        bool capitalised = false;
        foreach (var word in words)
        {
            if (Particles.Contains(word)) continue;
            if (!NameWord().IsMatch(word) || NotNameWords.Contains(word.TrimEnd('.'))) return false;
            if (word.Length >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
            capitalised = true;
        }
        return capitalised;
    }

    /// <summary>
    /// The name in a heading like "1:1 with Sarah Chen", "Meeting with Dr. Luis", "1-on-1: Sam", "1:1s with Tomás García",
    /// "1:1 mit Jürgen Weiß"; null when it holds none. Any heading may say so; <see cref="FromOwnTitle"/> reads more forms.
    /// </summary>
    public static string? FromTitle(string? title)
    {
        if (title is null) return null;
        string plain = StripLinks(title);
        var m = TitlePerson().Match(plain);
        if (!m.Success) return null;
        string name = m.Groups["name"].Value.Trim().TrimEnd(':', ',').Trim();
        if (!Acceptable(name)) return null;
        // "Meeting with J. McPeak about the project": the name is the capitalised words that open it.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => Particles.Contains(w) || NameWord().IsMatch(w)).Take(4).ToList();
        while (words.Count > 0 && Particles.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        string leading = string.Join(' ', words);
        return LooksLikeName(leading) ? leading.TrimEnd('.') : null;
    }

    /// <summary>
    /// The name in the document's own title (its H1, title property or file name), which may also put the name first
    /// ("Jamal Wright 1:1", "Priya Shah — weekly 1:1", "Dana Whitfield 1:1 notes") or right after the 1:1 ("1:1 Kenji
    /// Watanabe"). A sub-heading in those forms is one meeting among several people's ("### Maya 1:1" in a work log),
    /// so only a title says whom the whole document is about.
    /// </summary>
    public static string? FromOwnTitle(string? title)
    {
        if (title is null) return null;
        string plain = StripLinks(title);
        var m = NameFirstTitle().Match(plain);
        if (!m.Success) m = LeadingOneOnOne().Match(plain);
        if (m.Success)
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            string named = string.Join(' ', words);
            if (words.Count > 0 && !Particles.Contains(words[^1]) && Acceptable(named) && LooksLikeName(named)) return named.TrimEnd('.');
        }
        return FromTitle(title);
    }

    /// <summary>
    /// The name in a sentence that opens a document, as people describe their notes in prose: "Log of the PhD meetings with
    /// Jiayuan Huang.", "1:1s with Dana Whitfield", "Notes from my meetings with Sam, my mentor." Only right after a word for
    /// meetings (<c>ProseMeetingWords</c>: the 1:1 and meeting words of titles, and sessions, supervisions, conversations) and "with", and only capitalised words: "meetings with the team" names no one.
    /// </summary>
    public static string? FromProse(string? paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph)) return null;
        string plain = MarkdownLink().Replace(StripLinks(paragraph), "${text}").Replace("*", "", StringComparison.Ordinal);
        for (var m = ProsePerson().Match(plain); m.Success; m = m.NextMatch())
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && Particles.Contains(words[^1])) words.RemoveAt(words.Count - 1);
            string name = string.Join(' ', words).TrimEnd('.');
            if (Acceptable(name) && LooksLikeName(name)) return name;
        }
        return null;
    }

    /// <summary>A file or folder slug as a name: "jai-menon" is "Jai Menon"; null when it is no usable name.</summary>
    public static string? FromSlug(string slug)
    {
        var words = slug.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        string name = string.Join(' ', words);
        return Acceptable(name) ? name : null;
    }

    /// <summary>A candidate name is usable: no placeholder, no date, no digits.</summary>
    public static bool Acceptable(string name) =>
        name.Length > 0 && !name.Contains("{{", StringComparison.Ordinal) && !name.StartsWith('[') && !name.StartsWith('<')
        && !name.Any(char.IsDigit) && DateText.Find(name).Count == 0 && !NotNameWords.Contains(name);

    /// <summary>Wiki links read as their text: <c>[[Sam Lee|Sam]]</c> is "Sam".</summary>
    public static string StripLinks(string text) => WikiLink().Replace(text, m => m.Groups["alias"].Success ? m.Groups["alias"].Value : m.Groups["target"].Value);

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="known"/>: equal ignoring case, or its first word.</summary>
    public static bool Matches(string name, IEnumerable<string> known)
    {
        string n = Normalize(name);
        if (n.Length == 0) return false;
        foreach (var k in known)
        {
            string key = Normalize(k);
            if (key.Length == 0) continue;
            if (key == n || key.Split(' ')[0] == n || key.Replace(" ", "") == n.Replace(" ", "")) return true;
        }
        return false;
    }

    /// <summary>
    /// The names that mean the vault's owner: the name as configured, the handles people make of it (<c>Jordan Lee</c>:
    /// <c>jlee</c>, <c>jordanl</c>; <c>@jordan.lee</c> and <c>@jordan</c> match the name itself) and the aliases given.
    /// Empty without an owner.
    /// </summary>
    public static IReadOnlyList<string> OwnNames(string? owner, IReadOnlyList<string>? aliases = null)
    {
        if (string.IsNullOrWhiteSpace(owner)) return [];
        var names = new List<string> { owner.Trim() };
        var words = Normalize(owner).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2)
        {
            names.Add(words[0][0] + words[^1]);
            names.Add(words[0] + words[^1][0]);
        }
        names.AddRange(aliases ?? []);
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Whether a name written in a document means me: a word for me (<c>Me</c>), or one of <paramref name="mine"/> (the
    /// owner's names) that is not also the other person's (<paramref name="theirs"/>): when both share a first name, only
    /// the owner's whole name is mine.
    /// </summary>
    public static bool IsMe(string name, IReadOnlyCollection<string> mine, IEnumerable<string> theirs)
    {
        if (MeWords.Contains(name.Trim())) return true;
        if (mine.Count == 0 || !Matches(name, mine)) return false;
        string n = Normalize(name);
        return !Matches(name, theirs) || mine.Any(m => Normalize(m) == n && m.Contains(' ', StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a short cell is the initials of one of <paramref name="names"/> (written as a whole name): <c>JL</c>, <c>J.L.</c>
    /// or <c>jl</c> for Jordan Lee, as an owner column of a table is often filled in. Written all in capitals or all in
    /// small letters, so that a name like <c>Al</c> stays a name.
    /// </summary>
    public static bool IsInitialsOf(string cell, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(names);
        string letters = new([.. cell.Trim().Where(c => c != '.')]);
        if (letters.Length is < 2 or > 3 || !letters.All(char.IsLetter)) return false;
        if (!letters.All(char.IsUpper) && !letters.All(char.IsLower)) return false;
        return names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 2)
            .Any(w => string.Concat(w.Select(x => char.ToUpperInvariant(x[0]))) == letters.ToUpperInvariant());
    }

    /// <summary>
    /// A title without the owner's names where they stand beside another's, joined by <c>/</c>, <c>&amp;</c>, <c>+</c>,
    /// <c>and</c>, <c>x</c>, <c>&lt;&gt;</c> or a comma ("Jordan / Lena Fischer 1:1s" is "Lena Fischer 1:1s"): what is left
    /// names the other person. A name standing alone is left, so a title naming only me still names no one else.
    /// </summary>
    public static string WithoutNames(string title, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (names is null || names.Count == 0) return title;
        foreach (var name in names.Concat(names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])).Where(n => n.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!title.Contains(name, StringComparison.OrdinalIgnoreCase)) continue;
            var (after, before) = Joins.GetOrAdd(name.ToLowerInvariant(), static n =>
            {
                string word = @"(?<![\p{L}@])@?" + Regex.Escape(n) + @"(?![\p{L}'’])";
                return (new Regex(word + @"\s*" + Joiner, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                    new Regex(@"\s*" + Joiner + @"\s*" + word, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            });
            string stripped = after.Replace(title, " ", 1);
            if (stripped == title) stripped = before.Replace(title, "", 1);
            title = stripped.Trim();
        }
        return title;
    }

    /// <summary>The patterns of <see cref="WithoutNames"/> by name, built once: the owner's names are the same in every document.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Regex After, Regex Before)> Joins = new(StringComparer.Ordinal);

    /// <summary>What joins two people's names in a title: "Jordan / Lena", "Aisha &amp; Jordan", "Sam x Jordan", "Sam &lt;&gt; Jordan".</summary>
    private const string Joiner = @"(?:/|&|\+|,|<>|<->|↔|\band\b|\bx\b)\s*";

    private static string Normalize(string name) =>
        string.Join(' ', name.Trim().TrimStart('@', '#').Replace('-', ' ').Replace('_', ' ').Replace('.', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’\-]*\.?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\[\[(?<target>[^\]|]+)(?:\|(?<alias>[^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    // The words of a title that names a person, as data: the two title patterns are built from them.

    /// <summary>Words for a 1:1 itself, singular or plural: "1:1", "1:1s", "one-on-ones", "one-to-one".</summary>
    private const string OneOnOneWords = @"(?:1:1s?|1-on-1s?|1on1s?|one[- ]on[- ]ones?|one[- ]to[- ]ones?|1-1s?)";

    /// <summary>The words for meetings that "with" and a name may follow in a document's opening prose.</summary>
    private const string ProseMeetingWords = OneOnOneWords + "|" + MeetingWords + "|sessions?|supervisions?|conversations?";

    /// <summary>
    /// Other meeting words, which name a person only with a connector ("Meeting with Sam", "Sync: Sam"), and the words
    /// for the kind of meeting a relationship's log is ("Skip-level: Maria Gonzalez", "Mentoring log — Olu Bello").
    /// </summary>
    private const string MeetingWords = @"(?:meetings?|catch[- ]?ups?|check[- ]?ins?|syncs?|calls?|chats?|skip[- ]levels?(?:\s+(?:1:1s?|meetings?|notes))?|(?:mentoring|mentorship|coaching)(?:\s+(?:log|notes|sessions?))?)";

    /// <summary>What joins a meeting word to the name, in the languages people keep notes in: with, mit, avec, con, met, med, or punctuation.</summary>
    private const string Connectors = @"(?:(?:with|mit|avec|con|met|med)(?=\s)|w/|:|-|\u2014|\u2013)";

    /// <summary>A cadence before the 1:1 word in a name-first title: "Priya Shah — weekly 1:1".</summary>
    private const string CadenceWords = @"(?:weekly|bi-?weekly|fortnightly|monthly)";

    /// <summary>Words after the 1:1 word that say these are its notes: "Dana Whitfield 1:1 notes".</summary>
    private const string NotesWords = @"(?:notes|meetings?|log|doc|document|sessions?)";

    // "1:1 with Sam", "Meeting with Sam", "One-on-ones: Sam", "1:1 Notes - Sarah Chen (H2 2024)".
    [GeneratedRegex(@"(?:^|\s)(?:" + OneOnOneWords + @"(?:\s+" + NotesWords + @")?|" + MeetingWords + @")\s*" + Connectors + @"\s*(?<name>[^\u2014\u2013(\[]+?)(?:\s*(?:[\u2014\u2013(\[]|\s-\s|,\s*\d).*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePerson();

    // "… meetings with Jiayuan Huang", "1:1s with Dana Whitfield": a meeting word, "with", then capitalised words (and particles).
    [GeneratedRegex(@"(?i:(?:^|\s)(?:" + ProseMeetingWords + @")\s+(?:with|w/))\s+(?<name>\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:(?:de|la|van|von|der|den|da|del|di|du|le|bin|al)\s+)*\p{Lu}[\p{L}'’\-]*){0,3})")]
    private static partial Regex ProsePerson();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // "Jamal Wright 1:1", "Priya Shah — weekly 1:1", "Dana Whitfield 1:1 notes": the name, then only 1:1 words.
    [GeneratedRegex(@"^\s*(?<name>[^\d:/|&+,]+?)\s*(?:[-:|\u2014\u2013]\s*)?(?:" + CadenceWords + @"\s+)?" + OneOnOneWords + @"(?:\s+" + NotesWords + @")?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameFirstTitle();

    // "1:1 Kenji Watanabe", "1:1 Marta Nowak / Jordan": a title opening with the 1:1 word, the name right after it.
    [GeneratedRegex(@"^\W*" + OneOnOneWords + @"\s+(?<name>[\p{L}][\p{L}'’.\-]*(?:\s+[\p{L}][\p{L}'’.\-]*){0,3}?)(?:\s*(?:[\u2014\u2013(\[/&,|]|\s-\s).*)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingOneOnOne();
}
