using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Notes;

/// <summary>
/// Resolves the deadline phrases people write ("by Fri", "end of month", "next 1:1", "1/22") against
/// the meeting date and cadence, as tabled in <c>docs/notes.md</c>.
/// </summary>
public static partial class DuePhrases
{

    // contract: "When an action is due": numbers as digits or words; a couple = 2, a few = 3
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["a few"] = 3, ["few"] = 3,
    };

    /// <summary>
    /// Finds the first deadline phrase in <paramref name="text"/>, or null. The answer depends on the text and
    /// the meeting only, so a caller that needs it twice keeps it (docs/performance.md, session 8).
    /// </summary>
    public static DueDate? Find(string text, MeetingContext meeting)
    {
        // A rule's pattern cannot match without one of its words: one pass over the text tells which rows can (docs/performance.md).
        ulong rows = RowWords.Present(text);
        DueDate? best = null;
        int bestRow = -1;
        for (int row = 0; rows != 0; row++, rows >>= 1)
        {
            if ((rows & 1) == 0) continue;
            var (_, regex, resolve) = Rules[row];
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (IsNewSlot(text, m)) continue;
                var date = resolve(m, meeting);
                bool asap = Asap().IsMatch(m.Value);
                if (date is null && !asap) continue;
                bool isStart = IsStartPhrase(text, m.Index);
                var found = new DueDate(isStart ? null : date, m.Index, m.Length, asap, isStart) { Unsure = isStart ? null : Doubt(regex, m, meeting) };
                if (best is null || Names(bestRow, WeekdayRows) && Names(row, CalendarRows) && SameDay(text, best, found)
                    || !(Names(row, WeekdayRows) && Names(bestRow, CalendarRows) && SameDay(text, found, best)) && Preferred(found, best))
                    (best, bestRow) = (found, row);
                break;
            }
        }
        return best;
    }

    /// <summary>
    /// A weekday written with its date ("by Tuesday 10th March", "Fri, Feb 6", "Thursday the 5th") names one day, and the
    /// date says which week: the date is the due, never the first such weekday after the meeting.
    /// </summary>
    // contract: "When an action is due": `Jan 22`, `22 Jan` → that date; a weekday beside it names the same day
    private static bool SameDay(string text, DueDate weekday, DueDate date)
    {
        int end = weekday.Index + weekday.Length;
        if (date.Index < end) return false;
        foreach (char c in text.AsSpan(end, date.Index - end))
            if (!char.IsWhiteSpace(c) && c != ',') return false;
        return true;
    }

    private static bool Names(int row, Regex[] kinds) => row >= 0 && Array.IndexOf(kinds, Rules[row].Regex) >= 0;

    /// <summary>The rows that name a weekday, and those that name a day of the calendar (<see cref="SameDay"/>).</summary>
    private static readonly Regex[] WeekdayRows = [Weekdays(), NextWeekday(), ForeignWeekdays(), Misspelt()];

    private static readonly Regex[] CalendarRows = [MonthDay(), DayMonth(), Slash(), Dotted(), IsoDue(), Ordinal()];

    // A deadline beats a start ("starting Monday … by Friday"); otherwise the earliest phrase wins.
    private static bool Preferred(DueDate candidate, DueDate current) =>
        current.IsStart && !candidate.IsStart || candidate.IsStart == current.IsStart && candidate.Index < current.Index;

    private static bool IsStartPhrase(string text, int index)
    {
        // Only the words right before the phrase can make it a start ("starting next Monday").
        int from = Math.Max(0, index - 40);
        return StartWords().IsMatch(text.AsSpan(from, index - from).TrimEnd());
    }

    /// <summary>
    /// Whether the phrase names the slot something is moved to ("move the team sync to Thursday", "push our 1:1 to
    /// next week", "reschedule the review for Friday"): a move verb, then "to", "for", "until" or "till" right before
    /// the phrase. Not a deadline; the phrase stays in the text. A phrase led by "by", "before" or "due" is a deadline
    /// whatever comes before it.
    /// </summary>
    private static bool IsNewSlot(string text, Match m)
    {
        var lead = SlotLead().Match(text, m.Index);
        if (!lead.Success && (m.Index == 0 || !SlotBefore().IsMatch(text.AsSpan(0, m.Index).TrimEnd()))) return false;
        int end = lead.Success ? m.Index + lead.Length : m.Index;
        int from = Math.Max(0, end - 80);
        return MovedTo().IsMatch(text.AsSpan(from, end - from).TrimEnd());
    }

    // contract: none (machinery): the preposition a phrase may open with that names a new slot after a move verb
    [GeneratedRegex(@"\G(?:to|for|until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlotLead();

    // contract: none (machinery): the text before the phrase ends in a slot's preposition ("to", "to next")
    [GeneratedRegex(@"\b(?:to|for|until|till)(?:\s+(?:the|next|this|on|our|my))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SlotBefore();

    /// <summary>A move verb and, in the same clause, the preposition of its new slot at the end: "move the team sync to", "pushed our 1:1 back to".</summary>
    // contract: "When an action is due": "by", "before", "due", "on", "until" mean a deadline; "move … to Thursday" names a new slot
    [GeneratedRegex(@"\b" + NoteWords.MoveWordText + @"\b[^,;.!?()]*?\b(?:to|for|until|till)(?:\s+(?:the|next|this|on|our|my))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedTo();

    // Declared before the table, which reads them while the class initialises.
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    // A month's name (MonthNames) begins with one of these, after a word boundary in both patterns that name one.
    private static readonly (string[], bool) MonthWords = Words("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /// <summary>A row's words when its pattern has a word boundary before each of them (they are looked for only at a word's start).</summary>
    private static (string[], bool) Words(params string[] words) => (words, true);

    /// <summary>A row's words when they may sit inside a word ("ñana" in "mañana", a digit, "/").</summary>
    private static (string[], bool) Anywhere(params string[] words) => (words, false);

    /// <summary>
    /// The due-phrase table: each row is the words one of which the phrase must contain (a cheap
    /// test that skips the pattern), the pattern, and how it resolves against the meeting.
    /// </summary>
    // contract: "When an action is due": the due-phrase table; each row's pattern cites its own line
    private static readonly ((string[] Words, bool AtWordStart) Words, Regex Regex, Func<Match, MeetingContext, DateOnly?> Resolve)[] Rules =
    [
        (Anywhere(Digits), IsoDue(), (m, _) => IsoDate.TryParse(m.Groups["d"].Value, out var d) ? d : null),
        (Anywhere(Digits), Dotted(), (m, c) => DottedDate(m, c)),
        (Anywhere("next", "before"), NextMeeting(), (_, c) => c.NextMeeting),
        (Words("w/c", "w/b", "week", "wk"), WeekCommencing(), (m, c) => WeekCommencingOf(m, c) is { } start ? EndOfWeekOf(start) : null),
        (Words("end"), EndOfNextWeek(), (_, c) => FridayOfWeek(c.Date).AddDays(7)),
        (Words("end"), EndOfNamedQuarter(), (m, c) => EndOfNamedQuarterOf(c.Date, m.Groups["q"].Value[0] - '0')),
        (MonthWords, MonthDay(), (m, c) => MonthDayOnOrAfter(c.Date, IsoDate.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (MonthWords, DayMonth(), (m, c) => MonthDayOnOrAfter(c.Date, IsoDate.MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (Anywhere("/"), Slash(), (m, c) => SlashDate(m, c)),
        (Words("end"), EndOfNamedMonth(), (m, c) => EndOfMonthNamed(c.Date, IsoDate.MonthNumber(m.Groups["mon"].Value))),
        (Words("end", "eow", "this"), EndOfWeek(), (_, c) => EndOfWeekOf(c.Date)),
        (Words("end", "eom", "month"), EndOfMonth(), (_, c) => new DateOnly(c.Date.Year, c.Date.Month, DateTime.DaysInMonth(c.Date.Year, c.Date.Month))),
        (Words("end", "eoq", "quarter"), EndOfQuarter(), (_, c) => EndOfQuarterOf(c.Date)),
        (Words("end", "eoy", "year"), EndOfYear(), (_, c) => new DateOnly(c.Date.Year, 12, 31)),
        (Words("next"), NextWeekday(), (m, c) => NextWeeksWeekday(c.Date, Weekday(m.Groups["wd"].Value))),
        (Words("mon", "tue", "wed", "thu", "fri", "sat", "sun"), Weekdays(), (m, c) => WeekdayAfter(c.Date, Weekday(m.Groups["wd"].Value))),
        (Anywhere("lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"), ForeignWeekdays(), (m, c) => WeekdayAfter(c.Date, ForeignWeekday(m.Groups["wd"].Value))),
        (Anywhere("day"), Misspelt(), (m, c) => MisspeltWeekday(m.Groups["wd"].Value) is { } day ? WeekdayAfter(c.Date, day) : null),
        (Words("fortnight"), Fortnight(), (_, c) => c.Date.AddDays(14)),
        (Anywhere("next", "chste", "xima"), NextWeek(), (_, c) => c.Date.AddDays(7)),
        (Words("in", "within"), InPeriod(), (m, c) => c.Date.AddDays(Count(m.Groups["n"].Value) * (m.Groups["unit"].Value.StartsWith('w') || m.Groups["unit"].Value.StartsWith('W') ? 7 : 1))),
        (Anywhere(Digits), Ordinal(), (m, c) => OrdinalOnOrAfter(c.Date, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (Anywhere("tomorrow", "tmrw", "tmw", "tmr", "2moro", "ñana", "nana", "morgen"), Tomorrow(), (_, c) => c.Date.AddDays(1)),
        (Words("today", "tonight", "eod", "cob", "eob", "end", "close", "afternoon", "later", "hoy", "heute"), Today(), (_, c) => c.Date),
        (Words("asap", "urgent", "a.s.a.p"), Asap(), (_, _) => null),
    ];

    /// <summary>
    /// The table's words in one matcher (declared after the table, which it reads): one pass over a text gives the
    /// rows one of whose words occurs in it, compared as <see cref="StringComparison.OrdinalIgnoreCase"/>; a
    /// <see cref="Words"/> row's word counts only where no ASCII letter or digit comes right before it ("end" in
    /// "end of day", not in "send"), which every match of such a pattern has.
    /// </summary>
    private static class RowWords
    {
        /// <summary>A word, the rows it opens wherever it occurs, and the rows it opens at a word's start.</summary>
        private readonly record struct Entry(string Word, ulong Anywhere, ulong AtWordStart);

        /// <summary>Every word of the table, once.</summary>
        private static readonly Entry[] All = Entries();

        /// <summary>The words by the ASCII character they begin with (either case); a character outside ASCII is tried against them all.</summary>
        private static readonly Entry[][] ByFirst =
            [.. Enumerable.Range(0, 128).Select(c => All.Where(e => e.Word[0] < 128 && char.ToUpperInvariant(e.Word[0]) == char.ToUpperInvariant((char)c)).ToArray())];

        private static Entry[] Entries()
        {
            if (Rules.Length > 64) throw new InvalidOperationException("the due-phrase table has more rows than a mask holds");
            var masks = new Dictionary<string, (ulong Anywhere, ulong AtWordStart)>(StringComparer.OrdinalIgnoreCase);
            for (int row = 0; row < Rules.Length; row++)
                foreach (string word in Rules[row].Words.Words)
                {
                    var (anywhere, atWordStart) = masks.GetValueOrDefault(word);
                    masks[word] = Rules[row].Words.AtWordStart ? (anywhere, atWordStart | 1UL << row) : (anywhere | 1UL << row, atWordStart);
                }
            return [.. masks.Select(m => new Entry(m.Key, m.Value.Anywhere, m.Value.AtWordStart))];
        }

        /// <summary>The rows (bit n for row n) one of whose words occurs in <paramref name="text"/>.</summary>
        public static ulong Present(string text)
        {
            ulong rows = 0;
            var span = text.AsSpan();
            for (int i = 0; i < span.Length; i++)
            {
                char c = span[i];
                bool wordStart = i == 0 || !char.IsAsciiLetterOrDigit(span[i - 1]);
                foreach (var entry in c < 128 ? ByFirst[c] : All)
                {
                    ulong opens = entry.Anywhere | (wordStart ? entry.AtWordStart : 0);
                    if ((opens & ~rows) != 0 && span[i..].StartsWith(entry.Word, StringComparison.OrdinalIgnoreCase)) rows |= opens;
                }
            }
            return rows;
        }
    }


    public static DateOnly WeekdayAfter(DateOnly date, DayOfWeek day)
    {
        int delta = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(delta == 0 ? 7 : delta);
    }

    /// <summary>"next Friday": that weekday in the Monday-to-Sunday week after the meeting's week.</summary>
    public static DateOnly NextWeeksWeekday(DateOnly date, DayOfWeek day)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return monday.AddDays(7 + ((int)day + 6) % 7);
    }

    /// <summary>End of week: the Friday of the meeting's week; on a weekend, the following Friday.</summary>
    public static DateOnly EndOfWeekOf(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekdayAfter(date, DayOfWeek.Friday) : FridayOfWeek(date);

    /// <summary>"end of Q2": the last day of that quarter, the first one ending on or after the meeting.</summary>
    private static DateOnly EndOfNamedQuarterOf(DateOnly date, int quarter)
    {
        int month = Math.Clamp(quarter, 1, 4) * 3;
        var end = new DateOnly(date.Year, month, DateTime.DaysInMonth(date.Year, month));
        return end >= date ? end : new DateOnly(date.Year + 1, month, DateTime.DaysInMonth(date.Year + 1, month));
    }

    /// <summary>
    /// Why a due phrase could be read two ways (contract, "Saying when unsure"; "When an action is due"):
    /// a slash date whose numbers are both 12 or less in a note that never writes day/month
    /// ("3/6" is March 6 or 3 June), or a misspelt weekday ("thrusday").
    /// </summary>
    private static string? Doubt(Regex rule, Match m, MeetingContext c)
    {
        if (rule == Slash() && !c.DayFirst
            && int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture) is var a and <= 12
            && int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) is var b and <= 12 && a != b)
            return $"'{m.Groups["a"].Value}/{m.Groups["b"].Value}' read as month/day";
        if (rule == Misspelt() && MisspeltWeekday(m.Groups["wd"].Value) is { } day && !m.Groups["wd"].Value.Equals(day.ToString(), StringComparison.OrdinalIgnoreCase))
            return $"'{m.Groups["wd"].Value}' read as {day}";
        return null;
    }

    /// <summary>
    /// The day a week is named by ("w/c 9 March", "week commencing March 9th", "w/c 9/3", "week of March 9, 2026"): the first such
    /// day on or after the meeting, or that day of the year written.
    /// </summary>
    private static DateOnly? WeekCommencingOf(Match m, MeetingContext c)
    {
        if (m.Groups["a"].Success) return SlashDate(m, c);
        bool dayFirst = m.Groups["day"].Success;
        int day = int.Parse(m.Groups[dayFirst ? "day" : "day2"].Value, CultureInfo.InvariantCulture);
        int month = IsoDate.MonthNumber(m.Groups[dayFirst ? "mon" : "mon2"].Value);
        if (!m.Groups["y"].Success) return MonthDayOnOrAfter(c.Date, month, day);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>A slash date: month/day, unless the note writes day/month (a first number above 12 anywhere).</summary>
    private static DateOnly? SlashDate(Match m, MeetingContext c)
    {
        int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        return a > 12 || c.DayFirst ? MonthDayOnOrAfter(c.Date, b, a) : MonthDayOnOrAfter(c.Date, a, b);
    }

    /// <summary>"16.10." or "16.10.2026": day.month, with the year when given.</summary>
    private static DateOnly? DottedDate(Match m, MeetingContext c)
    {
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["y"].Success) return MonthDayOnOrAfter(c.Date, month, day);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Whether a note writes its slash dates day/month: one of them has a first number above 12.</summary>
    public static bool WritesDayFirst(string notes)
    {
        foreach (Match m in SlashPair().Matches(notes))
            if (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture) is > 12 and <= 31 && int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) <= 12)
                return true;
        return false;
    }

    // contract: "When an action is due": misspellings within two letters of the full weekday name
    private static readonly (string Name, DayOfWeek Day)[] FullWeekdays =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday),
        ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
    ];

    /// <summary>Words ending in "day" that are not weekdays, however close their spelling.</summary>
    // contract: "When an action is due": a misspelt weekday, never a word like "holiday" that ends in "day"
    private static readonly HashSet<string> NotWeekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "midday", "holiday", "birthday", "payday", "someday", "everyday", "weekday", "workday", "doomsday", "heyday", "mayday", "noonday",
    };

    /// <summary>A misspelt weekday within two letters of the full name ("wendesday", "thrusday", "firday").</summary>
    private static DayOfWeek? MisspeltWeekday(string word)
    {
        string w = word.ToLowerInvariant();
        if (NotWeekdays.Contains(w) || w.Length < 6) return null;
        foreach (var (name, day) in FullWeekdays)
            if (EditDistance.Of(w, name) <= 2) return day;
        return null;
    }

    private static DayOfWeek ForeignWeekday(string word) => PersonNames.Fold(word).ToLowerInvariant()[..3] switch
    {
        "lun" or "mon" => DayOfWeek.Monday,
        "mar" or "die" => DayOfWeek.Tuesday,
        "mie" or "mit" => DayOfWeek.Wednesday,
        "jue" or "don" => DayOfWeek.Thursday,
        "vie" or "fre" => DayOfWeek.Friday,
        "sab" or "sam" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public static DateOnly FridayOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7) + 4);

    private static DateOnly EndOfQuarterOf(DateOnly date)
    {
        int month = (date.Month - 1) / 3 * 3 + 3;
        return new DateOnly(date.Year, month, DateTime.DaysInMonth(date.Year, month));
    }

    private static DateOnly? MonthDayOnOrAfter(DateOnly date, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31) return null;
        for (int year = date.Year; year <= date.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            if (candidate >= date) return candidate;
        }
        return null;
    }

    private static DateOnly? OrdinalOnOrAfter(DateOnly date, int day)
    {
        if (day is < 1 or > 31) return null;
        for (var month = new DateOnly(date.Year, date.Month, 1); month < date.AddMonths(13); month = month.AddMonths(1))
        {
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate >= date) return candidate;
        }
        return null;
    }

    private static DateOnly EndOfMonthNamed(DateOnly date, int month)
    {
        int year = date.Year;
        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return end >= date ? end : new DateOnly(year + 1, month, DateTime.DaysInMonth(year + 1, month));
    }


    /// <summary>The numbers written as words ("two", "a couple of"), longest first: the one list the command line's dates read too.</summary>
    public static IEnumerable<string> NumberWords => Numbers.Keys.OrderByDescending(k => k.Length);

    /// <summary>The number a word means ("two" is 2, "a few" 3), or null.</summary>
    public static int? NumberWord(string text) => Numbers.TryGetValue(text, out int n) ? n : null;

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : Numbers.GetValueOrDefault(Regex.Replace(text.Trim(), @"\s+", " "), 1);

    private static DayOfWeek Weekday(string text) => text[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private const string MonthNames = @"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /// <summary>
    /// Before a weekday: not "the", "our", "my", "every" or "each" unless a due word comes first. Such a weekday names a thing
    /// or a habit ("cancel the Friday room booking today", "post the update every Friday"), not a deadline; "by the Friday" is one.
    /// </summary>
    private const string NotAThing = @"(?<!(?<!\b(?:by|before|due|on|until|till|for)\s+)\b(?:the|our|my|every|each)\s+)";

    private const string WeekdayNames = @"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|saturday|sunday";
    private const string Lead = @"(?:(?:\b(?:by|before|due|on|until|till|no later than|for|bis|hasta|probably|ideally)|->|→)\s+(?:the\s+)?)?";

    /// <summary>Time-of-day words that keep a day's date: "COB Thursday", "EOD Fri", "first thing Monday".</summary>
    private const string DayPart = @"(?:(?:eod|cob|eob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business|first\s+thing)\s+(?:on\s+)?)?";

    // contract: "When an action is due": `2026-04-01`, `📅 2026-04-01`, `[due:: 2026-04-01]` → that date
    [GeneratedRegex(@"(?:(?:📅|🗓️?|\[due::)\s*|\b(?:by|due|before|on|until)[:\s]+)?(?<d>\d{4}[-\u2010\u2011]\d{2}[-\u2010\u2011]\d{2})\]?", RegexOptions.IgnoreCase)]
    private static partial Regex IsoDue();

    // contract: "When an action is due": next 1:1, next time, next session, before we meet again → by cadence
    [GeneratedRegex(Lead + @"(?:(?:at|to|before|for)\s+)?(?:(?:our|the|my)\s+)?(?:next\s+(?:1:1s?|1-1|1-on-1|one[- ]on[- ]one|1on1|time|meeting|session|sync|check-?in|catch-?up|monthly|weekly|biweekly|skip-?level|skip|mentoring(?:\s+session)?)\b|next\s+month(?:'s|’s)\s+(?:1:1|1-1|meeting|session)|before\s+we\s+(?:next\s+)?meet(?:\s+again|\s+next\s+(?:time|month|week))?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    // contract: "When an action is due": `Jan 22`, `January 22`, `Jan 22nd` → the first such date on or after D
    [GeneratedRegex(Lead + @"\b(?<mon>" + MonthNames + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![:/\d])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    // contract: "When an action is due": `22 Jan` → the first such date on or after D
    [GeneratedRegex(Lead + @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    // contract: "When an action is due": `1/22` month/day, `16/10` day/month (first number above 12)
    [GeneratedRegex(Lead + @"(?<![\d.,/])\b(?<a>3[01]|[12]\d|0?[1-9])/(?<b>3[01]|[12]\d|0?[1-9])\b(?![\d/%]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Slash();

    // contract: "When an action is due": a note reads its slash dates one way (day/month if one must be)
    [GeneratedRegex(@"(?<![\d.,/])\b(?<a>\d{1,2})/(?<b>\d{1,2})\b(?![\d/%]|\.\d)")]
    private static partial Regex SlashPair();

    // contract: "When an action is due": `16.10.`, `16.10.2026` (dots) → day.month (and year)
    [GeneratedRegex(Lead + @"(?<![\d.,/])\b(?<d>3[01]|[12]\d|0?[1-9])\.(?<m>1[0-2]|0?[1-9])\.(?<y>\d{4})?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Dotted();

    // contract: "When an action is due": a week named by its first day, "w/c 9 March", "week commencing March 9", "w/b 9/3" → its Friday (docs/notes.md)
    [GeneratedRegex(Lead + @"\b(?:w/[cb]|(?:week|wk)\s+(?:commencing|beginning|of))\.?\s+(?:the\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")|(?<mon2>" + MonthNames + @")\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?|(?<a>3[01]|[12]\d|0?[1-9])/(?<b>3[01]|[12]\d|0?[1-9])(?![\d/%]))\b(?:,?\s+(?<y>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex WeekCommencing();

    // contract: "When an action is due": end of next week → Friday of the week after D's week
    [GeneratedRegex(Lead + @"\b(?:the\s+)?end\s+of\s+(?:the\s+)?next\s+(?:week|wk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfNextWeek();

    // contract: "When an action is due": end of Q1 … end of Q4 → last day of that quarter
    [GeneratedRegex(Lead + @"\b(?:the\s+)?end\s+of\s+(?:the\s+)?q(?<q>[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfNamedQuarter();

    // contract: "When an action is due": `viernes`, `Freitag`, `Montag` → as the weekday
    [GeneratedRegex(Lead + @"\b(?<wd>lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignWeekdays();

    // contract: "When an action is due": misspellings within two letters of a weekday (`wedensday`, `firday`)
    [GeneratedRegex(Lead + DayPart + NotAThing + @"\b(?<wd>[a-z]{3,8}day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Misspelt();

    // contract: "When an action is due": `fortnight`, `in a fortnight`, `within a fortnight` → D + 14
    [GeneratedRegex(Lead + @"\b(?:(?:in|within)\s+)?(?:a|one|1)\s+fortnight\b|\bfortnight\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fortnight();

    // contract: "When an action is due": end of October → last day of the first October ending on or after D
    [GeneratedRegex(Lead + @"\b(?:the\s+)?end\s+of\s+(?<mon>" + MonthNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfNamedMonth();

    // contract: "When an action is due": end of (the) week, EOW, this week, `this wk` → Friday of D's week
    [GeneratedRegex(Lead + @"\b(?:(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:week|wk)|eow|this\s+(?:week|wk))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfWeek();

    // contract: "When an action is due": end of (the) month, EOM → last day of D's month
    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|eom|month[- ]end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfMonth();

    // contract: "When an action is due": end of (the) quarter, EOQ → last day of D's quarter
    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|eoq|quarter[- ]end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfQuarter();

    // contract: "When an action is due": end of (the) year, EOY, before the new year, by year-end → Dec 31
    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|eoy|year[- ]end|the\s+new\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfYear();

    // contract: "When an action is due": `next Friday`, `next Thurs` → that weekday in the week after D's week
    [GeneratedRegex(Lead + @"\bnext\s+(?<wd>" + WeekdayNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeekday();

    // A weekday after "the", "our", "every" names a thing or a habit, not a deadline ("cancel the Friday room booking today",
    // "send the report every Friday"), unless a due word comes first ("by the Friday").
    // contract: "When an action is due": `Friday`, `by Fri`, `EOD Fri`, `Monday morning` → first strictly after D
    [GeneratedRegex(Lead + DayPart + @"(?:\bthis\s+)?" + NotAThing + @"\b(?<wd>" + WeekdayNames + @")\b(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|eod|cob))?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekdays();

    // contract: "When an action is due": next week, `next wk`, `nächste Woche`, `la próxima semana` → D + 7
    [GeneratedRegex(Lead + @"\bnext\s+(?:week|wk)\b|\bn[äa]chste\s+woche\b|\b(?:la\s+)?pr[óo]xima\s+semana\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeek();

    // contract: "When an action is due": in N days / weeks, within N weeks, in a couple of weeks
    [GeneratedRegex(@"\b(?:in|within)\s+(?:the\s+next\s+)?(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)\s+(?<unit>days?|weeks?|wks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPeriod();

    // contract: "When an action is due": `the 15th`, `by the 8th` → first such day of a month on or after D
    [GeneratedRegex(Lead + @"\bthe\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    // contract: "When an action is due": tomorrow, `tmrw`, `tmw`, `2moro`, `mañana`, `morgen` → D + 1
    [GeneratedRegex(Lead + @"(?:\b(?:eod|cob|first\s+thing)\s+)?\b(?:tomorrow|tmrw|tmw|tmr|2moro|ma[ñn]ana|morgen)\b(?:\s+(?:eod|cob|morning|latest))?", RegexOptions.IgnoreCase)]
    private static partial Regex Tomorrow();

    // contract: "When an action is due": today, tonight, EOD, COB, close of business, `hoy`, `heute` → D
    [GeneratedRegex(Lead + @"\b(?:today|tonight|eod|cob|eob|end\s+of\s+(?:the\s+)?day|close\s+of\s+business|this\s+afternoon|later\s+today|hoy|heute)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    // contract: "When an action is due": ASAP, urgent → no date (priority P1)
    [GeneratedRegex(@"\b(?:asap|urgent(?:ly)?|a\.s\.a\.p\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asap();

    // contract: "When an action is due": starting …, from …, for the next two weeks → no date (a start or a span)
    [GeneratedRegex(@"\b(?:starting|start|from|beginning|begins?|after|for\s+the(?:\s+next)?|over\s+the(?:\s+next)?)(?:\s+(?:next|this|the|coming|on))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StartWords();
}
