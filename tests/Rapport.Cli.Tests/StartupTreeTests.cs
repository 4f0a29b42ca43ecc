using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// Only the command that runs is built (docs/performance.md, "Only the command that runs"): the table of
/// commands names each one as it names itself, and what falls back to the whole tree (help, errors, an
/// option value that looks like a command) gives what the whole tree gives.
/// </summary>
public sealed class StartupTreeTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_name_each_command_in_the_table_as_the_command_names_itself()
    {
        var context = new CommandContext
        {
            Output = TextWriter.Null,
            Error = TextWriter.Null,
            Input = TextReader.Null,
            Environment = _ => null,
            WorkingDirectory = _vault.Path,
            Time = TimeProvider.System,
            Files = PhysicalFileSystem.Instance,
        };
        var global = new GlobalOptions();

        foreach (var (name, create) in RapportCli.Commands) create(context, global).Name.ShouldBe(name);
        RapportCli.Commands.Select(c => c.Name).ShouldBeUnique();
    }

    [Theory]
    [InlineData("list")]
    [InlineData("--today", "2026-01-14", "list")]
    [InlineData("show", "Sarah Chen")]
    [InlineData("topic", "list", "Sarah Chen")]
    public void Should_run_a_named_command_as_the_whole_tree_does(params string[] args)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, args);

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBeEmpty();
        result.Output.ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_read_a_command_name_given_as_an_option_value_as_the_value()
    {
        // "list" is --vault's value here, not the command; the one-command tree fails to parse and the whole tree decides.
        var result = CliRunner.Run(_vault.Path, Today, null, "--vault", "list", "show", "Sarah Chen");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("list");
    }

    [Theory]
    [InlineData("list", "--bogus")]
    [InlineData("lst")]
    [InlineData("show")]
    public void Should_report_usage_errors_with_the_whole_tree(params string[] args)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, args);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith("error: ");
        result.Error.ShouldContain("--help'");
    }

    [Fact]
    public void Should_show_help_and_version_from_the_whole_tree()
    {
        CliRunner.Run(_vault.Path, Today, null, "list", "--help").Output.ShouldContain("Usage:");
        CliRunner.Run(_vault.Path, Today, null, "--help").Output.ShouldContain("prep");
        CliRunner.Run(_vault.Path, Today, null, "--version").Output.ShouldNotBeEmpty();
    }
}
