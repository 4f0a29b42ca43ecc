using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Text;

/// <summary>
/// A date given on the command line, as people type one: <c>2026-01-15</c>, <c>2025-12</c>, <c>yesterday</c>,
/// <c>3 weeks ago</c>, <c>in two weeks</c>, <c>Dec 1</c>, <c>friday</c>, <c>12/3</c>. Each form is a row of
/// <see cref="Forms"/> (docs/cli.md shows them and a test reads every example there); add a row to accept another.
/// A numeric date whose numbers do not say which is the day (<c>12/3</c>) is read by the vault's <c>dates:</c>
/// setting, else by its dots (<c>3.12.</c>, day first), and is otherwise refused: which of day and month comes
/// first is what a command line cannot ask.
/// </summary>
public static partial class DateArgument
{
    /// <summary>Where a date stands in a span: <c>--until 2025-12</c> means to the month's last day, <c>--since 2025-12</c> from its first.</summary>
    public enum Edge
    {
        Start,
        End,
    }

    /// <summary>
    /// Which way the option looks when the words leave the year or week open: <see cref="Back"/> for what happened
    /// (<c>--since</c>, a meeting's <c>--date</c>), <see cref="Ahead"/> for a day to come (<c>--due</c>, the 1:1 being
    /// prepared). <c>friday</c> is the last Friday looking back and the coming one looking ahead; <c>Sept 3</c> without
    /// a year is the nearest looking back and the next looking ahead.
    /// </summary>
    public enum Lean
    {
        Back,
        Ahead,
    }

    /// <summary>How an option reads what is typed: today, the edge of a span, the way it looks, the vault's <c>dates:</c> setting.</summary>
    public sealed record Reading(DateOnly Today, Edge Edge = Edge.Start, Lean Lean = Lean.Back, bool? DayFirst = null);

    /// <summary>
    /// What a form made of the text: a day, or why the text, though in that form, names none (<c>Feb 30</c>); null from a
    /// form's reader when the text is not in that form after all (a bare word that is no weekday), so the next form is tried.
    /// </summary>
    public readonly record struct Result(DateOnly? Date, string? Why)
    {
        public static Result Of(DateOnly date) => new(date, null);

        public static Result No(string why) => new(null, why);
    }

    // Declared before the table, which reads them while the class initialises.
    /// <summary>A count in digits, or in the words the notes engine reads (<see cref="Notes.DuePhrases.NumberWords"/>).</summary>
    private static readonly string CountWords = @"\d{1,5}|" + string.Join("|", Notes.DuePhrases.NumberWords.Select(Regex.Escape));

    private static readonly Regex AgoPattern = new(@"^(" + CountWords + @")\s*(days?|weeks?|months?|years?)\s+ago$", RegexOptions.CultureInvariant);

    private static readonly Regex InPattern = new(@"^in\s+(" + CountWords + @")\s*(days?|weeks?|months?|years?)$", RegexOptions.CultureInvariant);

    private static Regex Ago() => AgoPattern;

    private static Regex In() => InPattern;

