namespace Rapport.Core.Text;

/// <summary>
/// YAML made only of plain <c>key: value</c> lines, read without YamlDotNet's scanner and node tree:
/// the shape Rapport writes, and the shape of most front matter and settings files. A line is one of
/// <see cref="PlainLine"/>; anything else (quotes, lists, flow collections, indentation, a trailing
/// comment, an empty value) is <see cref="PlainLine.NotPlain"/>, and the caller reads the whole text with
/// the YAML reader instead. What this gives for plain lines is what the YAML reader gives
/// (<c>FrontMatterPlainLinesTests</c> and <c>VaultConfigPlainLinesTests</c> compare them).
/// </summary>
internal static class PlainYaml
{
    /// <summary>
    /// What <paramref name="line"/> is; for <see cref="PlainLine.Entry"/> its key and value (trimmed of spaces).
    /// A plain key is ASCII letters, digits, <c>-</c> and <c>_</c>, starting with a letter; a plain value
    /// starts with a letter or digit and holds letters, digits, spaces and <c>. - _ /</c>, and colons that
    /// are not followed by a space or the end of the line (<c>tue 10:45</c>, <c>https://…</c>): to YAML
    /// these are all one plain scalar, its text as written.
    /// </summary>
    public static PlainLine Read(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        key = value = default;
        var content = line.TrimStart(' ');
        if (content.IsEmpty) return PlainLine.Blank;
        if (content[0] == '#') return PlainLine.Comment;
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon + 1 >= line.Length || line[colon + 1] != ' ' || !IsKey(line[..colon])) return PlainLine.NotPlain;
        value = line[(colon + 1)..].Trim(' ');
        if (value.IsEmpty || !IsValue(value)) return PlainLine.NotPlain;
        key = line[..colon];
        return PlainLine.Entry;
    }

    /// <summary>A plain key: ASCII letters, digits, <c>-</c> and <c>_</c>, starting with a letter.</summary>
    public static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0])) return false;
        foreach (char c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        return true;
    }

    private static bool IsValue(ReadOnlySpan<char> value)
    {
        if (!char.IsLetterOrDigit(value[0])) return false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':' && i + 1 < value.Length && value[i + 1] != ' ') continue;
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '/')) return false;
        }
        return true;
    }
}

/// <summary>What one line of YAML is to <see cref="PlainYaml.Read"/>.</summary>
internal enum PlainLine
{
    Blank,
    Comment,
    Entry,
    NotPlain,
}
