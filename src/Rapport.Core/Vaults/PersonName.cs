namespace Rapport.Core.Vaults;

/// <summary>Checks a person's name given by the user before it is used to find or create a file.</summary>
public static class PersonName
{
    public const int MaxLength = 120;

    public static string Validate(string? name)
    {
        string trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new RapportException(ErrorCode.Usage, "a person's name cannot be empty");
        if (trimmed.Length > MaxLength)
            throw new RapportException(ErrorCode.Usage, $"a person's name can be at most {MaxLength} characters");
        if (trimmed.Contains('/') || trimmed.Contains('\\') || trimmed.Contains("..", StringComparison.Ordinal))
            throw new RapportException(ErrorCode.UnsafePath, $"'{Printable(trimmed)}' is not a person's name: names cannot contain '/', '\\' or '..'");
        if (trimmed.Any(char.IsControl))
            throw new RapportException(ErrorCode.Usage, $"'{Printable(trimmed)}' is not a person's name: it contains control characters");
        if (Slug.From(trimmed).Length == 0)
            throw new RapportException(ErrorCode.Usage, $"'{trimmed}' is not a person's name: it has no letters or digits");
        return trimmed;
    }

    /// <summary>The name with control characters shown as <c>\uXXXX</c>, safe to print in a message.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
