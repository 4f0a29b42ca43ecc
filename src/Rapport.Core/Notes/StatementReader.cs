using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// Splits brain-dump notes into statements (contract, "Formats"): bullets, numbered items, task
/// lists, Logseq blocks with <c>SCHEDULED:</c>/<c>DEADLINE:</c>, Markdown task tables and prose,
/// tracking label lines, headings (action, wins, results…) and nested bullets. Title lines are
/// skipped.
/// </summary>
public static partial class StatementReader
{
    public static IEnumerable<Statement> Read(string notes, PersonNames person) =>
        Read(Tokens.Normalise(notes).Split('\n'), person, null);

    public static IEnumerable<Statement> Read(string[] lines, PersonNames person, ISet<int>? skip)
    {
        var label = StatementOwner.None;
        var mood = SectionMood.Plain;
        string? dueLabel = null;
        bool inFence = false, seenContent = false;
        var parents = new List<(int Indent, string Text)>();
        var fieldLines = new HashSet<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (skip is not null && skip.Contains(i) || fieldLines.Contains(i)) continue;
            string raw = lines[i];
            string line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence || line.Length == 0 || line is "---" or "***" || Property().IsMatch(line) || Planning().IsMatch(line)) continue;

            // Markdown tables (contract, "Tables").
            if (line.StartsWith('|'))
            {
                int end = i;
                while (end + 1 < lines.Length && lines[end + 1].Trim().StartsWith('|')) end++;
                foreach (var row in TableReader.Read(lines, i, end, person)) yield return row with { Section = mood, Label = label };
                i = end;
                seenContent = true;
                continue;
            }

            var heading = Heading().Match(line);
            var item = ListItem().Match(raw);
            if (heading.Success || !item.Success && IsBareHeading(line))
            {
                string title = (heading.Success ? heading.Groups[1].Value : line).Trim().TrimEnd(':').Trim('*', '_', ' ');
                label = OwnerOfLabel(title, person);
                mood = NoteWords.MoodOf(title);
                dueLabel = DueLabel(title);
                parents.Clear();
                seenContent = true;
                continue;
            }

            bool isItem = item.Success;
            string text = isItem ? item.Groups["text"].Value.Trim() : line;
            int indent = isItem ? item.Groups["indent"].Value.Replace("\t", "    ").Length : 0;
            char? task = item.Groups["task"].Success ? TaskMark(item.Groups["task"].Value[0]) : null;

            // Status emoji at the start of an item (contract, "Lists, headings and bullets").
            var status = StatusEmoji().Match(text);
            if (status.Success)
            {
                string e = status.Groups[1].Value;
                task ??= NoteWords.TaskMarkOf(e);
                text = text[status.Length..].Trim();
            }
            text = BulletEmoji().Replace(text, "").Trim();
            if (text.StartsWith("->", StringComparison.Ordinal)) text = text[2..].Trim(); // an arrow as a bullet

            // Logseq blocks (contract, "Logseq").
            bool isTask = false;
            string? due = null;
            var logseq = LogseqTask().Match(text);
            if (logseq.Success)
            {
                task = NoteWords.LogseqKeywords[logseq.Groups["kw"].Value];
                isTask = true;
                text = text[logseq.Length..].Trim();
                if (logseq.Groups["kw"].Value is "WAITING" or "WAIT" && !text.StartsWith("[[", StringComparison.Ordinal) && !person.IsName(FirstWord(text)))
                    text = "wait " + text; // a WAITING block with no one named is mine to chase
                due = LogseqDue(lines, i);
            }
            // A task written as fields ("Action: update the runbook | Owner: Kim | Due: 7/10", or "Owner: Lucas" and "Due: 2/20" on
            // the lines under an item) is read as a task table's row (contract, "Tables": owner and due cells).
            ActionOwner? fieldOwner = null;
            bool fieldThirdParty = false;
            if (!logseq.Success && TaskFields(lines, i, isItem ? indent : -1, ref text, fieldLines) is { } fields)
            {
                isTask = true;
                due = fields.Due;
                if (fields.Owner is { } ownerCell)
                {
                    fieldOwner = TableReader.OwnerCell(ownerCell, person);
                    fieldThirdParty = fieldOwner is null;
                }
            }
            if (Struck().Match(text) is { Success: true } struck && struck.Length >= text.Length - 1) task = '-';
            text = LogseqNoise().Replace(text, m => m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["prio"].Success ? $"[P{m.Groups["prio"].Value[0] - 'A' + 1}]" : "").Trim();
            if (text.Length == 0) continue;

