using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Index;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>Full-text search over the warm index: the page, and the same as JSON at <c>/api/search</c>.</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/search").MapGet("", Search);
        app.MapGroup("/api/search").MapGet("", (HttpContext c, string? q, string? person, string? limit, string? raw) =>
        {
            try
            {
                string? slug = string.IsNullOrWhiteSpace(person) ? null : PersonFilter(OpenVault(c), person);
                return Results.Json(c.RequestServices.GetRequiredService<SearchService>().Search(new SearchQuery(q ?? "", slug, Limit: Limit(limit), Raw: raw == "1"))
                    .Select(ApiSearchHit.From), WebJsonContext.Default.IEnumerableApiSearchHit);
            }
            catch (RapportException ex)
            {
                return Results.Json(new ApiError(ex.Message), WebJsonContext.Default.ApiError, statusCode: StatusOf(ex));
            }
        });
        return app;
    }

    /// <summary>
    /// <c>limit</c> as typed into the address: 20 when absent, 1 to 1,000 (clamped) when a whole number, and otherwise a
    /// bad request that says so, as the rest of the API does, rather than the framework's empty 400.
    /// </summary>
    private static int Limit(string? limit) =>
        string.IsNullOrWhiteSpace(limit) ? 20
        : int.TryParse(limit, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) ? Math.Clamp(n, 1, 1000)
        : long.TryParse(limit, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long big) ? (big < 0 ? 1 : 1000)
        : throw new RapportException(ErrorCode.Usage, $"limit takes a whole number from 1 to 1000, not '{limit}'");

    /// <summary>
    /// The slug a search is narrowed to: a name that cannot be a person's (a path, <c>..</c>) is a bad
    /// request (400) like any other bad search, on the page and in the API alike; an unknown one is 404.
    /// </summary>
    private static string PersonFilter(Vault vault, string person)
    {
        try
        {
            return vault.People.Resolve(person).Slug;
        }
        catch (RapportException ex) when (ex.Code == ErrorCode.UnsafePath)
        {
            throw new RapportException(ErrorCode.Usage, ex.Message, inner: ex);
        }
    }

    /// <summary>A hit's snippet with its matches marked: the index encodes each piece of text and puts the marks between them.</summary>
    private static HtmlContent Snippet(SearchHit hit) => HtmlContent.Raw(hit.SnippetWith("<mark>", "</mark>", text => HtmlContent.Text(text).ToString()));

    private static IResult Search(HttpContext context, string? q, string? person, string? raw)
    {
        var vault = OpenVault(context);
        HtmlContent form = $"<h1>Search</h1><form method=\"get\" role=\"search\"><p><label>Search <input type=\"search\" name=\"q\" value=\"{q}\" placeholder=\"words as you would say them: follow-up, 1:1, INFRA-2231\" autofocus></label> <button>Search</button></p>" +
            $"{(person is { Length: > 0 } ? Html.Hidden("person", person) : HtmlContent.Empty)}" +
            $"<p><label><input type=\"checkbox\" name=\"raw\" value=\"1\"{(raw == "1" ? (HtmlContent)$" checked" : HtmlContent.Empty)}> FTS5 syntax as written (\"a phrase\", prefix*, OR, NOT are understood anyway when used)</label></p></form>";
        if (string.IsNullOrWhiteSpace(q)) return Page("Search", form);
        IReadOnlyList<SearchHit> hits;
        try
        {
            string? slug = string.IsNullOrWhiteSpace(person) ? null : PersonFilter(vault, person);
            hits = context.RequestServices.GetRequiredService<SearchService>().Search(new SearchQuery(q, slug, Raw: raw == "1"));
        }
        catch (RapportException ex) when (ex.Code is ErrorCode.Usage or ErrorCode.UnknownPerson)
        {
            // The box keeps what was typed; the reason is said under it.
            return Page("Search", $"{form}<p class=\"error\" role=\"alert\">{ex.Message}</p>", status: StatusOf(ex));
        }
        var results = hits.Select(h => (HtmlContent)$"<li><p>{(h.Slug is { } s ? (HtmlContent)$"<a href=\"/people/{s}\">{h.Heading}</a>" : HtmlContent.Text(h.Heading))} <span class=\"dim\">{h.Path}:{h.Line}</span><br>{Snippet(h)}</p></li>");
        return Page($"Search: {q}", $"{form}<p role=\"status\">{(hits.Count == 0 ? "No matches." : hits.Count == 1 ? "1 match." : $"{hits.Count} matches.")}</p><ol>{results}</ol>");
    }
}
