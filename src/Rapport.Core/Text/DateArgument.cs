using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Text;

/// <summary>
/// A date given on the command line, as people type one: <c>2026-01-15</c>, <c>2025-12</c>, <c>yesterday</c>,
/// <c>3 weeks ago</c>, <c>Dec 1</c>. Each form is a row of <see cref="Forms"/> (docs/cli.md shows them and a test
/// reads every example there); add a row to accept another. Numeric dates such as <c>12/01/2025</c> are not taken:
/// which of day and month comes first is exactly what a command line cannot ask.
/// </summary>
public static partial class DateArgument
{
    /// <summary>Where a date stands in a span: <c>--until 2025-12</c> means to the month's last day, <c>--since 2025-12</c> from its first.</summary>
    public enum Edge
    {
        Start,
        End,
    }

    /// <summary>The forms, each with what it means and how it is read (groups by number: see the pattern).</summary>
    public static readonly IReadOnlyList<(string Means, Regex Pattern, Func<Match, DateOnly, Edge, DateOnly?> Read)> Forms =
    [
        ("a day: 2026-01-15", IsoDay(), (m, _, _) => IsoDate.TryParse(m.Value, out var day) ? day : null),
        ("a month: 2025-12 (its first day, or its last as the end of a span)", IsoMonth(), (m, _, edge) => Month(Number(m, 1), Number(m, 2), edge)),
        ("today, yesterday, tomorrow", Named(), (m, today, _) => m.Groups[1].Value switch
        {
            "yesterday" => today.AddDays(-1),
            "tomorrow" => today.AddDays(1),
            _ => today,
        }),
        ("N days, weeks, months or years ago: 3 weeks ago", Ago(), (m, today, _) => Shift(today, -Number(m, 1), m.Groups[2].Value)),
        ("in N days, weeks, months or years: in 2 weeks", In(), (m, today, _) => Shift(today, Number(m, 1), m.Groups[2].Value)),
        ("last or next week, month or year: a week, month or year ago (as git reads it) or ahead", Last(),
            (m, today, _) => Shift(today, m.Groups[1].Value == "next" ? 1 : -1, m.Groups[2].Value)),
        ("next, last or this and a weekday: next Friday (in the week after this one, as notes read it), last Monday (before today), this Friday (today or after)",
            Weekday(), (m, today, _) => WeekdayOf(m.Groups[2].Value) is { } day ? Toward(today, day, m.Groups[1].Value) : null),
        ("a month's name and a day, with or without the year: Dec 1, 1 December 2025, December 1, 2025 (without a year, the nearest to today)",
            MonthDay(), (m, today, _) => Day(m.Groups["y"].Success ? Number(m.Groups["y"]) : null,
                MonthOf(m.Groups["month1"].Success ? m.Groups["month1"].Value : m.Groups["month2"].Value),
                Number(m.Groups["d1"].Success ? m.Groups["d1"] : m.Groups["d2"]), today)),
    ];

    /// <summary>The date, or null when <paramref name="text"/> is none of the <see cref="Forms"/> or names no real day.</summary>
    public static DateOnly? TryParse(string text, DateOnly today, Edge edge = Edge.Start)
    {
        string typed = text.Trim().ToLowerInvariant();
        foreach (var (_, pattern, read) in Forms)
            if (pattern.Match(typed) is { Success: true } match) return read(match, today, edge);
        return null;
    }

    /// <summary>The date, or a usage error naming the option and the forms it takes.</summary>
    public static DateOnly Parse(string text, string what, DateOnly today, Edge edge = Edge.Start) =>
        TryParse(text, today, edge) ?? throw new RapportException(ErrorCode.Usage,
            $"'{text}' is not a valid {what}; use YYYY-MM-DD (2026-01-15), YYYY-MM, today, yesterday, 3 days ago, last week, next Friday or Jan 15");

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A month's number from its name or an abbreviation of three letters or more (<c>sept</c>, <c>dec</c>); 0 for any other word.</summary>
    private static int MonthOf(string word) => Array.FindIndex(MonthNames, name => name.StartsWith(word, StringComparison.Ordinal)) is var i and >= 0 && word.Length >= 3 ? i + 1 : 0;

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>A weekday from its name or an abbreviation of three letters or more (<c>thurs</c>); null for any other word.</summary>
    private static DayOfWeek? WeekdayOf(string word) =>
        word.Length >= 3 && Array.FindIndex(DayNames, name => name.StartsWith(word, StringComparison.Ordinal)) is var i and >= 0 ? (DayOfWeek)i : null;

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

    private static int Number(Match match, int group) => Number(match.Groups[group]);

    private static int Number(Group group) =>
        int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;

    private static DateOnly? Month(int year, int month, Edge edge)
    {
        if (year < 1 || month is < 1 or > 12) return null;
        var first = new DateOnly(year, month, 1);
        return edge == Edge.End ? first.AddMonths(1).AddDays(-1) : first;
    }

    private static DateOnly? Shift(DateOnly today, int count, string unit)
    {
        if (Math.Abs(count) > 10_000) return null;
        try
        {
            return unit.TrimEnd('s') switch
            {
                "day" => today.AddDays(count),
                "week" => today.AddDays(7 * count),
                "month" => today.AddMonths(count),
                _ => today.AddYears(count),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>A day of a month; without a year, the one nearest to today (Dec 1 in January is last December's).</summary>
    private static DateOnly? Day(int? year, int month, int day, DateOnly today)
    {
        if (month == 0 || day < 1) return null;
        if (year is { } y) return y >= 1 && y <= 9999 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        var candidates = new[] { today.Year - 1, today.Year, today.Year + 1 }
            .Where(c => c is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(c, month))
            .Select(c => new DateOnly(c, month, day)).ToList();
        return candidates.Count == 0 ? null : candidates.MinBy(d => Math.Abs(d.DayNumber - today.DayNumber));
    }

    [GeneratedRegex(@"^\d{4}[-\u2010\u2011\u2012]\d{2}[-\u2010\u2011\u2012]\d{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^(\d{4})[-\u2010\u2011\u2012](\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(today|yesterday|tomorrow)$")]
    private static partial Regex Named();

    [GeneratedRegex(@"^(\d{1,5})\s*(days?|weeks?|months?|years?)\s+ago$")]
    private static partial Regex Ago();

    [GeneratedRegex(@"^in\s+(\d{1,5})\s*(days?|weeks?|months?|years?)$")]
    private static partial Regex In();

    [GeneratedRegex(@"^(last|next)\s+(week|month|year)$")]
    private static partial Regex Last();

    [GeneratedRegex(@"^(next|last|this)\s+([a-z]{3,9})$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:(?<month1>[a-z]{3,9})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<month2>[a-z]{3,9})\.?)(?:,?\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthDay();
}
