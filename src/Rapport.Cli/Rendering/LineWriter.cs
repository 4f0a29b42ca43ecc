using System.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>
/// Lines of styled text written as Spectre.Console writes the same lines as one markup (<c>[red]overdue[/] Sam: …</c>
/// on each line): byte for byte (see <c>LineWriterTests</c>), straight to one buffer written out in large chunks. A line
/// whose parts are single runs of text (<see cref="TableText.SimpleWidth"/>) and that fits the console's width takes
/// the short way; any other line (markup, a line to wrap; to be safe, one with spaces at either end) is rendered by Spectre.Console
/// itself, so the two cannot drift apart. On <c>rapport status</c> of 2,000 relationships the overdue lines, parsed
/// and laid out as one markup, cost twice the table.
/// </summary>
public sealed class LineWriter
{
    private readonly List<TableText[]> _lines = [];

    public int Count => _lines.Count;

    public LineWriter Add(params TableText[] parts)
    {
        _lines.Add(parts);
        return this;
    }

    /// <summary>All the lines as one Spectre.Console markup, each ending in a line break (what this writer reproduces).</summary>
    public string ToMarkup()
    {
        var markup = new StringBuilder();
        foreach (var line in _lines) markup.Append(Markup(line)).Append(Environment.NewLine);
        return markup.ToString();
    }

    /// <summary>Writes the lines to <paramref name="output"/> as <c>console.Markup(ToMarkup())</c> would, at the console's width.</summary>
    public void Write(IAnsiConsole console, TextWriter output)
    {
        int maxWidth = console.Profile.Width;
        var emitter = new Emitter(console, output);
        foreach (var line in _lines)
        {
            if (Fits(line, maxWidth))
            {
                foreach (var part in line) emitter.Add(part.Value, part.Style, null);
                emitter.LineBreak();
                emitter.WriteIfFull();
                continue;
            }
            emitter.WriteOut();
            console.Markup(Markup(line) + Environment.NewLine);
        }
        emitter.WriteOut();
    }

    /// <summary>A line of single runs of text, not empty, without spaces at either end, no wider than the console.</summary>
    private static bool Fits(TableText[] line, int maxWidth)
    {
        int width = 0;
        foreach (var part in line)
        {
            int partWidth = part.IsMarkup ? -1 : part.SimpleWidth();
            if (partWidth < 0) return false;
            width += partWidth;
        }
        string first = line.Length > 0 ? line[0].Value : "", last = line.Length > 0 ? line[^1].Value : "";
        return width > 0 && width <= maxWidth && first.Length > 0 && !char.IsWhiteSpace(first[0]) && last.Length > 0 && !char.IsWhiteSpace(last[^1]);
    }

    private static string Markup(TableText[] line) => string.Concat(line.Select(part =>
        part.IsMarkup ? part.Value
        : part.Style.Equals(Style.Plain) ? Spectre.Console.Markup.Escape(part.Value)
        : $"[{part.Style.ToMarkup()}]{Spectre.Console.Markup.Escape(part.Value)}[/]"));
}