            // Title lines are never actions (contract, "Not actions").
            if (!seenContent)
            {
                seenContent = true;
                if (IsTitle(text, person)) continue;
            }

            // A line that is only a label ("Noah:", "**Me**", "Action items:", "Next time:") owns the lines below it.
            if (task is null && MayBeLabelLine(text) && LabelLine().Match(text) is { Success: true } labelMatch)
            {
                string title = labelMatch.Groups[1].Value.Trim();
                var owner = OwnerOfLabel(title, person);
                var labelMood = NoteWords.MoodOf(title);
                string? labelDue = DueLabel(title);
                if (owner != StatementOwner.None || labelMood != SectionMood.Plain || labelDue is not null || !isItem)
                {
                    label = owner;
                    mood = labelMood;
                    dueLabel = labelDue;
                    if (isItem) parents.RemoveAll(p => p.Indent >= indent);
                    continue;
                }
            }
            if (!isItem && !raw.StartsWith(' ') && !raw.StartsWith('\t') && label != StatementOwner.None && ProseAfterLabelEnds(text))
                label = StatementOwner.None;

            string? parent = null;
            if (isItem)
            {
                parents.RemoveAll(p => p.Indent >= indent);
                if (parents.Count > 0) parent = parents[^1].Text;
                parents.Add((indent, text));
            }
            else parents.Clear();

