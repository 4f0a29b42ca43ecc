using System.Text;
using Rapport.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Rapport.Cli.Tests;

/// <summary>
/// <see cref="TableWriter"/> against Spectre.Console's <see cref="Table"/> on generated tables: the same bytes at
/// every width, with and without colours and Unicode, for cells of wide (CJK, emoji), combining and bracketed
/// text, markup, styles, line breaks and words longer than their column.
/// </summary>
public sealed class TableWriterTests
{
    private static readonly string[] Words =
    [
        "a", "to", "plan", "renewal", "Sarah", "Chen", "2026-01-14", "3/4", "100%", "->", "→", "—",
        "[P1]", "[x]", "[[", "]]", "[/]", "a:b", ":smile:", "中文", "日本語のテキスト", "한국어", "😀", "✨",
        "e\u0301", "café", "naïve", "Zürich", "ﬁ",
        "supercalifragilisticexpialidocious", "https://example.com/a/very/long/path/that/does/not/break",
        "ワイドな長い単語ワイドな長い単語", "😀😀😀😀😀😀😀😀😀😀😀😀",
    ];

    private static readonly string[] Short = Words.Where(w => w.GetCellWidth() <= 10).ToArray();

    private static readonly Style[] Styles = [Style.Plain, new Style(Color.Red), new Style(Color.Grey, decoration: Decoration.Dim), new Style(Color.Green, Color.Black, Decoration.Bold)];

    private static string Words_(Random random, int most)
    {
        int count = random.Next(0, most + 1);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) text.Append(random.Next(8) == 0 ? "  " : " ");
            text.Append(Words[random.Next(Words.Length)]);
        }
        if (random.Next(12) == 0) text.Append('\n').Append(Words[random.Next(Words.Length)]);
        return text.ToString();
    }

    /// <summary>A cell; in a column that does not wrap, one short word (as in the CLI's tables: dates, counts, names of kinds).</summary>
    private static TableText Cell(Random random, bool noWrap)
    {
        string text = random.Next(6) == 0 ? "" : noWrap ? Short[random.Next(Short.Length)] : Words_(random, random.Next(4) == 0 ? 14 : 4);
        return random.Next(6) switch
        {
            0 => TableText.Styled(text, Styles[random.Next(Styles.Length)]),
            1 => TableText.Markup(Markup.Escape(text)),
            2 => TableText.Markup($"[red]{Markup.Escape(text)}[/] :thumbs_up: [bold]{Markup.Escape(Words_(random, 2))}[/]"),
            _ => TableText.Plain(text),
        };
    }

    private static TableWriter Generate(Random random)
    {
        var table = new TableWriter(TableBorder.Simple);
        // Spectre.Console loops for ever folding a character two cells wide into a column one cell wide: the columns
        // that do not wrap hold short words and leave the others room, as in the CLI's tables.
        int columns = random.Next(1, 6);
        var noWrap = new bool[columns];
        for (int c = 0; c < columns; c++)
        {
            noWrap[c] = random.Next(2) == 0;
            string header = noWrap[c] ? Short[random.Next(Short.Length)] : random.Next(4) == 0 ? $"{Words_(random, 1)}\n{Words_(random, 2)}" : Words_(random, 2);
            var padding = random.Next(3) == 0 ? new Padding(0, 0, 2, 0) : (Padding?)null;
            table.AddColumn(random.Next(5) == 0 ? $"[bold]{Markup.Escape(header)}[/]" : Markup.Escape(header), noWrap: noWrap[c], padding: padding);
        }
        int rows = random.Next(0, 25);
        for (int r = 0; r < rows; r++) table.AddRow(Enumerable.Range(0, columns).Select(c => Cell(random, noWrap[c])).ToArray());
        return table;
    }

    internal static IAnsiConsole Console(StringWriter output, int width, bool colours, bool unicode)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colours ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = unicode;
        return console;
    }

    [Fact]
    public void Should_write_the_bytes_Spectre_Console_writes_for_generated_tables()
    {
        // Given 400 generated tables, each at a random width from 60 to 200 columns, with and without colours
        var random = new Random(19);
        int tables = 0;
        for (int i = 0; i < 400; i++)
        {
            var table = Generate(random);
            int width = random.Next(60, 201);
            bool colours = random.Next(2) == 0, unicode = random.Next(4) != 0;

            // (Spectre.Console loops for ever folding a character two cells wide into a column one cell wide)
            var probe = Console(new StringWriter(), width, colours, unicode);
            if (table.ColumnWidths(RenderOptions.Create(probe, probe.Profile.Capabilities), width).Any(w => w < 2)) continue;
            tables++;

            // When Spectre.Console writes the same table and the writer writes it
            var expected = new StringWriter();
            Console(expected, width, colours, unicode).Write(table.ToSpectre());
            var actual = new StringWriter();
            table.Write(Console(actual, width, colours, unicode), actual);

            // Then the output is the same, character for character
            actual.ToString().ShouldBe(expected.ToString(), $"table {i}: width {width}, colours {colours}, unicode {unicode}");
        }
        tables.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Should_measure_the_width_Spectre_Console_measures()
    {
        var random = new Random(8);
        for (int i = 0; i < 200; i++)
        {
            var table = Generate(random);
            var console = Console(new StringWriter(), 120, colours: false, unicode: true);
            var options = RenderOptions.Create(console, console.Profile.Capabilities);
            table.NaturalWidth(options).ShouldBe(((IRenderable)table.ToSpectre()).Measure(options, int.MaxValue / 2).Max, $"table {i}");
        }
    }

    [Fact]
    public void Should_write_a_red_cell_as_the_markup_it_replaces()
    {
        // Given a cell styled red and the same cell as [red]…[/] markup
        var styled = new TableWriter(TableBorder.Simple).AddColumns("Due", "Action");
        styled.AddRow(TableText.Styled("2026-01-02 (3d late)", new Style(Color.Red)), TableText.Plain("renew [the] contract"));
        var markup = new Table { Border = TableBorder.Simple }.AddColumns("Due", "Action");
        markup.AddRow(new Markup("[red]2026-01-02 (3d late)[/]"), new Text("renew [the] contract"));

        // When both are written on a colour terminal 40 columns wide
        var expected = new StringWriter();
        Console(expected, 40, colours: true, unicode: true).Write(markup);
        var actual = new StringWriter();
        styled.Write(Console(actual, 40, colours: true, unicode: true), actual);

        // Then the bytes are the same, colour codes included
        actual.ToString().ShouldContain("\u001b[");
        actual.ToString().ShouldBe(expected.ToString());
    }

    [Fact]
    public void Should_write_large_tables_in_chunks_with_the_same_bytes()
    {
        // Given a table of 3,000 rows (more than one buffer of output)
        var table = new TableWriter(TableBorder.Simple).AddColumns("Person", "Open");
        for (int r = 0; r < 3000; r++) table.AddRow(TableText.Plain($"person {r} with a name long enough to wrap at sixty columns"), TableText.Styled($"{r}/{r % 7}", new Style(Color.Red)));

        var expected = new StringWriter();
        Console(expected, 60, colours: true, unicode: true).Write(table.ToSpectre());
        var actual = new CountingWriter();
        table.Write(Console(actual, 60, colours: true, unicode: true), actual);

        actual.ToString().ShouldBe(expected.ToString());
        actual.Writes.ShouldBeLessThan(actual.ToString().Length / 16_000 + 2);
    }

    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(StringBuilder? value)
        {
            Writes++;
            base.Write(value?.ToString());
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }
}
