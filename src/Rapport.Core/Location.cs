namespace Rapport.Core;

/// <summary>Formats <c>file:line: message</c> the way compilers and grep do, so editors can jump to it.</summary>
public static class Location
{
    public static string Format(string? path, int? line, string message) => (path, line) switch
    {
        (null, _) => message,
        (_, null) => $"{path}: {message}",
        _ => $"{path}:{line}: {message}",
    };
}
