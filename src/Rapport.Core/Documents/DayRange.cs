namespace Rapport.Core.Documents;

/// <summary>
/// The days from <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive), either end open: the days on which a
/// document read on one day reads the same (<see cref="RunningDocument.SameReading"/>).
/// </summary>
public readonly record struct DayRange(DateOnly? From, DateOnly? Until)
{
    /// <summary>Every day.</summary>
    public static DayRange Always => default;

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (Until is not { } until || day < until);

    /// <summary>The days of both ranges.</summary>
    public DayRange Within(DayRange other) => new(
        From is { } a && other.From is { } b ? (a > b ? a : b) : From ?? other.From,
        Until is { } c && other.Until is { } d ? (c < d ? c : d) : Until ?? other.Until);

    /// <summary>
    /// Around <paramref name="today"/>, the range where a reading that turns on these days does not change: from the latest of
    /// them not after today to the first one after it.
    /// </summary>
    public static DayRange Around(DateOnly today, IEnumerable<DateOnly> turns)
    {
        DateOnly? from = null, until = null;
        foreach (var day in turns)
        {
            if (day <= today) { if (from is not { } f || day > f) from = day; }
            else if (until is not { } u || day < u) until = day;
        }
        return new DayRange(from, until);
    }
}
