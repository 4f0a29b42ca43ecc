using Rapport.Testing;
using SQLitePCL;

namespace Rapport.Cli.Tests;

/// <summary>
/// Another process holds the index past SQLite's busy timeout (a long rebuild, a stuck server): reading commands read the
/// files into an index in memory for the run, with a warning, instead of failing with a stack trace (a probe: show, search
/// and actions aborted with "database is locked").
/// </summary>
[Trait("Speed", "slow")]
public sealed class BusyIndexTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Theory]
    [InlineData("show", "noah")]
    [InlineData("search", "zeppelin")]
    [InlineData("actions", "--json")]
    public void Should_read_the_files_in_memory_when_another_process_holds_the_index(params string[] args)
    {
        CliRunner.Run(_vault.Path, Today, null, "index").ExitCode.ShouldBe(0);
        string noah = _vault.File("Career", "1-on-1s", "noah-patel.md");
        File.WriteAllText(noah, File.ReadAllText(noah).Replace("### My Actions\n", "### My Actions\n- [ ] Book the zeppelin hangar\n", StringComparison.Ordinal));
        Batteries_V2.Init();
        raw.sqlite3_open(Path.Combine(_vault.Path, ".rapport", "index.db"), out var holder).ShouldBe(raw.SQLITE_OK);
        using (holder)
        {
            raw.sqlite3_exec(holder, "BEGIN IMMEDIATE").ShouldBe(raw.SQLITE_OK);

            var result = CliRunner.Run(_vault.Path, Today, null, args);

            result.ExitCode.ShouldBe(0, result.Error);
            result.Error.ShouldContain("is held by another process");
            result.Output.ShouldContain("zeppelin", Case.Insensitive);
            raw.sqlite3_exec(holder, "ROLLBACK");
        }
    }
}
