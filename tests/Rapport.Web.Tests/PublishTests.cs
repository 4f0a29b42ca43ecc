using System.Net;
using Rapport.Core.Prep;
using Rapport.Core.Sharing;

namespace Rapport.Web.Tests;

/// <summary>
/// The published agenda is exactly what the guest may see: by default the steps, their questions,
/// the talking points and the guest's open actions; anything else only when the owner ticks it.
/// </summary>
public sealed class PublishTests : IDisposable
{
    private readonly RapportWebFactory _web = new();
    private readonly string _link;

    public PublishTests() => _link = "/s/" + ShareLinks.Create(_web.OpenVault(), "noah-patel");

    public void Dispose() => _web.Dispose();

    /// <summary>The leak probe of the issue: a marker in every private place, crawled from the link before and after prep --write.</summary>
    [Fact]
    public async Task Should_show_no_marker_from_any_private_place_before_or_after_publishing()
    {
        var markers = Probe.Plant(_web.Vault.Path, "noah-patel", "2026-01-13", "2026-01-14", "sarah-chen");
        var before = await Probe.Crawl(_web.Browser(), _link);

        var vault = _web.OpenVault();
        var noah = vault.People.Resolve("noah");
        var agenda = new AgendaBuilder(vault).Build(noah, RapportWebFactory.Today);
        // Prep itself sees the planted items, so leaving them out of what is published is a rule at work.
        string all = string.Join("\n", agenda.Steps.SelectMany(s => s.Items).Select(i => i.Text));
        foreach (var place in new[] { "thread", "goal", "my action", "my done action", "accomplishment", "backlog linked", "wins log for them", "feedback" })
            all.ShouldContain(markers[place], customMessage: $"prep should see the {place}");
        Publication.Publish(vault, noah.FullPath, agenda, Publication.Default(agenda.Kind)).ShouldBeTrue();
        var after = await Probe.Crawl(_web.Browser(), _link);

        after[0].Html.ShouldContain("Agenda for 2026-01-20");
        foreach (var (url, html) in before.Concat(after))
            foreach (var (place, marker) in markers)
                html.ShouldNotContain(marker, Case.Insensitive, $"{url} shows the marker planted in {place}");
    }

    [Fact]
    public async Task Should_publish_an_optional_item_only_when_the_owner_ticks_it()
    {
        var markers = Probe.Plant(_web.Vault.Path, "noah-patel", "2026-01-13", "2026-01-14", "sarah-chen");
        var browser = _web.Browser();
        var (status, page) = await browser.Page("/people/noah-patel/publish");
        status.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain($"{markers["thread"]}\"> ", customMessage: "the thread item is offered, unticked");
        page.ShouldNotContain(markers["feedback"], customMessage: "feedback to give is never offered");
        page.ShouldNotContain(markers["backlog unlinked"]);
        string thread = System.Text.RegularExpressions.Regex.Match(page, $"value=\"(?<v>[^\"]*{markers["thread"]}[^\"]*)\"").Groups["v"].Value;

        var plain = await browser.Post("/people/noah-patel/publish", ("__rf", RapportWebFactory.FormToken(page)), ("do", "publish"));
        string plainBlock = string.Join("\n", SharedAgenda.Of(_web.OpenVault().People.Resolve("noah"), null, RapportWebFactory.Today).AgendaLines);
        var ticked = await browser.Post("/people/noah-patel/publish", ("__rf", RapportWebFactory.FormToken(page)), ("do", "publish"), ("item", WebUtility.HtmlDecode(thread)));

        plain.Headers.Location!.OriginalString.ShouldBe("/people/noah-patel?done=published#guest");
        plainBlock.ShouldContain("Agenda for 2026-01-20");
        plainBlock.ShouldNotContain(markers["thread"]);
        ticked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _web.Browser().Page(_link)).Html.ShouldContain(markers["thread"]);
    }

    [Fact]
    public async Task Should_show_the_owner_exactly_what_the_guest_sees()
    {
        var vault = _web.OpenVault();
        var noah = vault.People.Resolve("noah");
        Publication.Publish(vault, noah.FullPath, new AgendaBuilder(vault).Build(noah, RapportWebFactory.Today), Publication.Default(noah.Document.Kind));

        var (_, person) = await _web.Browser().Page("/people/noah-patel");
        var (_, guest) = await _web.Browser().Page(_link);

        person.ShouldContain("What Noah sees");
        string view = ShareEndpoints.View(SharedAgenda.Of(_web.OpenVault().People.Resolve("noah"), "Jordan Lee", RapportWebFactory.Today), null).ToString();
        person.ShouldContain(view);
        foreach (var line in SharedAgenda.Of(_web.OpenVault().People.Resolve("noah"), "Jordan Lee", RapportWebFactory.Today).TheirActions)
            guest.ShouldContain(WebUtility.HtmlEncode(line.Text));
    }

    [Fact]
    public async Task Should_not_show_an_agenda_block_written_before_publishing_was_chosen()
    {
        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("## Next Meeting\n",
            "## Next Meeting\n<!-- rapport:agenda 2026-01-20: written by rapport prep -->\n1. **Threads**: Follow up on Workload: zqoldblockleak\n<!-- /rapport:agenda -->\n", StringComparison.Ordinal));

        var (_, guest) = await _web.Browser().Page(_link);

        guest.ShouldNotContain("zqoldblockleak");
        guest.ShouldContain("Workload on Fridays");
    }
}
