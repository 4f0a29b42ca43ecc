namespace Rapport.Core;

/// <summary>Kinds of user-facing failure; the numeric value is the process exit code.</summary>
public enum ErrorCode
{
    /// <summary>A check found problems, or a command could not complete.</summary>
    Failed = 1,

    /// <summary>Bad arguments: an unknown option, a bad date, a value out of range.</summary>
    Usage = 2,

    /// <summary>No vault was found, or it is not set up.</summary>
    NoVault = 3,

    /// <summary>No such person, or a name that matches several.</summary>
    UnknownPerson = 4,

    /// <summary>A file that cannot be read as a Rapport document: not UTF-8, malformed front matter, bad dates.</summary>
    InvalidFile = 5,

    /// <summary>The file changed on disk since it was read, or already exists.</summary>
    Conflict = 6,

    /// <summary>The operating system refused a read or write.</summary>
    Io = 7,

    /// <summary>A path or name that would leave the vault.</summary>
    UnsafePath = 8,
}
