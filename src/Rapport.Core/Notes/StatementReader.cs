using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>Splits brain-dump notes into statements, tracking label lines and action headings.</summary>
public static partial class StatementReader
{
    public static IEnumerable<Statement> Read(string notes, PersonNames person)
    {
        var label = StatementOwner.None;
        var lines = notes.ReplaceLineEndings("\n").Split('\n');
        bool inFence = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string raw = lines[i];
            string line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence || line.Length == 0 || line is "---" or "***") continue;

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                string title = heading.Groups[1].Value.Trim().TrimEnd(':');
                label = OwnerOfLabel(title, person);
                continue;
            }

            var item = ListItem().Match(raw);
            bool isItem = item.Success;
            string text = isItem ? item.Groups["text"].Value.Trim() : line;
            char? task = item.Groups["task"].Success ? char.ToLowerInvariant(item.Groups["task"].Value[0]) : null;
            bool indented = isItem && item.Groups["indent"].Value.Length > 0;

            // A line that is only a label ("Noah:", "**Me**", "Action items:") owns the lines below it.
            if (task is null && LabelLine().Match(text) is { Success: true } labelMatch)
            {
                string title = labelMatch.Groups[1].Value.Trim();
                var owner = OwnerOfLabel(title, person);
                if (owner != StatementOwner.None || ActionsTitle().IsMatch(title))
                {
                    label = owner;
                    continue;
                }
                if (!isItem && !indented)
                {
                    label = StatementOwner.None;
                    continue;
                }
            }
            if (!isItem && !raw.StartsWith(' ') && !raw.StartsWith('\t') && label != StatementOwner.None && ProseAfterLabelEnds(text))
                label = StatementOwner.None;

            foreach (var sentence in SplitSentences(text))
                yield return new Statement(sentence, i + 1, label, task);
        }
    }

    private static bool ProseAfterLabelEnds(string text) => text.Length > 0 && char.IsUpper(text[0]) && text.Contains(' ');

    /// <summary>The side a label names: me, the other person (name, first name, initials), or neither.</summary>
    public static StatementOwner OwnerOfLabel(string title, PersonNames person)
    {
        string t = title.Trim().Trim('*', '_', '#', ' ').TrimEnd(':').Trim();
        if (MeLabel().IsMatch(t)) return StatementOwner.Me;
        if (person.IsName(t) || TheirLabel().IsMatch(t)) return StatementOwner.Them;
        var possessive = Possessive().Match(t);
        if (possessive.Success && person.IsName(possessive.Groups[1].Value)) return StatementOwner.Them;
        return StatementOwner.None;
    }

    /// <summary>Prose splits at sentence ends; "9.1/10", "e.g." and "v2.1" stay whole.</summary>
    public static IEnumerable<string> SplitSentences(string text)
    {
        foreach (var part in SentenceEnd().Split(text))
        {
            string sentence = part.Trim();
            if (sentence.Length > 0) yield return sentence;
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<indent>\s*)(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])\s+(?:\[(?<task>[ xX])\]\s*)?(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?:\*\*|__)?([^:.!?]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(?:me|mine|my|myself|i|for me|my actions|my action items|my todos|my to-dos|my tasks|action items for me|actions for me|me \(.*\))$", RegexOptions.IgnoreCase)]
    private static partial Regex MeLabel();

    [GeneratedRegex(@"^(?:them|their actions|their action items|for them)$", RegexOptions.IgnoreCase)]
    private static partial Regex TheirLabel();

    [GeneratedRegex(@"^(.+?)(?:'s|’s)\s+(?:actions|action items|todos|to-dos|tasks|follow-ups)$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:action items?|actions|next steps|follow[- ]?ups|to-?dos|tasks|ais|takeaways)$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionsTitle();

    [GeneratedRegex(@"(?<=[a-z0-9%)""'”][.!?])\s+(?=[A-Z""“(])")]
    private static partial Regex SentenceEnd();
}
