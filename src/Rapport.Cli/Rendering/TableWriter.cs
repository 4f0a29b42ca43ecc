using System.Collections.Concurrent;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Rapport.Cli.Rendering;

/// <summary>One cell of a <see cref="TableWriter"/>: text in one style, or Spectre.Console markup.</summary>
public readonly struct TableText
{
    private TableText(string value, Style style, bool isMarkup) => (Value, Style, IsMarkup) = (value, style, isMarkup);

    internal string Value { get; }

    internal Style Style { get; }

    internal bool IsMarkup { get; }

    /// <summary>Text as it is (Spectre's <see cref="Text"/>).</summary>
    public static TableText Plain(string text) => new(text, Style.Plain, false);

    /// <summary>Text in one style (Spectre's <see cref="Text"/> with a style; <c>[red]…[/]</c> around escaped text gives the same).</summary>
    public static TableText Styled(string text, Style style) => new(text, style, false);

    /// <summary>Text read as markup (Spectre's <see cref="Spectre.Console.Markup"/>).</summary>
    public static TableText Markup(string markup) => new(markup, Style.Plain, true);

    /// <summary>What Spectre.Console renders for this cell.</summary>
    internal IRenderable ToRenderable() => IsMarkup ? new Markup(Value) : new Text(Value, Style);

    /// <summary>
    /// The cell's width when Spectre renders it as it is, as one line and one run of text: no line break, no control
    /// character, and for markup nothing to parse (no brackets) and no emoji code to replace (no colons); else -1.
    /// The width is Spectre's own: the sum of its whitespace-separated segments' cell widths (for printable ASCII,
    /// one cell per character).
    /// </summary>
    internal int SimpleWidth()
    {
        bool ascii = true;
        foreach (char c in Value)
        {
            if (c is >= ' ' and <= '~')
            {
                if (IsMarkup && c is '[' or ']' or ':') return -1;
                continue;
            }
            if (char.IsControl(c) || c is '\u2028' or '\u2029') return -1;
            ascii = false;
        }
        return ascii ? Value.Length : OtherWidths.GetOrAdd(Value, SegmentWidths);
    }

    /// <summary>
    /// The widths of cells that are not all printable ASCII, by text. Spectre measures such text rune by rune, with an
    /// array of runes per segment, and a table repeats it: the moods of <c>rapport status</c> (<c>3→4→4→5</c>) on every
    /// row. The width depends on the text alone.
    /// </summary>
    private static readonly ConcurrentDictionary<string, int> OtherWidths = new(StringComparer.Ordinal);

    private static int SegmentWidths(string value)
    {
        int width = 0, start = 0;
        for (int i = 1; i <= value.Length; i++)
        {
            if (i < value.Length && char.IsWhiteSpace(value[i]) == char.IsWhiteSpace(value[start])) continue;
            width += value[start..i].GetCellWidth();
            start = i;
        }
        return width;
    }
}

/// <summary>
/// A table laid out and written as Spectre.Console's <see cref="Table"/> lays it out and writes it (same column
/// widths, wrapping, padding, borders, colours; byte for byte, see <c>TableWriterTests</c>), in one pass over the
/// cells and straight to one buffer written out in large chunks. Spectre.Console measures and renders each cell as
/// a paragraph of segments, then merges and writes them one by one: on the 2,000 rows of <c>rapport list</c> or
/// <c>status</c> that was most of the command's own time. Cells of printable ASCII that fit their column (nearly
/// all) take the short way; any other cell (wide or combining characters, markup, a line to wrap) is measured and
/// rendered by Spectre.Console itself, so the two cannot drift apart.
/// Supports what the commands use: headers shown, no footers, titles or row separators, not expanded, left-aligned.
/// </summary>
public sealed class TableWriter
{
    private readonly TableBorder border;

    /// <summary>A table with this border, which must be visible (every table of the CLI has one).</summary>
    public TableWriter(TableBorder border)
    {
        if (!border.Visible) throw new ArgumentException("a table without a border is not supported", nameof(border));
        this.border = border;
    }

    private readonly List<TableColumn> _columns = [];

    private readonly List<TableText[]> _rows = [];

    public int RowCount => _rows.Count;

