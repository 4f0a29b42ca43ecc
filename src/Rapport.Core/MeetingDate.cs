using Rapport.Core.Text;

namespace Rapport.Core;

/// <summary>
/// The one rule every command applies to a date the user gives: a date more than
/// <see cref="MaxDaysAhead"/> days after today is almost always a typo in the year (2062 for 2026),
/// and is refused with the same message everywhere unless <c>--force</c> says it is meant.
/// </summary>
public static class MeetingDate
{
    public const int MaxDaysAhead = 30;

    /// <summary>Returns <paramref name="date"/>, or throws a usage error when it is too far ahead and not forced.</summary>
    public static DateOnly Check(DateOnly date, DateOnly today, bool force, string option = "--date") =>
        force ? date : NotFarAhead(date, today, option, "check the year, or pass --force if it is meant");

    /// <summary>The same rule where nothing can force it (a form on the web page): the date, or a usage error saying to check the year.</summary>
    public static DateOnly Check(DateOnly date, DateOnly today, string what) => NotFarAhead(date, today, what, "check the year");

    private static DateOnly NotFarAhead(DateOnly date, DateOnly today, string what, string advice)
    {
        if (date.DayNumber - today.DayNumber > MaxDaysAhead)
            throw new RapportException(ErrorCode.Usage, $"{what} {IsoDate.Format(date)} is more than {MaxDaysAhead} days after today ({IsoDate.Format(today)}); {advice}");
        return date;
    }
}
