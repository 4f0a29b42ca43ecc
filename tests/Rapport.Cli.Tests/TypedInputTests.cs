using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// What people type on the command line: dates read with the vault's <c>dates:</c> setting and the way the option looks,
/// refusals that change nothing, and usage errors in one line of the user's words.
/// </summary>
public sealed class TypedInputTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    private string Noah => File.ReadAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"));

    [Fact]
    public void Should_read_a_numeric_due_date_by_the_vaults_dates_setting()
    {
        string before = Noah;

        // Given no dates: setting, 12/3 could be either day; when the vault says day-first, it is 12 March.
        var refused = CliRunner.Run(_vault.Path, Today, null, "action", "add", "noah", "Send the deck", "--due", "12/3");
        Noah.ShouldBe(before);
        File.AppendAllText(_vault.File(".rapport", "config.yml"), "dates: day-first\n");
        var added = CliRunner.Run(_vault.Path, Today, null, "action", "add", "noah", "Send the deck", "--due", "12/3");

        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldBe("error: '12/3' is not a valid --due: it could be December 3 or March 12; write Dec 3 or Mar 12, or set dates: day-first (or month-first) in .rapport/config.yml\n");
        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldContain("(due 2026-03-12)");
    }

    [Theory]
    [InlineData("Sept 3", "2026-09-03")]
    [InlineData("friday", "2026-01-16")]
    [InlineData("in two weeks", "2026-01-28")]
    public void Should_read_a_due_date_ahead(string typed, string expected)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, "action", "add", "noah", "Send the deck", "--due", typed);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain($"(due {expected})");
    }

    [Fact]
    public void Should_read_a_meeting_date_back()
    {
        var result = CliRunner.Run(_vault.Path, Today, null, "mood", "noah", "4", "--date", "monday");

        result.ExitCode.ShouldBe(0, result.Error);
        Noah.ShouldContain("2026-01-12: 4/5");
    }

    [Theory]
    [InlineData(new[] { "shwo", "noah" }, "error: unknown command 'shwo'; did you mean show?; see 'rapport --help'")]
    [InlineData(new[] { "list", "--jsn" }, "error: unknown option '--jsn' for 'rapport list'; did you mean --json?; see 'rapport list --help'")]
    [InlineData(new[] { "done" }, "error: 'rapport done' needs PERSON and ACTION; see 'rapport done --help'")]
    [InlineData(new[] { "mood", "noah", "great" }, "error: MOOD takes a whole number, not 'great'; see 'rapport mood --help'")]
    [InlineData(new[] { "search", "x", "--in", "emails" }, "error: --in is all, actions, threads, notes or history, not 'emails'; see 'rapport search --help'")]
    [InlineData(new[] { "show", "Noah", "Patel" }, "error: unexpected argument 'Patel' for 'rapport show': put quotes around a name or text with spaces; see 'rapport show --help'")]
    [InlineData(new[] { "topic" }, "error: 'rapport topic' needs a command: add or list; see 'rapport topic --help'")]
    [InlineData(new[] { "search", "acme", "--since", "2026-02-01", "--until", "2026-01-01" }, "error: --until 2026-01-01 is before --since 2026-02-01")]
    public void Should_say_a_usage_error_in_one_line_of_the_users_words(string[] args, string expected)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, args);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe(expected + "\n");
    }

    [Fact]
    public void Should_take_help_as_a_command()
    {
        var result = CliRunner.Run(_vault.Path, Today, null, "help", "show");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Summarise one relationship");
    }
}