    /// <summary>Adds a column; its header is markup, as Spectre's <c>AddColumn(string)</c>; default padding one space each side.</summary>
    public TableWriter AddColumn(string header, bool noWrap = false, Padding? padding = null)
    {
        if (_rows.Count > 0) throw new InvalidOperationException("columns come before rows");
        _columns.Add(new TableColumn(header) { NoWrap = noWrap, Padding = padding ?? new Padding(1, 0, 1, 0) });
        _headerBorderWidth = _rowBorderWidth = null;
        return this;
    }

    public TableWriter AddColumns(params string[] headers)
    {
        foreach (var header in headers) AddColumn(header);
        return this;
    }

    public TableWriter AddRow(params TableText[] cells)
    {
        if (cells.Length != _columns.Count) throw new ArgumentException($"a row of {cells.Length} cells in a table of {_columns.Count} columns", nameof(cells));
        _rows.Add(cells);
        _natural = null;
        return this;
    }

    /// <summary>The same table as a Spectre.Console <see cref="Table"/> (what this writer reproduces).</summary>
    public Table ToSpectre()
    {
        var table = new Table { Border = border };
        foreach (var column in _columns) table.AddColumn(new TableColumn(column.Header) { NoWrap = column.NoWrap, Padding = column.Padding });
        foreach (var row in _rows) table.AddRow(row.Select(cell => cell.ToRenderable()));
        return table;
    }

    /// <summary>The table's width when nothing wraps: Spectre's <c>Measure(options, int.MaxValue / 2).Max</c>.</summary>
    public int NaturalWidth(RenderOptions options) => Natural(options).Sum() + NonColumnWidth();

    /// <summary>Writes the table to <paramref name="output"/> as <c>console.Write(table)</c> would, at the console's width.</summary>
    public void Write(IAnsiConsole console, TextWriter output)
    {
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        int maxWidth = console.Profile.Width;
        var emitter = new Emitter(console, output);
        Render(options, maxWidth, emitter);
        emitter.WriteOut();
    }

    /// <summary>Each column's widest cell (header included), each cell measured once.</summary>
    private int[] Natural(RenderOptions options)
    {
        if (_natural is { } known) return known;
        var widths = new int[_columns.Count];
        for (int c = 0; c < widths.Length; c++) widths[c] = _columns[c].Header.Measure(options, int.MaxValue).Max;
        _simple = new int[_rows.Count][];
        for (int r = 0; r < _rows.Count; r++)
        {
            var row = _rows[r];
            var simple = _simple[r] = new int[row.Length];
            for (int c = 0; c < widths.Length; c++)
            {
                simple[c] = row[c].SimpleWidth();
                int width = simple[c] >= 0 ? simple[c] : row[c].ToRenderable().Measure(options, int.MaxValue).Max;
                widths[c] = Math.Max(widths[c], width);
            }
        }
        return _natural = widths;
    }

    private int[]? _natural;

    /// <summary>Per row and column: the cell's width when it is a single run of text (see <see cref="TableText.SimpleWidth"/>), else -1.</summary>
    private int[][]? _simple;

    private int NonColumnWidth()
    {
        int separators = _columns.Count - 1;
        int edges = border.UsePadding ? 2 : 0;
        int padding = border.UsePadding ? _columns.Sum(c => c.Padding?.GetWidth() ?? 0) : 0;
        return separators + edges + padding;
    }

    /// <summary>TableMeasurer.CalculateColumnWidths (not expanded, no fixed widths).</summary>
    internal List<int> ColumnWidths(RenderOptions options, int maxWidth)
    {
        int total = maxWidth - NonColumnWidth();
        var widths = Natural(options).Select(w => Math.Min(w, total)).ToList();
        if (widths.Sum() > total)
        {
            widths = CollapseWidths(widths, _columns.Select(c => !c.NoWrap).ToList(), total);
            if (widths.Sum() > total)
                widths = Reduce(widths.Sum() - total, widths.Select(_ => 1).ToList(), widths, widths);
        }
        return widths;
    }

