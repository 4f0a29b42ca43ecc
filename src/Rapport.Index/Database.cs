using System.Text;
using SQLitePCL;

namespace Rapport.Index;

/// <summary>
/// One connection to a SQLite database through SQLite's own API (SQLitePCLRaw), the little of it the index uses:
/// statements run as written, prepared statements with values bound by position or name, a write transaction,
/// the online backup. ADO.NET (Microsoft.Data.Sqlite) stood here before: its static set-up (finding the SQLite
/// bundle by type name, starting the connection pool's timer thread) cost every command about 3 ms of a 25 ms run
/// on the example vault, and reading a row through it boxed each value.
/// </summary>
internal sealed class Database : IDisposable
{
    private const string Memory = ":memory:";

    static Database() => Batteries_V2.Init();

    private readonly sqlite3 _db;

    private Database(sqlite3 db, string path)
    {
        _db = db;
        Path = path;
    }

    /// <summary>The database's file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public bool InMemory => Path == Memory;

    public sqlite3 Handle => _db;

    /// <summary>Opens the database at <paramref name="path"/> for reading and writing, creating it when it is not there.</summary>
    public static Database Open(string path)
    {
        int result = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE, null);
        if (result != raw.SQLITE_OK)
        {
            string message = db is null || db.IsInvalid ? raw.sqlite3_errstr(result).utf8_to_string() : raw.sqlite3_errmsg(db).utf8_to_string();
            db?.Dispose();
            throw new DatabaseException(result, message);
        }
        return new Database(db, path);
    }

    /// <summary>A new, empty database in this process's memory.</summary>
    public static Database OpenInMemory() => Open(Memory);

    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Whether a transaction is open (SQLite is not in autocommit mode).</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_db) == 0;

    /// <summary>Runs <paramref name="sql"/>, one statement or several, without values; rows they return are ignored.</summary>
    public void Execute(string sql) => Check(raw.sqlite3_exec(_db, sql));

    /// <summary>The first column of the first row <paramref name="sql"/> returns, or null.</summary>
    public object? Scalar(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Scalar();
    }

    public Statement Prepare(string sql) => new(this, sql);

    /// <summary>Begins a write transaction, taking the write lock now (<c>BEGIN IMMEDIATE</c>); rolled back when disposed uncommitted.</summary>
    public Transaction Begin()
    {
        Execute("BEGIN IMMEDIATE;");
        return new Transaction(this);
    }

    /// <summary>Copies this whole database into <paramref name="target"/>, under SQLite's own locks.</summary>
    public void BackupInto(Database target)
    {
        var backup = raw.sqlite3_backup_init(target._db, "main", _db, "main");
        if (backup is null || backup.IsInvalid) target.Check(raw.sqlite3_errcode(target._db));
        int step = raw.sqlite3_backup_step(backup, -1);
        int finish = raw.sqlite3_backup_finish(backup);
        if (step != raw.SQLITE_DONE) target.Check(step);
        target.Check(finish);
    }

    internal void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE)) throw new DatabaseException(result, raw.sqlite3_errmsg(_db).utf8_to_string());
    }

    public void Dispose() => _db.Dispose();
}

/// <summary>A write transaction of a <see cref="Database"/>: committed, or rolled back when disposed before.</summary>
internal sealed class Transaction(Database database) : IDisposable
{
    private bool _open = true;

    public Database Database { get; } = database;

    public void Commit()
    {
        Database.Execute("COMMIT;");
        _open = false;
    }

    /// <summary>
    /// Rolls back what was not committed. SQLite may have rolled the transaction back itself on an error (a full disk,
    /// an interrupted statement): then there is nothing to roll back, and the error that ended it is the one to see.
    /// </summary>
    public void Dispose()
    {
        if (!_open) return;
        _open = false;
        if (Database.InTransaction) Database.Execute("ROLLBACK;");
    }
}

/// <summary>
/// One prepared statement. Values are bound by position (from 1) or by name (<c>$name</c>); text goes through one
/// UTF-8 buffer that SQLite copies. <see cref="Read"/> steps through the rows and resets the statement after the
/// last, so it is ready for the next values; <see cref="Run"/> runs it once for none.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly Database _database;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = [];

    public Statement(Database database, string sql)
    {
        _database = database;
        database.Check(raw.sqlite3_prepare_v2(database.Handle, sql, out _statement));
    }

    public Statement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    public Statement Bind(int index, long? value) => value is { } v ? Bind(index, v) : Null(index);

    public Statement Bind(int index, byte[] value)
    {
        Check(raw.sqlite3_bind_blob(_statement, index, value));
        return this;
    }

    public Statement Bind(int index, string? value)
    {
        if (value is null) return Null(index);
        int most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_buffer.Length < most) _buffer = new byte[Math.Max(most, Math.Max(1024, _buffer.Length * 2))];
        int length = Encoding.UTF8.GetBytes(value, _buffer);
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
        return this;
    }

    public Statement Bind(string name, long value) => Bind(Parameter(name), value);

    public Statement Bind(string name, string? value) => Bind(Parameter(name), value);

    private int Parameter(string name)
    {
        int index = raw.sqlite3_bind_parameter_index(_statement, name);
        return index > 0 ? index : throw new ArgumentException($"the statement has no parameter {name}", nameof(name));
    }

    private Statement Null(int index)
    {
        Check(raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Steps to the next row: true when there is one; false after the last, the statement reset for the next values.</summary>
    public bool Read()
    {
        int result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW) return true;
        raw.sqlite3_reset(_statement);
        Check(result);
        return false;
    }

    /// <summary>Runs the statement once and makes it ready for the next values.</summary>
    public void Run()
    {
        int result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    /// <summary>Makes the statement ready to run again, its values kept.</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>The first column of the first row (a long, double, string or byte array), or null; the statement is reset.</summary>
    public object? Scalar()
    {
        object? value = null;
        if (Read())
        {
            value = raw.sqlite3_column_type(_statement, 0) switch
            {
                raw.SQLITE_INTEGER => Int64(0),
                raw.SQLITE_FLOAT => Double(0),
                raw.SQLITE_TEXT => Text(0),
                raw.SQLITE_BLOB => Blob(0),
                _ => null,
            };
        }
        raw.sqlite3_reset(_statement);
        return value;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>A column's text; empty for a null (ask <see cref="IsNull"/>, or read <see cref="TextOrNull"/>).</summary>
    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string() ?? "";

    public string? TextOrNull(int column) => IsNull(column) ? null : Text(column);

    public byte[] Blob(int column) => raw.sqlite3_column_blob(_statement, column).ToArray();

    private void Check(int result) => _database.Check(result);

    public void Dispose() => _statement.Dispose();
}

/// <summary>An error SQLite returned, with its primary result code (<c>SQLITE_CORRUPT</c> is 11, <c>SQLITE_NOTADB</c> 26).</summary>
public sealed class DatabaseException(int code, string message) : Exception($"SQLite error {code}: {message}")
{
    public int Code { get; } = code;

    /// <summary>SQLite's own message, without the code.</summary>
    public string Reason { get; } = message;

    /// <summary>Whether another connection held the database past the busy timeout (<c>SQLITE_BUSY</c>, <c>SQLITE_LOCKED</c>).</summary>
    public bool IsBusy => Code is 5 or 6;
}
