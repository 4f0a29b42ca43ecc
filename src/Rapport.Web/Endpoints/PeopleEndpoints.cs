using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Prep;
using Rapport.Core.Sharing;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>A tick of an open action on the person page: whose it is (<c>me</c> or <c>them</c>) and its text.</summary>
internal sealed record TickForm
{
    public string? Owner { get; init; }
    public string? Text { get; init; }

    public static async ValueTask<TickForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new TickForm { Owner = form[nameof(Owner)], Text = form[nameof(Text)] } : null;
}

/// <summary>An undo of a tick: the token the confirmation carried (<see cref="ActionTick.ToToken"/>).</summary>
internal sealed record UndoForm
{
    public string? Tick { get; init; }

    public static async ValueTask<UndoForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new UndoForm { Tick = form[nameof(Tick)] } : null;
}

/// <summary>A talking point the owner adds on the person page.</summary>
internal sealed record PointForm : IKeepsInput
{
    public string? Text { get; init; }

    public HtmlContent Again(string action, Antiforgery token) =>
        Html.Form(action, token, $"<label>Talking point <input type=\"text\" name=\"text\" value=\"{Text}\" maxlength=\"{NextMeeting.MaxPointLength}\" required></label> <button>Add</button>");

    public static async ValueTask<PointForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new PointForm { Text = form[nameof(Text)] } : null;
}

/// <summary>Publishing the agenda: <c>do=preview</c> or <c>do=publish</c>, and an <c>item</c> field for each optional item ticked.</summary>
internal sealed record PublishForm
{
    public string? Do { get; init; }

    public static async ValueTask<PublishForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new PublishForm { Do = form[nameof(Do)] } : null;
}

/// <summary>Making, replacing (<c>confirm=1</c> once asked) or ending (<c>revoke=1</c>) the shared link.</summary>
internal sealed record ShareForm
{
    public string? Revoke { get; init; }
    public string? Confirm { get; init; }

    public static async ValueTask<ShareForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new ShareForm { Revoke = form[nameof(Revoke)], Confirm = form[nameof(Confirm)] } : null;
}

