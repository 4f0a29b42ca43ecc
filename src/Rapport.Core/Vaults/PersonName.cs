namespace Rapport.Core.Vaults;

/// <summary>Checks a person's name given by the user before it is used to find or create a file.</summary>
public static class PersonName
{
    public const int MaxLength = 120;

    /// <summary>File names are at most 255 bytes on common file systems; the slug leaves room for ".md" and archives' "-2026-Q1".</summary>
    public const int MaxFileNameBytes = 200;

    /// <summary>A word with both ASCII letters and Greek or Cyrillic ones: "Sаrah" with a Cyrillic а.</summary>
    private static bool MixesScripts(string word) =>
        word.Any(char.IsAsciiLetter) && word.Any(c => c is >= '\u0370' and <= '\u03FF' or >= '\u0400' and <= '\u04FF');

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
        string slug = Slug.From(trimmed);
        if (slug.Length == 0)
            throw new RapportException(ErrorCode.Usage, $"'{trimmed}' is not a person's name: it has no letters or digits");
        if (System.Text.Encoding.UTF8.GetByteCount(slug) > MaxFileNameBytes)
            throw new RapportException(ErrorCode.Usage, $"'{trimmed}' is too long for a file name; use a shorter form of the name");
        if (trimmed.Split(' ').Any(MixesScripts))
            throw new RapportException(ErrorCode.Usage, $"'{trimmed}' mixes Latin letters with look-alike Greek or Cyrillic ones in one word; type the name in one script");
        return trimmed;
    }

    /// <summary>The name with control characters shown as <c>\uXXXX</c>, safe to print in a message.</summary>
    public static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
