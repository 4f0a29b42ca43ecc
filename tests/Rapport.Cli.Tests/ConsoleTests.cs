using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

public sealed class ConsoleTests
{
    private static string Show(bool terminal, string? noColor)
    {
        // A copy: reading commands keep the vault's index in step, and the fixture stays as committed.
        using var vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        var output = new StringWriter();
        var context = new CommandContext
        {
            Output = output,
            Error = new StringWriter(),
            Input = new StringReader(""),
            Environment = name => name == "NO_COLOR" ? noColor : null,
            WorkingDirectory = vault.Path,
            Time = new FixedTime(new DateOnly(2026, 1, 20)),
            Files = PhysicalFileSystem.Instance,
            IsTerminal = terminal,
        };
        context.Console.Profile.Capabilities.Ansi.ShouldBe(terminal && noColor is null);
        RapportCli.Run(["show", "noah", "--vault", vault.Path], context).ShouldBe(0);
        return output.ToString();
    }

    [Fact]
    public void Should_colour_only_a_terminal_without_NO_COLOR()
    {
        Show(terminal: true, noColor: null).ShouldContain("\u001b[");
        Show(terminal: true, noColor: "1").ShouldNotContain("\u001b[");
        Show(terminal: false, noColor: null).ShouldNotContain("\u001b[");
    }
}
