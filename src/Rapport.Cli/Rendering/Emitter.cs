using System.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>
/// Writes segments as Spectre.Console's console does: adjacent segments of one style (and link) merged into one
/// run, each run that is not empty written through <see cref="AnsiWriter"/> (its colour codes around it when the
/// console has colours), a line break as <see cref="Environment.NewLine"/>.
/// </summary>
internal sealed class Emitter
{
    /// <summary>How much is buffered before it is written out: one write a chunk, not one a line.</summary>
    private const int ChunkChars = 32 * 1024;

    private readonly StringBuilder buffer = new(ChunkChars + 1024);

    private readonly AnsiWriter ansi;

    private readonly TextWriter output;

    /// <summary>An emitter writing to <paramref name="output"/> with the colours <paramref name="console"/> has.</summary>
    public Emitter(IAnsiConsole console, TextWriter output)
    {
        ansi = new AnsiWriter(new StringWriter(buffer), console.Profile.Capabilities);
        this.output = output;
    }

    private readonly StringBuilder _run = new();

    private Style _style = Style.Plain;

    private Link? _link;

    public void Add(string text, Style style, Link? link)
    {
        if (!style.Equals(_style) || !Equals(link, _link))
        {
            Flush();
            _style = style;
            _link = link;
        }
        _run.Append(text);
    }

    public void Spaces(int count)
    {
        if (!Style.Plain.Equals(_style) || _link is not null)
        {
            Flush();
            _style = Style.Plain;
            _link = null;
        }
        _run.Append(' ', count);
    }

    public void LineBreak()
    {
        Flush();
        _style = Style.Plain;
        _link = null;
        buffer.Append(Environment.NewLine);
    }

    public void Flush()
    {
        if (_run.Length == 0) return;
        if (_link is null && Style.Plain.Equals(_style)) buffer.Append(_run);
        else ansi.Write(_run.ToString(), _style, _link);
        _run.Clear();
    }

    /// <summary>Writes out what is buffered once it holds a chunk.</summary>
    public void WriteIfFull()
    {
        if (buffer.Length >= ChunkChars) WriteOut();
    }

    /// <summary>Writes out everything emitted so far.</summary>
    public void WriteOut()
    {
        Flush();
        output.Write(buffer);
        buffer.Clear();
    }
}
