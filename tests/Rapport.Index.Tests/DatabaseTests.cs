using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>The index's own SQLite connection: transactions, statements and SQLite's errors.</summary>
public sealed class DatabaseTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private Database Table()
    {
        var db = Database.Open(Path.Combine(_folder.Path, "test.db"));
        db.Execute("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, data BLOB);");
        return db;
    }

    [Fact]
    public void Should_roll_back_a_transaction_disposed_before_its_commit()
    {
        using var db = Table();

        using (db.Begin()) db.Execute("INSERT INTO t(name) VALUES ('lost');");
        using (var kept = db.Begin())
        {
            db.Execute("INSERT INTO t(name) VALUES ('kept');");
            kept.Commit();
        }

        db.Scalar("SELECT group_concat(name) FROM t").ShouldBe("kept");
        db.InTransaction.ShouldBeFalse();
    }

    [Fact]
    public void Should_leave_the_error_that_ended_a_transaction_as_the_one_to_see()
    {
        using var db = Table();

        // SQLite ends a transaction itself on some errors; disposing it then must not throw "no transaction is active".
        Should.NotThrow(() =>
        {
            using var transaction = db.Begin();
            db.Execute("ROLLBACK;");
        });
        db.InTransaction.ShouldBeFalse();
    }

    [Fact]
    public void Should_bind_by_position_and_by_name_and_read_each_kind_of_column()
    {
        using var db = Table();
        using (var insert = db.Prepare("INSERT INTO t(id, name, data) VALUES (?, ?, ?)"))
        {
            insert.Bind(1, 7).Bind(2, "Łukasz — ✓").Bind(3, new byte[] { 1, 2, 3 }).Run();
            insert.Bind(1, 8).Bind(2, (string?)null).Bind(3, new byte[] { 4 }).Run();
        }

        using var read = db.Prepare("SELECT id, name, data, 0.5 FROM t WHERE id >= $from ORDER BY id");
        read.Bind("$from", 7);
        var rows = new List<(long, string?, byte[], double)>();
        while (read.Read()) rows.Add((read.Int64(0), read.TextOrNull(1), read.Blob(2), read.Double(3)));

        rows.Count.ShouldBe(2);
        (rows[0].Item1, rows[0].Item2, rows[0].Item4).ShouldBe((7L, "Łukasz — ✓", 0.5));
        rows[0].Item3.ShouldBe([1, 2, 3]);
        rows[1].Item2.ShouldBeNull();
        // Read to the end, the statement is ready to run again with other values.
        read.Bind("$from", 8);
        read.Read().ShouldBeTrue();
        read.Int32(0).ShouldBe(8);
        Should.Throw<ArgumentException>(() => read.Bind("$missing", 1));
    }

    [Fact]
    public void Should_report_sqlites_code_and_reason()
    {
        using var db = Table();

        var syntax = Should.Throw<DatabaseException>(() => db.Execute("SELEC 1;"));
        syntax.Code.ShouldBe(1);
        syntax.Reason.ShouldContain("syntax error");

        string notADatabase = Path.Combine(_folder.Path, "notes.md");
        File.WriteAllText(notADatabase, new string('#', 4096));
        using var other = Database.Open(notADatabase);
        Should.Throw<DatabaseException>(() => other.Execute("PRAGMA user_version;")).Code.ShouldBe(26);
    }
}
