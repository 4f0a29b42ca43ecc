using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Calendar;

/// <summary>A relationship's weekly place in the calendar: <c>slot: tue 09:00</c> in its front matter.</summary>
public sealed partial record Slot(DayOfWeek Day, TimeOnly Start)
{
    private static readonly string[] Days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public override string ToString() => $"{Days[(int)Day]} {Start.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out Slot slot)
    {
        slot = new Slot(DayOfWeek.Monday, default);
        if (text is null) return false;
        var m = Shape().Match(text.Trim());
        if (!m.Success || !TryParseDay(m.Groups["day"].Value, out var day)) return false;
        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), minute = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59) return false;
        slot = new Slot(day, new TimeOnly(hour, minute));
        return true;
    }

    public static Slot Parse(string text, string what) =>
        TryParse(text, out var slot) ? slot : throw new RapportException(ErrorCode.Usage, $"{what} '{text}' is not a slot; write a day and a time, for example \"tue 09:00\"");

    /// <summary>"tue", "tues", "Tuesday" (any case).</summary>
    public static bool TryParseDay(string text, out DayOfWeek day)
    {
        string key = text.Trim().ToLowerInvariant();
        day = DayOfWeek.Monday;
        if (key.Length < 3 || !key.All(char.IsAsciiLetterLower)) return false;
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            string name = candidate.ToString().ToLowerInvariant();
            if (key == name || (key.Length <= 5 && name.StartsWith(key, StringComparison.Ordinal)))
            {
                day = candidate;
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^(?<day>[A-Za-z]{3,9})\s+(?<h>\d{1,2}):(?<m>\d{2})$")]
    private static partial Regex Shape();
}