    /// <summary>The forms, each with what it means and how it is read (groups by number or name: see the pattern).</summary>
    public static readonly IReadOnlyList<(string Means, Regex Pattern, Func<Match, Reading, Result?> Read)> Forms =
    [
        ("a day, year first: 2026-01-15, 2026/1/15", IsoDay(), (m, _) => Day(Number(m, 1), Number(m, 2), Number(m, 3))),
        ("a month: 2025-12 (its first day, or its last as the end of a span)", IsoMonth(), (m, r) => Month(Number(m, 1), Number(m, 2), r.Edge)),
        ("today, yesterday, tomorrow", Named(), (m, r) => Result.Of(m.Groups[1].Value switch
        {
            "yesterday" => r.Today.AddDays(-1),
            "tomorrow" => r.Today.AddDays(1),
            _ => r.Today,
        })),
        ("N days, weeks, months or years ago, N in digits or words: 3 weeks ago, a month ago", Ago(), (m, r) => Shift(r.Today, -Count(m.Groups[1].Value), m.Groups[2].Value)),
        ("in N days, weeks, months or years: in 2 weeks, in two weeks", In(), (m, r) => Shift(r.Today, Count(m.Groups[1].Value), m.Groups[2].Value)),
        ("last or next week, month or year: a week, month or year ago (as git reads it) or ahead", Last(),
            (m, r) => Shift(r.Today, m.Groups[1].Value == "next" ? 1 : -1, m.Groups[2].Value)),
        ("next, last or this and a weekday: next Friday (in the week after this one, as notes read it), last Monday (before today), this Friday (today or after)",
            Weekday(), (m, r) => WeekdayOf(m.Groups[2].Value) is { } day ? Result.Of(Toward(r.Today, day, m.Groups[1].Value)) : null),
        ("a weekday: friday, on tue (looking back, the last one, today included; looking ahead, the coming one, today included)",
            BareWord(), (m, r) => WeekdayOf(m.Groups[1].Value) is { } day ? Result.Of(Nearest(r.Today, day, r.Lean)) : null),
        ("a month's name, with or without the year: March, jan 2026 (without a year, the latest begun looking back, the next not ended looking ahead)",
            MonthName(), (m, r) => MonthOf(m.Groups[1].Value) is var month and > 0 ? NamedMonth(m.Groups[2].Success ? Number(m.Groups[2]) : null, month, r) : null),
        ("a month's name and a day, with or without the year: Dec 1, 1 December 2025, December 1, 2025 (without a year, the nearest looking back, the next looking ahead)",
            MonthDay(), (m, r) => MonthOf(m.Groups["month1"].Success ? m.Groups["month1"].Value : m.Groups["month2"].Value) is var month and > 0
                ? Day(m.Groups["y"].Success ? Number(m.Groups["y"]) : null, month, Number(m.Groups["d1"].Success ? m.Groups["d1"] : m.Groups["d2"]), r)
                : null),
        ("numbers, day and month in the vault's order (dates: day-first or month-first), or as the numbers or dots say: 25/12, 3.12.2025, 12/3 with dates: day-first",
            Numeric(), (m, r) => NumericDay(m, r)),
    ];

    /// <summary>The date, or null when <paramref name="text"/> is none of the <see cref="Forms"/> or names no real day.</summary>
    public static DateOnly? TryParse(string text, DateOnly today, Edge edge = Edge.Start) => Read(text, new Reading(today, edge)).Date;

    /// <summary>What the text means read as <paramref name="reading"/> says, or why it names no day (null when it is no form at all).</summary>
    public static Result Read(string text, Reading reading)
    {
        string typed = Space().Replace(text.Trim().ToLowerInvariant(), " ");
        foreach (var (_, pattern, read) in Forms)
            if (pattern.Match(typed) is { Success: true } match && read(match, reading) is { } result) return result;
        return new Result(null, null);
    }

    /// <summary>The date, or a usage error naming the option and the forms it takes.</summary>
    public static DateOnly Parse(string text, string what, DateOnly today, Edge edge = Edge.Start) => Parse(text, what, new Reading(today, edge));

