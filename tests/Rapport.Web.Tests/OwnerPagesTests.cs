using System.Net;
using System.Text.Json;

namespace Rapport.Web.Tests;

public sealed class OwnerPagesTests : IDisposable
{
    private readonly RapportWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task Should_show_every_relationship_on_the_dashboard()
    {
        var (status, html) = await _web.Browser().Page("/");

        status.ShouldBe(HttpStatusCode.OK);
        foreach (var person in new[] { "Sarah Chen", "Noah Patel", "Priya Raman", "Marco Rossi", "Dana Whitfield" }) html.ShouldContain(person);
        html.ShouldContain("href=\"/people/sarah-chen\"");
        html.ShouldContain("<meta name=\"viewport\"");
    }

    [Fact]
    public async Task Should_show_the_dashboard_as_the_files_are_now()
    {
        var browser = _web.Browser();
        await browser.Page("/");
        File.WriteAllText(_web.Vault.File("Career", "1-on-1s", "alex-kim.md"), "---\nperson: Alex Kim\n---\n\n# 1:1 with Alex Kim\n");

        var (_, html) = await browser.Page("/");

        html.ShouldContain("Alex Kim");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("[click](JaVaScRiPt&#58;alert(1))", "alert(1)")]
    [InlineData("![pixel](data:image/png;base64,AAAA)", "data:image")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript:")]
    [InlineData("[click]( java\tscript:alert(1))", "alert(1)")]
    public async Task Should_show_a_link_that_could_run_code_as_text(string markdown, string url)
    {
        File.AppendAllText(_web.DocumentPath("noah-patel"), $"\n## Links\n\nSee {markdown} here.\n");

        var (_, html) = await _web.Browser().Page("/people/noah-patel");

        html.ShouldNotMatch($"(?i)(href|src)=\"[^\"]*{System.Text.RegularExpressions.Regex.Escape(url)}");
        html.ShouldContain("here.");
    }

    [Fact]
    public void Should_keep_ordinary_links()
    {
        Html.Markdown("[a](https://example.com) [b](notes/x.md) [c](#top) [d](mailto:a@b.c)").ToString().ShouldContain("href=\"https://example.com\"");
        Html.Markdown("[b](notes/x.md)").ToString().ShouldContain("href=\"notes/x.md\"");
        Html.SafeUrl("javascript:alert(1)").ShouldBeFalse();
        Html.SafeUrl("notes/a:b.md").ShouldBeTrue();
    }

    [Fact]
    public async Task Should_ask_before_replacing_a_shared_link()
    {
        var browser = _web.Browser();
        var first = await browser.Submit("/people/noah-patel", "/people/noah-patel/share");
        string firstHtml = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string link = System.Text.RegularExpressions.Regex.Match(firstHtml, "/s/[A-Za-z0-9_-]{43}").Value;

        var asked = await browser.Submit("/people/noah-patel", "/people/noah-patel/share");
        (await browser.Page(link)).Status.ShouldBe(HttpStatusCode.OK, "asking changes nothing");
        var replaced = await browser.Submit("/people/noah-patel", "/people/noah-patel/share", ("confirm", "1"));

        (await asked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Yes, make a new link");
        (await replaced.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("/s/");
        (await browser.Page(link)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_list_the_most_urgent_first_with_the_reason_in_view()
    {
        File.WriteAllText(_web.DocumentPath("zed-quiet"), "---\nperson: Zed Quiet\nfrequency: weekly\n---\n\n## Meeting History\n- 2025-10-01: Last chat\n");
        var status = Core.Tracking.StatusReport.Build(_web.OpenVault().People.All, _web.OpenVault().Config.Cadence, RapportWebFactory.Today);
        var overdue = status.Relationships.Where(r => r.Overdue is not null).ToList();
        overdue.ShouldNotBeEmpty();

        var (_, html) = await _web.Browser().Page("/");

        html.ShouldContain($"<span class=\"reason\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(overdue[0].Overdue!)}</span>");
        int firstRow = html.IndexOf("<tbody>", StringComparison.Ordinal);
        html.IndexOf("class=\"overdue\"", firstRow, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("</tr>", firstRow, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_open_the_notes_a_meeting_history_line_links_to()
    {
        Directory.CreateDirectory(_web.Vault.File("Career", "1-on-1s", "notes", "noah-patel"));
        File.WriteAllText(_web.Vault.File("Career", "1-on-1s", "notes", "noah-patel", "2026-01-13.md"), "- Talked through the zqnotes pilot\n");
        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("- 2026-01-13: Solo renewals debrief, Friday workload",
            "- 2026-01-13: Solo renewals debrief, Friday workload ([notes](notes/noah-patel/2026-01-13.md))", StringComparison.Ordinal));
        var browser = _web.Browser();

        var (_, person) = await browser.Page("/people/noah-patel");
        string href = System.Text.RegularExpressions.Regex.Match(person, "href=\"(?<h>notes/[^\"]+)\"").Groups["h"].Value;
        var (status, notes) = await browser.Page(new Uri(new Uri("http://localhost:5170/people/noah-patel"), href).AbsolutePath);
        var (outside, _) = await browser.Page("/people/notes/noah-patel/..%2F..%2Fsarah-chen.md");

        status.ShouldBe(HttpStatusCode.OK);
        notes.ShouldContain("zqnotes");
        outside.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_not_show_html_comments()
    {
        File.AppendAllText(_web.DocumentPath("noah-patel"), "\n<!-- a note to myself: zqcomment -->\n");

        var (_, html) = await _web.Browser().Page("/people/noah-patel");

        html.ShouldNotContain("zqcomment");
    }

    [Fact]
    public async Task Should_show_a_note_holding_a_script_as_text()
    {
        File.AppendAllText(_web.DocumentPath("noah-patel"), "\n<script>alert('x')</script>\n");

        var (_, html) = await _web.Browser().Page("/people/noah-patel");

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task Should_show_threads_goals_feedback_and_charts_on_a_person_page()
    {
        var (_, html) = await _web.Browser().Page("/people/noah-patel");

        html.ShouldContain("Onboarding &amp; Ramp");
        html.ShouldContain("Short: lead a QBR without shadow support");
        html.ShouldContain("Acme Freight QBR booked for Jan 28");
        html.ShouldContain("the Acme Freight deck told the customer&#x27;s story");
        html.ShouldContain("<svg class=\"chart\"");
        html.ShouldContain("Mood: 2025-12-09 2, 2025-12-16 3, 2026-01-06 4, 2026-01-13 4");
    }

    [Fact]
    public async Task Should_check_off_an_action_and_change_the_file()
    {
        var browser = _web.Browser();

        var response = await browser.Submit("/people/noah-patel", "/people/noah-patel/done", ("owner", "me"), ("text", "Review his QBR deck for Acme Freight"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldContain("- [x] Review his QBR deck for Acme Freight 📅 2026-01-16 ✅ 2026-01-14");
    }

    [Fact]
    public async Task Should_keep_an_edit_made_on_disk_while_the_page_was_open()
    {
        var browser = _web.Browser();
        var (_, page) = await browser.Page("/people/noah-patel");
        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("### Noah's Actions\n", "### Noah's Actions\n- [ ] Added in the editor meanwhile\n", StringComparison.Ordinal));

        var response = await browser.Post("/people/noah-patel/done", ("__rf", RapportWebFactory.FormToken(page)), ("owner", "them"), ("text", "Lead the Acme Freight QBR"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string document = _web.Document("noah-patel");
        document.ShouldContain("- [ ] Added in the editor meanwhile");
        document.ShouldContain("- [x] Lead the Acme Freight QBR 📅 2026-01-28 ✅ 2026-01-14");
    }

    [Fact]
    public async Task Should_report_an_action_done_or_removed_meanwhile_as_a_conflict()
    {
        var browser = _web.Browser();
        var (_, page) = await browser.Page("/people/noah-patel");
        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("- [ ] Lead the Acme Freight QBR", "- [ ] Lead the Acme Freight QBR with Priya", StringComparison.Ordinal));
        string before = _web.Document("noah-patel");

        var response = await browser.Post("/people/noah-patel/done", ("__rf", RapportWebFactory.FormToken(page)), ("owner", "them"), ("text", "Lead the Acme Freight QBR"));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("no longer an open action");
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_add_a_talking_point_from_the_person_page()
    {
        var response = await _web.Browser().Submit("/people/sarah-chen", "/people/sarah-chen/points", ("text", "Conference budget"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("sarah-chen").ShouldContain("- Conference budget (added by me, 2026-01-14)");
    }

    [Fact]
    public async Task Should_prepare_the_next_1on1_in_the_browser()
    {
        var (status, html) = await _web.Browser().Page("/prep/sarah-chen");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Share recent wins");
        html.ShouldContain("Closed Customer X renewal");
    }

    [Fact]
    public async Task Should_show_what_notes_change_then_apply_them()
    {
        var browser = _web.Browser();
        const string notes = "- Sarah will send the promotion packet by Friday\n- I'll book the advisory board room\n";

        var extracted = await browser.Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", notes), ("step", "extract"));
        string html = await extracted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        extracted.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Sarah&#x27;s action: [P1] Send the promotion packet (due 2026-01-16)");
        html.ShouldContain("My action: [P2] Book the advisory board room");
        _web.Document("sarah-chen").ShouldNotContain("promotion packet (by");

        var applied = await browser.Post("/notes/sarah-chen", BrowserExtensions.Fields(html, ("step", "apply")));
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("sarah-chen").ShouldContain("- [ ] Send the promotion packet (by 2026-01-16)");
        File.Exists(_web.Vault.File("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_show_an_unsure_completion_as_possibly_done_and_tick_nothing()
    {
        // Given notes whose completion matches Sarah's open action only nearly
        var browser = _web.Browser();
        const string notes = "- promotion packet reqs sent ✅\n";

        // When they are extracted and applied
        var extracted = await browser.Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", notes), ("step", "extract"));
        string html = await extracted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var applied = await browser.Post("/notes/sarah-chen", BrowserExtensions.Fields(html, ("step", "apply")));

        // Then the preview says "possibly done" and the action stays open
        html.ShouldContain("? Possibly done: Review promotion packet requirements (not ticked; the notes say &quot;promotion packet reqs sent");
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("sarah-chen").ShouldContain("- [ ] Review promotion packet requirements\n");
    }

    [Fact]
    public async Task Should_apply_the_items_as_edited()
    {
        var browser = _web.Browser();
        const string notes = "- Sarah will send the promotion packet by Friday\n- I'll book the advisory board room\n";
        var extracted = await browser.Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", notes), ("step", "extract"));
        string html = await extracted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // The first action becomes mine, reworded and later; the second is dropped; one is added.
        var fields = BrowserExtensions.Fields(html,
            ("a0.owner", "me"), ("a0.text", "Send Sarah the promotion packet"), ("a0.due", "2026-01-30"),
            ("a1.keep", null!), ("a2.keep", "1"), ("a2.owner", "them"), ("a2.text", "## Private Notes"), ("step", "preview"));
        var preview = await browser.Post("/notes/sarah-chen", fields);
        string previewHtml = await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        previewHtml.ShouldContain("My action: [P1] Send Sarah the promotion packet (due 2026-01-30)");
        previewHtml.ShouldNotContain("action: [P2] Book the advisory board room");

        var applied = await browser.Post("/notes/sarah-chen", BrowserExtensions.Fields(previewHtml, ("step", "apply")));

        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string document = _web.Document("sarah-chen");
        document.ShouldContain("- [ ] Send Sarah the promotion packet (by 2026-01-30)");
        document.ShouldContain(@"- [ ] \## Private Notes");
        document.ShouldNotContain("- [ ] Book the advisory board room");
        _web.OpenVault().Store.Load(_web.DocumentPath("sarah-chen")).Document.Sections.Count(s => s.Title == "Private Notes").ShouldBe(0);
    }

    [Fact]
    public async Task Should_offer_the_rows_again_as_edited_when_apply_is_refused()
    {
        // Given extracted notes whose first row is reworded and whose mood is mistyped
        var browser = _web.Browser();
        string before = _web.Document("sarah-chen");
        var extracted = await browser.Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", "- Sarah will send the promotion packet by Friday\n- I'll book the advisory board room\n"), ("step", "extract"));
        string html = await extracted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // When they are applied, refused, corrected on the page that refused them and applied again
        var refused = await browser.Post("/notes/sarah-chen", BrowserExtensions.Fields(html, ("a0.text", "Send Sarah the zqedited packet"), ("a1.keep", null!), ("mood", "7"), ("step", "apply")));
        string refusedHtml = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string unchanged = _web.Document("sarah-chen");
        var applied = await browser.Post("/notes/sarah-chen", BrowserExtensions.Fields(refusedHtml, ("mood", "4"), ("step", "apply")));

        // Then the refusal changed nothing and kept every edit; the second apply writes them
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unchanged.ShouldBe(before);
        refusedHtml.ShouldContain("mood &#x27;7&#x27; is not 1 to 5");
        refusedHtml.ShouldContain("value=\"Send Sarah the zqedited packet\"");
        refusedHtml.ShouldContain("name=\"mood\" value=\"7\"");
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        string document = _web.Document("sarah-chen");
        document.ShouldContain("- [ ] Send Sarah the zqedited packet");
        document.ShouldNotContain("- [ ] Book the advisory board room");
    }

    [Fact]
    public async Task Should_refuse_notes_with_a_bad_date_and_change_nothing()
    {
        string before = _web.Document("sarah-chen");

        var response = await _web.Browser().Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-02-30"), ("notes", "- I'll call Sam"), ("step", "apply"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        _web.Document("sarah-chen").ShouldBe(before);
    }

    [Fact]
    public async Task Should_compile_a_review_packet()
    {
        var (status, html) = await _web.Browser().Page("/review/sarah-chen?period=2025-Q4");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Q4 NRR: 108% (exceeded goal)");
        html.ShouldContain("2025-Q4");
    }

    [Fact]
    public async Task Should_say_what_is_wrong_with_a_bad_period()
    {
        var (status, html) = await _web.Browser().Page("/review/sarah-chen?period=Q9");

        status.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("is not a period");
    }

    [Fact]
    public async Task Should_search_the_vault_and_mark_the_matches()
    {
        var (status, html) = await _web.Browser().Page("/search?q=renewal");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<mark>renewal</mark>");
        html.ShouldContain("href=\"/people/sarah-chen\"");
    }

    [Fact]
    public async Task Should_find_what_was_written_after_the_index_warmed_up()
    {
        var browser = _web.Browser();
        (await browser.Page("/search?q=zeppelin")).Html.ShouldContain("No matches.");

        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("### Workload\n", "### Workload\n- 2026-01-14: The zeppelin account wants a QBR\n", StringComparison.Ordinal));

        // The watcher marks the index stale; the next search syncs it. Events arrive asynchronously.
        string html = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline && !html.Contains("<mark>zeppelin</mark>", StringComparison.Ordinal); await Task.Delay(50, TestContext.Current.CancellationToken))
            html = (await browser.Page("/search?q=zeppelin")).Html;
        html.ShouldContain("<mark>zeppelin</mark>");
    }

    [Fact]
    public async Task Should_answer_search_as_json_from_a_warm_index()
    {
        var (status, json) = await _web.Browser().Page("/api/search?q=renewal&limit=3");

        status.ShouldBe(HttpStatusCode.OK);
        var hits = JsonDocument.Parse(json).RootElement;
        hits.GetArrayLength().ShouldBe(3);
        hits[0].GetProperty("snippet").GetString()!.ShouldContain("renewal", Case.Insensitive);
    }

    [Theory]
    [InlineData("/people/nobody")]
    [InlineData("/people/..%2f..%2fetc%2fpasswd")]
    [InlineData("/people/..%2F..%2Fetc")]
    [InlineData("/prep/Sarah-Chen")]
    [InlineData("/review/nobody")]
    [InlineData("/nowhere")]
    public async Task Should_not_find_what_is_not_a_relationship(string url) => (await _web.Browser().Page(url)).Status.ShouldBe(HttpStatusCode.NotFound);
}
