using System.Globalization;
using Rapport.Core.Cadence;

namespace Rapport.Core.Calendar;

/// <summary>RRULEs for a cadence, and the expansion of the common RRULEs an imported calendar holds.</summary>
public static class Recurrence
{
    private static readonly string[] Codes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static string DayCode(DayOfWeek day) => Codes[(int)day];

    /// <summary>Weekly, every two weeks, or monthly on the same weekday of the month (the 2nd Tuesday; the last, for a 5th).</summary>
    public static string Rule(Frequency frequency, DateOnly first) => frequency switch
    {
        Frequency.Weekly => $"FREQ=WEEKLY;BYDAY={DayCode(first.DayOfWeek)}",
        Frequency.Biweekly => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={DayCode(first.DayOfWeek)}",
        _ => $"FREQ=MONTHLY;BYDAY={NthWeekday(first)}{DayCode(first.DayOfWeek)}",
    };

    /// <summary>Which weekday of its month a date is, 1 to 4, or -1 for a fifth (the last).</summary>
    public static int NthWeekday(DateOnly date) => (date.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n;

    /// <summary>
    /// The occurrences of an RRULE from <paramref name="start"/> up to <paramref name="until"/>:
    /// FREQ DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (weekdays, or the
    /// nth weekday of a month) and BYMONTHDAY. Anything else is refused with the part named.
    /// </summary>
    public static IEnumerable<DateTime> Expand(DateTime start, string rule, DateTime until, int max = 10_000)
    {
        var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim().ToUpperInvariant(), p => p.Length > 1 ? p[1].Trim().ToUpperInvariant() : "");
        string freq = parts.GetValueOrDefault("FREQ") ?? throw new FormatException("RRULE without FREQ");
        int interval = parts.TryGetValue("INTERVAL", out var i) ? int.Parse(i, CultureInfo.InvariantCulture) : 1;
        if (interval < 1) throw new FormatException($"INTERVAL={interval}");
        int? count = parts.TryGetValue("COUNT", out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : null;
        if (parts.TryGetValue("UNTIL", out var u)) until = Min(until, ParseUntil(u));
        var byDay = parts.TryGetValue("BYDAY", out var d) ? d.Split(',').Select(ParseDay).ToList() : [];
        int? byMonthDay = parts.TryGetValue("BYMONTHDAY", out var md) ? int.Parse(md, CultureInfo.InvariantCulture) : null;
        foreach (var key in parts.Keys.Except(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST"]))
            throw new FormatException($"RRULE part {key} is not supported");

        int emitted = 0;
        for (int period = 0; emitted < max; period++)
        {
            var candidates = freq switch
            {
                "DAILY" => [start.AddDays(period * interval)],
                "WEEKLY" => Week(start, period * interval, byDay),
                "MONTHLY" => Month(start, period * interval, byDay, byMonthDay),
                "YEARLY" => [start.AddYears(period * interval)],
                _ => throw new FormatException($"FREQ={freq} is not supported"),
            };
            if (candidates.Count == 0 && FirstOfPeriod(start, freq, period * interval) > until) yield break;
            foreach (var when in candidates.Order())
            {
                if (when < start) continue;
                if (when > until || (count is { } n && emitted >= n)) yield break;
                emitted++;
                yield return when;
            }
            if (FirstOfPeriod(start, freq, period * interval) > until) yield break;
        }
    }

    private static List<DateTime> Week(DateTime start, int weeks, List<(int Nth, DayOfWeek Day)> byDay)
    {
        var monday = start.Date.AddDays(-(((int)start.DayOfWeek + 6) % 7)).AddDays(7 * weeks);
        if (byDay.Count == 0) return [start.AddDays(7 * weeks)];
        return byDay.Select(d => monday.AddDays(((int)d.Day + 6) % 7) + start.TimeOfDay).ToList();
    }

    private static List<DateTime> Month(DateTime start, int months, List<(int Nth, DayOfWeek Day)> byDay, int? byMonthDay)
    {
        var first = new DateTime(start.Year, start.Month, 1).AddMonths(months);
        int days = DateTime.DaysInMonth(first.Year, first.Month);
        if (byMonthDay is { } md)
        {
            int day = md > 0 ? md : days + md + 1;
            return day >= 1 && day <= days ? [first.AddDays(day - 1) + start.TimeOfDay] : [];
        }
        if (byDay.Count == 0) return start.Day <= days ? [first.AddDays(start.Day - 1) + start.TimeOfDay] : [];
        var result = new List<DateTime>();
        foreach (var (nth, weekday) in byDay)
        {
            var matches = Enumerable.Range(0, days).Select(k => first.AddDays(k)).Where(x => x.DayOfWeek == weekday).ToList();
            if (nth == 0) result.AddRange(matches.Select(x => x + start.TimeOfDay));
            else if (nth > 0 && nth <= matches.Count) result.Add(matches[nth - 1] + start.TimeOfDay);
            else if (nth < 0 && -nth <= matches.Count) result.Add(matches[^-nth] + start.TimeOfDay);
        }
        return result;
    }

    private static DateTime FirstOfPeriod(DateTime start, string freq, int offset) => freq switch
    {
        "DAILY" => start.AddDays(offset),
        "WEEKLY" => start.Date.AddDays(-(((int)start.DayOfWeek + 6) % 7)).AddDays(7 * offset),
        "MONTHLY" => new DateTime(start.Year, start.Month, 1).AddMonths(offset),
        _ => new DateTime(start.Year, 1, 1).AddYears(offset),
    };

    private static (int Nth, DayOfWeek Day) ParseDay(string text)
    {
        string code = text[^2..];
        int index = Array.IndexOf(Codes, code);
        if (index < 0) throw new FormatException($"BYDAY {text}");
        int nth = text.Length > 2 ? int.Parse(text[..^2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        return (nth, (DayOfWeek)index);
    }

    private static DateTime ParseUntil(string text)
    {
        string value = text.TrimEnd('Z');
        string format = value.Length == 8 ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss";
        var date = DateTime.ParseExact(value, format, CultureInfo.InvariantCulture);
        return value.Length == 8 ? date.AddDays(1).AddTicks(-1) : date;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
