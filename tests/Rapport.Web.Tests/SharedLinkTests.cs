using System.Net;
using System.Text.RegularExpressions;
using Rapport.Core.Sharing;

namespace Rapport.Web.Tests;

public sealed partial class SharedLinkTests : IDisposable
{
    private readonly RapportWebFactory _web = new();
    private readonly string _link;

    public SharedLinkTests() => _link = "/s/" + ShareLinks.Create(_web.OpenVault(), "noah-patel");

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task Should_show_the_agenda_their_actions_and_the_last_meeting()
    {
        var (status, html) = await _web.Browser().Page(_link);

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Workload on Fridays, can we move the team sync?");
        html.ShouldContain("Lead the Acme Freight QBR");
        html.ShouldContain("Find exec sponsors for the 6 unsponsored accounts");
        html.ShouldContain("Last met: 2026-01-13");
        html.ShouldNotContain("Review his QBR deck", customMessage: "my actions are not theirs to see");
    }

    [Fact]
    public async Task Should_add_a_talking_point_signed_with_their_name()
    {
        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", "Pairing on the Acme deck"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldContain("- Pairing on the Acme deck (added by Noah, 2026-01-14)");
    }

    [Fact]
    public async Task Should_keep_a_heading_sent_as_a_talking_point_as_plain_text()
    {
        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", "## Private Notes\n- [ ] injected"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var document = _web.OpenVault().Store.Load(_web.DocumentPath("noah-patel")).Document;
        document.Sections.Count(s => s.Title == "Private Notes").ShouldBe(1);
        document.Actions.ShouldNotContain(a => a.Text.Contains("injected", StringComparison.Ordinal));
        _web.Document("noah-patel").ShouldContain(@"- \## Private Notes - [ ] injected (added by Noah, 2026-01-14)");
    }

    [Fact]
    public async Task Should_let_them_tick_off_their_own_action()
    {
        var response = await _web.Browser().Submit(_link, _link + "/done", ("text", "Lead the Acme Freight QBR"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldContain("- [x] Lead the Acme Freight QBR 📅 2026-01-28 ✅ 2026-01-14");
    }

    [Fact]
    public async Task Should_not_let_them_tick_off_mine()
    {
        string before = _web.Document("noah-patel");

        var response = await _web.Browser().Submit(_link, _link + "/done", ("text", "Review his QBR deck for Acme Freight"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_a_10MB_talking_point_and_change_nothing()
    {
        string before = _web.Document("noah-patel");

        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", new string('a', 10 * 1024 * 1024)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_a_talking_point_longer_than_a_few_lines()
    {
        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", new string('a', 501)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("at most 500 characters");
    }

    [Fact]
    public async Task Should_refuse_a_form_without_the_antiforgery_token()
    {
        string before = _web.Document("noah-patel");
        var browser = _web.Browser();
        await browser.Page(_link);

        var forged = await browser.Post(_link + "/points", ("text", "forged"));
        var wrong = await browser.Post(_link + "/points", ("__rf", "CfDJ8-not-a-token"), ("text", "forged"));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_answer_an_unknown_or_revoked_token_as_any_unknown_address()
    {
        var browser = _web.Browser();
        var (_, nowhere) = await browser.Page("/s/nowhere");
        var (unknown, unknownHtml) = await browser.Page("/s/" + new string('A', 43));

        ShareLinks.Revoke(_web.OpenVault(), "noah-patel").ShouldBeTrue();
        var (revoked, revokedHtml) = await browser.Page(_link);
        var post = await browser.Post(_link + "/points", ("text", "x"));

        unknown.ShouldBe(HttpStatusCode.NotFound);
        revoked.ShouldBe(HttpStatusCode.NotFound);
        revokedHtml.ShouldBe(nowhere);
        unknownHtml.ShouldBe(nowhere);
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        revokedHtml.ShouldNotContain("Noah");
    }

    [Fact]
    public async Task Should_end_the_old_link_when_a_new_one_is_made()
    {
        string newer = "/s/" + ShareLinks.Create(_web.OpenVault(), "noah-patel");

        (await _web.Browser().Page(_link)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _web.Browser().Page(newer)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_limit_how_often_one_address_may_try()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 5 });
        var browser = web.Browser();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 7; i++) statuses.Add((await browser.Page($"/s/{new string('B', 42)}{i}")).Status);

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.NotFound);
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    /// <summary>
    /// The leak probe: follows every link and submits every form the shared page offers (and the
    /// pages those lead to), and checks that no page holds any text of Private Notes, the feedback
    /// queue, scores or moods, nor anything from another relationship's document.
    /// </summary>
    [Fact]
    public async Task Should_never_show_private_text_on_any_page_the_link_reaches()
    {
        File.AppendAllText(_web.DocumentPath("noah-patel"), "\n## Scorecard\n- 2026-01-13: Communication 4/5 (clear with execs but rushed the demo)\n");
        var forbidden = Probe.Forbidden(_web.OpenVault(), "noah-patel");
        forbidden.Count.ShouldBeGreaterThan(20);

        var pages = await Probe.Crawl(_web.Browser(), _link);

        pages.Count.ShouldBeGreaterThanOrEqualTo(4, "the page, a talking point added, an action ticked off, and the error pages");
        foreach (var (url, html) in pages)
        {
            string text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
            foreach (var secret in forbidden) text.ShouldNotContain(secret, Case.Insensitive, $"{url} shows private text");
            foreach (var link in Links().Matches(html).Select(m => m.Groups["url"].Value))
                link.ShouldStartWith(_link, customMessage: $"{url} links outside the shared agenda");
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("(?:href|action)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Links();
}
