namespace Rapport.Core.Documents;

/// <summary>
/// The YAML block between <c>---</c> fences at the top of a document. Values are kept as text;
/// keys Rapport does not know are carried along untouched because edits never re-render the block.
/// </summary>
public sealed class FrontMatter
{
    public FrontMatter(int startLine, int endLine, IReadOnlyList<FrontMatterEntry> entries, bool isTemplate)
    {
        StartLine = startLine;
        EndLine = endLine;
        Entries = entries;
        IsTemplate = isTemplate;
    }

    /// <summary>Zero-based line of the opening fence.</summary>
    public int StartLine { get; }

    /// <summary>Zero-based line of the closing fence.</summary>
    public int EndLine { get; }

    public IReadOnlyList<FrontMatterEntry> Entries { get; }

    /// <summary>The block holds template placeholders (<c>{{title}}</c>, <c>&lt;% %&gt;</c>) rather than values.</summary>
    public bool IsTemplate { get; }

    public FrontMatterEntry? Find(string key) =>
        Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The scalar value of a key, or null when absent or empty.</summary>
    public string? this[string key] => Find(key)?.Value is { Length: > 0 } value ? value : null;
}

/// <summary>A top-level key of the front matter, its scalar value (or null for a list or map) and its zero-based line.</summary>
public sealed record FrontMatterEntry(string Key, string? Value, int Line)
{
    /// <summary>The items of a list value (<c>aliases: [Jai, JM]</c>), or the scalar value alone; empty when neither.</summary>
    public IReadOnlyList<string> Values { get; init; } = Value is { Length: > 0 } v ? [v] : [];
}
