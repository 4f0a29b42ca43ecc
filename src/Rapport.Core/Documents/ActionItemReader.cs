using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>Reads the dates and priority written into an action item's text, in any of the supported syntaxes.</summary>
public static partial class ActionItemReader
{
    public static ActionItem Read(ListEntry entry, ActionOwner owner, List<Problem> problems)
    {
        string text = entry.Text;
        DateOnly? due = null, completed = null;
        string? priority = null;
        var syntax = ActionSyntax.Parenthesised;

        foreach (Match m in Metadata().Matches(text))
        {
            string word = m.Groups["word"].Value.ToLowerInvariant();
            string value = m.Groups["date"].Value;
            if (!IsoDate.TryParse(value, out var date))
            {
                problems.Add(new Problem(entry.Line + 1, $"invalid date '{value}' in action item"));
                continue;
            }
            bool isCompletion = word is "completed" or "done" or "closed" or "✅" or "completion";
            if (isCompletion) completed = date;
            else due = date;
            if (word is "📅" or "✅" or "🗓️" or "🗓") syntax = ActionSyntax.ObsidianTasks;
            else if (m.Value.TrimStart().StartsWith('[')) syntax = ActionSyntax.Dataview;
        }
        text = Metadata().Replace(text, "");

        var p = PriorityTag().Match(text);
        if (p.Success)
        {
            priority = p.Groups[1].Value.ToUpperInvariant();
            text = text.Remove(p.Index, p.Length);
        }
        else
        {
            priority = ObsidianPriority(text);
        }
        text = ObsidianPriorityMarks().Replace(text, "");
        text = Whitespace().Replace(text, " ").Trim();
        return new ActionItem(owner, text, entry.IsChecked, due, completed, priority, syntax, entry);
    }

    private static string? ObsidianPriority(string text) =>
        text.Contains("🔺", StringComparison.Ordinal) || text.Contains('⏫') ? "P1"
        : text.Contains("🔼", StringComparison.Ordinal) ? "P2"
        : text.Contains("🔽", StringComparison.Ordinal) || text.Contains('⏬') ? "P3"
        : null;

    [GeneratedRegex(@"\s*(?:\((?<word>by|due|due by|completed|done|closed):?\s+(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})\)|(?<word>📅|✅|🗓️|🗓)\s*(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})|\[(?<word>due|completion)::\s*(?<date>\d{4}[-\u2010\u2011]\d{1,2}[-\u2010\u2011]\d{1,2})\s*\])", RegexOptions.IgnoreCase)]
    private static partial Regex Metadata();

    [GeneratedRegex(@"\[(P[1-3])\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTag();

    [GeneratedRegex(@"\s*(?:🔺|⏫|🔼|🔽|⏬)\s*")]
    private static partial Regex ObsidianPriorityMarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