    /// <summary>The date, or a usage error naming the option: why the text names no day, or the forms it takes.</summary>
    public static DateOnly Parse(string text, string what, Reading reading)
    {
        var result = Read(text, reading);
        if (result.Date is { } date) return date;
        throw new RapportException(ErrorCode.Usage, result.Why is { } why
            ? $"'{text.Trim()}' is not a valid {what}: {why}"
            : $"'{text}' is not a valid {what}; use YYYY-MM-DD (2026-01-15), YYYY-MM, today, yesterday, 3 days ago, in 2 weeks, last week, Friday, next Friday or Jan 15");
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A month's number from its name or an abbreviation of three letters or more (<c>sept</c>, <c>dec</c>); 0 for any other word.</summary>
    private static int MonthOf(string word) => Array.FindIndex(MonthNames, name => name.StartsWith(word, StringComparison.Ordinal)) is var i and >= 0 && word.Length >= 3 ? i + 1 : 0;

    private static string MonthTitle(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>A weekday from its name or an abbreviation of three letters or more (<c>thurs</c>); null for any other word.</summary>
    private static DayOfWeek? WeekdayOf(string word) =>
        word.Length >= 3 && Array.FindIndex(DayNames, name => name.StartsWith(word, StringComparison.Ordinal)) is var i and >= 0 ? (DayOfWeek)i : null;

    /// <summary>A count in digits or in words as notes write it (<c>two</c>, <c>a</c>, <c>a couple of</c>): the notes engine's numbers.</summary>
    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : Notes.DuePhrases.NumberWord(text) ?? -1;

    /// <summary>
    /// "next Friday" as the notes engine reads it (<see cref="Notes.DuePhrases.NextWeeksWeekday"/>: that weekday in the Monday-to-Sunday
    /// week after this one), so a date typed on the command line means what the same words mean in notes; "last Monday"
    /// the one in the seven days before today; "this Friday" the one in the seven days from today.
    /// </summary>
    private static DateOnly Toward(DateOnly today, DayOfWeek day, string which) => which switch
    {
        "next" => Notes.DuePhrases.NextWeeksWeekday(today, day),
        "last" => Notes.DuePhrases.WeekdayAfter(today.AddDays(-8), day),
        _ => Notes.DuePhrases.WeekdayAfter(today.AddDays(-1), day),
    };

    /// <summary>A bare weekday: looking back the latest on or before today, looking ahead the first on or after it.</summary>
    private static DateOnly Nearest(DateOnly today, DayOfWeek day, Lean lean) =>
        lean == Lean.Ahead ? Notes.DuePhrases.WeekdayAfter(today.AddDays(-1), day) : today.AddDays(-(((int)today.DayOfWeek - (int)day + 7) % 7));

    private static int Number(Match match, int group) => Number(match.Groups[group]);

    private static int Number(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;

    private static Result Month(int year, int month, Edge edge)
    {
        if (month is < 1 or > 12) return Result.No($"there is no month {month}; months are 1 to 12");
        if (year is < 1 or > 9999) return Result.No($"the year {year} is out of range");
        var first = new DateOnly(year, month, 1);
        return Result.Of(edge == Edge.End ? first.AddMonths(1).AddDays(-1) : first);
    }

    /// <summary>A month named without a year: looking back the latest that has begun, looking ahead the next that has not ended.</summary>
    private static Result NamedMonth(int? year, int month, Reading r)
    {
        if (year is { } y) return Month(y, month, r.Edge);
        int back = month <= r.Today.Month ? r.Today.Year : r.Today.Year - 1;
        int ahead = month >= r.Today.Month ? r.Today.Year : r.Today.Year + 1;
        return Month(r.Lean == Lean.Ahead ? ahead : back, month, r.Edge);
    }

    private static Result Shift(DateOnly today, int count, string unit)
    {
        if (Math.Abs(count) > 10_000) return Result.No($"{Math.Abs(count):N0} {unit} is too far from today");
        try
        {
            return Result.Of(unit.TrimEnd('s') switch
            {
                "day" => today.AddDays(count),
                "week" => today.AddDays(7 * count),
                "month" => today.AddMonths(count),
                _ => today.AddYears(count),
            });
        }
        catch (ArgumentOutOfRangeException)
        {
            return Result.No($"{Math.Abs(count):N0} {unit} is too far from today");
        }
    }

    /// <summary>A day of a month of a given year, or why there is none.</summary>
    private static Result Day(int year, int month, int day)
    {
        if (month is < 1 or > 12) return Result.No($"there is no month {month}; months are 1 to 12");
        if (year is < 1 or > 9999) return Result.No($"the year {year} is out of range");
        int days = DateTime.DaysInMonth(year, month);
        return day >= 1 && day <= days ? Result.Of(new DateOnly(year, month, day)) : Result.No($"{MonthTitle(month)} {year} has {days} days");
    }

    /// <summary>
    /// A day of a month, the year given or not: without one, looking back the nearest such day to today (Dec 1 in January
    /// is last December's), looking ahead the first on or after today (Sept 3 in January is this September's).
    /// </summary>
    private static Result Day(int? year, int month, int day, Reading r)
    {
        if (year is { } y) return Day(y, month, day);
        if (month is < 1 or > 12) return Result.No($"there is no month {month}; months are 1 to 12");
        if (day < 1 || day > DateTime.DaysInMonth(2024, month))
            return Result.No(month == 2 ? "February has 28 days, 29 in a leap year" : $"{MonthTitle(month)} has {DateTime.DaysInMonth(2024, month)} days");
        var candidates = Enumerable.Range(r.Today.Year - 4, 9)
            .Where(c => c is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(c, month))
            .Select(c => new DateOnly(c, month, day)).ToList();
        var chosen = r.Lean == Lean.Ahead
            ? candidates.Where(d => d >= r.Today).Cast<DateOnly?>().FirstOrDefault()
            : candidates.Where(d => Math.Abs(d.Year - r.Today.Year) <= 1).Cast<DateOnly?>().MinBy(d => Math.Abs(d!.Value.DayNumber - r.Today.DayNumber));
        return chosen is { } date ? Result.Of(date) : Result.No($"{MonthTitle(month)} {day} falls in leap years only; give the year, as in Feb 29 {NextLeapYear(r.Today.Year)}");
    }

    private static int NextLeapYear(int year)
    {
        while (!DateTime.IsLeapYear(year)) year++;
        return year;
    }

    /// <summary>
    /// <c>25/12</c>, <c>12/3/2026</c>, <c>3.12.25</c>: which number is the day is what the numbers say (one above 12), else
    /// the vault's <c>dates:</c> setting, else dots (day first, as they are written where dots are used); a slash or dash
    /// with neither is refused rather than guessed.
    /// </summary>
    private static Result NumericDay(Match m, Reading r)
    {
        int a = Number(m.Groups["a"]), b = Number(m.Groups["b"]);
        int? year = null;
        if (m.Groups["y"].Success) year = m.Groups["y"].Length == 2 ? Century(Number(m.Groups["y"]), r.Today) : Number(m.Groups["y"]);
        if (a < 1 || b < 1) return Result.No("no day or month is 0");
        if (a > 12 && b > 12) return Result.No("neither number can be the month");
        // 5/5 is one day whichever number is the month.
        bool? dayFirst = a == b || a > 12 ? true : b > 12 ? false : r.DayFirst ?? (m.Groups["sep"].Value == "." ? true : null);
        if (dayFirst is not { } first)
        {
            string y = year is { } shown ? $" {shown}" : "";
            return Result.No($"it could be {MonthTitle(a)} {b} or {MonthTitle(b)} {a}; write {MonthTitle(a)[..3]} {b}{y} or {MonthTitle(b)[..3]} {a}{y}, or set dates: day-first (or month-first) in .rapport/config.yml");
        }
        var (month, day) = first ? (b, a) : (a, b);
        return Day(year, month, day, r);
    }

    /// <summary>A two-digit year as the year ending so that is nearest today: <c>26</c> is 2026 and <c>99</c> 1999 in 2026, not 2099.</summary>
    private static int Century(int twoDigits, DateOnly today)
    {
        int year = today.Year - today.Year % 100 + twoDigits;
        return year - today.Year > 50 ? year - 100 : today.Year - year > 50 ? year + 100 : year;
    }

    [GeneratedRegex(@"^(\d{4})[-/.\u2010\u2011\u2012](\d{1,2})[-/.\u2010\u2011\u2012](\d{1,2})$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^(\d{4})[-/\u2010\u2011\u2012](\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(today|yesterday|tomorrow)$")]
    private static partial Regex Named();

    [GeneratedRegex(@"^(last|next)\s+(week|month|year)$")]
    private static partial Regex Last();

    [GeneratedRegex(@"^(next|last|this)\s+([a-z]{3,9})$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:on\s+)?([a-z]{3,9})\.?$")]
    private static partial Regex BareWord();

    [GeneratedRegex(@"^([a-z]{3,9})\.?(?:,?\s+(\d{4}))?$")]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^(?:(?<month1>[a-z]{3,9})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month2>[a-z]{3,9})\.?)(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/.\-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?\.?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
