using System.Text.RegularExpressions;

namespace Rapport.Core.Text;

/// <summary>Inline Markdown shown as plain text: links and wiki links become their words.</summary>
public static partial class InlineMarkdown
{
    /// <summary><c>[notes](notes/a.md)</c> → <c>notes</c>; <c>[[Page|alias]]</c> → <c>alias</c>; <c>[[Page]]</c> → <c>Page</c>.</summary>
    public static string Plain(string text) =>
        WikiLink().Replace(Link().Replace(text, "${text}"), m => m.Groups["alias"].Success ? m.Groups["alias"].Value : m.Groups["target"].Value);

    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]*)\]\([^()\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[\[(?<target>[^\[\]|]+)(?:\|(?<alias>[^\[\]]+))?\]\]")]
    private static partial Regex WikiLink();
}
