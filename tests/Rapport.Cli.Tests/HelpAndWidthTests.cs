using System.CommandLine;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>Help marks what may be left out; status fits the width it is given.</summary>
public sealed class HelpAndWidthTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    public static TheoryData<string> CommandsWithOptionalArguments() => ["init", "check", "archive", "prep", "actions", "calendar export"];

    [Theory]
    [MemberData(nameof(CommandsWithOptionalArguments))]
    public void Should_mark_optional_arguments_as_optional_in_help(string command)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, [.. command.Split(' '), "--help"]);

        result.ExitCode.ShouldBe(0);
        var arguments = result.Output.Split('\n').SkipWhile(l => l != "Arguments:").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        arguments.ShouldNotBeEmpty();
        arguments.ShouldAllBe(l => l.Contains("(optional)"));
    }

    [Fact]
    public void Should_not_mark_required_arguments_as_optional()
    {
        var result = CliRunner.Run(_vault.Path, Today, null, "show", "--help");

        result.Output.ShouldNotContain("(optional)");
    }

    [Theory]
    [InlineData(80)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(120)]
    public void Should_fit_status_in_the_terminal_width_one_row_per_relationship(int columns)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, new Dictionary<string, string> { ["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "status");

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines.ShouldAllBe(l => l.TrimEnd().Length <= columns);
        // Two header lines, a rule, one row per person: nothing wrapped onto a second line.
        var table = lines.Where(l => l.Trim().Length > 0).TakeWhile(l => !l.StartsWith("overdue", StringComparison.Ordinal)).ToList();
        table.Count.ShouldBe(3 + 5, result.Output);
        if (columns < 100) result.Output.ShouldNotContain("Kind");
        if (columns >= 120) result.Output.ShouldContain("Kind");
    }
}
