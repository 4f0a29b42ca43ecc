using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Templates;

namespace Rapport.Web;

/// <summary>Where <c>rapport serve</c> listens.</summary>
public sealed record WebOptions(string Host = "127.0.0.1", int Port = 5170);

/// <summary>
/// The local web app over one vault: a dashboard (the status view), a page per relationship and
/// its prepared agenda. It calls the same Core services as the command line; nothing is computed
/// twice. Listens on loopback only.
/// </summary>
public static partial class RapportWebApp
{
    public static WebApplication Build(Vault vault, WebOptions options, TimeProvider time, Action<IWebHostBuilder>? configure = null)
    {
        if (!System.Net.IPAddress.TryParse(options.Host, out var address) || !System.Net.IPAddress.IsLoopback(address))
            throw new RapportException(ErrorCode.Usage, $"rapport serve listens on loopback only (127.0.0.1 or ::1), not '{options.Host}'");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address)}:{options.Port}");
        configure?.Invoke(builder.WebHost);
        builder.Services.AddSingleton(vault);
        var app = builder.Build();

        DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

        app.MapGet("/", () => Results.Content(Dashboard(vault, Today()), "text/html; charset=utf-8"));
        app.MapGet("/people/{slug}", (string slug) => Find(vault, slug) is { } person
            ? Results.Content(Person(person, Today()), "text/html; charset=utf-8")
            : NotFound());
        app.MapGet("/prep/{slug}", (string slug) => Find(vault, slug) is { } person
            ? Results.Content(Prep(vault, person, Today()), "text/html; charset=utf-8")
            : NotFound());
        return app;
    }

    /// <summary>A relationship by its file slug; anything that is not a plain slug is not found.</summary>
    private static LoadedDocument? Find(Vault vault, string slug)
    {
        if (!SlugShape().IsMatch(slug)) return null;
        string path = vault.RelationshipPath(slug);
        if (!vault.Files.FileExists(path)) return null;
        try
        {
            return vault.Store.Load(path);
        }
        catch (RapportException)
        {
            return null;
        }
    }

    private static IResult NotFound() => Results.Content(Html.Page("Not found", "<h1>Not found</h1>"), "text/html; charset=utf-8", statusCode: 404);

    private static string Dashboard(Vault vault, DateOnly today)
    {
        var status = StatusReport.Build(vault.People.All, vault.Config.Cadence, today);
        var body = new StringBuilder("<h1>1:1s</h1>");
        if (status.Relationships.Count == 0)
            return Html.Page("1:1s", "<h1>1:1s</h1><p>No relationships yet: add one with <code>rapport add \"Alex Kim\"</code>.</p>");
        body.Append("<table><thead><tr><th>Person</th><th>Last met</th><th>Next due</th><th>Open me/them</th><th>Overdue</th><th>Follow-through me/them</th></tr></thead><tbody>");
        foreach (var r in status.Relationships)
        {
            body.Append("<tr><td><a href=\"/people/").Append(Html.Text(r.Slug)).Append("\">").Append(Html.Text(r.Person)).Append("</a></td>")
                .Append("<td>").Append(r.LastMet is { } met ? IsoDate.Format(met) : "never").Append("</td>")
                .Append(r.Overdue is null ? "<td>" : $"<td class=\"overdue\" title=\"{Html.Text(r.Overdue)}\">")
                .Append(IsoDate.Format(r.NextDue)).Append("</td>")
                .Append($"<td>{r.OpenMine}/{r.OpenTheirs}</td><td>{r.OverdueMine + r.OverdueTheirs}</td>")
                .Append($"<td>{Percent(r.Mine)} / {Percent(r.Theirs)}</td></tr>");
        }
        body.Append("</tbody></table>");
        return Html.Page("1:1s", body.ToString());
    }

    private static string Person(LoadedDocument person, DateOnly today)
    {
        var d = person.Document;
        string name = d.Person ?? person.Slug;
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Text(name)).Append("</h1><p><a href=\"/prep/").Append(Html.Text(person.Slug)).Append("\">Prepare the next 1:1</a></p>");
        var open = d.Actions.Where(a => !a.Done).OrderBy(a => a.Due ?? DateOnly.MaxValue).ToList();
        if (open.Count > 0)
        {
            body.Append("<h2>Open actions</h2><ul>");
            foreach (var a in open)
            {
                string whose = a.Owner == ActionOwner.Me ? "Me" : d.FirstName ?? name;
                body.Append("<li>").Append(Html.Text($"{whose}: {a.Text}"));
                if (a.Due is { } due) body.Append(a.IsOverdue(today) ? " <span class=\"overdue\">" : " <span class=\"dim\">").Append("due ").Append(IsoDate.Format(due)).Append("</span>");
                body.Append("</li>");
            }
            body.Append("</ul>");
        }
        body.Append("<h2>Running document</h2>").Append(Html.Markdown(WithoutFrontMatter(d)));
        return Html.Page(name, body.ToString());
    }

    private static string Prep(Vault vault, LoadedDocument person, DateOnly today)
    {
        var agenda = new AgendaBuilder(vault).Build(person, today);
        return Html.Page($"Prep: {agenda.Person}", Html.Markdown(AgendaMarkdown.Render(agenda)));
    }

    private static string WithoutFrontMatter(RunningDocument d) =>
        d.FrontMatter is { } front ? d.Source.Text[d.Source.LineEnd(front.EndLine)..] : d.Source.Text;

    private static string Percent(FollowThrough f) => f.Rate is { } rate ? $"{rate:P0}".Replace(" %", "%", StringComparison.Ordinal) : "–";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,199}$")]
    private static partial Regex SlugShape();
}
