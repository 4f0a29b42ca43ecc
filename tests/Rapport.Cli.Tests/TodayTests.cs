using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary><c>RAPPORT_TODAY</c> and <c>--today</c> set the day every command takes as today; the option wins.</summary>
public sealed class TodayTests : IDisposable
{
    private static readonly DateOnly Clock = new(2026, 11, 30);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_take_the_day_from_rapport_today_and_let_the_option_override_it()
    {
        var environment = new Dictionary<string, string> { ["RAPPORT_TODAY"] = "2026-01-14" };

        var fromVariable = CliRunner.Run(_vault.Path, Clock, null, environment, "mood", "noah", "4");
        var fromOption = CliRunner.Run(_vault.Path, Clock, null, environment, "mood", "noah", "3", "--today", "2026-01-16");

        fromVariable.ExitCode.ShouldBe(0, fromVariable.Error);
        fromOption.ExitCode.ShouldBe(0, fromOption.Error);
        string document = File.ReadAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"));
        document.ShouldContain("2026-01-14: 4/5");
        document.ShouldContain("2026-01-16: 3/5");
        document.ShouldNotContain("2026-11-30");
    }

    [Fact]
    public void Should_refuse_a_malformed_rapport_today_naming_the_variable()
    {
        var result = CliRunner.Run(_vault.Path, Clock, null, new Dictionary<string, string> { ["RAPPORT_TODAY"] = "yesterday" }, "status");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: 'yesterday' is not a valid RAPPORT_TODAY; use YYYY-MM-DD, for example 2026-01-15\n");
    }
}