            bool underActions = mood == SectionMood.Actions && (isItem || task is not null);
            // Sentences of one line read the sentence before as their context, as a child bullet reads its parent:
            // "Budget is tight. She will take it to the exec team." takes the budget to the exec team.
            string? before = parent;
            foreach (var sentence in isTask ? new[] { text } : SplitSentences(text))
            {
                yield return new Statement(sentence, i + 1, label, task)
                {
                    Owner = fieldOwner,
                    ThirdParty = fieldThirdParty,
                    IsTask = isTask || underActions,
                    DueText = due ?? dueLabel,
                    Section = mood,
                    Parent = before,
                };
                if (Rules.NamesSomething(sentence)) before = sentence;
            }
        }
    }

    /// <summary>
    /// The owner and due fields of a task written as a record: after a pipe on its own line ("Update the runbook | Owner: Kim |
    /// Due: 7/10"), or alone on the lines indented under an item ("Owner: Lucas", "- Due: 2/20"); the keys are a task table's
    /// owner and due columns (<see cref="NoteWords.OwnerColumns"/>, <see cref="NoteWords.DueColumns"/>, but "Date", which
    /// labels a meeting). The text loses its fields and a leading "Action:" / "Task:"; the lines read are added to
    /// <paramref name="taken"/>. Null when the item has neither field.
    /// </summary>
    private static (string? Owner, string? Due)? TaskFields(string[] lines, int i, int indent, ref string text, HashSet<int> taken)
    {
        string? owner = null, due = null;
        var found = new List<int>();
        string task = text;
        if (text.Contains('|'))
        {
            var parts = text.Split('|');
            task = parts[0];
            foreach (string part in parts.Skip(1))
                if (FieldLine().Match(part) is { Success: true } f) Assign(f);
                else if (part.Trim().Length > 0) return null; // a pipe in the text, not a field
        }
        if (indent >= 0)
            for (int j = i + 1; j < lines.Length; j++)
            {
                string raw = lines[j];
                int lead = raw.Length - raw.TrimStart().Length;
                if (lead <= indent || FieldLine().Match(raw) is not { Success: true } f) break;
                Assign(f);
                found.Add(j);
            }
        if (owner is null && due is null) return null;
        taken.UnionWith(found);
        text = FieldTaskLabel().Replace(task.Trim(), "").Trim();
        return (owner, due);

        void Assign(Match f)
        {
            string key = Spaces().Replace(f.Groups["key"].Value.ToLowerInvariant(), " ");
            string value = f.Groups["value"].Value.Trim();
            if (NoteWords.OwnerColumns.Contains(key)) owner ??= value;
            else if (key != "date" && NoteWords.DueColumns.Contains(key)) due ??= value;
        }
    }

    // contract: "Tables": an owner (Owner, Who, Assignee, DRI) or a due (Due, When, By when, Deadline, ETA) named for a task
    [GeneratedRegex(@"^\s*(?:[-*+•]\s+)?(?<key>owner|owner\(s\)|who|assignee|responsible|dri|due|due\s+date|by\s+when|deadline|eta|when)\s*:\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();

    // contract: "Tables": the task column's name is not the task ("Action: update the runbook")
    [GeneratedRegex(@"^(?:action(?:\s+item)?|task|item|to\s*do|todo|ai|next\s+step)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FieldTaskLabel();

    // contract: none (machinery): collapses a field key's spaces
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static char TaskMark(char c) => c switch { 'x' or 'X' => 'x', '-' or '~' => '-', '/' or '>' or '<' or '!' or '?' => ' ', _ => ' ' };

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>The due of a Logseq block: <c>DEADLINE:</c> wins over <c>SCHEDULED:</c> on the lines under it.</summary>
    private static string? LogseqDue(string[] lines, int i)
    {
        string? scheduled = null, deadline = null;
        for (int j = i + 1; j < lines.Length; j++)
        {
            string l = lines[j].Trim();
            if (Planning().Match(l) is { Success: true } m)
            {
                if (m.Groups["kind"].Value == "DEADLINE") deadline ??= m.Groups["date"].Value;
                else scheduled ??= m.Groups["date"].Value;
                continue;
            }
            if (Property().IsMatch(l)) continue;
            break;
        }
        return deadline ?? scheduled;
    }

    /// <summary>A label or heading that is a due phrase ("Next time:", "By Friday:", "This week:") gives its items that due.</summary>
    private static string? DueLabel(string title)
    {
        string t = title.Trim().TrimEnd(':').Trim();
        if (t.Split(' ').Length > 4) return null;
        return DueLabelWords().IsMatch(t) ? t : null;
    }

    /// <summary>
    /// A title line: the person's name, or a meeting word (1:1, sync, check-in, mentoring, skip-level,
    /// a cadence word), with at most a date, weekday, cadence word, week number or company beside it,
    /// and no commitment.
    /// </summary>
    public static bool IsTitle(string text, PersonNames person)
    {
        string t = text.Trim().Trim('*', '_', '#', ' ');
        if (t.Length == 0 || t.Length > 100 || t.EndsWith(':') || t.Contains("->", StringComparison.Ordinal) || Commitment().IsMatch(t)) return false;
        bool meeting = MeetingWord().IsMatch(t);
        var words = NameWords().Matches(TitleDate().Replace(Parenthetical().Replace(t, " "), " ")).Select(m => m.Value).ToList();
        bool named = words.Any(w => person.IsName(w) || person.IsName(w.TrimEnd('.')));
        if (!meeting && !named) return false;
        // What is left beside the names, meeting words and dates is short and is not a task.
        var rest = words.Where(w => !person.IsName(w) && !person.IsName(w.TrimEnd('.')) && !MeetingWord().IsMatch(w) && !TitleFiller().IsMatch(w)).ToList();
        if (rest.Count > 0 && Verbs.Imperative.Contains(rest[0])) return false;
        return rest.Count <= (meeting ? 6 : 1);
    }

    private static bool ProseAfterLabelEnds(string text) => text.Length > 0 && char.IsUpper(text[0]) && text.Contains(' ');

    /// <summary>A short unbulleted line that is a known heading word ("Next steps", "🔹 Updates", "**Follow-ups**").</summary>
    /// <summary>A line that is not a list item (the caller has matched <see cref="ListItem"/> once for both) and reads as a heading.</summary>
    private static bool IsBareHeading(string line)
    {
        string t = line.Trim('*', '_', ' ').TrimEnd(':').Trim('*', '_', ' ');
        t = BulletEmoji().Replace(t, "").Trim();
        if (MoreWordsThan(t, 4)) return false;
        return NoteWords.MoodOf(t) != SectionMood.Plain || PlainHeadings().IsMatch(t) || line.StartsWith("**", StringComparison.Ordinal) && line.TrimEnd(':').EndsWith("**", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="text"/> has more than <paramref name="most"/> words between single spaces (as
    /// <c>Split(' ', RemoveEmptyEntries)</c> counts them), without making the words: every line that is not an item asks it.
    /// </summary>
    private static bool MoreWordsThan(string text, int most)
    {
        int words = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ') && ++words > most) return true;
        return false;
    }

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

    /// <summary>
    /// Whether <see cref="LabelLine"/> can match: its colon comes last, after it only <c>**</c> or <c>__</c> and white
    /// space (<c>\s</c>), so a line whose end is otherwise is not tried (the pattern's lazy name part is tried at length).
    /// </summary>
    private static bool MayBeLabelLine(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.EndsWith(":", StringComparison.Ordinal) || t.EndsWith(":**", StringComparison.Ordinal) || t.EndsWith(":__", StringComparison.Ordinal);
    }

    /// <summary>Prose splits at sentence ends; "9.1/10", "e.g." and "v2.1" stay whole.</summary>
    public static IEnumerable<string> SplitSentences(string text)
    {
        // Every sentence end follows a '.', '!' or '?' (SentenceEnd's look-behind): without one the text is one sentence.
        if (text.AsSpan().IndexOfAny('.', '!', '?') < 0)
        {
            string whole = text.Trim();
            if (whole.Length > 0) yield return whole;
            yield break;
        }
        foreach (var part in SentenceEnd().Split(text))
        {
            string sentence = part.Trim();
            if (sentence.Length > 0) yield return sentence;
        }
    }

    // contract: "Lists, headings and bullets": a Markdown heading (action headings, label headings)
    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex Heading();

    // A box without a bullet (`[ ] chase legal`, `[x] sent it`) is a task item too: people paste checklists from apps that drop the dash.
    // contract: "Lists, headings and bullets": bullets, numbered items (`1.`, `1)`) and `- [ ]` / `- [x]` boxes
    [GeneratedRegex(@"^(?<indent>\s*)(?:(?:[-*+•▪◦‣]|\d{1,3}[.)]|[a-z][.)])\s+(?:\[(?<task>[ xX/\-~>!?])\]\s*)?|\[(?<task>[ xX/\-~>!?])\]\s+)(?<text>.*)$")]
    private static partial Regex ListItem();

    // contract: "Who owns an action": a label line (`Noah:` / `Me:` alone on a line) owns the items under it
    [GeneratedRegex(@"^(?:\*\*|__)?([^:.!?]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*$")]
    private static partial Regex LabelLine();

    // contract: "Who owns an action": a label line naming me (`Me:`) owns the items under it
    [GeneratedRegex(@"^(?:me|mine|my|myself|i|yo|for me|my actions|my action items|my todos|my to-dos|my tasks|action items for me|actions for me|me \(.*\))$", RegexOptions.IgnoreCase)]
    private static partial Regex MeLabel();

    // contract: "Who owns an action": a label line naming them owns the items under it
    [GeneratedRegex(@"^(?:them|their actions|their action items|for them)$", RegexOptions.IgnoreCase)]
    private static partial Regex TheirLabel();

    // contract: "Who owns an action": a heading naming one side ("Noah's action items") owns its items
    [GeneratedRegex(@"^(.+?)(?:'s|’s)\s+(?:actions|action items|todos|to-dos|tasks|follow-ups|ais)$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    /// <summary>A title's full stop ("Dr. Okafor", "Mrs. Lin") does not end a sentence: the one list of titles for prose and conversations.</summary>
    internal const string NotAfterTitle = @"(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St)\.)";

    // contract: none (machinery): splits prose into sentences
    [GeneratedRegex(@"(?<=[a-z0-9%)""'”][.!?])" + NotAfterTitle + @"\s+(?=[A-Z""“(])")]
    private static partial Regex SentenceEnd();

    // contract: "Lists, headings and bullets": status emoji `✅` `☑️` `✔️` done, `❌` cancelled
    [GeneratedRegex(@"^(?<e>(✅|☑️?|✔️?|☒|❌|☐|⬜|🔲|🔜|⏳)\s*(?:shipped\s*:|done\s*:)?)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusEmoji();

    // Emoji are alternatives, never a character class: a class matches the halves of a surrogate pair
    // one by one, and took the first half of "💪" with "👉", leaving half a character in the text.
    // contract: "Lists, headings and bullets": emoji and symbols at the start of an item (`•`, `🔹`, `👉`) are bullets
    [GeneratedRegex(@"^(?:🔹|🔸|▪|•|👉|📌|📝|💬|🟡|🟢|🔴|🟠|❓|❗|⚠|➡|✨|📣|🗒|\uFE0F|\s)+")]
    private static partial Regex BulletEmoji();

    // contract: "Logseq": TODO/LATER/NOW/DOING/WAITING open, DONE a completion, CANCELED not an action
    [GeneratedRegex(@"^(?<kw>TODO|LATER|NOW|DOING|WAITING|WAIT|IN-PROGRESS|DONE|CANCELED|CANCELLED)(?=\s)\s*")]
    private static partial Regex LogseqTask();

    // contract: "Logseq": `SCHEDULED: <…>` and `DEADLINE: <…>` under a block give its due
    [GeneratedRegex(@"^(?<kind>SCHEDULED|DEADLINE):\s*<(?<date>\d{4}-\d{2}-\d{2})[^>]*>")]
    private static partial Regex Planning();

    // contract: "Logseq": property lines (`id::`, `collapsed::`) are not text
    [GeneratedRegex(@"^[a-z][\w-]*::\s")]
    private static partial Regex Property();

    // contract: "Logseq": `[[Name]]` is the name, `[#A]`–`[#C]` are P1–P3, `#tags` are not text
    [GeneratedRegex(@"\[\[(?<name>[^\]]+)\]\]|\[#(?<prio>[ABC])\]|(?<=^|\s)#[\w/-]+")]
    private static partial Regex LogseqNoise();

    // contract: "Completions, progress and cancellations": `~~struck through~~` is not an action
    [GeneratedRegex(@"~~[^~]+~~")]
    private static partial Regex Struck();

    // contract: "When an action is due": a label that is a due phrase (`Next time:`, `By Friday:`) gives its items that due
    [GeneratedRegex(@"^(?:next\s+(?:time|1:1|meeting|session|sync|week|wk)|by\s+\w+|this\s+(?:week|wk)|today|tomorrow|before\s+we\s+meet\s+again|(?:for\s+)?next\s+time)$", RegexOptions.IgnoreCase)]
    private static partial Regex DueLabelWords();

    // contract: "Not actions": title lines with "1:1", "1on1", "skip-level", "sync", "check-in", a cadence word
    [GeneratedRegex(@"\b(?:1:1s?|1on1|1-on-1|1-1|one[- ]on[- ]one|skip(?:-level)?|sync|check-?in|mentoring|catch-?up|weekly|biweekly|bi-weekly|monthly|wkly|fortnightly|peer|qbr|skip|1on1)\b|1:1", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    // contract: "Not actions": a title line made of the person's name with a date or meeting word
    [GeneratedRegex(@"[\p{L}][\p{L}'’.-]*|1:1|1on1")]
    private static partial Regex NameWords();

    // contract: none (machinery): removes parenthesised asides before a title-line check
    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    // contract: "Not actions": title lines (`1:1 w/ Noah - thurs`); filler words a title may hold
    [GeneratedRegex(@"^(?:w/?|with|me|and|my|our|the|a|of|call|prep|notes?|meeting|last|one|year|wk|week|quick|short)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleFiller();

    // contract: none (machinery): splits a line at whitespace
    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    // contract: "Not actions": a title line's date, weekday or week number (`Sam - wk 3`) is the meeting's
    [GeneratedRegex(@"\b\d{1,2}[/.]\d{1,2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\bwk\s*\d+|\b(?:mon(?:day)?|tues?(?:day)?|wed(?:s|nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|\b\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleDate();

    // contract: "Not actions": a line with a commitment ("will", "need to") is not a title line
    [GeneratedRegex(@"\b(?:i'll|i will|will|'ll|to\s+(?!me\b)[a-z]+\s+(?:the|a|an|my|his|her|our)\b|need to|needs to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Commitment();

    // contract: "Lists, headings and bullets": headings that are not action headings (notes, agenda) hold no owner
    [GeneratedRegex(@"^(?:notes|topics|discussed|discussion|context|agenda|misc|other|fyi|how (?:she|he|they)'?s doing|how (?:she|he|they) (?:is|are) doing)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainHeadings();
}
