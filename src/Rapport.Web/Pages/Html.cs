using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Rapport.Core.Text;

namespace Rapport.Web;

/// <summary>
/// The pieces pages are built of, each an <see cref="HtmlContent"/> (every hole encoded): the page
/// around a body, forms carrying the antiforgery token, lists of actions with their ✓ buttons, and
/// Markdown rendered with raw HTML disabled, so a note holding <c>&lt;script&gt;</c> shows as text.
/// </summary>
internal static partial class Html
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().DisableHtml().Build();

    /// <summary>Markdown as HTML, its headings moved <paramref name="levelsDown"/> levels down to nest under the page's own.</summary>
    public static HtmlContent Markdown(string markdown, int levelsDown = 0)
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
        // Markdig encodes every piece of text itself and, with HTML disabled, passes no markup through.
        return HtmlContent.Raw(document.ToHtml(Pipeline));
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
    public static HtmlContent Form(string action, Antiforgery token, HtmlContent inner, string? css = null) =>
        $"<form method=\"post\" action=\"{action}\"{(css is null ? HtmlContent.Empty : (HtmlContent)$" class=\"{css}\"")}>{Hidden(token.Field, token.Value)}{inner}</form>";

    public static HtmlContent Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">";

    /// <summary>A hidden field for each pair whose value is not null.</summary>
    public static HtmlContent Hidden(params (string Name, string? Value)[] fields) =>
        HtmlContent.Join(fields.Where(f => f.Value is not null).Select(f => Hidden(f.Name, f.Value!)));

    /// <summary>
    /// Open actions, each with a ✓ button posting <paramref name="fields"/> of it (its text, and
    /// whose it is where that is needed) to <paramref name="action"/>, and its due date, red when late.
    /// </summary>
    public static HtmlContent ActionList<T>(IReadOnlyList<T> actions, string action, Antiforgery token,
        Func<T, string> text, Func<T, DateOnly?> due, Func<T, bool> overdue, Func<T, HtmlContent> fields)
    {
        if (actions.Count == 0) return $"<p class=\"dim\">None open.</p>";
        return $"<ul class=\"actions\">{actions.Select(a => (HtmlContent)$"<li>{Form(action, token, $"{fields(a)}<button aria-label=\"Mark done: {text(a)}\" title=\"Mark done\">✓</button>", "inline")}<span>{text(a)}{Due(due(a), overdue(a))}</span></li>")}</ul>";
    }

    private static HtmlContent Due(DateOnly? due, bool overdue) =>
        due is { } day ? $" <span class=\"{(overdue ? "overdue" : "dim")}\">due {IsoDate.Format(day)}</span>" : HtmlContent.Empty;

    /// <summary>The confirmation after a change (<c>role="status"</c>, read out by screen readers), with an optional form such as an undo.</summary>
    public static HtmlContent Confirmation(string text, HtmlContent? then = null) => $"<div class=\"note\" role=\"status\"><p>{text}</p>{then}</div>";

    /// <summary>The colour of the focus outline, and the backgrounds it is drawn on (each at least 3:1 against it, WCAG 2.4.13).</summary>
    public const string FocusColour = "#0b57d0";

    public static readonly IReadOnlyList<string> PageBackgrounds = ["#fafafa", "#ffffff", "#fff8e5", "#fcf0f1"];

    /// <summary>On the header's dark background the outline is white.</summary>
    public const string HeaderFocusColour = "#ffffff", HeaderBackground = "#24425c";

    /// <summary>A whole page. <paramref name="nav"/> is false on pages the shared link reaches: they link nowhere else.</summary>
    public static HtmlContent Page(string title, HtmlContent body, bool nav = true, bool signOut = false, IReadOnlyList<string>? scripts = null)
    {
        var header = nav
            ? (HtmlContent)$"<a class=\"skip\" href=\"#main\">Skip to the content</a><header><nav><a href=\"/\" accesskey=\"h\">Rapport</a><a href=\"/search\" accesskey=\"s\">Search</a><a href=\"/review/me\">My review</a>{(signOut ? (HtmlContent)$"<a href=\"/logout\">Sign out</a>" : HtmlContent.Empty)}</nav></header>"
            : $"<header><span>Rapport · shared agenda</span></header>";
        var scriptTags = (scripts ?? []).Select(s => (HtmlContent)$"<script src=\"{s}\" defer></script>");
        return $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"same-origin\"><title>{title} · Rapport</title><style>{HtmlContent.Raw(Style)}</style>{scriptTags}</head><body>{header}<main id=\"main\">{body}</main></body></html>";
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Comment();

    private const string Style = $$$"""
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2327;background:{{{"#fafafa"}}}}
        header{padding:.6rem 1rem;background:{{{HeaderBackground}}};color:#fff}header a{color:#fff;font-weight:600;text-decoration:none;margin-right:1.2rem}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd}
        .overdue{color:#b32d2e;font-weight:600}.dim{color:#646970}.note{background:#fff8e5;border-left:4px solid #f0b849;padding:.5rem 1rem}
        .note p{margin:.2rem 0}.note form{display:inline}
        .error{background:#fcf0f1;border-left:4px solid #b32d2e;padding:.5rem 1rem}
        a{color:#24425c}a:focus-visible,button:focus-visible,textarea:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid {{{FocusColour}}};outline-offset:2px}
        header a:focus-visible{outline-color:{{{HeaderFocusColour}}}}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:1}
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
        table.rows input[type=text]{width:100%}
        .field{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        @media (max-width:40rem){
          table{display:block;overflow-x:auto}input[type=text],input[type=search]{width:100%}main{padding:.6rem}
          table.rows{display:block;overflow:visible}table.rows thead{display:none}table.rows tbody,table.rows tr,table.rows td{display:block}
          table.rows tr{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.3rem;background:#fff}table.rows td{border:0;padding:.2rem}
          table.rows .field{position:static;width:auto;height:auto;overflow:visible;clip-path:none;display:block;font-size:.9em;color:#646970}
          table.rows select,table.rows input[type=date]{width:100%;box-sizing:border-box}
        }
        @media print{header,form,nav{display:none}}
        """;
}

/// <summary>The antiforgery token a page's forms carry: the field name and its value.</summary>
internal sealed record Antiforgery(string Field, string Value);
