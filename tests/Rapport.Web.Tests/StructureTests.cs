using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>
/// Issue 15's remainders: HTML escaped by default, undo for a tick, error pages that keep what was
/// typed, the copy button's script, labelled notes fields, and Kestrel's own error responses.
/// </summary>
public sealed partial class StructureTests : IDisposable
{
    private readonly RapportWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public void Should_encode_every_hole_and_pass_only_html_content_as_it_is()
    {
        string text = "<script>alert('x')</script> & \"q\"";
        HtmlContent inner = $"<b>{text}</b>";

        HtmlContent page = $"<p title=\"{text}\">{inner}{new[] { inner, inner }}{42}</p>";

        page.ToString().ShouldNotContain("<script>");
        page.ToString().ShouldContain("<b>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot;</b>");
        page.ToString().ShouldContain("title=\"&lt;script&gt;");
        page.ToString().ShouldEndWith("42</p>");
        HtmlContent.Raw("<i>trusted</i>").ToString().ShouldBe("<i>trusted</i>");
    }

    [Fact]
    public void Should_refuse_a_hole_holding_a_sequence_of_strings()
    {
        string[] pieces = ["<b>", "</b>"];

        Should.Throw<InvalidOperationException>(() => { HtmlContent _ = $"<p>{pieces}</p>"; });
    }

    [Fact]
    public async Task Should_undo_a_tick_byte_for_byte_from_the_confirmation()
    {
        string before = _web.Document("noah-patel");
        string backlog = File.ReadAllText(_web.Vault.File("BACKLOG.md"));
        var browser = _web.Browser();

        var ticked = await browser.Submit("/people/noah-patel", "/people/noah-patel/done", ("owner", "me"), ("text", "Review his QBR deck for Acme Freight"));
        _web.Document("noah-patel").ShouldNotBe(before);
        var (_, confirmation) = await browser.Page(ticked.Headers.Location!.OriginalString);
        confirmation.ShouldContain("Marked done: Review his QBR deck for Acme Freight.");
        string undo = UndoField().Match(confirmation).Groups["tick"].Value;
        undo.ShouldNotBeEmpty();

        var undone = await browser.Post("/people/noah-patel/undo", ("__rf", RapportWebFactory.FormToken(confirmation)), ("tick", WebUtility.HtmlDecode(undo)));

        undone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldBe(before);
        File.ReadAllText(_web.Vault.File("BACKLOG.md")).ShouldBe(backlog);
        (await browser.Page(undone.Headers.Location!.OriginalString)).Html.ShouldContain("Tick undone");
    }

    [Fact]
    public async Task Should_refuse_an_undo_after_the_line_changed_and_lead_back()
    {
        var browser = _web.Browser();
        var ticked = await browser.Submit("/people/noah-patel", "/people/noah-patel/done", ("owner", "them"), ("text", "Lead the Acme Freight QBR"));
        var (_, confirmation) = await browser.Page(ticked.Headers.Location!.OriginalString);
        File.WriteAllText(_web.DocumentPath("noah-patel"), _web.Document("noah-patel").Replace("Lead the Acme Freight QBR", "Lead the Acme Freight QBR with Priya", StringComparison.Ordinal));
        string changed = _web.Document("noah-patel");

        var undone = await browser.Post("/people/noah-patel/undo", ("__rf", RapportWebFactory.FormToken(confirmation)), ("tick", WebUtility.HtmlDecode(UndoField().Match(confirmation).Groups["tick"].Value)));

        undone.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        string html = await undone.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("not undone");
        html.ShouldContain("href=\"/people/noah-patel\"");
        _web.Document("noah-patel").ShouldBe(changed);
    }

