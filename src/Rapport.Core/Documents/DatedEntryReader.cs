using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>Reads <c>2026-01-15: text</c> list items, tolerating bold, wiki-link and dash variants of the date.</summary>
public static partial class DatedEntryReader
{
    // Leading's groups by number, looked up once: Read runs for every dated item, and reading a group by name
    // looks the name up each time.
    private static readonly int DateGroup = Leading().GroupNumberFromName("date");
    private static readonly int TextGroup = Leading().GroupNumberFromName("text");

    public static DatedEntry Read(ListEntry entry, List<Problem> problems)
    {
        var m = Leading().Match(entry.Text);
        if (!m.Success) return new DatedEntry(null, entry.Text.Trim(), entry);
        string value = m.Groups[DateGroup].Value;
        if (!IsoDate.TryParse(value, out var date))
        {
            problems.Add(new Problem(entry.Line + 1, $"invalid date '{value}'"));
            return new DatedEntry(null, entry.Text.Trim(), entry);
        }
        return new DatedEntry(date, m.Groups[TextGroup].Value.Trim(), entry);
    }

    [GeneratedRegex(@"^(?:\*\*|__|\[\[)?(?<date>\d{4}[-\u2010\u2011]\d{2}[-\u2010\u2011]\d{2})(?:\*\*|__|\]\])?(?:\s*[:\u2013\u2014-]\s*|\s+|$)(?<text>.*)$")]
    private static partial Regex Leading();
}
