using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Core.Tracking;

/// <summary>A span of days, both ends included: a quarter (<c>2025-Q4</c>), a half (<c>2025-H2</c>), a year or any two dates.</summary>
public sealed partial record Period(DateOnly From, DateOnly To, string Name)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public bool Contains(DateOnly? date) => date is { } d && Contains(d);

    /// <summary>Reads <c>2025-Q4</c>, <c>2025-H2</c> or <c>2025</c>; anything else is a usage error naming the forms.</summary>
    public static Period Parse(string text)
    {
        var m = Shape().Match(text.Trim());
        if (!m.Success)
            throw new RapportException(ErrorCode.Usage, $"'{text}' is not a period; use a quarter (2025-Q4), a half (2025-H2) or a year (2025)");
        int year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2999) throw new RapportException(ErrorCode.Usage, $"'{text}': the year must be between 1900 and 2999");
        if (m.Groups["q"].Success)
        {
            int q = m.Groups["q"].Value[0] - '0';
            if (q is < 1 or > 4) throw new RapportException(ErrorCode.Usage, $"'{text}': a quarter is Q1 to Q4");
            return Quarter(year, q);
        }
        if (m.Groups["h"].Success)
        {
            int h = m.Groups["h"].Value[0] - '0';
            if (h is < 1 or > 2) throw new RapportException(ErrorCode.Usage, $"'{text}': a half is H1 or H2");
            var from = new DateOnly(year, h == 1 ? 1 : 7, 1);
            return new Period(from, from.AddMonths(6).AddDays(-1), $"{year}-H{h}");
        }
        return new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}");
    }

    public static Period Between(DateOnly from, DateOnly to)
    {
        if (to < from) throw new RapportException(ErrorCode.Usage, $"--to {IsoDate.Format(to)} is before --from {IsoDate.Format(from)}");
        return new Period(from, to, $"{IsoDate.Format(from)}..{IsoDate.Format(to)}");
    }

    public static Period Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, 3 * (quarter - 1) + 1, 1);
        return new Period(from, from.AddMonths(3).AddDays(-1), $"{year}-Q{quarter}");
    }

    /// <summary>The quarter a date falls in.</summary>
    public static Period QuarterOf(DateOnly date) => Quarter(date.Year, (date.Month - 1) / 3 + 1);

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:[Qq](?<q>\d)|[Hh](?<h>\d)))?$")]
    private static partial Regex Shape();
}
