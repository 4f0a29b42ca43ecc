using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Rapport.Web;

/// <summary>
/// A piece of HTML that is safe to send, written as an interpolated string: the literal parts are
/// the page's own markup, and every hole is HTML-encoded, whatever it holds: text, a number, a date.
/// Only another <see cref="HtmlContent"/> goes in as it is; markup from elsewhere (Markdig's output
/// with raw HTML off) has to be named with <see cref="Raw"/>. So escaping is not a call that each
/// place has to remember: <c>HtmlContent page = $"&lt;h1&gt;{name}&lt;/h1&gt;";</c> cannot forget it,
/// and a plain <see cref="string"/> does not convert to HTML at all. No reflection and no
/// run-time code: it works the same under Native AOT.
/// </summary>
[InterpolatedStringHandler]
internal sealed class HtmlContent
{
    private readonly StringBuilder _html;

    /// <summary>Called by the compiler for <c>$"…"</c> where an <see cref="HtmlContent"/> is wanted.</summary>
    public HtmlContent(int literalLength, int formattedCount) => _html = new StringBuilder(literalLength + formattedCount * 16);

    private HtmlContent(string html) => _html = new StringBuilder(html);

    /// <summary>Nothing.</summary>
    public static HtmlContent Empty => new("");

    /// <summary>Markup made elsewhere and already safe (Markdig's output, the style sheet): said so here, not assumed.</summary>
    public static HtmlContent Raw(string html) => new(html);

    /// <summary>Text, encoded: the same as a hole holding it.</summary>
    public static HtmlContent Text(string? text) => new(HtmlEncoder.Default.Encode(text ?? ""));

    /// <summary>The pieces one after another.</summary>
    public static HtmlContent Join(IEnumerable<HtmlContent> pieces) => new(string.Concat(pieces.Select(p => p.ToString())));

    public void AppendLiteral(string markup) => _html.Append(markup);

    public void AppendFormatted(HtmlContent? html) => _html.Append(html?._html);

    public void AppendFormatted(IEnumerable<HtmlContent> pieces)
    {
        foreach (var piece in pieces) _html.Append(piece._html);
    }

    public void AppendFormatted(string? text) => _html.Append(HtmlEncoder.Default.Encode(text ?? ""));

    /// <summary>Any other value: formatted with the invariant culture (numbers, dates), then encoded.</summary>
    public void AppendFormatted<T>(T value, string? format = null)
    {
        // A list of pieces picks this overload over the IEnumerable one: it is still markup.
        if (value is IEnumerable<HtmlContent> pieces)
        {
            AppendFormatted(pieces);
            return;
        }
        // A sequence of anything else is a mistake (a string concatenated to a piece of HTML makes a
        // string, and a list of those would show as its type name): said at once, never sent.
        if (value is System.Collections.IEnumerable and not string)
            throw new InvalidOperationException($"a hole holds a sequence of {typeof(T)}: make each item an HtmlContent");
        string? text = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString();
        _html.Append(HtmlEncoder.Default.Encode(text ?? ""));
    }

    /// <summary>
    /// One piece after the other. With it, <c>html + "text"</c> does not compile (it would otherwise
    /// silently become a string, and be encoded again where it is used).
    /// </summary>
    public static HtmlContent operator +(HtmlContent left, HtmlContent right) => Join([left, right]);

    public bool IsEmpty => _html.Length == 0;

    public override string ToString() => _html.ToString();
}
