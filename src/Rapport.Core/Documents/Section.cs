namespace Rapport.Core.Documents;

/// <summary>
/// A heading and the lines under it, up to the next heading of the same or a higher level.
/// Line numbers are zero-based; <see cref="EndLine"/> is exclusive.
/// </summary>
public sealed class Section
{
    internal Section(int headingLine, int level, string title, int contentStartLine)
    {
        HeadingLine = headingLine;
        Level = level;
        Title = title;
        ContentStartLine = contentStartLine;
    }

    public int HeadingLine { get; }

    public int Level { get; }

    /// <summary>The heading text as written, without the <c>#</c> marks.</summary>
    public string Title { get; }

    public int ContentStartLine { get; }

    /// <summary>A bold line standing as a heading (<c>**Next Meeting**</c>), not a Markdown heading.</summary>
    public bool IsLabel { get; internal init; }

    /// <summary>The heading itself, or the nearest one above it, that is a meeting of a per-meeting log; null outside any.</summary>
    public Section? Meeting { get; internal set; }

    public int EndLine { get; internal set; }

    public SectionKind Kind { get; internal set; }

    public Section? Parent { get; internal set; }

    public List<Section> Children { get; } = [];

    /// <summary>Top-level list items directly in this section (not in its sub-sections).</summary>
    public List<ListEntry> Items { get; } = [];

    /// <summary>Where the section's own content ends: the first child heading, or the section's end.</summary>
    public int OwnContentEndLine => Children.Count > 0 ? Children[0].HeadingLine : EndLine;

    /// <summary>This section and the ones it is nested in, innermost first.</summary>
    public IEnumerable<Section> SelfAndAncestors()
    {
        for (var s = this; s is not null; s = s.Parent) yield return s;
    }

    public override string ToString() => $"{new string('#', Level)} {Title} [{Kind}] {HeadingLine}..{EndLine}";
}
