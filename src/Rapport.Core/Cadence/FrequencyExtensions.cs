namespace Rapport.Core.Cadence;

public static class FrequencyExtensions
{
    /// <summary>The date of the next 1:1 after <paramref name="date"/> by cadence (monthly keeps the day of month).</summary>
    public static DateOnly Next(this Frequency frequency, DateOnly date) => frequency switch
    {
        Frequency.Weekly => date.AddDays(7),
        Frequency.Biweekly => date.AddDays(14),
        Frequency.Monthly => date.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    public static string ToWord(this Frequency frequency) => frequency switch
    {
        Frequency.Weekly => "weekly",
        Frequency.Biweekly => "biweekly",
        Frequency.Monthly => "monthly",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };
}
