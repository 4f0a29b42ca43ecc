using System.Text;
using System.Text.Encodings.Web;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rapport.Core.Text;

namespace Rapport.Web;

/// <summary>
/// Builds the server-rendered pages. Every piece of text goes through <see cref="Text"/> (HTML
/// encoding); Markdown is rendered with raw HTML disabled, so a note holding <c>&lt;script&gt;</c>
/// shows as text.
/// </summary>
internal static partial class Html
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().DisableHtml().Build();

    public static string Text(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>Markdown as HTML, its headings moved <paramref name="levelsDown"/> levels down to nest under the page's own.</summary>
    public static string Markdown(string markdown, int levelsDown = 0)
    {
        // HTML comments are notes to the writer (and rapport's own markers), not content.
        markdown = Comment().Replace(markdown, "");
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.Level = Math.Min(6, heading.Level + levelsDown);
        // A link or image whose address could run code or carry a document (javascript:, data:,
        // vbscript:, anything but the schemes below) is shown as the text it was written as.
        foreach (var link in document.Descendants<LinkInline>().Where(l => !SafeUrl(l.Url)).ToList())
            link.ReplaceBy(new LiteralInline(markdown.Substring(link.Span.Start, link.Span.Length)));
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !SafeUrl(l.Url)).ToList())
            link.ReplaceBy(new LiteralInline(markdown.Substring(link.Span.Start, link.Span.Length)));
        return document.ToHtml(Pipeline);
    }

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>A relative address, a fragment, or an absolute one with a scheme on <see cref="SafeSchemes"/>.</summary>
    public static bool SafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        string trimmed = new([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        int colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        int boundary = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (boundary >= 0 && boundary < colon)) return true;
        return SafeSchemes.Contains(trimmed[..colon].ToLowerInvariant());
    }

    /// <summary>A form posting to <paramref name="action"/>, carrying the antiforgery token.</summary>
    public static string Form(string action, Antiforgery token, string inner, string? css = null) =>
        $"<form method=\"post\" action=\"{Text(action)}\"{(css is null ? "" : $" class=\"{css}\"")}>" +
        $"<input type=\"hidden\" name=\"{Text(token.Field)}\" value=\"{Text(token.Value)}\">{inner}</form>";

    /// <summary>
    /// Open actions, each with a ✓ button posting <paramref name="fields"/> of it (its text, and
    /// whose it is where that is needed) to <paramref name="action"/>, and its due date, red when late.
    /// </summary>
    public static string ActionList<T>(IReadOnlyList<T> actions, string action, Antiforgery token,
        Func<T, string> text, Func<T, DateOnly?> due, Func<T, bool> overdue, Func<T, string> fields)
    {
        if (actions.Count == 0) return "<p class=\"dim\">None open.</p>";
        var list = new StringBuilder("<ul class=\"actions\">");
        foreach (var a in actions)
        {
            list.Append("<li>").Append(Form(action, token, fields(a) + $"<button aria-label=\"Mark done: {Text(text(a))}\" title=\"Mark done\">✓</button>", "inline"))
                .Append("<span>").Append(Text(text(a)));
            if (due(a) is { } day) list.Append(overdue(a) ? " <span class=\"overdue\">" : " <span class=\"dim\">").Append("due ").Append(IsoDate.Format(day)).Append("</span>");
            list.Append("</span></li>");
        }
        return list.Append("</ul>").ToString();
    }

    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{Text(name)}\" value=\"{Text(value)}\">";

    /// <summary>A whole page. <paramref name="nav"/> is false on pages the shared link reaches: they link nowhere else.</summary>
    public static string Page(string title, string body, bool nav = true, bool signOut = false)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"referrer\" content=\"same-origin\">")
            .Append("<title>").Append(Text(title)).Append(" · Rapport</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>");
        if (nav)
        {
            page.Append("<a class=\"skip\" href=\"#main\">Skip to the content</a><header><nav><a href=\"/\" accesskey=\"h\">Rapport</a>")
                .Append("<a href=\"/search\" accesskey=\"s\">Search</a>")
                .Append("<a href=\"/review/me\">My review</a>")
                .Append(signOut ? "<a href=\"/logout\">Sign out</a>" : "").Append("</nav></header>");
        }
        else
        {
            page.Append("<header><span>Rapport · shared agenda</span></header>");
        }
        return page.Append("<main id=\"main\">").Append(body).Append("</main></body></html>").ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Comment();

    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2327;background:#fafafa}
        header{padding:.6rem 1rem;background:#24425c;color:#fff}header a{color:#fff;font-weight:600;text-decoration:none;margin-right:1.2rem}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd}
        .overdue{color:#b32d2e;font-weight:600}.dim{color:#646970}.note{background:#fff8e5;border-left:4px solid #f0b849;padding:.5rem 1rem}
        .error{background:#fcf0f1;border-left:4px solid #b32d2e;padding:.5rem 1rem}
        a{color:#24425c}a:focus-visible,button:focus-visible,textarea:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
        header a:focus-visible{outline-color:#fff}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:1}
        ul.actions{list-style:none;padding-left:0}ul.actions li{display:flex;gap:.5rem;align-items:baseline;padding:.2rem 0}
        form.inline{display:inline}button{font:inherit;padding:.25rem .7rem;border:1px solid #24425c;border-radius:4px;background:#fff;color:#24425c;cursor:pointer}
        button.primary{background:#24425c;color:#fff}
        textarea,input[type=text],input[type=password],input[type=search],input[type=date]{font:inherit;padding:.35rem;border:1px solid #8c8f94;border-radius:4px;box-sizing:border-box;max-width:100%}
        textarea{width:100%;min-height:14rem}input[type=text],input[type=search]{width:28rem}input.short{width:4rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem}
        .card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem}
        svg.chart{width:100%;max-width:28rem;height:auto}svg.chart text{font-size:11px;fill:#646970}
        mark{background:#fff3a3}
        .reason{font-weight:400;font-size:.9em}
        @media (max-width:40rem){table{display:block;overflow-x:auto}input[type=text],input[type=search]{width:100%}main{padding:.6rem}}
        @media print{header,form,nav{display:none}}
        """;
}

/// <summary>The antiforgery token a page's forms carry: the field name and its value.</summary>
internal sealed record Antiforgery(string Field, string Value);
