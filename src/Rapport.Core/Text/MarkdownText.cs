using System.Text;

namespace Rapport.Core.Text;

/// <summary>Makes text typed by someone safe to store as one list item: it can never change the document's structure.</summary>
public static class MarkdownText
{
    /// <summary>
    /// One line of plain text: line breaks and control characters become spaces, and a start that
    /// Markdown would read as structure (a heading, quote, list marker, task box, fence, table or
    /// HTML) is escaped with a backslash, so "## Private Notes" stays the words "## Private Notes".
    /// </summary>
    public static string ListItem(string text, int maxLength = 1000)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        bool space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            bool blank = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029;
            if (blank)
            {
                space = builder.Length > 0;
                continue;
            }
            if (builder.Length + (space ? 1 : 0) + rune.Utf16SequenceLength > maxLength) break;
            if (space) builder.Append(' ');
            space = false;
            builder.Append(rune.ToString());
        }
        string line = builder.ToString();
        if (line.Length == 0) return line;
        int digits = line.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')') return line.Insert(digits, "\\");
        bool structural = line[0] is '#' or '>' or '-' or '+' or '*' or '=' or '|' or '<' or '`' or '~' or '[' or '!' or '_';
        return structural ? "\\" + line : line;
    }

    /// <summary>
    /// The words a list item's text reads as, for a terminal: each backslash that escapes ASCII punctuation (CommonMark's
    /// rule, as <see cref="ListItem"/> and the guest's text use it) removed, so <c>\## Private Notes</c> shows as "## Private Notes".
    /// </summary>
    public static string Shown(string markdown)
    {
        if (!markdown.Contains('\\')) return markdown;
        var shown = new StringBuilder(markdown.Length);
        for (int i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1])) i++;
            shown.Append(markdown[i]);
        }
        return shown.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));
}
