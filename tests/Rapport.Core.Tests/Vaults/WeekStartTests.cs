using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Vaults;

/// <summary><c>week-start:</c> reads a day's name by table and gives what <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> gives for every value.</summary>
public sealed class WeekStartTests
{
    [Theory]
    [InlineData("monday")]
    [InlineData("Monday")]
    [InlineData("SUNDAY")]
    [InlineData("saturday")]
    [InlineData("1")]
    [InlineData("6")]
    [InlineData("Monday, Tuesday")]
    [InlineData("funday")]
    [InlineData("mon")]
    public void Should_read_week_start_as_the_enum_parser_does(string value)
    {
        bool parsed = Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var expected);

        if (parsed) VaultConfig.Parse($"week-start: {value}\n", "config.yml").WeekStart.ShouldBe(expected);
        else Should.Throw<RapportException>(() => VaultConfig.Parse($"week-start: {value}\n", "config.yml")).Message.ShouldContain("not a day of the week");
    }
}
