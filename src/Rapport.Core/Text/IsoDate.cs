using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Text;

/// <summary>ISO dates as people type them, including the non-breaking hyphens some editors insert.</summary>
public static partial class IsoDate
{
    /// <summary>Parses <c>yyyy-MM-dd</c> (hyphen, non-breaking hyphen or figure dash as separators).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length != 10 || !IsDash(text[4]) || !IsDash(text[7])) return false;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out int d))
            return false;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Parses a date given on the command line, or throws a usage error naming it.</summary>
    public static DateOnly ParseArgument(string text, string what = "date")
    {
        if (TryParse(text, out var date)) return date;
        throw new RapportException(ErrorCode.Usage, $"'{text}' is not a valid {what}; use YYYY-MM-DD, for example 2026-01-15");
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A month's number from its English name or any abbreviation of three letters or more ("Jan", "sept", "October"); 0 when it is none.</summary>
    public static int MonthNumber(string name) =>
        name.Length < 3 ? 0 : Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A token shaped like an ISO date, valid or not (so <c>2026-13-45</c> can be reported).</summary>
    [GeneratedRegex(@"\d{4}[-\u2010\u2011\u2012]\d{2}[-\u2010\u2011\u2012]\d{2}")]
    public static partial Regex Shaped();

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012';
}
