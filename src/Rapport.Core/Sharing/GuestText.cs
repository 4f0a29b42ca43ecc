using System.Text;
using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Sharing;

/// <summary>
/// Text a guest types through a shared link, made inert before it is stored: in the owner's
/// document, in any Markdown viewer and in Obsidian it stays the words that were typed. It cannot
/// become a link, an image, an embed, HTML, a heading, a task, a tag or an <c>Intention:</c> line,
/// and it carries no bidirectional-control characters (which could make it read differently from
/// what it is).
/// </summary>
public static partial class GuestText
{
    /// <summary>
    /// Characters with a meaning inside a Markdown line (CommonMark, GFM, Obsidian): each is stored
    /// escaped with a backslash, so it shows as itself. Add one here to neutralise it everywhere.
    /// </summary>
    public const string Escaped = "\\`*_[]<>!#|~=$%&";

    /// <summary>The bidirectional controls: embeddings, overrides, isolates and marks.</summary>
    public static bool IsBidiControl(Rune rune) => rune.Value is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    /// <summary>
    /// The guest's text as one inert Markdown list-item line (without the marker), to be written as it
    /// is (<see cref="Prep.NextMeeting.PointLine"/> with <c>inert: true</c>): escaping it again would
    /// undo it (a backslash before the code span of an address at the start leaves the address bare).
    /// </summary>
    public static string Inert(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) if (!IsBidiControl(rune)) plain.Append(rune.ToString());
        // One line first (line breaks and controls become spaces), then nothing in it may mean anything.
        string line = Unescape(MarkdownText.ListItem(plain.ToString(), int.MaxValue));
        var safe = new StringBuilder(line.Length + 16);
        int at = 0;
        // An address is put in a code span: no viewer turns a code span into a link.
        foreach (Match url in Address().Matches(line))
        {
            Escape(safe, line[at..url.Index]);
            safe.Append('`').Append(url.Value.Replace("`", "", StringComparison.Ordinal)).Append('`');
            at = url.Index + url.Length;
        }
        Escape(safe, line[at..]);
        string result = safe.ToString();
        // "Intention: …" would become the meeting's intention; its colon is escaped.
        return IntentionStart().Replace(result, m => m.Value[..^1] + "\\:");
    }

    /// <summary>The text as typed, from what <see cref="Inert"/> or <see cref="MarkdownText.ListItem"/> stored: backslash escapes removed.</summary>
    public static string Unescape(string stored) => BackslashEscape().Replace(stored, "$1");

    private static void Escape(StringBuilder into, string text)
    {
        foreach (char c in text)
        {
            // "key:: value" (Dataview, Logseq) would be a field of the owner's note: no two colons side by side.
            if (Escaped.Contains(c, StringComparison.Ordinal) || c == ':' && into.Length > 0 && into[^1] == ':') into.Append('\\');
            into.Append(c);
        }
        // A list marker or ordered-list number at the start would make a nested list.
        if (into.Length > 0 && into[0] is '-' or '+') into.Insert(0, '\\');
        int digits = 0;
        while (digits < into.Length && char.IsAsciiDigit(into[digits])) digits++;
        if (digits > 0 && digits < into.Length && into[digits] is '.' or ')') into.Insert(digits, '\\');
    }

    // An address never holds "::", so "key:: value" is not mistaken for one and its colons are escaped.
    [GeneratedRegex(@"(?:[a-z][a-z0-9+.-]{1,20}:(?://)?|www\.)(?:[^\s`:]|(?<!:):(?!:))+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^\W*intention\W*:", RegexOptions.IgnoreCase)]
    private static partial Regex IntentionStart();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();
}
