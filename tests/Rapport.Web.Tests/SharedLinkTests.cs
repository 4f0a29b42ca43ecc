using System.Net;
using System.Text.RegularExpressions;
using Rapport.Core.Sharing;

namespace Rapport.Web.Tests;

public sealed partial class SharedLinkTests : IDisposable
{
    private readonly RapportWebFactory _web = new();
    private readonly string _link;

    public SharedLinkTests() => _link = "/s/" + ShareLinks.Create(_web.OpenVault(), "noah-patel");

    [Fact]
    public async Task Should_answer_head_as_get()
    {
        // A probe: HEAD answered 404 where GET answered 200, so a link checker or preview saw the guest's link as dead.
        var browser = _web.Browser();
        foreach (string url in new[] { _link, "/people/noah-patel", "/" })
        {
            using var get = await browser.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
            using var head = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

            head.StatusCode.ShouldBe(get.StatusCode, url);
            head.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            // The same page, headers and all; Kestrel sends no body for HEAD (the in-memory test server does not drop it).
            head.Content.Headers.ContentType.ShouldBe(get.Content.Headers.ContentType, url);
        }
        using var missing = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/s/" + new string('A', 43)), TestContext.Current.CancellationToken);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

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
        _web.Document("noah-patel").ShouldContain(@"- \#\# Private Notes - \[ \] injected (added by Noah, 2026-01-14)");
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

    [Fact]
    public async Task Should_keep_sign_in_each_link_and_guessing_in_separate_buckets_per_address()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 3 });
        string first = "/s/" + ShareLinks.Create(web.OpenVault(), "noah-patel");
        string second = "/s/" + ShareLinks.Create(web.OpenVault(), "sarah-chen");
        var browser = web.Browser();

        var sameLink = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++) sameLink.Add((await browser.Page(first)).Status);
        var guesses = new List<HttpStatusCode>();
        for (int i = 0; i < 4; i++) guesses.Add((await browser.Page($"/s/{new string('C', 42)}{i}")).Status);

        sameLink.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        guesses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
        (await browser.Page(second)).Status.ShouldBe(HttpStatusCode.OK, "one link used up does not block another");
        (await browser.Page("/login")).Status.ShouldNotBe(HttpStatusCode.TooManyRequests, "links used up do not block signing in");
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![i](/people/x)")]
    [InlineData("<b>x</b>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Intention: promote me")]
    [InlineData("**Intention**: promote me")]
    [InlineData("see https://evil.example/x and www.evil.example")]
    [InlineData("![[Private Notes]] and [[sarah-chen]]")]
    [InlineData("#private ==marked== ~~gone~~ %%hidden%%")]
    [InlineData("1. numbered")]
    [InlineData("- [ ] a task")]
    [InlineData("https://evil.example/login, then more")]
    [InlineData("status:: fired, (due:: today) x:: y and http://[::1]:80/")]
    public async Task Should_store_a_guest_point_as_plain_text_that_nothing_renders_as_more(string typed)
    {
        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", typed));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var document = _web.OpenVault().Store.Load(_web.DocumentPath("noah-patel")).Document;
        var next = Core.Prep.NextMeeting.Read(document);
        next.Intention.ShouldBeNull();
        var point = next.Points.Last();
        point.By.ShouldBe("Noah");
        // What is shown is what was typed (an address may sit in a code span).
        Core.Sharing.GuestText.Unescape(point.Text).Replace("`", "", StringComparison.Ordinal).ShouldBe(typed);
        // As GitHub-flavoured Markdown with HTML allowed (the most any viewer does), the line is only text.
        string line = document.Source.Line(point.Source.Line);
        string html = Markdig.Markdown.ToHtml(line, Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build());
        html.ShouldNotMatch("<(a|img|b|strong|em|h[1-6]|input|del|mark|ol|script)\\b");
        (html.Split("<li>").Length - 1).ShouldBe(1);
        // Nor a field of the owner's note (Dataview's and Logseq's "key:: value").
        line.ShouldNotContain("::");
        (await _web.Browser().Page(_link)).Html.ShouldContain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(Core.Sharing.GuestText.Unescape(point.Text)));
    }

    [Fact]
    public async Task Should_take_500_characters_however_many_of_them_are_escaped()
    {
        string typed = new('#', 400);

        var response = await _web.Browser().Submit(_link, _link + "/points", ("text", typed));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Core.Sharing.GuestText.Unescape(Core.Prep.NextMeeting.Read(_web.OpenVault().Store.Load(_web.DocumentPath("noah-patel")).Document).Points.Last().Text).ShouldBe(typed);
    }

    [Fact]
    public async Task Should_strip_bidirectional_controls()
    {
        await _web.Browser().Submit(_link, _link + "/points", ("text", "pay \u202Eevil\u202C \u2066x\u2069 \u200Fnow"));

        string document = _web.Document("noah-patel");
        document.ShouldContain("- pay evil x now (added by Noah, 2026-01-14)");
        document.ShouldNotContain("\u202E");
    }

    [Fact]
    public async Task Should_take_at_most_50_open_points_and_64KB_from_the_guest()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 1000, TokenRequestsPerMinute = 1000 });

        var (ascii, refused) = await PostPoints(web, 60, 'a');

        ascii.Take(49).ShouldAllBe(s => s == HttpStatusCode.Redirect);
        ascii.Skip(49).ShouldAllBe(s => s == HttpStatusCode.BadRequest, "Noah already had one point on the agenda");
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("50 of your points");
        Core.Prep.NextMeeting.Read(web.OpenVault().People.Resolve("noah").Document).Points.Count(p => p.By == "Noah").ShouldBe(50);
    }

    [Fact]
    public async Task Should_refuse_guest_text_beyond_64KB()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 1000, TokenRequestsPerMinute = 1000 });

        var (statuses, _) = await PostPoints(web, 50, '€');

        statuses.Count(s => s == HttpStatusCode.Redirect).ShouldBe(43, "each point is about 1.5 KB of UTF-8");
        statuses.Skip(43).ShouldAllBe(s => s == HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_let_the_guest_edit_and_remove_their_own_points_only()
    {
        var browser = _web.Browser();
        await browser.Submit(_link, _link + "/points", ("text", "Pairing on the deck"));
        var (_, page) = await browser.Page(_link);
        page.ShouldContain("Edit or remove");

        var edited = await browser.Post(_link + "/points/edit", ("__rf", RapportWebFactory.FormToken(page)), ("point", "Pairing on the deck"), ("text", "Pairing on the <QBR> deck"));
        string afterEdit = _web.Document("noah-patel");
        var removed = await browser.Post(_link + "/points/remove", ("__rf", RapportWebFactory.FormToken(page)), ("point", "Pairing on the \\<QBR\\> deck"));
        string afterRemove = _web.Document("noah-patel");
        Core.Prep.NextMeeting.AddPoint(_web.OpenVault(), _web.DocumentPath("noah-patel"), "The organiser's point", "me", RapportWebFactory.Today);
        string before = _web.Document("noah-patel");
        var notTheirs = await browser.Post(_link + "/points/remove", ("__rf", RapportWebFactory.FormToken(page)), ("point", "The organiser's point"));

        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterEdit.ShouldContain(@"- Pairing on the \<QBR\> deck (added by Noah, 2026-01-14)");
        afterEdit.ShouldNotContain("- Pairing on the deck");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterRemove.ShouldNotContain("Pairing on the");
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.Conflict, "the organiser's points are not the guest's to remove");
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_limit_one_link_from_every_address_with_a_readable_page()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 1000, TokenRequestsPerMinute = 3 });
        string link = "/s/" + ShareLinks.Create(web.OpenVault(), "noah-patel");

        var statuses = new List<(HttpStatusCode Status, string Html)>();
        for (int i = 0; i < 4; i++) statuses.Add(await web.Browser().Page(link));

        statuses.Take(3).ShouldAllBe(s => s.Status == HttpStatusCode.OK);
        statuses[3].Status.ShouldBe(HttpStatusCode.TooManyRequests);
        statuses[3].Html.ShouldContain("Wait a minute");
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

    /// <summary>Posts <paramref name="count"/> different 500-character points of <paramref name="fill"/> through a new link, then one short one.</summary>
    [Fact]
    public async Task Should_refuse_to_remove_a_guest_point_with_the_owners_notes_under_it()
    {
        var browser = _web.Browser();
        await browser.Submit(_link, _link + "/points", ("text", "Pairing on the deck"));
        const string line = "- Pairing on the deck (added by Noah, 2026-01-14)";
        string path = _web.DocumentPath("noah-patel");
        File.WriteAllText(path, File.ReadAllText(path).Replace(line, line + "\n  - my private aside on the deck", StringComparison.Ordinal));
        string before = _web.Document("noah-patel");
        var (_, page) = await browser.Page(_link);

        var removed = await browser.Post(_link + "/points/remove", ("__rf", RapportWebFactory.FormToken(page)), ("point", "Pairing on the deck"));

        removed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await removed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("notes under it");
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_an_edit_that_brings_guest_text_beyond_64KB()
    {
        using var web = new RapportWebFactory(new WebOptions { GuardedRequestsPerMinute = 1000, TokenRequestsPerMinute = 1000 });
        string link = "/s/" + ShareLinks.Create(web.OpenVault(), "noah-patel");
        var browser = web.Browser();
        string token = RapportWebFactory.FormToken((await browser.Page(link)).Html);
        for (int i = 0; i < 43; i++) await browser.Post(link + "/points", ("__rf", token), ("text", $"{i:D3} " + new string('€', 496)));
        (await browser.Post(link + "/points", ("__rf", token), ("text", "one more"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string before = web.Document("noah-patel");

        var edited = await browser.Post(link + "/points/edit", ("__rf", token), ("point", "one more"), ("text", new string('€', 500)));
        var smaller = await browser.Post(link + "/points/edit", ("__rf", token), ("point", "one more"), ("text", "one less"));

        edited.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await edited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("64 KB");
        smaller.StatusCode.ShouldBe(HttpStatusCode.Redirect, "an edit that stays within the limit goes through");
        web.Document("noah-patel").ShouldBe(before.Replace("- one more (", "- one less (", StringComparison.Ordinal));
    }

    private static async Task<(List<HttpStatusCode> Statuses, HttpResponseMessage OneMore)> PostPoints(RapportWebFactory web, int count, char fill)
    {
        string link = "/s/" + ShareLinks.Create(web.OpenVault(), "noah-patel");
        var browser = web.Browser();
        string token = RapportWebFactory.FormToken((await browser.Page(link)).Html);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < count; i++) statuses.Add((await browser.Post(link + "/points", ("__rf", token), ("text", $"{i:D3} " + new string(fill, 496)))).StatusCode);
        return (statuses, await browser.Post(link + "/points", ("__rf", token), ("text", "one more")));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("(?:href|action)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Links();
}
