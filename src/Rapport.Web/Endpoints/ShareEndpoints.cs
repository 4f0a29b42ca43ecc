using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rapport.Core;
using Rapport.Core.Sharing;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using static Rapport.Web.RapportWebApp;

namespace Rapport.Web;

/// <summary>
/// The pages a shared link opens for the other person: their 1:1's agenda, their open actions and
/// the last meeting's date, built only from <see cref="SharedAgenda"/>. They link nowhere else, and
/// an unknown or ended token gets the same 404 as any unknown address.
/// </summary>
internal static class SharePages
{
    public static string PathFor(string token) => $"/s/{token}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/s/{token}", (HttpContext c, string token) => WithLink(c, token, (vault, person) => Agenda(c, vault, person, token)));
        app.MapPost("/s/{token}/points", (HttpContext c, string token) => Post(c, token, (vault, person, form) =>
            SharedAgenda.AddPoint(vault, person, form["text"].ToString(), Today(c))));
        app.MapPost("/s/{token}/points/edit", (HttpContext c, string token) => Post(c, token, (vault, person, form) =>
            SharedAgenda.EditPoint(vault, person, form["point"].ToString(), form["text"].ToString(), Today(c))));
        app.MapPost("/s/{token}/points/remove", (HttpContext c, string token) => Post(c, token, (vault, person, form) =>
            SharedAgenda.RemovePoint(vault, person, form["point"].ToString())));
        app.MapPost("/s/{token}/done", (HttpContext c, string token) => Post(c, token, (vault, person, form) =>
            SharedAgenda.MarkDone(vault, person, form["text"].ToString(), Today(c))));
    }

    private static IResult WithLink(HttpContext context, string token, Func<Vault, LoadedDocument, IResult> page)
    {
        try
        {
            var vault = OpenVault(context);
            if (ShareLinks.Resolve(vault, token) is not { } slug || OwnerPages.Find(vault, slug) is not { } person) return NotFound(nav: false);
            return page(vault, person);
        }
        catch (RapportException ex)
        {
            // Only what the person did wrong is told; nothing about the vault or its files.
            return ex.Code is ErrorCode.Usage or ErrorCode.Conflict
                ? Error(ex.Message, StatusOf(ex), nav: false)
                : Error("The agenda cannot be shown right now. Please tell the person who shared it.", StatusCodes.Status503ServiceUnavailable, nav: false);
        }
    }

    private static async Task<IResult> Post(HttpContext context, string token, Action<Vault, LoadedDocument, IFormCollection> change)
    {
        var form = await context.Request.ReadFormAsync();
        return WithLink(context, token, (vault, person) =>
        {
            change(vault, person, form);
            return Results.Redirect(PathFor(token));
        });
    }

    private static IResult Agenda(HttpContext context, Vault vault, LoadedDocument person, string token)
    {
        var shared = SharedAgenda.Of(person, vault.Config.Owner, Today(context));
        return Page($"1:1 agenda: {shared.Person}", View(shared, (PathFor(token), Token(context))), nav: false);
    }

    /// <summary>
    /// The guest's page: the agenda, the talking points and their open actions, with the forms to
    /// add a point and tick an action when <paramref name="forms"/> gives the link and token; without
    /// them it is the owner's preview ("What Noah sees"), the same text with headings one level down.
    /// </summary>
    public static string View(SharedAgenda shared, (string Link, Antiforgery Token)? forms)
    {
        int h = forms is null ? 3 : 1;
        string with = shared.Owner is { Length: > 0 } owner ? $"{shared.Person} and {owner}" : shared.Person;
        var body = new StringBuilder();
        body.Append($"<h{h}>Next 1:1: ").Append(Html.Text(with)).Append($"</h{h}>");
        if (shared.When is { } when) body.Append("<p class=\"when\"><strong>").Append(Html.Text(when)).Append("</strong></p>");
        body.Append("<p>Last met: ")
            .Append(shared.LastMet is { } met ? IsoDate.Format(met) : "not yet").Append("</p>");

        body.Append($"<h{h + 1}>Agenda</h{h + 1}>");
        if (shared.AgendaLines.Count > 0) body.Append(Html.Markdown(string.Join('\n', shared.AgendaLines), levelsDown: h + 1));
        else body.Append("<p class=\"dim\">No agenda published yet.</p>");
        if (shared.Intention is { Length: > 0 } intention) body.Append("<p><strong>Intention:</strong> ").Append(Html.Text(intention)).Append("</p>");
        body.Append($"<h{h + 2}>Talking points</h{h + 2}>");
        if (shared.Points.Count == 0) body.Append("<p class=\"dim\">None yet: add what you want to talk about.</p>");
        else
        {
            body.Append("<ul class=\"points\">");
            foreach (var p in shared.Points)
            {
                string text = GuestText.Unescape(p.Text);
                body.Append("<li>").Append(Html.Text(text))
                    .Append(p.By is { } by ? $" <span class=\"dim\">({Html.Text(by == "me" ? shared.Owner ?? "organiser" : by)})</span>" : "");
                // Their own points they may reword or take back; the organiser's they may not.
                if (forms is { } own && p.By == shared.Guest)
                {
                    body.Append("<details><summary>Edit or remove</summary>")
                        .Append(Html.Form($"{own.Link}/points/edit", own.Token, Html.Hidden("point", p.Text) +
                            $"<label>Your point <input type=\"text\" name=\"text\" value=\"{Html.Text(text)}\" maxlength=\"{Core.Prep.NextMeeting.MaxPointLength}\" required></label> <button>Save</button>"))
                        .Append(Html.Form($"{own.Link}/points/remove", own.Token, Html.Hidden("point", p.Text) + $"<button aria-label=\"Remove: {Html.Text(text)}\">Remove</button>"))
                        .Append("</details>");
                }
                body.Append("</li>");
            }
            body.Append("</ul>");
        }
        if (forms is { } add)
        {
            body.Append(Html.Form($"{add.Link}/points", add.Token,
                $"<label>Add a talking point <input type=\"text\" name=\"text\" maxlength=\"{Core.Prep.NextMeeting.MaxPointLength}\" required></label> <button class=\"primary\">Add</button>"));
        }

        body.Append($"<h{h + 1}>Your open actions</h{h + 1}>");
        if (forms is { } tick)
            body.Append(Html.ActionList(shared.TheirActions, $"{tick.Link}/done", tick.Token, a => a.Text, a => a.Due, a => a.IsOverdue, a => Html.Hidden("text", a.Text)));
        else if (shared.TheirActions.Count == 0) body.Append("<p class=\"dim\">None open.</p>");
        else body.Append("<ul>").AppendJoin("", shared.TheirActions.Select(a => $"<li>{Html.Text(a.Text)}{(a.Due is { } due ? $" <span class=\"dim\">due {IsoDate.Format(due)}</span>" : "")}</li>")).Append("</ul>");
        return body.ToString();
    }
}
