using System.Text;
using System.Text.Encodings.Web;
using Markdig;

namespace Rapport.Web;

/// <summary>
/// Builds the server-rendered pages. Every piece of text goes through <see cref="Text"/> (HTML
/// encoding); Markdown is rendered with raw HTML disabled, so a note holding <c>&lt;script&gt;</c>
/// shows as text.
/// </summary>
internal static class Html
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().DisableHtml().Build();

    public static string Text(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Markdown(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    public static string Page(string title, string body)
    {
        var page = new StringBuilder();
        page.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Text(title)).Append(" · Rapport</title>")
            .Append("<style>").Append(Style).Append("</style></head><body>")
            .Append("<header><a href=\"/\" accesskey=\"h\">Rapport</a></header><main>")
            .Append(body)
            .Append("</main></body></html>");
        return page.ToString();
    }

    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2327;background:#fafafa}
        header{padding:.6rem 1rem;background:#24425c}header a{color:#fff;font-weight:600;text-decoration:none}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd}
        .overdue{color:#b32d2e;font-weight:600}.dim{color:#646970}
        a{color:#24425c}a:focus{outline:3px solid #f0b849}
        @media (max-width:40rem){th:nth-child(n+5),td:nth-child(n+5){display:none}}
        @media print{header{display:none}}
        """;
}
