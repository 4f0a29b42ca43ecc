using Rapport.Core.Vaults;
using Rapport.Index;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// The reading commands with a watcher running (<see cref="IndexWatcher"/> on its socket, as
/// <c>rapport watch</c> runs it): they ask it instead of walking, and see the CLI's own writes.
/// </summary>
public sealed class WatchTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_ask_a_running_watcher_and_walk_when_there_is_none()
    {
        using (Watch())
        {
            Run("index").Output.ShouldContain("kept current by a running watcher");
        }

        Run("index").Output.ShouldNotContain("watcher");
    }

    [Fact]
    public void Should_see_the_commands_own_writes_through_the_watcher()
    {
        using var watching = Watch();

        Run("topic", "add", "noah", "Zeppelin budget review", "--by", "me").ExitCode.ShouldBe(0);

        Run("search", "zeppelin").Output.ShouldContain("Zeppelin budget review");
        Run("index").Output.ShouldContain("kept current by a running watcher");
    }

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_vault.Path, Today, null, args);

    /// <summary>A watcher and its socket, stopped together.</summary>
    private Watching Watch()
    {
        var watcher = IndexWatcher.Start(Vault.Open(_vault.Path, PhysicalFileSystem.Instance), _ => { });
        var server = WatchSocket.Server.Listen(watcher, _vault.Path, out string why);
        server.ShouldNotBeNull(why);
        return new Watching(watcher, server);
    }

    private sealed record Watching(IndexWatcher Watcher, WatchSocket.Server Server) : IDisposable
    {
        public void Dispose()
        {
            Server.Dispose();
            Watcher.Dispose();
        }
    }
}
