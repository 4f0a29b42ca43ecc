using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rapport.Core.Prep;
using Rapport.Templates;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>The agenda for the next 1:1, as <c>rapport prep</c> renders it, printable.</summary>
internal static class PrepEndpoints
{
    public static RouteGroupBuilder MapPrep(this IEndpointRouteBuilder app)
    {
        var prep = app.MapGroup("/prep");
        prep.MapGet("/{slug}", Prep);
        return prep;
    }

    private static IResult Prep(string slug, HttpContext context) => PeopleEndpoints.WithPerson(context, slug, (vault, person) =>
    {
        var agenda = new AgendaBuilder(vault).Build(person, Today(context));
        return Page($"Prep: {agenda.Person}", Html.Markdown(AgendaMarkdown.Render(agenda)));
    });
}
