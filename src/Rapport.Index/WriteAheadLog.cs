using System.Runtime.InteropServices;

namespace Rapport.Index;

/// <summary>
/// Whether SQLite keeps the index's write-ahead log (<c>index.db-wal</c>, <c>index.db-shm</c>) when the last connection
/// closes (<c>SQLITE_FCNTL_PERSIST_WAL</c>). By default it deletes both, so every reading command created two files and
/// deleted them again: on ext4 a new inode each, about 1 ms of a 25 ms command on the example vault. Kept, they are
/// opened as they are; the log is still folded into the index at the last close. SQLitePCLRaw does not expose
/// the file control, so it is called on the connection's handle, in the same SQLite library (linked into the Native
/// AOT executable, loaded by SQLitePCLRaw otherwise).
/// </summary>
internal static partial class WriteAheadLog
{
    private const int PersistWal = 10;

    /// <summary>
    /// Keeps the log of <paramref name="connection"/>'s main database when it closes, or lets it be deleted. Should SQLite
    /// refuse, its default stands: the log is deleted, and <c>Replace</c> looks for the file itself rather than trusting this.
    /// </summary>
    public static void Keep(Database connection, bool keep)
    {
        if (connection.InMemory) return;
        int value = keep ? 1 : 0;
        FileControl(connection.Handle.DangerousGetHandle(), "main", PersistWal, ref value);
    }

    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_file_control", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileControl(IntPtr database, string name, int operation, ref int value);
}
