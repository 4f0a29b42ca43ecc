namespace Rapport.Core;

/// <summary>
/// A clock that reads as one given day (at noon in the local time zone), for <c>--today</c> and
/// <c>RAPPORT_TODAY</c>: a demo, a script or a test sees the same dates every time it runs.
/// </summary>
public sealed class PinnedDay(DateOnly today, TimeZoneInfo? zone = null) : TimeProvider
{
    public const string EnvironmentVariable = "RAPPORT_TODAY";

    private readonly TimeZoneInfo _zone = zone ?? TimeZoneInfo.Local;

    public DateOnly Today { get; } = today;

    public override TimeZoneInfo LocalTimeZone => _zone;

    public override DateTimeOffset GetUtcNow()
    {
        var noon = Today.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, _zone.GetUtcOffset(noon)).ToUniversalTime();
    }
}
