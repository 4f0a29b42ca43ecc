namespace Rapport.Core;

/// <summary>
/// Turns what the operating system refused into one plain line: "cannot write Career/x.md: permission
/// denied". The exception's own message is never shown, since a trimmed build prints resource keys
/// (<c>UnauthorizedAccess_IODenied_Path</c>) instead of text.
/// </summary>
public static class IoFailure
{
    /// <summary>Whether <paramref name="ex"/> is the operating system refusing a read or write.</summary>
    public static bool IsIo(Exception ex) => ex is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    /// <summary>The reason, in words: "permission denied", "no such folder", "disk full".</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        DirectoryNotFoundException => "no such folder",
        FileNotFoundException => "no such file",
        PathTooLongException => "path too long",
        IOException io => (io.HResult & 0xFFFF) switch
        {
            28 or 0x70 => "disk full",            // ENOSPC, ERROR_DISK_FULL
            30 => "read-only file system",       // EROFS
            13 or 1 or 5 => "permission denied", // EACCES, EPERM, ERROR_ACCESS_DENIED
            2 or 3 => "no such file or folder",  // ENOENT, ERROR_PATH_NOT_FOUND
            20 => "a file is in the way of the folder", // ENOTDIR
            21 => "is a folder",                 // EISDIR
            32 or 33 => "in use by another program", // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
            _ => "input/output error",
        },
        _ => "input/output error",
    };

    /// <summary>"cannot write SHOWN: reason", exit code 7.</summary>
    public static RapportException Write(string shown, Exception ex) =>
        new(ErrorCode.Io, $"cannot write {shown}: {Reason(ex)}", inner: ex);

    /// <summary>"cannot read SHOWN: reason", exit code 7.</summary>
    public static RapportException Read(string shown, Exception ex) =>
        new(ErrorCode.Io, $"cannot read {shown}: {Reason(ex)}", inner: ex);

    /// <summary>A failure nothing closer named a file for: "cannot read or write files: reason".</summary>
    public static RapportException Unnamed(Exception ex) =>
        new(ErrorCode.Io, $"cannot read or write files: {Reason(ex)}", inner: ex);
}
