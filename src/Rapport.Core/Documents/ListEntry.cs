namespace Rapport.Core.Documents;

/// <summary>
/// One top-level list item as written: its first line and any nested or continuation lines.
/// Lines are zero-based; <see cref="EndLine"/> is exclusive.
/// </summary>
public sealed record ListEntry(
    int Line,
    int EndLine,
    string Indent,
    string Marker,
    char? Task,
    string Text,
    IReadOnlyList<string> Details)
{
    public bool IsTask => Task is not null;

    public bool IsChecked => Task is 'x' or 'X';
}
