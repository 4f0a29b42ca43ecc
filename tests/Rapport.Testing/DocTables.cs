namespace Rapport.Testing;

/// <summary>The rows of a Markdown table in <c>docs/</c>, for tests generated from the tables people read.</summary>
public static class DocTables
{
    /// <summary>The cells of each row of the table whose header line starts with <paramref name="header"/> in <c>docs/<paramref name="file"/></c>.</summary>
    public static IEnumerable<string[]> Rows(string file, string header)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", file));
        int start = Array.FindIndex(lines, l => l.StartsWith(header, StringComparison.Ordinal));
        if (start < 0) throw new InvalidOperationException($"docs/{file} has no table headed '{header}'");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|')[1..^1].Select(c => c.Trim()).ToArray());
    }
}