    [Fact]
    public async Task Should_let_the_guest_undo_their_own_tick()
    {
        string link = "/s/" + Core.Sharing.ShareLinks.Create(_web.OpenVault(), "noah-patel");
        string before = _web.Document("noah-patel");
        var browser = _web.Browser();

        var ticked = await browser.Submit(link, link + "/done", ("text", "Lead the Acme Freight QBR"));
        var (_, page) = await browser.Page(ticked.Headers.Location!.OriginalString);
        var undone = await browser.Post(link + "/undo", ("__rf", RapportWebFactory.FormToken(page)), ("tick", WebUtility.HtmlDecode(UndoField().Match(page).Groups["tick"].Value)));

        page.ShouldContain("Marked done: Lead the Acme Freight QBR.");
        undone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_keep_what_was_typed_on_the_error_page()
    {
        var browser = _web.Browser();
        string typed = "A point far too long " + new string('x', 520);
        var (_, page) = await browser.Page("/people/noah-patel");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/people/noah-patel/points", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__rf", RapportWebFactory.FormToken(page)), KeyValuePair.Create("text", typed)]),
        };
        request.Headers.Referrer = new Uri("http://localhost:5170/people/noah-patel");

        var response = await browser.SendAsync(request, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("at most 500 characters");
        html.ShouldContain($"value=\"{typed}\"");
        html.ShouldContain("action=\"/people/noah-patel/points\"");
        html.ShouldContain("<a href=\"/people/noah-patel\">Back to where you were</a>");
    }

    [Fact]
    public async Task Should_keep_the_notes_when_the_date_is_wrong()
    {
        var response = await _web.Browser().Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-02-30"), ("notes", "- I'll call Sam about zqkept"), ("step", "extract"));
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("is not a date");
        html.ShouldContain("zqkept</textarea>");
    }

    [Theory]
    [InlineData("2062-10-28")]
    [InlineData("9999-12-31")]
    public async Task Should_refuse_a_meeting_date_far_ahead_as_the_command_line_does_and_write_nothing(string date)
    {
        // A probe: one mistyped year on the notes page recorded a meeting in 2062, and moved the next 1:1 there.
        string before = File.ReadAllText(_web.Vault.File("Career", "1-on-1s", "sarah-chen.md"));
        var response = await _web.Browser().Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", date), ("notes", "- I'll call Sam about zqkept"), ("step", "apply"));
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("days after today");
        html.ShouldContain("zqkept</textarea>");
        File.ReadAllText(_web.Vault.File("Career", "1-on-1s", "sarah-chen.md")).ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_a_post_that_is_not_a_form_without_the_token()
    {
        string before = _web.Document("noah-patel");
        var browser = _web.Browser();
        await browser.Page("/people/noah-patel");

        // A form endpoint does not match another content type at all; one without form fields (sign-out) checks the token itself.
        var share = await browser.PostAsync(new Uri("/people/noah-patel/share", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var signOut = await browser.PostAsync(new Uri("/logout", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        share.IsSuccessStatusCode.ShouldBeFalse();
        signOut.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await signOut.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("not sent by this page");
        Core.Sharing.ShareLinks.IsShared(_web.OpenVault(), "noah-patel").ShouldBeFalse();
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Fact]
    public async Task Should_answer_a_field_over_the_limit_with_a_413_page()
    {
        string before = _web.Document("sarah-chen");

        var response = await _web.Browser().Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", new string('a', 1536 * 1024)), ("step", "apply"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("too much text");
        _web.Document("sarah-chen").ShouldBe(before);
    }

    [Fact]
    public async Task Should_serve_the_copy_script_from_this_origin_and_no_inline_script()
    {
        var browser = _web.Browser();
        var script = await browser.GetAsync(new Uri(CopyScript.Path, UriKind.Relative), TestContext.Current.CancellationToken);
        var shared = await browser.Submit("/people/noah-patel", "/people/noah-patel/share");
        string html = await shared.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("navigator.clipboard.writeText");
        script.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        html.ShouldContain($"<script src=\"{CopyScript.Path}\" defer></script>");
        html.ShouldContain("data-copy=\"share-link\"");
        Regex.Matches(html, "<script(?![^>]*\\bsrc=)").Count.ShouldBe(0, "no inline script");
    }

    [Fact]
    public async Task Should_label_every_field_of_the_notes_rows()
    {
        var response = await _web.Browser().Submit("/notes/sarah-chen", "/notes/sarah-chen", ("date", "2026-01-15"), ("notes", "- Sarah will send the packet by Friday"), ("step", "extract"));
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        foreach (var field in new[] { "a0.owner", "a0.text", "a0.due", "a0.priority" })
            html.ShouldMatch($"<label><span class=\"field\">[A-Za-z]+</span><(input|select)[^>]* name=\"{Regex.Escape(field)}\"");
        html.ShouldContain("<table class=\"rows\">");
    }

    [Fact]
    public void Should_draw_focus_outlines_at_3_to_1_or_more()
    {
        foreach (var background in Html.PageBackgrounds) Contrast(Html.FocusColour, background).ShouldBeGreaterThanOrEqualTo(3, background);
        Contrast(Html.HeaderFocusColour, Html.HeaderBackground).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Should_offer_a_skip_link_to_the_content_on_every_owner_page()
    {
        foreach (var url in new[] { "/", "/people/noah-patel", "/notes/noah-patel", "/search" })
        {
            var (_, html) = await _web.Browser().Page(url);
            html.ShouldContain("<a class=\"skip\" href=\"#main\">Skip to the content</a>", customMessage: url);
            html.ShouldContain("<main id=\"main\">", customMessage: url);
        }
    }

    [Theory]
    [InlineData("GET /people/x y HTTP/1.1\r\nHost: localhost\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400)]
    [InlineData("BREW\r\n\r\n", 400)]
    public async Task Should_send_no_body_with_kestrels_own_error_responses(string request, int status)
    {
        var (code, headers, body) = await Raw(request);

        code.ShouldBe(status);
        headers.ShouldContain("Content-Length: 0");
        headers.ShouldNotContain("Content-Type");
        body.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_send_no_body_with_kestrels_414_for_a_too_long_address()
    {
        var (code, headers, body) = await Raw($"GET /{new string('a', 20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n");

        code.ShouldBe(414);
        headers.ShouldContain("Content-Length: 0");
        body.ShouldBeEmpty();
    }

    /// <summary>A request as bytes on a socket to Kestrel itself (the test server would not parse it), and the answer.</summary>
    private static async Task<(int Status, string Headers, string Body)> Raw(string request)
    {
        using var vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        await using var app = RapportWebApp.Build(Core.Vaults.Vault.Open(vault.Path, PhysicalFileSystem.Instance), new WebOptions(Port: 0), new FixedTime(RapportWebFactory.Today));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = new Uri(app.Urls.Single());
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        string answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        await app.StopAsync(TestContext.Current.CancellationToken);
        int split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (int.Parse(answer.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), answer[..split], answer[(split + 4)..]);
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                double c = Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
        }
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [GeneratedRegex("name=\"tick\" value=\"(?<tick>[^\"]+)\"")]
    private static partial Regex UndoField();
}
