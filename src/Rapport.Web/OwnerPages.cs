using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Prep;
using Rapport.Core.Sharing;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Index;
using Rapport.Templates;
using static Rapport.Web.RapportWebApp;

namespace Rapport.Web;

/// <summary>The owner's pages: dashboard, a page per relationship, prep, notes, review and search.</summary>
internal static partial class OwnerPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext c) => Guard(c, vault => Dashboard(vault, Today(c))));
        app.MapGet("/people/{slug}", (HttpContext c, string slug, string? done) => ForPerson(c, slug, (vault, person) => Person(c, vault, person, done)));
        app.MapPost("/people/{slug}/done", (HttpContext c, string slug) => Post(c, slug, (vault, person, form) =>
        {
            var owner = form["owner"] == "me" ? ActionOwner.Me : ActionOwner.Them;
            OpenActions.MarkDone(vault, person.FullPath, owner, form["text"].ToString(), Today(c));
            return Results.Redirect($"/people/{person.Slug}?done=ticked#actions", preserveMethod: false);
        }));
        app.MapPost("/people/{slug}/points", (HttpContext c, string slug) => Post(c, slug, (vault, person, form) =>
        {
            NextMeeting.AddPoint(vault, person.FullPath, form["text"].ToString(), "me", Today(c));
            return Results.Redirect($"/people/{person.Slug}?done=point#agenda");
        }));
        app.MapPost("/people/{slug}/share", (HttpContext c, string slug) => Post(c, slug, (vault, person, form) =>
        {
            if (form["revoke"] == "1")
            {
                ShareLinks.Revoke(vault, person.Slug);
                return Results.Redirect($"/people/{person.Slug}?done=ended#share");
            }
            if (ShareLinks.IsShared(vault, person.Slug) && form["confirm"] != "1")
            {
                // A new link ends the one already sent: asked first.
                return Page("Replace the link?", $"<h1>Replace {Html.Text(person.Document.FirstName ?? person.Slug)}'s link?</h1>" +
                    "<p>The link you sent before will stop working; you will have to send the new one.</p>" +
                    Html.Form($"/people/{person.Slug}/share", Token(c), Html.Hidden("confirm", "1") + "<button class=\"primary\">Yes, make a new link</button>", "inline") +
                    $" <a href=\"/people/{Html.Text(person.Slug)}#share\">No, keep the current one</a>");
            }
            string url = $"{SiteUrl(c)}{SharePages.PathFor(ShareLinks.Create(vault, person.Slug))}";
            return Page("Shared link", $"<h1>Shared agenda link for {Html.Text(person.Document.Person)}</h1>" +
                "<p>Send this link to them. It opens the Next Meeting agenda, their open actions and the last meeting's date, nothing else. It is shown only now; a new link ends this one.</p>" +
                $"<p><input type=\"text\" readonly value=\"{Html.Text(url)}\" aria-label=\"Shared link\" autofocus></p>" +
                "<p class=\"dim\">Select the address and copy it (this page runs no script, so there is no copy button).</p>" +
                $"<p><a href=\"/people/{Html.Text(person.Slug)}\">Back to {Html.Text(person.Document.Person)}</a></p>");
        }));
        app.MapGet("/people/{slug}/publish", (HttpContext c, string slug) => ForPerson(c, slug, (vault, person) => PublishPage(c, vault, person, null)));
        app.MapPost("/people/{slug}/publish", (HttpContext c, string slug) => Post(c, slug, (vault, person, form) =>
        {
            var chosen = new Publication(new HashSet<AgendaPart>(), form["item"].OfType<string>().ToHashSet(StringComparer.Ordinal));
            if (form["do"] != "publish") return PublishPage(c, vault, person, chosen);
            Publication.Publish(vault, person.FullPath, new AgendaBuilder(vault).Build(person, Today(c)), chosen);
            return Results.Redirect($"/people/{person.Slug}?done=published#guest");
        }));
        // Meeting History's "(notes)" links are relative to the document: notes/<slug>/<date>.md, so from /people/<slug> they land here.
        app.MapGet("/people/notes/{slug}/{name}", (HttpContext c, string slug, string name) => ForPerson(c, slug, (vault, person) =>
        {
            if (!NotesFileShape().IsMatch(name)) return NotFound();
            string path = vault.Resolve(Path.Combine(vault.Config.RelationshipsFolder, NotesProcessor.NotesFolder, person.Slug, name));
            if (!vault.Files.FileExists(path)) return NotFound();
            if (vault.Files.GetLength(path) > 1024 * 1024) return Error($"{vault.Display(path)} is over 1 MB; open it in your editor.", StatusCodes.Status413PayloadTooLarge);
            string text = TextCodec.Decode(vault.Files.ReadAllBytes(path), vault.Display(path)).Text;
            return Page($"Notes: {person.Document.Person} {name}", $"<p><a href=\"/people/{Html.Text(person.Slug)}\">Back to {Html.Text(person.Document.Person)}</a></p>" +
                $"<h1>Notes of {Html.Text(Path.GetFileNameWithoutExtension(name))} with {Html.Text(person.Document.Person)}</h1>" + Html.Markdown(text, levelsDown: 1));
        }));
        app.MapGet("/prep/{slug}", (HttpContext c, string slug) => ForPerson(c, slug, (vault, person) =>
        {
            var agenda = new AgendaBuilder(vault).Build(person, Today(c));
            return Page($"Prep: {agenda.Person}", Html.Markdown(AgendaMarkdown.Render(agenda)));
        }));
        app.MapGet("/notes/{slug}", (HttpContext c, string slug) => ForPerson(c, slug, (vault, person) => NotesPage.Show(c, person, "", Today(c), null)));
        app.MapPost("/notes/{slug}", (HttpContext c, string slug) => Post(c, slug, (vault, person, form) => NotesPage.Submit(c, vault, person, form)));
        app.MapGet("/review/{who}", (HttpContext c, string who, string? period) => Guard(c, vault =>
        {
            var span = string.IsNullOrWhiteSpace(period) ? Period.QuarterOf(Today(c)) : Period.Parse(period);
            bool me = who == "me";
            var person = me ? null : Find(vault, who);
            if (!me && person is null) return NotFound();
            var packet = me ? ReviewPacket.ForMe(vault, vault.People.All, span) : ReviewPacket.For(vault, person!, span);
            string form = $"<form method=\"get\"><label>Period <input type=\"text\" name=\"period\" value=\"{Html.Text(span.Name)}\" placeholder=\"2025-Q4, 2025-H2 or 2025\"></label> <button>Show</button></form>";
            return Page($"Review: {packet.Subject}", form + Html.Markdown(packet.ToMarkdown(Today(c))));
        }));
        app.MapGet("/search", (HttpContext c, string? q, string? person, string? raw) => Guard(c, vault => Search(c, vault, q, person, raw == "1")));
        app.MapGet("/api/search", (HttpContext c, string? q, string? person, int? limit, string? raw) =>
        {
            try
            {
                string? slug = string.IsNullOrWhiteSpace(person) ? null : PersonFilter(OpenVault(c), person);
                return Results.Json(c.RequestServices.GetRequiredService<SearchService>().Search(new SearchQuery(q ?? "", slug, Limit: Math.Clamp(limit ?? 20, 1, 1000), Raw: raw == "1"))
                    .Select(ApiSearchHit.From), WebJsonContext.Default.IEnumerableApiSearchHit);
            }
            catch (RapportException ex)
            {
                return Results.Json(new ApiError(ex.Message), WebJsonContext.Default.ApiError, statusCode: StatusOf(ex));
            }
        });
    }

    /// <summary>A relationship by its file slug; anything that is not a plain slug is not found.</summary>
    public static LoadedDocument? Find(Vault vault, string slug)
    {
        if (!SlugShape().IsMatch(slug)) return null;
        string path = vault.RelationshipPath(slug);
        return vault.Files.FileExists(path) ? vault.Store.Load(path) : null;
    }

    /// <summary>Runs a page over the vault as it is now, turning a Rapport error into a page that says what went wrong.</summary>
    private static IResult Guard(HttpContext context, Func<Vault, IResult> page) => Guard(() => page(OpenVault(context)));

    /// <summary>Runs a page that needs no vault of its own (the search API has its open index).</summary>
    private static IResult Guard(Func<IResult> page)
    {
        try
        {
            return page();
        }
        catch (RapportException ex)
        {
            return Error(ex.Message, StatusOf(ex));
        }
    }

    private static IResult ForPerson(HttpContext context, string slug, Func<Vault, LoadedDocument, IResult> page) =>
        Guard(context, vault => Find(vault, slug) is { } person ? page(vault, person) : NotFound());

    private static async Task<IResult> Post(HttpContext context, string slug, Func<Vault, LoadedDocument, IFormCollection, IResult> change)
    {
        var form = await context.Request.ReadFormAsync();
        return ForPerson(context, slug, (vault, person) => change(vault, person, form));
    }

    private static IResult Dashboard(Vault vault, DateOnly today)
    {
        var status = StatusReport.Build(vault.People.All, vault.Config.Cadence, today);
        if (status.Relationships.Count == 0)
            return Page("1:1s", "<h1>1:1s</h1><p>No relationships yet: add one with <code>rapport add \"Alex Kim\"</code>.</p>");
        var body = new StringBuilder("<h1>1:1s</h1>");
        body.Append("<table><thead><tr><th>Person</th><th>Last met</th><th>Next due</th><th>Open me/them</th><th>Overdue</th><th>Follow-through me/them</th></tr></thead><tbody>");
        // Most urgent first: overdue meetings, then overdue actions, then the next due.
        foreach (var r in status.Relationships.OrderBy(r => r.Overdue is null).ThenByDescending(r => r.OverdueMine + r.OverdueTheirs).ThenBy(r => r.NextDue).ThenBy(r => r.Person, StringComparer.Ordinal))
        {
            body.Append("<tr><td><a href=\"/people/").Append(Html.Text(r.Slug)).Append("\">").Append(Html.Text(r.Person)).Append("</a></td>")
                .Append("<td>").Append(r.LastMet is { } met ? IsoDate.Format(met) : "never").Append("</td>")
                .Append(r.Overdue is null ? "<td>" : "<td class=\"overdue\">")
                .Append(IsoDate.Format(r.NextDue)).Append(r.Overdue is { } why ? $"<br><span class=\"reason\">{Html.Text(why)}</span>" : "").Append("</td>")
                .Append($"<td>{r.OpenMine}/{r.OpenTheirs}</td><td>{r.OverdueMine + r.OverdueTheirs}</td>")
                .Append($"<td>{Html.Text(r.Mine.Describe())} / {Html.Text(r.Theirs.Describe())}</td></tr>");
        }
        body.Append("</tbody></table>");
        return Page("1:1s", body.ToString());
    }

    /// <summary>The confirmation a page shows after a change, by the <c>done=</c> its redirect carries.</summary>
    private static readonly Dictionary<string, string> Confirmations = new(StringComparer.Ordinal)
    {
        ["ticked"] = "Marked done, in the file.",
        ["point"] = "Talking point added.",
        ["published"] = "Agenda published: the shared link shows it as below.",
        ["ended"] = "The shared link no longer works.",
        ["applied"] = "Notes applied to the document.",
    };

    private static IResult Person(HttpContext context, Vault vault, LoadedDocument person, string? done)
    {
        var d = person.Document;
        var today = Today(context);
        var token = Token(context);
        string name = d.Person ?? person.Slug, first = d.FirstName ?? name, slug = Html.Text(person.Slug);
        var body = new StringBuilder();
        if (done is not null && Confirmations.TryGetValue(done, out var confirmation)) body.Append("<p class=\"note\" role=\"status\">").Append(Html.Text(confirmation)).Append("</p>");
        body.Append("<h1>").Append(Html.Text(name)).Append("</h1><p>")
            .Append(d.Role is { } role ? Html.Text(role) + " · " : "")
            .Append("last met ").Append(d.LastMet is { } met ? IsoDate.Format(met) : "never")
            .Append($" · <a href=\"/prep/{slug}\" accesskey=\"p\">Prepare the next 1:1</a> · <a href=\"/people/{slug}/publish\">Publish agenda</a> · <a href=\"/notes/{slug}\" accesskey=\"n\">Process notes</a> · <a href=\"/review/{slug}\">Review</a> · <a href=\"#guest\">What {Html.Text(first)} sees</a></p>");

        body.Append("<h2 id=\"actions\">Open actions</h2>");
        foreach (var (owner, whose) in new[] { (ActionOwner.Me, "Mine"), (ActionOwner.Them, $"{first}'s") })
        {
            var open = d.OpenActions(owner).OrderBy(a => a.Due ?? DateOnly.MaxValue).ToList();
            body.Append("<h3>").Append(Html.Text(whose)).Append("</h3>").Append(Html.ActionList(open, $"/people/{person.Slug}/done", token,
                a => a.Text, a => a.Due, a => a.IsOverdue(today), a => Html.Hidden("owner", owner == ActionOwner.Me ? "me" : "them") + Html.Hidden("text", a.Text)));
        }

        var next = NextMeeting.Read(d);
        body.Append("<h2 id=\"agenda\">Next meeting</h2>");
        if (next.IntentionText is { Length: > 0 } intention) body.Append("<p><strong>Intention:</strong> ").Append(Html.Text(intention)).Append("</p>");
        body.Append("<ul>");
        foreach (var p in next.Points) body.Append("<li>").Append(Html.Text(GuestText.Unescape(p.Text))).Append(p.By is { } by ? $" <span class=\"dim\">({Html.Text(by)})</span>" : "").Append("</li>");
        body.Append("</ul>").Append(Html.Form($"/people/{person.Slug}/points", token,
            $"<label>Talking point <input type=\"text\" name=\"text\" maxlength=\"{NextMeeting.MaxPointLength}\" required></label> <button>Add</button>"));

        body.Append("<div class=\"grid\">");
        body.Append(Card("Threads", d.Threads.Select(t => $"<strong>{Html.Text(t.Topic)}</strong>" +
            (t.Entries.MaxBy(e => e.Date) is { } last ? $" <span class=\"dim\">{(last.Date is { } on ? IsoDate.Format(on) : "")}</span><br>{Html.Text(last.Text)}" : ""))));
        body.Append(Card("Goals", Goals.Of(d).Where(g => !g.Done).Select(g => $"{Html.Text(g.Written)}" +
            (g.Progress.MaxBy(e => e.Date) is { } p ? $"<br><span class=\"dim\">{(p.Date is { } on ? IsoDate.Format(on) + ": " : "")}{Html.Text(p.Text)}</span>" : ""))));
        body.Append(Card("Feedback to give (private)", FeedbackQueue.Queued(d).Select(f => $"<strong>{Html.Text(f.Kind)}</strong>{(f.Skill is { } s ? $" ({Html.Text(s)})" : "")}: {Html.Text(f.Text)}")));
        body.Append("</div><div class=\"grid\">");
        body.Append(Charts.Line("Mood", Scores.Moods(d)));
        foreach (var skill in Scores.Skills(d).GroupBy(s => s.Skill ?? "score")) body.Append(Charts.Line(skill.Key, skill.ToList()));
        body.Append("</div>");

        bool shared = ShareLinks.IsShared(vault, person.Slug);
        body.Append("<h2 id=\"share\">Shared agenda link</h2><p>")
            .Append(shared ? "A link is active: it shows the next meeting's agenda and their open actions, nothing else." : "No link yet. A link lets them see the agenda, add talking points and tick off their own actions.")
            .Append("</p>").Append(Html.Form($"/people/{person.Slug}/share", token, $"<button>{(shared ? "Replace the link" : "Make a link")}</button>", "inline"));
        if (shared) body.Append(' ').Append(Html.Form($"/people/{person.Slug}/share", token, Html.Hidden("revoke", "1") + "<button>End the link</button>", "inline"));

        body.Append($"<h2 id=\"guest\">What {Html.Text(first)} sees</h2><p class=\"dim\">Exactly what the shared link shows {Html.Text(first)} now, without its buttons. <a href=\"/people/{slug}/publish\">Publish agenda</a> chooses what goes in it.</p>")
            .Append("<section class=\"card guest\">").Append(SharePages.View(SharedAgenda.Of(person, vault.Config.Owner, today), null)).Append("</section>");

        body.Append("<h2>Running document</h2>").Append(Html.Markdown(d.Body, levelsDown: 2));
        return Page(name, body.ToString());
    }

    /// <summary>
    /// The agenda to publish, step by step: what is always shared listed as such, each optional item
    /// with a box (ticked as the default for this relationship, or as last chosen), and the block the
    /// guest would see. <b>Preview</b> shows the choice; <b>Publish</b> writes it.
    /// </summary>
    private static IResult PublishPage(HttpContext context, Vault vault, LoadedDocument person, Publication? chosen)
    {
        var agenda = new AgendaBuilder(vault).Build(person, Today(context));
        var defaults = Publication.Default(agenda.Kind);
        chosen ??= new Publication(new HashSet<AgendaPart>(), agenda.Steps.SelectMany(s => s.Items).Where(defaults.Includes).Select(i => i.Text).ToHashSet(StringComparer.Ordinal));
        string slug = Html.Text(person.Slug), first = Html.Text(agenda.FirstName);
        var form = new StringBuilder();
        form.Append($"<p>Always shared: the steps and their questions, the talking points, and {first}'s open actions. Tick anything else {first} may see.")
            .Append(defaults.Parts.Count > 0 ? $" For a {Html.Text(agenda.Kind?.ToString().ToLowerInvariant() ?? "")}, your wins are ticked to start with." : "").Append("</p>");
        foreach (var step in agenda.Steps)
        {
            var optional = step.Items.Where(i => !i.IsPrivate && i.Publishable && !Publication.Always.Contains(i.Part)).ToList();
            if (optional.Count == 0) continue;
            form.Append("<fieldset><legend>").Append(Html.Text($"{step.Number}. {step.Title}")).Append("</legend>");
            foreach (var item in optional)
            {
                form.Append("<p><label><input type=\"checkbox\" name=\"item\" value=\"").Append(Html.Text(item.Text)).Append('"')
                    .Append(chosen.Includes(item) ? " checked" : "").Append("> ").Append(Html.Text(item.Text)).Append("</label></p>");
            }
            form.Append("</fieldset>");
        }
        form.Append("<p><button name=\"do\" value=\"preview\">Preview</button> <button class=\"primary\" name=\"do\" value=\"publish\">Publish agenda</button></p>");
        var body = new StringBuilder($"<h1>Publish the agenda for {Html.Text(agenda.Person)}</h1>");
        body.Append(Html.Form($"/people/{person.Slug}/publish", Token(context), form.ToString()));
        body.Append($"<h2>{first} will see this agenda</h2><section class=\"card guest\">")
            .Append(Html.Markdown(string.Join('\n', NextMeeting.BlockLines(agenda, chosen)))).Append("</section>")
            .Append($"<p><a href=\"/people/{slug}\">Back to {Html.Text(agenda.Person)}</a></p>");
        return Page($"Publish: {agenda.Person}", body.ToString());
    }

    private static string Card(string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        return $"<section class=\"card\"><h3>{Html.Text(title)}</h3>" +
            (list.Count == 0 ? "<p class=\"dim\">None.</p>" : "<ul>" + string.Concat(list.Select(i => $"<li>{i}</li>")) + "</ul>") + "</section>";
    }

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

    private static IResult Search(HttpContext context, Vault vault, string? q, string? person, bool raw)
    {
        var body = new StringBuilder("<h1>Search</h1>");
        body.Append("<form method=\"get\" role=\"search\"><p><label>Search <input type=\"search\" name=\"q\" value=\"").Append(Html.Text(q))
            .Append("\" placeholder=\"words as you would say them: follow-up, 1:1, INFRA-2231\" autofocus></label> <button>Search</button></p>")
            .Append(person is { Length: > 0 } ? Html.Hidden("person", person) : "")
            .Append("<p><label><input type=\"checkbox\" name=\"raw\" value=\"1\"").Append(raw ? " checked" : "")
            .Append("> FTS5 syntax as written (\"a phrase\", prefix*, OR, NOT are understood anyway when used)</label></p></form>");
        if (string.IsNullOrWhiteSpace(q)) return Page("Search", body.ToString());
        IReadOnlyList<SearchHit> hits;
        try
        {
            string? slug = string.IsNullOrWhiteSpace(person) ? null : PersonFilter(vault, person);
            hits = context.RequestServices.GetRequiredService<SearchService>().Search(new SearchQuery(q, slug, Raw: raw));
        }
        catch (RapportException ex) when (ex.Code is ErrorCode.Usage or ErrorCode.UnknownPerson)
        {
            // The box keeps what was typed; the reason is said under it.
            body.Append("<p class=\"error\" role=\"alert\">").Append(Html.Text(ex.Message)).Append("</p>");
            return Page("Search", body.ToString(), status: StatusOf(ex));
        }
        body.Append("<p role=\"status\">").Append(hits.Count == 0 ? "No matches." : hits.Count == 1 ? "1 match." : $"{hits.Count} matches.").Append("</p><ol>");
        foreach (var h in hits)
        {
            body.Append("<li><p>").Append(h.Slug is { } s ? $"<a href=\"/people/{Html.Text(s)}\">{Html.Text(h.Heading)}</a>" : Html.Text(h.Heading))
                .Append(" <span class=\"dim\">").Append(Html.Text($"{h.Path}:{h.Line}")).Append("</span><br>").Append(h.SnippetWith("<mark>", "</mark>", Html.Text)).Append("</p></li>");
        }
        return Page($"Search: {q}", body.Append("</ol>").ToString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[a-z0-9-]{0,100}\.md$")]
    private static partial Regex NotesFileShape();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex SlugShape();
}
