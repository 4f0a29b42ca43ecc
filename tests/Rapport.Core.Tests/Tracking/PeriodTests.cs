using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2025-q1", "2025-01-01", "2025-03-31")]
    [InlineData("2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    public void Should_read_quarters_halves_and_years(string text, string from, string to)
    {
        var period = Period.Parse(text);

        period.From.ShouldBe(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        period.To.ShouldBe(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-Q0")]
    [InlineData("2025-H3")]
    [InlineData("25-Q1")]
    [InlineData("2025-13")]
    [InlineData("Q4")]
    [InlineData("")]
    public void Should_refuse_what_is_not_a_period(string text) =>
        Should.Throw<RapportException>(() => Period.Parse(text)).Code.ShouldBe(ErrorCode.Usage);

    [Fact]
    public void Should_know_the_quarter_of_a_day() => Period.QuarterOf(new DateOnly(2026, 2, 29 - 1)).Name.ShouldBe("2026-Q1");

    [Fact]
    public void Should_refuse_an_end_before_the_start() =>
        Should.Throw<RapportException>(() => Period.Between(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
}
