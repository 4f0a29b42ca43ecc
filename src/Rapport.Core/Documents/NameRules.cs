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

    /// <summary>The name in a title like "1:1 with Sarah Chen", "Meeting with Dr. Luis", "1-on-1: Sam"; null when it holds none.</summary>
    public static string? FromTitle(string? title)
    {
        if (title is null) return null;
        var m = TitlePerson().Match(StripLinks(title));
        if (!m.Success) return null;
        string name = m.Groups["name"].Value.Trim().TrimEnd(':', ',').Trim();
        if (!Acceptable(name)) return null;
        // "Meeting with J. McPeak about the project": the name is the capitalised words that open it.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => Particles.Contains(w) || NameWord().IsMatch(w)).Take(4).ToList();
        while (words.Count > 0 && Particles.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        string leading = string.Join(' ', words);
        return LooksLikeName(leading) ? leading.TrimEnd('.') : null;
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

    private static string Normalize(string name) =>
        string.Join(' ', name.Trim().TrimStart('@', '#').Replace('-', ' ').Replace('_', ' ').Replace('.', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’\-]*\.?$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\[\[(?<target>[^\]|]+)(?:\|(?<alias>[^\]]+))?\]\]")]
    private static partial Regex WikiLink();

    [GeneratedRegex(@"(?:^|\s)(?:1:1|1-on-1|1on1|one[- ]on[- ]one|1-1|meeting|catch[- ]?up|check[- ]?in|sync|call|chat)\s*(?:with|w/|:|-|\u2014|\u2013)\s*(?<name>[^\u2014\u2013(\[]+?)(?:\s*(?:[\u2014\u2013(\[]|\s-\s|,\s*\d).*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePerson();
}
