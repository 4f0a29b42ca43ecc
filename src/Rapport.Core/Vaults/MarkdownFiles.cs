namespace Rapport.Core.Vaults;

/// <summary>The Markdown files named by paths on a command line: files as given, folders searched recursively.</summary>
public static class MarkdownFiles
{
    private static readonly string[] Skipped = ["node_modules", ".git", ".rapport", ".obsidian", ".trash"];

    public static IReadOnlyList<string> Under(IEnumerable<string> fullPaths, IFileSystem files)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in fullPaths)
        {
            if (files.FileExists(path))
            {
                result.Add(path);
                continue;
            }
            if (!files.DirectoryExists(path))
                throw new RapportException(ErrorCode.Usage, $"no such file or folder: {path}");
            foreach (var file in files.EnumerateFiles(path, "*.md", recursive: true))
            {
                string relative = Path.GetRelativePath(path, file);
                if (relative.Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part, StringComparer.OrdinalIgnoreCase))) continue;
                result.Add(file);
            }
        }
        return [.. result];
    }
}
