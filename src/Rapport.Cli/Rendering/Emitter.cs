using System.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>
/// Writes segments as Spectre.Console's console does: adjacent segments of one style (and link) merged into one
/// run, each run that is not empty written through <see cref="AnsiWriter"/> (its colour codes around it when the
/// console has colours), a line break as <see cref="Environment.NewLine"/>.
/// </summary>
internal sealed class Emitter(StringBuilder buffer, AnsiWriter ansi)
{
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

    public void FlushIfFull(TextWriter output, int chunk)
    {
        if (buffer.Length < chunk) return;
        Flush();
        output.Write(buffer);
        buffer.Clear();
    }
}
