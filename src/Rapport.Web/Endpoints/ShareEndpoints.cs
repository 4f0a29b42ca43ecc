using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Sharing;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>A talking point the guest adds.</summary>
internal sealed record GuestPointForm : IKeepsInput
{
    public string? Text { get; init; }

    public HtmlContent Again(string action, Antiforgery token) =>
        Html.Form(action, token, $"<label>Add a talking point <input type=\"text\" name=\"text\" value=\"{Text}\" maxlength=\"{NextMeeting.MaxPointLength}\" required></label> <button class=\"primary\">Add</button>");

    public static async ValueTask<GuestPointForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new GuestPointForm { Text = form[nameof(Text)] } : null;
}

/// <summary>The guest rewords one of their points: the point as stored, and the new words.</summary>
internal sealed record GuestEditForm : IKeepsInput
{
    public string? Point { get; init; }

    public string? Text { get; init; }

    public HtmlContent Again(string action, Antiforgery token) =>
        Html.Form(action, token, $"{Html.Hidden("point", Point ?? "")}<label>Your point <input type=\"text\" name=\"text\" value=\"{Text}\" maxlength=\"{NextMeeting.MaxPointLength}\" required></label> <button>Save</button>");

    public static async ValueTask<GuestEditForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new GuestEditForm { Point = form[nameof(Point)], Text = form[nameof(Text)] } : null;
}

/// <summary>The guest takes back one of their points, as stored.</summary>
internal sealed record GuestRemoveForm
{
    public string? Point { get; init; }

    public static async ValueTask<GuestRemoveForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new GuestRemoveForm { Point = form[nameof(Point)] } : null;
}

/// <summary>The guest ticks one of their open actions, by its text.</summary>
internal sealed record GuestTickForm
{
    public string? Text { get; init; }

    public static async ValueTask<GuestTickForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new GuestTickForm { Text = form[nameof(Text)] } : null;
}

/// <summary>
/// The pages a shared link opens for the other person: their 1:1's agenda, their open actions and
/// the last meeting's date, built only from <see cref="SharedAgenda"/>. They link nowhere else, and
/// an unknown or ended token gets the same 404 as any unknown address.
/// </summary>
internal static class ShareEndpoints
{
    public static string PathFor(string token) => $"/s/{token}";

    public static RouteGroupBuilder MapShare(this IEndpointRouteBuilder app)
    {
        var link = app.MapGroup("/s/{token}");
        link.MapGet("", Agenda);
        link.MapPost("/points", AddPoint);
        link.MapPost("/points/edit", EditPoint);
        link.MapPost("/points/remove", RemovePoint);
        link.MapPost("/done", Tick);
        link.MapPost("/undo", Undo);
        return link;
    }

    /// <summary>The confirmation the guest's page shows after each change they make.</summary>
    private static readonly Dictionary<string, string> Confirmations = new(StringComparer.Ordinal)
    {
        ["point"] = "Talking point added.",
        ["edited"] = "Talking point changed.",
        ["removed"] = "Talking point removed.",
        ["ticked"] = "Marked done.",
        ["undone"] = "Tick undone.",
    };

    private static IResult WithLink(HttpContext context, string token, Func<Vault, LoadedDocument, IResult> page)
    {
        var vault = OpenVault(context);
        if (ShareLinks.Resolve(vault, token) is not { } slug || PeopleEndpoints.Find(vault, slug) is not { } person) return NotFound(nav: false);
        return page(vault, person);
    }

    private static IResult Change(HttpContext context, string token, string done, Func<Vault, LoadedDocument, string?> change) =>
        WithLink(context, token, (vault, person) => Results.Redirect($"{PathFor(token)}?done={done}{change(vault, person)}"));

    private static IResult Agenda(string token, string? done, string? undo, HttpContext context) => WithLink(context, token, (vault, person) =>
    {
        var shared = SharedAgenda.Of(person, vault.Config.Owner, Today(context));
        var forms = (PathFor(token), Token(context));
        return Page($"1:1 agenda: {shared.Person}", $"{PeopleEndpoints.Confirmation(Confirmations, done, undo, $"{PathFor(token)}/undo", forms.Item2)}{View(shared, forms)}", nav: false);
    });

    private static IResult AddPoint(string token, GuestPointForm form, HttpContext context) =>
        Change(context, token, "point", (vault, person) => { SharedAgenda.AddPoint(vault, person, form?.Text ?? "", Today(context)); return null; });

