using Rapport.Core.Vaults;
using Rapport.Index;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>The web app's read path reports its watcher's messages where <see cref="WebOptions.Messages"/> says, and only there.</summary>
public sealed class SearchServiceTests
{
    [Fact]
    public void Should_report_to_the_given_writer_that_another_watcher_answers_the_reading_commands()
    {
        // Given a vault whose index a first app's watcher keeps, answering the CLI on the vault's socket
        using var vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        var source = new VaultSource(vault.Path, PhysicalFileSystem.Instance);
        var first = new StringWriter();
        using var serving = new SearchService(source, new WebOptions { Messages = first }, TimeProvider.System);
        serving.Start();
        if (!WatchSocket.AskFresh(vault.Path)) Assert.Skip("no watcher socket here (no inotify, or no folder for sockets)");

        // When a second app starts on the same vault
        var second = new StringWriter();
        using var other = new SearchService(source, new WebOptions { Messages = second }, TimeProvider.System);
        other.Start();

        // Then it says, to its own writer, that the CLI's commands are answered elsewhere, and the first one said nothing
        second.ToString().ShouldStartWith("watch: the CLI's reading commands walk the vault themselves (");
        first.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Should_say_nothing_anywhere_without_a_writer()
    {
        // Given two apps on one vault, the second with no writer for its messages
        using var vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        var source = new VaultSource(vault.Path, PhysicalFileSystem.Instance);
        using var serving = new SearchService(source, new WebOptions(), TimeProvider.System);
        serving.Start();
        var error = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            // When the second starts (it has something to say)
            using var other = new SearchService(source, new WebOptions(), TimeProvider.System);
            other.Start();
        }
        finally
        {
            Console.SetError(error);
        }

        // Then nothing reached the process's standard error
        captured.ToString().ShouldBeEmpty();
    }
}
