using System.Text;

namespace Rapport.Core.Text;

/// <summary>
/// The exact text of a file, split into lines without losing a character: each line keeps its own
/// ending (LF, CRLF or CR), so writing it back is byte-identical. Edits splice new text into the
/// original at given offsets; nothing is ever re-rendered.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, bool hasBom = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        HasBom = hasBom;
        _lineStarts = ComputeLineStarts(text);
        Newline = DetectNewline(text);
    }

    /// <summary>The content without the byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the file started with a UTF-8 byte-order mark.</summary>
    public bool HasBom { get; }

    /// <summary>The newline new lines should use: the file's first line ending, else LF.</summary>
    public string Newline { get; }

    /// <summary>Number of lines; a trailing newline does not start another line.</summary>
    public int LineCount => _lineStarts.Length;

    public int Length => Text.Length;

    /// <summary>Offset where the zero-based line starts.</summary>
    public int LineStart(int line) => line >= _lineStarts.Length ? Text.Length : _lineStarts[line];

    /// <summary>Offset just past the line's content, before its line ending.</summary>
    public int LineContentEnd(int line)
    {
        int end = LineEnd(line);
        if (end > 0 && end <= Text.Length && Text[end - 1] == '\n') end--;
        if (end > LineStart(line) && Text[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>Offset of the start of the next line (past this line's ending).</summary>
    public int LineEnd(int line) => line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;

    /// <summary>The line's content without its ending.</summary>
    public string Line(int line)
    {
        int start = LineStart(line);
        return Text[start..LineContentEnd(line)];
    }

    public ReadOnlySpan<char> LineSpan(int line)
    {
        int start = LineStart(line);
        return Text.AsSpan(start, LineContentEnd(line) - start);
    }

    /// <summary>Whether the last line ends with a newline (so an append needs none first).</summary>
    public bool EndsWithNewline => Text.Length > 0 && (Text[^1] == '\n' || Text[^1] == '\r');

    /// <summary>The zero-based line holding the offset.</summary>
    public int LineOf(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>Applies non-overlapping edits and returns the new text, keeping the BOM.</summary>
    public SourceText Apply(IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Start).ToList();
        if (ordered.Count == 0) return this;
        var builder = new StringBuilder(Text.Length + ordered.Sum(e => e.NewText.Length));
        int position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < position || edit.End > Text.Length)
                throw new InvalidOperationException($"Overlapping or out-of-range edit at {edit.Start}.");
            builder.Append(Text, position, edit.Start - position).Append(edit.NewText);
            position = edit.End;
        }
        builder.Append(Text, position, Text.Length - position);
        return new SourceText(builder.ToString(), HasBom);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (i + 1 < text.Length) starts.Add(i + 1);
            }
            else if (c == '\n' && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }
        if (text.Length == 0) return [0];
        return [.. starts];
    }

    private static string DetectNewline(string text)
    {
        int i = text.AsSpan().IndexOfAny('\r', '\n');
        if (i < 0) return "\n";
        if (text[i] == '\n') return "\n";
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }
}
