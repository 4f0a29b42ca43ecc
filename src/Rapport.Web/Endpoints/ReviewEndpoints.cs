using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rapport.Core.Tracking;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>Which review packet: a relationship's slug or <c>me</c>, and the period as typed (empty: this quarter).</summary>
internal sealed record ReviewQuery : IKeepsInput
{
    /// <summary>The relationship's slug, or <c>me</c> (the route's <c>{who}</c>).</summary>
    public required string Who { get; init; }

    /// <summary>The period as typed, from the query string.</summary>
    public string? Period { get; init; }

    public HtmlContent Again(string action, Antiforgery token) => ReviewEndpoints.PeriodForm(Period);
}

/// <summary>Review packets, every line with its source; nothing is written (the CLI writes the file).</summary>
internal static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReview(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/review");
        review.MapGet("/{who}", Review);
        return review;
    }

    public static HtmlContent PeriodForm(string? period) =>
        $"<form method=\"get\"><label>Period <input type=\"text\" name=\"period\" value=\"{period}\" placeholder=\"2025-Q4, 2025-H2 or 2025\"></label> <button>Show</button></form>";

    private static IResult Review([AsParameters] ReviewQuery query, HttpContext context)
    {
        var vault = OpenVault(context);
        var span = string.IsNullOrWhiteSpace(query.Period) ? Period.QuarterOf(Today(context)) : Period.Parse(query.Period);
        bool me = query.Who == "me";
        var person = me ? null : PeopleEndpoints.Find(vault, query.Who);
        if (!me && person is null) return NotFound();
        var packet = me ? ReviewPacket.ForMe(vault, vault.People.All, span) : ReviewPacket.For(vault, person!, span);
        return Page($"Review: {packet.Subject}", $"{PeriodForm(span.Name)}{Html.Markdown(packet.ToMarkdown(Today(context)))}");
    }
}
