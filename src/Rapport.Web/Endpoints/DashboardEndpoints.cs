using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>The dashboard: <c>rapport status</c> for every relationship, the most urgent first, the reason in view.</summary>
internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/");
        dashboard.MapGet("/", Dashboard);
        return dashboard;
    }

    private static IResult Dashboard(HttpContext context)
    {
        var vault = OpenVault(context);
        var status = context.RequestServices.GetRequiredService<SearchService>()
            .Read(index => StatusReport.Build(vault.People.Digests(index), vault.Config.Cadence, Today(context)));
        if (status.Relationships.Count == 0)
            return Page("1:1s", $"<h1>1:1s</h1><p>No relationships yet: add one with <code>rapport add \"Alex Kim\"</code>.</p>");
        // Most urgent first: overdue meetings, then overdue actions, then the next due.
        var rows = status.Relationships
            .OrderBy(r => r.Overdue is null).ThenByDescending(r => r.OverdueMine + r.OverdueTheirs).ThenBy(r => r.NextDue).ThenBy(r => r.Person, StringComparer.Ordinal)
            .Select(r => (HtmlContent)($"<tr><td><a href=\"/people/{r.Slug}\">{r.Person}</a></td><td>{(r.LastMet is { } met ? IsoDate.Format(met) : "never")}</td>" +
                $"<td{(r.Overdue is null ? HtmlContent.Empty : (HtmlContent)$" class=\"overdue\"")}>{IsoDate.Format(r.NextDue)}{(r.Overdue is { } why ? (HtmlContent)$"<br><span class=\"reason\">{why}</span>" : HtmlContent.Empty)}</td>" +
                $"<td>{r.OpenMine}/{r.OpenTheirs}</td><td>{r.OverdueMine + r.OverdueTheirs}</td><td>{r.Mine.Describe()} / {r.Theirs.Describe()}</td></tr>"));
        return Page("1:1s", $"<h1>1:1s</h1><table><thead><tr><th>Person</th><th>Last met</th><th>Next due</th><th>Open me/them</th><th>Overdue</th><th>Follow-through me/them</th></tr></thead><tbody>{rows}</tbody></table>");
    }
}