    private static IResult EditPoint(string token, GuestEditForm form, HttpContext context) =>
        Change(context, token, "edited", (vault, person) => { SharedAgenda.EditPoint(vault, person, form?.Point ?? "", form?.Text ?? "", Today(context)); return null; });

    private static IResult RemovePoint(string token, GuestRemoveForm form, HttpContext context) =>
        Change(context, token, "removed", (vault, person) => { SharedAgenda.RemovePoint(vault, person, form?.Point ?? ""); return null; });

    private static IResult Tick(string token, GuestTickForm form, HttpContext context) =>
        Change(context, token, "ticked", (vault, person) => PeopleEndpoints.UndoQuery(SharedAgenda.Tick(vault, person, form?.Text ?? "", Today(context))));

    private static IResult Undo(string token, UndoForm form, HttpContext context) =>
        Change(context, token, "undone", (vault, person) => { SharedAgenda.Undo(vault, person, ActionTick.Parse(form?.Tick ?? "")); return null; });

    /// <summary>
    /// The guest's page: the agenda, the talking points and their open actions, with the forms to
    /// add a point and tick an action when <paramref name="forms"/> gives the link and token; without
    /// them it is the owner's preview ("What Noah sees"), the same text with headings one level down.
    /// </summary>
    public static HtmlContent View(SharedAgenda shared, (string Link, Antiforgery Token)? forms)
    {
        int h = forms is null ? 3 : 1;
        string with = shared.Owner is { Length: > 0 } owner ? $"{shared.Person} and {owner}" : shared.Person;
        var points = shared.Points.Select(p =>
        {
            string text = GuestText.Unescape(p.Text);
            // Their own points they may reword or take back; the organiser's they may not.
            var own = forms is { } f && p.By == shared.Guest
                ? (HtmlContent)$"<details><summary>Edit or remove</summary>{new GuestEditForm { Point = p.Text, Text = text }.Again($"{f.Link}/points/edit", f.Token)}{Html.Form($"{f.Link}/points/remove", f.Token, $"{Html.Hidden("point", p.Text)}<button aria-label=\"Remove: {text}\">Remove</button>")}</details>"
                : HtmlContent.Empty;
            return (HtmlContent)$"<li>{text}{(p.By is { } by ? (HtmlContent)$" <span class=\"dim\">({(by == "me" ? shared.Owner ?? "organiser" : by)})</span>" : HtmlContent.Empty)}{own}</li>";
        });
        var actions = forms is { } tick
            ? Html.ActionList(shared.TheirActions, $"{tick.Link}/done", tick.Token, a => a.Text, a => a.Due, a => a.IsOverdue, a => Html.Hidden("text", a.Text))
            : shared.TheirActions.Count == 0
                ? (HtmlContent)$"<p class=\"dim\">None open.</p>"
                : (HtmlContent)$"<ul>{shared.TheirActions.Select(a => (HtmlContent)$"<li>{a.Text}{(a.Due is { } due ? (HtmlContent)$" <span class=\"dim\">due {IsoDate.Format(due)}</span>" : HtmlContent.Empty)}</li>")}</ul>";
        return $"<h{h}>Next 1:1: {with}</h{h}>{(shared.When is { } when ? (HtmlContent)$"<p class=\"when\"><strong>{when}</strong></p>" : HtmlContent.Empty)}" +
            $"<p>Last met: {(shared.LastMet is { } met ? IsoDate.Format(met) : "not yet")}</p>" +
            $"<h{h + 1}>Agenda</h{h + 1}>{(shared.AgendaLines.Count > 0 ? Html.Markdown(string.Join('\n', shared.AgendaLines), levelsDown: h + 1) : (HtmlContent)$"<p class=\"dim\">No agenda published yet.</p>")}" +
            $"{(shared.Intention is { Length: > 0 } intention ? (HtmlContent)$"<p><strong>Intention:</strong> {intention}</p>" : HtmlContent.Empty)}" +
            $"<h{h + 2}>Talking points</h{h + 2}>{(shared.Points.Count == 0 ? (HtmlContent)$"<p class=\"dim\">None yet: add what you want to talk about.</p>" : $"<ul class=\"points\">{points}</ul>")}" +
            $"{(forms is { } add ? new GuestPointForm().Again($"{add.Link}/points", add.Token) : HtmlContent.Empty)}" +
            $"<h{h + 1}>Your open actions</h{h + 1}>{actions}";
    }
}
