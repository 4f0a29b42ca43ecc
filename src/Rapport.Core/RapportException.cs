namespace Rapport.Core;

/// <summary>
/// A failure caused by the user's input or files, reported as one line and an exit code.
/// Anything else escaping a command is a bug.
/// </summary>
public sealed class RapportException : Exception
{
    public RapportException(ErrorCode code, string message, string? path = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Path = path;
        Line = line;
    }

    public ErrorCode Code { get; }

    /// <summary>The file the error is about, as the user would name it.</summary>
    public string? Path { get; }

    /// <summary>One-based line number within <see cref="Path"/>.</summary>
    public int? Line { get; }

    /// <summary>The one-line form: <c>file:line: message</c>.</summary>
    /// <remarks>Control characters a user typed (a newline, an escape sequence) are shown as <c>\uXXXX</c>: the message stays one line and never drives the terminal.</remarks>
    public string ToDisplayString() => Location.Format(Path, Line, Vaults.PersonName.Printable(Message));
}
