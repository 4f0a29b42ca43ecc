using System.Text;
using Rapport.Cli.Rendering;
using Spectre.Console;

namespace Rapport.Cli.Tests;

/// <summary>
/// <see cref="LineWriter"/> against Spectre.Console writing the same lines as one markup: the same bytes at every
/// width, with and without colours, for short and long lines, wide and combining characters, brackets, emoji codes,
/// runs of spaces and spaces at either end.
/// </summary>
public sealed class LineWriterTests
{
    private static readonly string[] Words =
    [
        "a", "to", "plan", "renewal", "Sarah", "Chen", "2026-01-14", "3/4", "100%", "->", "→", "—", "[P1]", "[x]", "[[", "]]",
        "[/]", "a:b", ":smile:", "中文", "日本語のテキスト", "😀", "✨", "e\u0301", "café", "Zürich",
        "supercalifragilisticexpialidocious", "https://example.com/a/very/long/path/that/does/not/break",
    ];

    private static readonly Style[] Styles = [Style.Plain, new Style(Color.Red), new Style(Color.Grey, decoration: Decoration.Dim)];

    private static string Text(Random random, int most)
    {
        var text = new StringBuilder();
        if (random.Next(10) == 0) text.Append(' ');
        int count = random.Next(0, most + 1);
        for (int i = 0; i < count; i++)
        {
            if (i > 0) text.Append(random.Next(8) == 0 ? "  " : " ");
            text.Append(Words[random.Next(Words.Length)]);
        }
        if (random.Next(10) == 0) text.Append(' ');
        return text.ToString();
    }

    private static LineWriter Generate(Random random)
    {
        var lines = new LineWriter();
        int count = random.Next(0, 30);
        for (int i = 0; i < count; i++)
        {
            var parts = new TableText[random.Next(1, 4)];
            for (int p = 0; p < parts.Length; p++)
            {
                string text = Text(random, random.Next(4) == 0 ? 30 : 5);
                parts[p] = random.Next(5) switch
                {
                    0 => TableText.Styled(text, Styles[random.Next(Styles.Length)]),
                    1 => TableText.Markup($"[red]{Markup.Escape(text)}[/]"),
                    _ => TableText.Plain(text),
                };
            }
            lines.Add(parts);
        }
        return lines;
    }

    private static IAnsiConsole Console(StringWriter output, int width, bool colours) =>
        TableWriterTests.Console(output, width, colours, unicode: true);

    [Fact]
    public void Should_write_the_bytes_Spectre_Console_writes_for_generated_lines()
    {
        // Given 400 generated sets of lines, each at a random width from 40 to 200 columns, with and without colours
        var random = new Random(23);
        for (int i = 0; i < 400; i++)
        {
            var lines = Generate(random);
            int width = random.Next(40, 201);
            bool colours = random.Next(2) == 0;

            // When Spectre.Console writes them as one markup and the writer writes them
            var expected = new StringWriter();
            string markup = lines.ToMarkup();
            if (markup.Length > 0) Console(expected, width, colours).Markup(markup);
            var actual = new StringWriter();
            lines.Write(Console(actual, width, colours), actual);

            // Then the output is the same, character for character
            actual.ToString().ShouldBe(expected.ToString(), $"lines {i}: width {width}, colours {colours}");
        }
    }

    [Fact]
    public void Should_write_the_status_overdue_lines_in_red_as_their_markup()
    {
        // Given an overdue line as rapport status writes it
        var lines = new LineWriter().Add(TableText.Styled("overdue", new Style(Color.Red)), TableText.Plain(" Sam [Lee]: 1:1 due 2026-01-02"));

        // When it is written on a colour terminal and as markup
        var expected = new StringWriter();
        Console(expected, 80, colours: true).Markup("[red]overdue[/] Sam [[Lee]]: 1:1 due 2026-01-02" + Environment.NewLine);
        var actual = new StringWriter();
        lines.Write(Console(actual, 80, colours: true), actual);

        // Then the bytes are the same, colour codes included
        actual.ToString().ShouldContain("\u001b[");
        actual.ToString().ShouldBe(expected.ToString());
    }
}