    // Spectre.Console's TableMeasurer.CollapseWidths and Ratio.Reduce (ported from Rich), as they are.
    private static List<int> CollapseWidths(List<int> widths, List<bool> wrappable, int maxWidth)
    {
        int totalWidth = widths.Sum();
        int excessWidth = totalWidth - maxWidth;
        if (!wrappable.Any(w => w)) return widths;
        while (totalWidth != 0 && excessWidth > 0)
        {
            int maxColumn = widths.Zip(wrappable).Where(x => x.Second).Max(x => x.First);
            int secondMaxColumn = widths.Zip(wrappable, (width, allowWrap) => allowWrap && width != maxColumn ? width : 1).Max();
            int columnDifference = maxColumn - secondMaxColumn;
            var ratios = widths.Zip(wrappable, (width, allowWrap) => width == maxColumn && allowWrap ? 1 : 0).ToList();
            if (!ratios.Any(x => x != 0) || columnDifference == 0) break;
            var maxReduce = widths.Select(_ => Math.Min(excessWidth, columnDifference)).ToList();
            widths = Reduce(excessWidth, ratios, maxReduce, widths);
            totalWidth = widths.Sum();
            excessWidth = totalWidth - maxWidth;
        }
        return widths;
    }

    private static List<int> Reduce(int total, List<int> ratios, List<int> maximums, List<int> values)
    {
        ratios = ratios.Zip(maximums, (ratio, max) => max > 0 ? ratio : 0).ToList();
        int totalRatio = ratios.Sum();
        if (totalRatio <= 0) return values;
        int totalRemaining = total;
        var result = new List<int>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            if (ratios[i] != 0 && totalRatio > 0)
            {
                int distributed = (int)Math.Min(maximums[i], Math.Round((double)(ratios[i] * totalRemaining / totalRatio)));
                result.Add(values[i] - distributed);
                totalRemaining -= distributed;
                totalRatio -= ratios[i];
            }
            else
            {
                result.Add(values[i]);
            }
        }
        return result;
    }

    /// <summary>TableRenderer.Render for this table's shape, writing as it goes.</summary>
    private void Render(RenderOptions options, int maxWidth, Emitter emitter)
    {
        var widths = ColumnWidths(options, maxWidth);
        int tableWidth = widths.Sum() + NonColumnWidth();
        if (tableWidth <= 0 || tableWidth > maxWidth || widths.Any(w => w < 0))
        {
            emitter.Add("…", Style.Plain, null);
            return;
        }
        var columns = _columns.Cast<IColumn>().ToList();
        var row = new RowLines(_columns.Count);
        for (int r = -1; r < _rows.Count; r++)
        {
            bool header = r < 0;
            int height = 1;
            for (int c = 0; c < _columns.Count; c++)
            {
                row.Lines[c] = null;
                row.Simple[c] = null;
                if (!header && _simple![r][c] is >= 0 and int width && width <= widths[c] && widths[c] > 0)
                {
                    row.Simple[c] = _rows[r][c].Value;
                    row.SimpleWidths[c] = width;
                    row.Styles[c] = _rows[r][c].Style;
                    continue;
                }
                var renderable = header ? _columns[c].Header : _rows[r][c].ToRenderable();
                var lines = Segment.SplitLines(renderable.Render(options with { Justification = _columns[c].Alignment }, widths[c]));
                row.Lines[c] = lines;
                height = Math.Max(height, lines.Count);
            }
            if (header) BorderRow(emitter, TablePart.Top, widths, columns);
            for (int line = 0; line < height; line++)
            {
                if (LineWidth(row, header, line, widths) <= maxWidth)
                {
                    Parts(new LineParts(emitter), row, header, line, widths);
                }
                else
                {
                    var parts = new LineParts(null);
                    Parts(parts, row, header, line, widths);
                    foreach (var segment in Segment.Truncate(parts.Segments!, maxWidth)) emitter.Add(segment.Text, segment.Style, segment.Link);
                }
                emitter.LineBreak();
            }
            if (header && _rows.Count > 0) BorderRow(emitter, TablePart.HeaderSeparator, widths, columns);
            if (r == _rows.Count - 1) BorderRow(emitter, TablePart.Bottom, widths, columns);
            emitter.WriteIfFull();
        }
    }

    /// <summary>One row's cells: a single run of text where the cell is simple and fits, else the lines Spectre rendered.</summary>
    private sealed class RowLines(int columns)
    {
        public List<SegmentLine>?[] Lines { get; } = new List<SegmentLine>?[columns];

        public string?[] Simple { get; } = new string?[columns];

        public int[] SimpleWidths { get; } = new int[columns];

        public Style[] Styles { get; } = new Style[columns];

        /// <summary>The cell width of the content of column <paramref name="c"/> on <paramref name="line"/>.</summary>
        public int Length(int c, int line) =>
            Simple[c] is not null ? (line == 0 ? SimpleWidths[c] : 0)
            : line < Lines[c]!.Count ? Segment.CellCount(Lines[c]![line]) : 0;
    }

    private void BorderRow(Emitter emitter, TablePart part, List<int> widths, List<IColumn> columns)
    {
        string row = border.GetColumnRow(part, widths, columns);
        if (string.IsNullOrEmpty(row)) return;
        emitter.Add(row, Style.Plain, null);
        emitter.LineBreak();
    }

    /// <summary>The width of one line of a row: edges, separators, padding, and each cell's width or its content's when wider.</summary>
    private int LineWidth(RowLines row, bool header, int line, List<int> widths)
    {
        int width = header ? _headerBorderWidth ??= BorderWidth(header: true) : _rowBorderWidth ??= BorderWidth(header: false);
        for (int c = 0; c < _columns.Count; c++)
        {
            width += Math.Max(widths[c], row.Length(c, line));
            if (border.UsePadding) width += (_columns[c].Padding?.Left ?? 0) + (_columns[c].Padding?.Right ?? 0);
        }
        return width;
    }

    /// <summary>
    /// A line's edges and separators: measured once for the header and once for the rows (Spectre measures a string with a
    /// new array of its runes, and the borders are box-drawing characters, so measuring them on each of 2,000 rows showed).
    /// </summary>
    private int BorderWidth(bool header) =>
        Part(header ? TableBorderPart.HeaderLeft : TableBorderPart.CellLeft).GetCellWidth()
        + Part(header ? TableBorderPart.HeaderRight : TableBorderPart.CellRight).GetCellWidth()
        + (_columns.Count - 1) * Part(header ? TableBorderPart.HeaderSeparator : TableBorderPart.CellSeparator).GetCellWidth();

    private int? _headerBorderWidth, _rowBorderWidth;

    /// <summary>The segments of one line of a row, in TableRenderer's order: edge, padding, content, fill, padding, separator or edge.</summary>
    private void Parts(LineParts parts, RowLines row, bool header, int line, List<int> widths)
    {
        parts.Add(Part(header ? TableBorderPart.HeaderLeft : TableBorderPart.CellLeft));
        for (int c = 0; c < _columns.Count; c++)
        {
            if (border.UsePadding && (_columns[c].Padding?.Left ?? 0) is > 0 and int left) parts.Spaces(left);
            if (row.Simple[c] is { } text)
            {
                if (line == 0) parts.Add(text, row.Styles[c], null);
            }
            else if (line < row.Lines[c]!.Count)
            {
                foreach (var segment in row.Lines[c]![line]) parts.Add(segment.Text, segment.Style, segment.Link);
            }
            int length = row.Length(c, line);
            if (length < widths[c]) parts.Spaces(widths[c] - length);
            if (border.UsePadding && (_columns[c].Padding?.Right ?? 0) is > 0 and int right) parts.Spaces(right);
            parts.Add(Part(c == _columns.Count - 1
                ? header ? TableBorderPart.HeaderRight : TableBorderPart.CellRight
                : header ? TableBorderPart.HeaderSeparator : TableBorderPart.CellSeparator));
        }
    }

    private string Part(TableBorderPart part) => border.GetPart(part);

    /// <summary>Where a line's segments go: the emitter, or a list when the line must be truncated first.</summary>
    private readonly struct LineParts(Emitter? emitter)
    {
        public List<Segment>? Segments { get; } = emitter is null ? [] : null;

        /// <summary>A part of the border (unstyled).</summary>
        public void Add(string border) => Add(border, Style.Plain, null);

        public void Add(string text, Style style, Link? link)
        {
            if (emitter is not null) emitter.Add(text, style, link);
            else Segments!.Add(new Segment(text, style, link));
        }

        public void Spaces(int count)
        {
            if (emitter is not null) emitter.Spaces(count);
            else Segments!.Add(new Segment(new string(' ', count)));
        }
    }
}
