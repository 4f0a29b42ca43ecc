using System.Net;
using Rapport.Core.Sharing;
using Rapport.Core.Vaults;

namespace Rapport.Web.Tests;

/// <summary>
/// DNS rebinding and cross-site posts: a page on another site that points its own name at
/// 127.0.0.1, or posts a form to the app, gets nothing and changes nothing.
/// </summary>
public sealed class HostAndOriginTests : IDisposable
{
    private readonly RapportWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Theory]
    [InlineData("http://evil.example:5170")]
    [InlineData("http://localhost.evil.example:5170")]
    [InlineData("http://127.0.0.2:5170")]
    [InlineData("http://localhost:5171")]
    [InlineData("http://localhost")]
    public async Task Should_give_a_foreign_host_no_content(string address)
    {
        var response = await _web.Browser(new Uri(address)).GetAsync(new Uri("/people/noah-patel", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
        (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
    }

    [Fact]
    public async Task Should_not_let_a_foreign_host_post_a_form()
    {
        string before = _web.Document("noah-patel");
        var evil = _web.Browser(new Uri("http://evil.example:5170"));

        var point = await evil.Post("/people/noah-patel/points", ("text", "rebound"));
        var share = await evil.Post("/people/noah-patel/share");

        point.StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
        share.StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
        _web.Document("noah-patel").ShouldBe(before);
        ShareLinks.IsShared(_web.OpenVault(), "noah-patel").ShouldBeFalse();
    }

    [Theory]
    [InlineData("http://localhost:5170")]
    [InlineData("http://127.0.0.1:5170")]
    [InlineData("http://[::1]:5170")]
    [InlineData("http://LocalHost:5170")]
    public async Task Should_answer_the_loopback_names_with_the_port(string address)
    {
        var (status, html) = await _web.Browser(new Uri(address)).Page("/people/noah-patel");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Noah Patel");
    }

    [Fact]
    public async Task Should_answer_only_the_configured_host_names_with_remote_access()
    {
        using var web = new RapportWebFactory(new WebOptions("0.0.0.0", AllowRemote: true) { HostNames = ["team.example"] },
            vault => File.AppendAllText(vault.File(".rapport", "config.yml"), "web:\n  hosts: [1on1.example.com]\n"));

        var configured = await web.Browser(new Uri("https://1on1.example.com")).GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var named = await web.Browser(new Uri("http://team.example:8080")).GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var other = await web.Browser(new Uri("https://evil.example")).GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        configured.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        named.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        other.StatusCode.ShouldBe(HttpStatusCode.MisdirectedRequest);
    }

    [Fact]
    public void Should_refuse_remote_access_without_host_names()
    {
        using var web = new RapportWebFactory();
        VaultConfig.Set(web.OpenVault(), OwnerPassword.ConfigKey, OwnerPassword.Hash("correct horse battery"));

        var error = Should.Throw<Core.RapportException>(() => RapportWebApp.CheckAddress(web.OpenVault(), new WebOptions("0.0.0.0", AllowRemote: true)));

        error.Message.ShouldContain("--host-name");
        RapportWebApp.CheckAddress(web.OpenVault(), new WebOptions("0.0.0.0", AllowRemote: true) { HostNames = ["1on1.example.com"] });
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "http://localhost:5171")]
    [InlineData("Origin", "null")]
    [InlineData("Referer", "http://evil.example/people/noah-patel")]
    [InlineData("Referer", "not an address")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Should_refuse_a_post_from_another_origin_even_with_a_valid_token(string header, string value)
    {
        string before = _web.Document("noah-patel");

        var response = await PostPointWith(header, value, "cross-site");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("sent from another site");
        _web.Document("noah-patel").ShouldBe(before);
    }

    [Theory]
    [InlineData("Origin", "http://localhost:5170")]
    [InlineData("Referer", "http://localhost:5170/people/noah-patel")]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    public async Task Should_accept_a_post_from_its_own_origin(string header, string value)
    {
        var response = await PostPointWith(header, value, "same site");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _web.Document("noah-patel").ShouldContain("- same site (added by me, 2026-01-14)");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/nowhere")]
    [InlineData("/s/nowhere")]
    [InlineData("/login?next=/%0d%0aX:y")]
    public async Task Should_send_the_security_headers_on_every_response(string url)
    {
        var response = await _web.Browser().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var forged = await _web.Browser().Post("/people/noah-patel/points", ("text", "no token"));

        foreach (var r in new[] { response, forged })
        {
            foreach (var (name, value) in RequestGuard.SecurityHeaders)
                r.Headers.TryGetValues(name, out var sent).ShouldBeTrue($"{name} on {r.StatusCode} {url}");
            r.Headers.GetValues("Cache-Control").Single().ShouldBe("no-store");
            r.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
        }
    }

    [Theory]
    [InlineData("/login?next=/%0d%0aX:y")]
    [InlineData("/search?q=a%0aSet-Cookie:x")]
    [InlineData("/review/me?period=2025%0d%0a")]
    public async Task Should_answer_a_line_break_in_an_address_with_400(string url)
    {
        var (status, html) = await _web.Browser().Page(url);

        status.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("line break");
    }

    /// <summary>A talking point posted from Noah's page with its valid form token, and <paramref name="header"/> set as given.</summary>
    private async Task<HttpResponseMessage> PostPointWith(string header, string value, string text)
    {
        var browser = _web.Browser();
        var (_, page) = await browser.Page("/people/noah-patel");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/people/noah-patel/points", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__rf", RapportWebFactory.FormToken(page)), KeyValuePair.Create("text", text)]),
        };
        request.Headers.TryAddWithoutValidation(header, value);
        return await browser.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
