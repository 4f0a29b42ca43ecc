namespace Rapport.Core.Calendar;

/// <summary>The vault's time zone and its VTIMEZONE component, from the system's time-zone data.</summary>
public static class TimeZones
{
    public static TimeZoneInfo Find(string? id)
    {
        if (id is null) return TimeZoneInfo.Local;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
            : throw new RapportException(ErrorCode.Usage, $"unknown time zone '{id}'; use an IANA name such as Europe/Berlin");
    }

    /// <summary>
    /// A VTIMEZONE for the rules in force from <paramref name="from"/>: STANDARD and DAYLIGHT
    /// observances with yearly RRULEs when the zone keeps daylight time, else one STANDARD.
    /// </summary>
    public static void Write(ICalendarText ics, TimeZoneInfo zone, DateOnly from)
    {
        ics.Line("BEGIN", "VTIMEZONE").Line("TZID", zone.Id);
        var rule = zone.GetAdjustmentRules()
            .Where(r => r.DaylightDelta != TimeSpan.Zero && DateOnly.FromDateTime(r.DateEnd) >= from)
            .OrderBy(r => r.DateStart)
            .FirstOrDefault(r => !r.DaylightTransitionStart.IsFixedDateRule || DateOnly.FromDateTime(r.DateEnd) == DateOnly.MaxValue);
        if (rule is null)
        {
            // No daylight time ahead: one observance with the offset in force.
            var offset = zone.GetUtcOffset(from.ToDateTime(new TimeOnly(12, 0)));
            Observance(ics, "STANDARD", offset, offset, new DateTime(1970, 1, 1), null);
        }
        else
        {
            var baseOffset = zone.BaseUtcOffset + rule.BaseUtcOffsetDelta;
            var daylight = baseOffset + rule.DaylightDelta;
            Observance(ics, "DAYLIGHT", baseOffset, daylight, Start(rule.DaylightTransitionStart), Yearly(rule.DaylightTransitionStart));
            Observance(ics, "STANDARD", daylight, baseOffset, Start(rule.DaylightTransitionEnd), Yearly(rule.DaylightTransitionEnd));
        }
        ics.Line("END", "VTIMEZONE");
    }

    private static void Observance(ICalendarText ics, string kind, TimeSpan from, TimeSpan to, DateTime start, string? rrule)
    {
        ics.Line("BEGIN", kind)
            .Line("DTSTART", ICalendarText.Local(start))
            .Line("TZOFFSETFROM", Offset(from))
            .Line("TZOFFSETTO", Offset(to));
        if (rrule is not null) ics.Line("RRULE", rrule);
        ics.Line("END", kind);
    }

    /// <summary>The first transition of the rule in 1970, in the local time before it.</summary>
    private static DateTime Start(TimeZoneInfo.TransitionTime t)
    {
        var day = t.IsFixedDateRule ? new DateTime(1970, t.Month, t.Day) : Floating(1970, t);
        return day + t.TimeOfDay.TimeOfDay;
    }

    private static string Yearly(TimeZoneInfo.TransitionTime t) =>
        t.IsFixedDateRule
            ? $"FREQ=YEARLY;BYMONTH={t.Month};BYMONTHDAY={t.Day}"
            : $"FREQ=YEARLY;BYMONTH={t.Month};BYDAY={(t.Week == 5 ? -1 : t.Week)}{Recurrence.DayCode(t.DayOfWeek)}";

    private static DateTime Floating(int year, TimeZoneInfo.TransitionTime t)
    {
        if (t.Week == 5)
        {
            var last = new DateTime(year, t.Month, DateTime.DaysInMonth(year, t.Month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)t.DayOfWeek + 7) % 7));
        }
        var first = new DateTime(year, t.Month, 1);
        return first.AddDays(((int)t.DayOfWeek - (int)first.DayOfWeek + 7) % 7 + 7 * (t.Week - 1));
    }

    private static string Offset(TimeSpan offset) =>
        $"{(offset < TimeSpan.Zero ? "-" : "+")}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}";
}