/// <summary>
/// A relationship's page and what is changed from it: ticking an action (and undoing the tick),
/// adding a talking point, the shared link, publishing the agenda, and the notes files its Meeting
/// History links to.
/// </summary>
internal static partial class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeople(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/people");
        people.MapGet("/{slug}", PersonPage);
        people.MapPost("/{slug}/done", Tick);
        people.MapPost("/{slug}/undo", Undo);
        people.MapPost("/{slug}/points", AddPoint);
        people.MapPost("/{slug}/share", Share);
        people.MapGet("/{slug}/publish", PublishPage);
        people.MapPost("/{slug}/publish", Publish);
        // Meeting History's "(notes)" links are relative to the document: notes/<slug>/<date>.md, so from /people/<slug> they land here.
        people.MapGet("/notes/{slug}/{name}", NotesFile);
        return people;
    }

    /// <summary>A relationship by its file slug; anything that is not a plain slug is not found.</summary>
    public static LoadedDocument? Find(Vault vault, string slug)
    {
        if (!SlugShape().IsMatch(slug)) return null;
        string path = vault.RelationshipPath(slug);
        return vault.Files.FileExists(path) ? vault.Store.Load(path) : null;
    }

    /// <summary>Runs <paramref name="page"/> over the vault as it is now and the relationship named by <paramref name="slug"/>, or answers 404.</summary>
    public static IResult WithPerson(HttpContext context, string slug, Func<Vault, LoadedDocument, IResult> page)
    {
        var vault = OpenVault(context);
        return Find(vault, slug) is { } person ? page(vault, person) : NotFound();
    }

    /// <summary>The longest undo token put in an address; a longer line is ticked without an undo (a request line is at most 8 KB).</summary>
    public const int MaxUndoToken = 4096;

    /// <summary>The query that carries a tick's undo to the page after it, when it fits.</summary>
    public static string UndoQuery(ActionTick tick) => tick.ToToken() is { Length: <= MaxUndoToken } token ? "&undo=" + token : "";

    private static IResult Tick(string slug, TickForm form, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        var owner = form?.Owner == "me" ? ActionOwner.Me : ActionOwner.Them;
        var (tick, _) = OpenActions.Tick(vault, OpenActions.FileOf(person, owner, form?.Text ?? ""), owner, form?.Text ?? "", Today(context));
        return Results.Redirect($"/people/{person.Slug}?done=ticked{UndoQuery(tick)}#actions");
    });

    private static IResult Undo(string slug, UndoForm form, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        var tick = ActionTick.Parse(form?.Tick ?? "");
        OpenActions.Undo(vault, OpenActions.FileOf(person, tick.Owner, tick.Text, done: true), tick);
        return Results.Redirect($"/people/{person.Slug}?done=undone#actions");
    });

    private static IResult AddPoint(string slug, PointForm form, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        NextMeeting.AddPoint(vault, person.FullPath, form?.Text ?? "", "me", Today(context));
        return Results.Redirect($"/people/{person.Slug}?done=point#agenda");
    });

    private static IResult Share(string slug, ShareForm form, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        if (form?.Revoke == "1")
        {
            ShareLinks.Revoke(vault, person.Slug);
            return Results.Redirect($"/people/{person.Slug}?done=ended#share");
        }
        if (ShareLinks.IsShared(vault, person.Slug) && form?.Confirm != "1")
        {
            // A new link ends the one already sent: asked first.
            return Page("Replace the link?", $"<h1>Replace {person.Document.FirstName ?? person.Slug}'s link?</h1><p>The link you sent before will stop working; you will have to send the new one.</p>" +
                $"{Html.Form($"/people/{person.Slug}/share", Token(context), $"{Html.Hidden("confirm", "1")}<button class=\"primary\">Yes, make a new link</button>", "inline")} <a href=\"/people/{person.Slug}#share\">No, keep the current one</a>");
        }
        string url = $"{SiteUrl(context)}{ShareEndpoints.PathFor(ShareLinks.Create(vault, person.Slug))}";
        return Page("Shared link", $"<h1>Shared agenda link for {person.Document.Person}</h1>" +
            $"<p>Send this link to them. It opens the Next Meeting agenda, their open actions and the last meeting's date, nothing else. It is shown only now; a new link ends this one.</p>" +
            $"<p><input type=\"text\" id=\"share-link\" readonly value=\"{url}\" aria-label=\"Shared link\" autofocus> <button type=\"button\" data-copy=\"share-link\" hidden>Copy the link</button> <span role=\"status\" data-copied=\"share-link\"></span></p>" +
            $"<p class=\"dim\">The address is selected: copy it with the button, or with Ctrl+C (⌘C).</p>" +
            $"<p><a href=\"/people/{person.Slug}\">Back to {person.Document.Person}</a></p>", scripts: [CopyScript.Path]);
    });

    private static IResult PublishPage(string slug, HttpContext context) => WithPerson(context, slug, (vault, person) => Publishing(context, vault, person, null));

    private static IResult Publish(string slug, PublishForm form, HttpContext context) =>
        WithPerson(context, slug, (vault, person) =>
        {
            // The ticked items: one "item" field each, read as sent (the form is read by now).
            var chosen = new Publication(new HashSet<AgendaPart>(), context.Request.Form["item"].OfType<string>().ToHashSet(StringComparer.Ordinal));
            if (form?.Do != "publish") return Publishing(context, vault, person, chosen);
            Publication.Publish(vault, person.FullPath, new AgendaBuilder(vault).Build(person, Today(context)), chosen);
            return Results.Redirect($"/people/{person.Slug}?done=published#guest");
        });

    private static IResult NotesFile(string slug, string name, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        if (!NotesFileShape().IsMatch(name)) return NotFound();
        string path = vault.Resolve(Path.Combine(vault.Config.RelationshipsFolder, NotesProcessor.NotesFolder, person.Slug, name));
        if (!vault.Files.FileExists(path)) return NotFound();
        if (vault.Files.GetLength(path) > 1024 * 1024) return Error($"{vault.Display(path)} is over 1 MB; open it in your editor.", StatusCodes.Status413PayloadTooLarge);
        string text = TextCodec.Decode(vault.Files.ReadAllBytes(path), vault.Display(path)).Text;
        return Page($"Notes: {person.Document.Person} {name}", $"<p><a href=\"/people/{person.Slug}\">Back to {person.Document.Person}</a></p>" +
            $"<h1>Notes of {Path.GetFileNameWithoutExtension(name)} with {person.Document.Person}</h1>{Html.Markdown(text, levelsDown: 1)}");
    });

    /// <summary>The confirmation a page shows after a change, by the <c>done=</c> its redirect carries.</summary>
    private static readonly Dictionary<string, string> Confirmations = new(StringComparer.Ordinal)
    {
        ["ticked"] = "Marked done, in the file.",
        ["undone"] = "Tick undone: the line is back in the file exactly as it was.",
        ["point"] = "Talking point added.",
        ["published"] = "Agenda published: the shared link shows it as below.",
        ["ended"] = "The shared link no longer works.",
        ["applied"] = "Notes applied to the document.",
    };

    /// <summary>
    /// The confirmation for <paramref name="done"/>; after a tick it names the action and offers an
    /// <b>Undo</b> button posting the tick's token to <paramref name="undoAction"/>.
    /// </summary>
    public static HtmlContent Confirmation(IReadOnlyDictionary<string, string> confirmations, string? done, string? undo, string undoAction, Antiforgery token)
    {
        if (done is null || !confirmations.TryGetValue(done, out var text)) return HtmlContent.Empty;
        if (done != "ticked" || undo is null) return Html.Confirmation(text);
        ActionTick tick;
        try
        {
            tick = ActionTick.Parse(undo);
        }
        catch (RapportException)
        {
            return Html.Confirmation(text); // an address edited by hand: no undo to offer
        }
        return Html.Confirmation($"Marked done: {tick.Text}.", Html.Form(undoAction, token, $"{Html.Hidden("tick", undo)}<button>Undo</button>"));
    }

    private static IResult PersonPage(string slug, string? done, string? undo, HttpContext context) => WithPerson(context, slug, (vault, person) =>
    {
        var d = person.Document;
        var today = Today(context);
        var token = Token(context);
        string name = d.Person ?? person.Slug, first = d.FirstName ?? name;
        var next = NextMeeting.Read(d);
        bool shared = ShareLinks.IsShared(vault, person.Slug);
        var actions = new[] { (ActionOwner.Me, "Mine"), (ActionOwner.Them, $"{first}'s") }.Select(side => (HtmlContent)
            $"<h3>{side.Item2}</h3>{Html.ActionList(d.OpenActions(side.Item1).OrderBy(a => a.Due ?? DateOnly.MaxValue).ToList(), $"/people/{person.Slug}/done", token,
                a => a.Text, a => a.Due, a => a.IsOverdue(today), a => Html.Hidden(("owner", side.Item1 == ActionOwner.Me ? "me" : "them"), ("text", a.Text)))}");
        var points = next.Points.Select(p => (HtmlContent)$"<li>{GuestText.Unescape(p.Text)}{(p.By is { } by ? (HtmlContent)$" <span class=\"dim\">({by})</span>" : HtmlContent.Empty)}</li>");
        var threads = d.Threads.Select(t => (HtmlContent)$"<strong>{t.Topic}</strong>{(t.Entries.MaxBy(e => e.Date) is { } last
            ? (HtmlContent)$" <span class=\"dim\">{(last.Date is { } on ? IsoDate.Format(on) : "")}</span><br>{last.Text}" : HtmlContent.Empty)}");
        var goals = Goals.Of(d).Where(g => !g.Done).Select(g => (HtmlContent)$"{g.Written}{(g.Progress.MaxBy(e => e.Date) is { } p
            ? (HtmlContent)$"<br><span class=\"dim\">{(p.Date is { } on ? IsoDate.Format(on) + ": " : "")}{p.Text}</span>" : HtmlContent.Empty)}");
        var feedback = FeedbackQueue.Queued(d).Select(f => (HtmlContent)$"<strong>{f.Kind}</strong>{(f.Skill is { } s ? $" ({s})" : "")}: {f.Text}");
        var charts = Scores.Skills(d).GroupBy(s => s.Skill ?? "score").Select(skill => Charts.Line(skill.Key, skill.ToList())).Prepend(Charts.Line("Mood", Scores.Moods(d)));
        var shareForms = shared
            ? (HtmlContent)$"{Html.Form($"/people/{person.Slug}/share", token, $"<button>Replace the link</button>", "inline")} {Html.Form($"/people/{person.Slug}/share", token, $"{Html.Hidden("revoke", "1")}<button>End the link</button>", "inline")}"
            : Html.Form($"/people/{person.Slug}/share", token, $"<button>Make a link</button>", "inline");
        HtmlContent body = $"""
            {Confirmation(Confirmations, done, undo, $"/people/{person.Slug}/undo", token)}
            <h1>{name}</h1><p>{(d.Role is { } role ? role + " · " : "")}last met {(d.LastMet is { } met ? IsoDate.Format(met) : "never")} · <a href="/prep/{person.Slug}" accesskey="p">Prepare the next 1:1</a> · <a href="/people/{person.Slug}/publish">Publish agenda</a> · <a href="/notes/{person.Slug}" accesskey="n">Process notes</a> · <a href="/review/{person.Slug}">Review</a> · <a href="#guest">What {first} sees</a></p>
            <h2 id="actions">Open actions</h2>{actions}
            <h2 id="agenda">Next meeting</h2>{(next.IntentionText is { Length: > 0 } intention ? (HtmlContent)$"<p><strong>Intention:</strong> {intention}</p>" : HtmlContent.Empty)}
            <ul>{points}</ul>{new PointForm().Again($"/people/{person.Slug}/points", token)}
            <div class="grid">{Card("Threads", threads)}{Card("Goals", goals)}{Card("Feedback to give (private)", feedback)}</div>
            <div class="grid">{charts}</div>
            <h2 id="share">Shared agenda link</h2><p>{(shared ? "A link is active: it shows the next meeting's agenda and their open actions, nothing else." : "No link yet. A link lets them see the agenda, add talking points and tick off their own actions.")}</p>{shareForms}
            <h2 id="guest">What {first} sees</h2><p class="dim">Exactly what the shared link shows {first} now, without its buttons. <a href="/people/{person.Slug}/publish">Publish agenda</a> chooses what goes in it.</p>
            <section class="card guest">{ShareEndpoints.View(SharedAgenda.Of(person, vault.Config.Owner, today), null)}</section>
            <h2>Running document</h2>{Html.Markdown(d.Body, levelsDown: 2)}
            """;
        return Page(name, body);
    });

    /// <summary>
    /// The agenda to publish, step by step: what is always shared listed as such, each optional item
    /// with a box (ticked as the default for this relationship, or as last chosen), and the block the
    /// guest would see. <b>Preview</b> shows the choice; <b>Publish</b> writes it.
    /// </summary>
    private static IResult Publishing(HttpContext context, Vault vault, LoadedDocument person, Publication? chosen)
    {
        var agenda = new AgendaBuilder(vault).Build(person, Today(context));
        var defaults = Publication.Default(agenda.Kind);
        chosen ??= new Publication(new HashSet<AgendaPart>(), agenda.Steps.SelectMany(s => s.Items).Where(defaults.Includes).Select(i => i.Text).ToHashSet(StringComparer.Ordinal));
        string first = agenda.FirstName;
        var steps = agenda.Steps
            .Select(step => (step, optional: step.Items.Where(i => !i.IsPrivate && i.Publishable && !Publication.Always.Contains(i.Part)).ToList()))
            .Where(s => s.optional.Count > 0)
            .Select(s => (HtmlContent)$"<fieldset><legend>{s.step.Number}. {s.step.Title}</legend>{s.optional.Select(item => (HtmlContent)
                $"<p><label><input type=\"checkbox\" name=\"item\" value=\"{item.Text}\"{(chosen.Includes(item) ? (HtmlContent)$" checked" : HtmlContent.Empty)}> {item.Text}</label></p>")}</fieldset>");
        var defaultsNote = defaults.Parts.Count > 0 ? (HtmlContent)$" For a {agenda.Kind?.ToString().ToLowerInvariant() ?? ""}, your wins are ticked to start with." : HtmlContent.Empty;
        HtmlContent form = $"<p>Always shared: the steps and their questions, the talking points, and {first}'s open actions. Tick anything else {first} may see.{defaultsNote}</p>{steps}" +
            $"<p><button name=\"do\" value=\"preview\">Preview</button> <button class=\"primary\" name=\"do\" value=\"publish\">Publish agenda</button></p>";
        return Page($"Publish: {agenda.Person}", $"<h1>Publish the agenda for {agenda.Person}</h1>{Html.Form($"/people/{person.Slug}/publish", Token(context), form)}" +
            $"<h2>{first} will see this agenda</h2><section class=\"card guest\">{Html.Markdown(string.Join('\n', NextMeeting.BlockLines(agenda, chosen)))}</section>" +
            $"<p><a href=\"/people/{person.Slug}\">Back to {agenda.Person}</a></p>");
    }

    private static HtmlContent Card(string title, IEnumerable<HtmlContent> items)
    {
        var list = items.ToList();
        return $"<section class=\"card\"><h3>{title}</h3>{(list.Count == 0 ? (HtmlContent)$"<p class=\"dim\">None.</p>" : $"<ul>{list.Select(i => (HtmlContent)$"<li>{i}</li>")}</ul>")}</section>";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[a-z0-9-]{0,100}\.md$")]
    private static partial Regex NotesFileShape();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex SlugShape();
}
