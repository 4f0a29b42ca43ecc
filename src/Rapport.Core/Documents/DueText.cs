using System.Text.RegularExpressions;
using Rapport.Core.Cadence;
using Rapport.Core.Notes;

namespace Rapport.Core.Documents;

/// <summary>
/// What a task's document says around it: the names that mean me, and the meeting it was written under, against which a
/// due date written in words (<c>by Friday</c>) or without a year (<c>(3/7)</c>) is read.
/// </summary>
/// <param name="MyNames">The vault owner's names (<see cref="RunningDocument.MyNames"/>).</param>
/// <param name="Meeting">The date of the meeting the task sits under, when known: relative due dates count from it.</param>
/// <param name="DayFirst">Whether the document reads its numeric dates day first (<see cref="RunningDocument.ReadsDayFirst"/>).</param>
public sealed record TaskContext(IReadOnlyCollection<string> MyNames, DateOnly? Meeting, bool DayFirst)
{
    /// <summary>No owner's names, no meeting: only dates written whole are read.</summary>
    public static TaskContext None { get; } = new([], null, false);

    /// <summary>A date a due date without a year is read after when the task sits under no meeting: the document's last meeting.</summary>
    public DateOnly? YearFrom { get; init; }

    /// <summary>The relationship's cadence, when the document gives it: "by the next 1:1" is one cadence after the meeting.</summary>
    public Frequency? Cadence { get; init; }
}

/// <summary>A due date found in a task's text: the date, and the span of text that said it (removed from the task's text).</summary>
public sealed record WrittenDue(DateOnly Date, int Index, int Length);

/// <summary>
/// Due dates people write into a task's text in a document: after a word that says so (<see cref="Leads"/>:
/// <c>due 3/7</c>, <c>by Friday</c>, <c>by EOW</c>, <c>(by next week)</c>, <c>deadline: 12 March</c>), or a date alone in
/// parentheses (<c>(3/7)</c>). What follows the word is read by the notes engine's own due phrases
/// (<see cref="DuePhrases"/>) against the meeting the task sits under, never today; numbers by the document's order of
/// day and month. A number that is not clearly a date stays text: one after "reduce by" (<see cref="AmountWords"/>), a
/// dotted one without a year (<c>by 3.5</c>), a dashed one (<c>by 3-4 weeks</c>), and a bare parenthesised one that
/// would fall months after its meeting (<c>(1/2)</c> written in July).
/// </summary>
public static partial class DueText
{
    /// <summary>
    /// Leads that name a week by its first day (<c>w/c 9 March</c>, "week commencing"): the due date is that week's Friday,
    /// read with the words by the notes engine's own phrase (<see cref="DuePhrases"/>), so they stay part of what is read.
    /// </summary>
    public static IReadOnlyList<string> WeekLeads { get; } = ["w/c", "w/b", "week commencing", "week beginning"];

    /// <summary>The words that say a due date follows, as people write them in task lists (declared after <see cref="WeekLeads"/>, which it holds).</summary>
    public static IReadOnlyList<string> Leads { get; } = ["due by", "due on", "due date", "due", "by", "before", "deadline", "no later than", "bis zum", "bis", "antes del", "antes de", "avant le", "avant", "até", "ETA", .. WeekLeads];

