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
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["a couple of"] = 2, ["a couple"] = 2, ["couple of"] = 2, ["a few"] = 3, ["few"] = 3,
    };

    /// <summary>Finds the first deadline phrase in <paramref name="text"/>, or null.</summary>
    public static DueDate? Find(string text, MeetingContext meeting)
    {
        DueDate? best = null;
        foreach (var (regex, resolve) in Rules)
        {
            foreach (Match m in regex.Matches(text))
            {
                var date = resolve(m, meeting);
                if (date is null && !Asap().IsMatch(m.Value)) continue;
                bool isStart = IsStartPhrase(text, m.Index);
                var found = new DueDate(isStart ? null : date, m.Index, m.Length, Asap().IsMatch(m.Value), isStart);
                if (best is null || Preferred(found, best)) best = found;
                break;
            }
        }
        return best;
    }

    // A deadline beats a start ("starting Monday … by Friday"); otherwise the earliest phrase wins.
    private static bool Preferred(DueDate candidate, DueDate current) =>
        current.IsStart && !candidate.IsStart || candidate.IsStart == current.IsStart && candidate.Index < current.Index;

    private static bool IsStartPhrase(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return StartWords().IsMatch(before);
    }

    private static readonly (Regex Regex, Func<Match, MeetingContext, DateOnly?> Resolve)[] Rules =
    [
        (IsoDue(), (m, _) => IsoDate.TryParse(m.Groups["d"].Value, out var d) ? d : null),
        (NextMeeting(), (_, c) => c.NextMeeting),
        (MonthDay(), (m, c) => MonthDayOnOrAfter(c.Date, MonthIndex(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (DayMonth(), (m, c) => MonthDayOnOrAfter(c.Date, MonthIndex(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (Slash(), (m, c) => MonthDayOnOrAfter(c.Date, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture))),
        (EndOfNamedMonth(), (m, c) => EndOfMonthNamed(c.Date, MonthIndex(m.Groups["mon"].Value))),
        (EndOfWeek(), (_, c) => FridayOfWeek(c.Date)),
        (EndOfMonth(), (_, c) => new DateOnly(c.Date.Year, c.Date.Month, DateTime.DaysInMonth(c.Date.Year, c.Date.Month))),
        (EndOfQuarter(), (_, c) => EndOfQuarterOf(c.Date)),
        (EndOfYear(), (_, c) => new DateOnly(c.Date.Year, 12, 31)),
        (NextWeekday(), (m, c) => NextWeeksWeekday(c.Date, Weekday(m.Groups["wd"].Value))),
        (Weekdays(), (m, c) => WeekdayAfter(c.Date, Weekday(m.Groups["wd"].Value))),
        (NextWeek(), (_, c) => c.Date.AddDays(7)),
        (InPeriod(), (m, c) => c.Date.AddDays(Count(m.Groups["n"].Value) * (m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1))),
        (Ordinal(), (m, c) => OrdinalOnOrAfter(c.Date, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture))),
        (Tomorrow(), (_, c) => c.Date.AddDays(1)),
        (Today(), (_, c) => c.Date),
        (Asap(), (_, _) => null),
    ];

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

    private static int MonthIndex(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

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
    private const string WeekdayNames = @"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|saturday|sunday";
    private const string Lead = @"(?:\b(?:by|before|due|on|until|till|no later than|for|->|→)\s+(?:the\s+)?)?";

    [GeneratedRegex(@"(?:(?:📅|🗓️?|\[due::)\s*|\b(?:by|due|before|on|until)[:\s]+)?(?<d>\d{4}[-\u2010\u2011]\d{2}[-\u2010\u2011]\d{2})\]?", RegexOptions.IgnoreCase)]
    private static partial Regex IsoDue();

    [GeneratedRegex(Lead + @"(?:(?:our|the|my)\s+)?(?:next\s+(?:1:1|1-1|1-on-1|one[- ]on[- ]one|1on1|time|meeting|session|sync|check-?in|catch-?up)\b|before\s+we\s+meet\s+again)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(Lead + @"\b(?<mon>" + MonthNames + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![:/\d])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(Lead + @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(Lead + @"(?<![\d.,/])\b(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])\b(?![\d/%]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Slash();

    [GeneratedRegex(Lead + @"\b(?:the\s+)?end\s+of\s+(?<mon>" + MonthNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfNamedMonth();

    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week|eow|this\s+week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfWeek();

    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|eom|month[- ]end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfMonth();

    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter|eoq|quarter[- ]end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfQuarter();

    [GeneratedRegex(Lead + @"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|eoy|year[- ]end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfYear();

    [GeneratedRegex(Lead + @"\bnext\s+(?<wd>" + WeekdayNames + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeekday();

    [GeneratedRegex(Lead + @"(?:\beod\s+|\bthis\s+)?\b(?<wd>" + WeekdayNames + @")\b(?:'s|’s)?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekdays();

    [GeneratedRegex(Lead + @"\bnext\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextWeek();

    [GeneratedRegex(@"\b(?:in|within)\s+(?:the\s+next\s+)?(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)\s+(?<unit>days?|weeks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPeriod();

    [GeneratedRegex(Lead + @"\bthe\s+(?<day>\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(Lead + @"\btomorrow\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(Lead + @"\b(?:today|tonight|eod|cob|end\s+of\s+(?:the\s+)?day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    [GeneratedRegex(@"\b(?:asap|urgent(?:ly)?|a\.s\.a\.p\.?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asap();

    [GeneratedRegex(@"\b(?:starting|start|from|beginning|begins?|after|for\s+the(?:\s+next)?|over\s+the(?:\s+next)?)(?:\s+(?:next|this|the|coming|on))?$", RegexOptions.IgnoreCase)]
    private static partial Regex StartWords();
}
