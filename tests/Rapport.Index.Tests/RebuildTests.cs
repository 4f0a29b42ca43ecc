using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>
/// <c>index --force</c> writes a new index file (no journal, no syncing) and renames it over the old
/// one; what it holds must be what an index built file by file holds.
/// </summary>
public sealed class RebuildTests : IDisposable
{
    private static readonly string[] Queries = ["promotion", "feedback", "career", "\"staff engineer\"", "review*"];

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private readonly TempDirectory _other = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _vault.Dispose();
        _other.Dispose();
    }

    [Fact]
    public void Should_hold_after_a_rebuild_what_an_index_built_file_by_file_holds()
    {
        using var built = Open(_other);
        built.Sync();
        using var rebuilt = Open(_vault);
        rebuilt.Sync();

        var result = rebuilt.Sync(force: true);

        result.ShouldBe(new SyncResult(0, Files(), 0, Files()));
        Answers(rebuilt).ShouldBe(Answers(built));
        File.Exists(VaultIndex.PathIn(Vault(_vault)) + ".rebuild").ShouldBeFalse();
        JournalMode().ShouldBe("wal");
    }

    [Fact]
    public void Should_stay_usable_and_keep_syncing_after_a_rebuild()
    {
        using var index = Open(_vault);
        index.Sync();
        File.Delete(_vault.File("Career", "1-on-1s", "marco-rossi.md"));

        index.Sync(force: true).ShouldBe(new SyncResult(0, Files(), 1, Files()));
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "- 2026-01-20: talked about the zeppelin budget\n");

        index.Sync().ShouldBe(new SyncResult(0, 1, 0, Files()));
        index.Search(new SearchQuery("zeppelin")).ShouldHaveSingleItem().Slug.ShouldBe("noah-patel");
        index.Relationships().Select(r => r.Slug).ShouldNotContain("marco-rossi");
    }

    [Fact]
    public void Should_copy_the_rebuilt_index_into_one_another_process_holds_open()
    {
        using var reader = Open(_vault);
        reader.Sync();
        reader.Search(new SearchQuery("promotion")).ShouldNotBeEmpty();
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "- 2026-01-20: talked about the zeppelin budget\n");

        using (var rebuilder = Open(_vault)) rebuilder.Sync(force: true).Files.ShouldBe(Files());

        // The reader's connection never closed: it sees the rebuilt content in the same file, through SQLite's locks.
        reader.Search(new SearchQuery("zeppelin")).ShouldHaveSingleItem().Slug.ShouldBe("noah-patel");
        reader.Sync().Changed.ShouldBeFalse();
        File.Exists(VaultIndex.PathIn(Vault(_vault)) + ".rebuild").ShouldBeFalse();
    }

    [Fact]
    public void Should_replace_a_half_written_rebuild_left_by_a_crash()
    {
        using var index = Open(_vault);
        index.Sync();
        File.WriteAllText(VaultIndex.PathIn(Vault(_vault)) + ".rebuild", "the first bytes of an index a crash interrupted");

        index.Sync(force: true).Modified.ShouldBe(Files());

        index.Search(new SearchQuery("promotion")).ShouldNotBeEmpty();
        File.Exists(VaultIndex.PathIn(Vault(_vault)) + ".rebuild").ShouldBeFalse();
    }

    [Fact]
    public void Should_keep_only_the_actions_in_the_action_indexes_and_find_open_actions_through_them()
    {
        using var index = Open(_vault);
        index.Sync(force: true);
        using var connection = new SqliteConnection($"Data Source={VaultIndex.PathIn(Vault(_vault))};Pooling=False");
        connection.Open();

        // A partial index: the actions only, every one of them, and the open-actions reading (kind = 'action', done = 0) searches it.
        Scalar(connection, "SELECT partial FROM pragma_index_list('entries') WHERE name = 'entries_open'").ShouldBe(1L);
        Scalar(connection, "SELECT count(*) FROM entries INDEXED BY entries_open WHERE kind = 'action'")
            .ShouldBe(Scalar(connection, "SELECT count(*) FROM entries WHERE +kind = 'action'"));
        Scalar(connection, "SELECT count(*) FROM entries WHERE +kind = 'action'").ShouldBeGreaterThan(0L);
        // The digests' index: the same rows, by file.
        Scalar(connection, "SELECT partial FROM pragma_index_list('entries') WHERE name = 'entries_action'").ShouldBe(1L);
        Scalar(connection, "SELECT count(*) FROM entries INDEXED BY entries_action WHERE kind = 'action'")
            .ShouldBe(Scalar(connection, "SELECT count(*) FROM entries WHERE +kind = 'action'"));
        using var plan = connection.CreateCommand();
        plan.CommandText = "EXPLAIN QUERY PLAN SELECT e.file_id FROM entries e WHERE e.kind = 'action' AND e.done = 0";
        using var rows = plan.ExecuteReader();
        var steps = new List<string>();
        while (rows.Read()) steps.Add(rows.GetString(3));
        steps.ShouldContain(step => step.Contains("USING INDEX entries_open", StringComparison.Ordinal));
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Everything the reading commands ask of the index, as text to compare.</summary>
    private static List<string> Answers(VaultIndex index) =>
    [
        .. index.Relationships().Select(r => r.ToString()),
        .. index.Digests().Select(d => d.Describe()),
        .. index.OpenActions().Select(a => a.ToString()),
        .. index.Unreadable(),
        .. Queries.SelectMany(q => index.Search(new SearchQuery(q, Limit: 1000)).Select(h => h.ToString())),
    ];

    private string JournalMode()
    {
        using var connection = new SqliteConnection($"Data Source={VaultIndex.PathIn(Vault(_vault))};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    private static Vault Vault(TempDirectory directory) => Core.Vaults.Vault.Open(directory.Path, PhysicalFileSystem.Instance);

    private static VaultIndex Open(TempDirectory directory) => VaultIndex.Open(Vault(directory), _ => { });

    private int Files() => Directory.EnumerateFiles(_vault.Path, "*.md", SearchOption.AllDirectories).Count(f => !f.Contains(".rapport", StringComparison.Ordinal));
}