    /// <summary>Words before "by" that make what follows an amount, not a date: "reduce latency by 1/3".</summary>
    public static IReadOnlySet<string> AmountWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "reduce", "reduced", "reduces", "cut", "increase", "increased", "increases", "grow", "grew", "improve", "improved", "drop",
        "dropped", "decrease", "decreased", "raise", "raised", "lower", "lowered", "shrink", "expand", "boost", "up", "down",
        "more", "less", "fewer", "off", "slip", "slipped", "delay", "delayed", "divide", "divided", "multiply", "multiplied",
    };

    /// <summary>How long after its meeting a bare parenthesised date without a year may fall and still be read as a due date.</summary>
    public const int BareDateDays = 120;

    /// <summary>
    /// A lead word of <see cref="Leads"/> (spaces in it any run of white space), optionally after an opening parenthesis, and
    /// the white space after it. Written out for the regex generator (an interpreted regex built from the table at run time
    /// cost every process that reads a task its construction, and read whole documents slowly); a test keeps it equal to
    /// <see cref="LeadSource"/>, the pattern the table gives.
    /// </summary>
    internal const string LeadPatternText = @"(?<open>\(\s*)?(?<![\w@#/.-])(?<lead>due\s+by|due\s+on|due\s+date|due|by|before|deadline|no\s+later\s+than|bis\s+zum|bis|antes\s+del|antes\s+de|avant\s+le|avant|até|ETA|w/c|w/b|week\s+commencing|week\s+beginning)\s*:?\s+";

    /// <summary>The lead pattern as <see cref="Leads"/> gives it; <see cref="LeadPatternText"/> must be the same.</summary>
    internal static string LeadSource =>
        @"(?<open>\(\s*)?(?<![\w@#/.-])(?<lead>" + string.Join('|', Leads.Select(l => Regex.Escape(l).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\s*:?\s+";

    /// <summary>The first due date written into <paramref name="text"/>, or null.</summary>
    public static WrittenDue? Find(string text, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        foreach (Match m in LeadPattern().Matches(text))
        {
            int start = m.Groups["open"].Success ? m.Index : m.Groups["lead"].Index;
            // A week's lead is part of its phrase: "w/c 9 March" is read whole, as the notes engine reads it.
            int from = IsWeekLead(m.Groups["lead"].Value) ? m.Groups["lead"].Index : m.Index + m.Length;
            string rest = text[from..];
            if (rest.Length > 0 && char.IsDigit(rest[0]) && m.Groups["lead"].Value.ToLowerInvariant() is "by" or "before" && AmountBefore(text, m.Groups["lead"].Index)) continue;
            if (Phrase(rest, context) is not { } found) continue;
            int end = from + found.Length;
            if (m.Groups["open"].Success)
            {
                // "(due Friday)": the parentheses go with it; "(due Friday, if possible)" is read as written.
                var close = CloseParen().Match(text, end);
                if (!close.Success) continue;
                end = close.Index + close.Length;
            }
            else if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                continue;
            }
            while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
            return new WrittenDue(found.Date, start, end - start);
        }
        foreach (Match m in BareParens().Matches(text))
        {
            string when = m.Groups["when"].Value.Trim();
            // "(3/7)", "(March 7)"; or a due phrase alone in them, read from the meeting: "(end of January)", "(next week)", "(EOD Fri)".
            if ((Absolute(when, context) ?? Phrase(when, context)) is not { } found || found.Length != when.Length) continue;
            if (found.Yearless && context.Meeting is not { } meeting) continue;
            if (found.Yearless && found.Date.DayNumber - context.Meeting!.Value.DayNumber > BareDateDays) continue;
            int start = m.Index;
            while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
            return new WrittenDue(found.Date, start, m.Index + m.Length - start);
        }
        return AtEnd(text, context);
    }

    /// <summary>
    /// A due phrase that ends the task, after its words and without a lead word (the contract's "at the end of an item"):
    /// "book the offsite, end of month", "send the deck EOD tomorrow", "draft the plan in 2 weeks", "→ me, next Monday". Read
    /// by the notes engine's phrases from the meeting, so only under a meeting; a phrase that is the whole text, that a word
    /// runs into, or that opens with a lead word or a number (the lead's to read) stays text. The separator before it (a
    /// comma, a dash, an arrow) goes with it.
    /// </summary>
    private static WrittenDue? AtEnd(string text, TaskContext context)
    {
        if (context.Meeting is not { } meeting) return null;
        int end = text.AsSpan().TrimEnd(" \t.;,!").Length;
        var when = new MeetingContext(meeting, "", context.Cadence ?? Frequency.Weekly) { DayFirst = context.DayFirst };
        for (int from = 0; from < end;)
        {
            if (DuePhrases.Find(text[from..end], when) is not { } phrase) return null;
            int index = from + phrase.Index, stop = index + phrase.Length;
            if (stop < end)
            {
                from = stop;
                continue;
            }
            if (phrase is not { Date: { } date, IsStart: false } || index == 0 || char.IsLetterOrDigit(text[index - 1])) return null;
            var said = text.AsSpan(index, phrase.Length);
            // The next 1:1 counts only from a cadence the document gives, as after a lead word.
            int next = said.IndexOf("next", StringComparison.OrdinalIgnoreCase);
            if (next >= 0 && NextMeetingWords().IsMatch(said[next..]) && context.Cadence is null) return null;
            // A phrase that opens with a lead word or a number was the lead's to read, and it did not ("reduce it by 1/3");
            // numbers written as a date ("for 3/29", "score: 4/5") are dates only after a lead word or alone in parentheses.
            if (char.IsDigit(said[0]) || NumericDate().IsMatch(said)
                || LeadPattern().Match(text, index) is { Success: true } lead && lead.Index == index) return null;
            int start = index;
            while (start > 0 && (char.IsWhiteSpace(text[start - 1]) || Separators.Contains(text[start - 1]))) start--;
            if (start == 0 || !text.AsSpan(0, start).ContainsAnyExcept(' ', '\t')) return null;
            return new WrittenDue(date, start, text.Length - start);
        }
        return null;
    }

    /// <summary>What may stand between a task's words and the due phrase that ends it: "send the deck, Friday", "— EOW", "→ tomorrow".</summary>
    private const string Separators = ",;:-–—→>=⇒➡\uFE0F";

    /// <summary>
    /// The numeric dates a text writes as due dates (<c>due 14/3</c>, <c>(3/7)</c>): evidence of the order of day and month
    /// in a document whose headings and whole dates give none.
    /// </summary>
    public static IEnumerable<DateMention> NumericDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in LeadPattern().Matches(text))
        {
            // A date right after the lead word, on its line: the line's rest is read, not the document's (every "by" in a
            // long document read the whole text after it again).
            int start = m.Index + m.Length;
            if (!OpensNumeric(text.AsSpan(start))) continue;
            int end = text.IndexOf('\n', start);
            if (DateText.Find(text[start..(end < 0 ? text.Length : end)]).FirstOrDefault() is { Index: 0, Form: DateForm.Numeric, Separator: '/' } due) yield return due;
        }
        foreach (Match m in BareParens().Matches(text))
            if (OpensNumeric(m.Groups["when"].ValueSpan) && DateText.Find(m.Groups["when"].Value) is [{ Index: 0, Form: DateForm.Numeric, Separator: '/' } alone] && alone.Length == m.Groups["when"].Length) yield return alone;
    }

    /// <summary>Whether <paramref name="text"/> can open with a numeric date with a slash (one or two digits, then <c>/</c>): what <see cref="NumericDates"/> reads, asked before it is looked for.</summary>
    private static bool OpensNumeric(ReadOnlySpan<char> text) =>
        text.Length >= 3 && char.IsAsciiDigit(text[0]) && (text[1] == '/' || char.IsAsciiDigit(text[1]) && text[2] == '/');

    private static bool IsWeekLead(string lead)
    {
        string words = Whitespace().Replace(lead, " ");
        return WeekLeads.Contains(words, StringComparer.OrdinalIgnoreCase);
    }

    private readonly record struct Found(DateOnly Date, int Length, bool Yearless);

    /// <summary>The date that opens <paramref name="rest"/> (right after a lead word): a written date, else a phrase counted from the meeting.</summary>
    private static Found? Phrase(string rest, TaskContext context)
    {
        if (Absolute(rest, context) is { } date) return date;
        if (context.Meeting is not { } meeting || rest.Length == 0 || char.IsDigit(rest[0]) && !OrdinalDay().IsMatch(rest)) return null;
        if (NextMeetingWords().IsMatch(rest) && context.Cadence is null) return null;
        var phrase = DuePhrases.Find(rest, new MeetingContext(meeting, "", context.Cadence ?? Frequency.Weekly) { DayFirst = context.DayFirst });
        return phrase is { Index: 0, Date: { } when, IsStart: false } ? new Found(when, phrase.Length, false) : null;
    }

    /// <summary>
    /// A date written as one at the start of <paramref name="text"/>: ISO, with the month's name, or numbers with <c>/</c> (or
    /// <c>.</c> with a year). Without a year it is the first such day on or after the meeting (else the document's last one).
    /// </summary>
    private static Found? Absolute(string text, TaskContext context)
    {
        if (DateText.Find(text).FirstOrDefault() is not { Index: 0 } mention) return null;
        // "bis 14.03.": a dotted day and month closed by a dot, as German writes a date without its year, is day first.
        bool germanDay = mention is { Form: DateForm.Numeric, Separator: '.', Year: null } && text.Length > mention.Length && text[mention.Length] == '.'
            && (text.Length == mention.Length + 1 || !char.IsDigit(text[mention.Length + 1]));
        if (germanDay)
        {
            mention = mention with { Length = mention.Length + 1 };
            context = context with { DayFirst = true };
        }
        else if (mention.Form == DateForm.Numeric && !(mention.Separator == '/' || mention.Separator == '.' && mention.Year is not null)) return null;
        if (mention.Year is not null)
            return mention.Resolve(context.DayFirst, null) is { } whole ? new Found(whole, mention.Length, false) : null;
        if ((context.Meeting ?? context.YearFrom) is not { } from) return null;
        for (int year = from.Year; year <= from.Year + 1; year++)
            if (mention.Resolve(context.DayFirst, year) is { } day && day >= from) return new Found(day, mention.Length, true);
        return null;
    }

    /// <summary>Whether the clause before a lead word holds a word of change ("Reduce flaky tests by 1/3"): what follows is an amount.</summary>
    private static bool AmountBefore(string text, int lead)
    {
        int clause = text.AsSpan(0, lead).LastIndexOfAny(",;:.()");
        foreach (var word in text[(clause + 1)..lead].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (AmountWords.Contains(word.Trim('*', '_'))) return true;
        return false;
    }

    [GeneratedRegex(LeadPatternText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d[/.]\d")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\G\s*\)")]
    private static partial Regex CloseParen();

    [GeneratedRegex(@"\((?<when>[^()]{3,24})\)")]
    private static partial Regex BareParens();

    [GeneratedRegex(@"^the\s+\d{1,2}(?:st|nd|rd|th)\b|^\d{1,2}(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"^(?:(?:our|the|my)\s+)?next\s+(?:1:1|1-1|1-on-1|one[- ]on[- ]one|1on1|time|meeting|session|sync|check-?in|catch-?up)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingWords();
}
