using System.Net;
using Rapport.Core.Vaults;

namespace Rapport.Web.Tests;

/// <summary>The owner's sign-in with remote access: bound to the password and the vault, with a sign-out.</summary>
public sealed class SessionTests : IDisposable
{
    private const string Password = "correct horse battery";

    private readonly RapportWebFactory _web = Remote();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task Should_sign_everyone_out_when_the_password_changes()
    {
        var browser = await SignedIn(_web);
        (await browser.Page("/people/noah-patel")).Status.ShouldBe(HttpStatusCode.OK);

        VaultConfig.Set(_web.OpenVault(), OwnerPassword.ConfigKey, OwnerPassword.Hash("a new password, longer"));
        var after = await browser.GetAsync(new Uri("/people/noah-patel", UriKind.Relative), TestContext.Current.CancellationToken);

        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.ShouldStartWith("/login?next=");
    }

    [Fact]
    public async Task Should_refuse_a_cookie_from_another_vault()
    {
        using var other = Remote();
        var browser = await SignedIn(other);
        string cookie = await OwnerCookie(other, browser);

        var plain = _web.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/people/noah-patel", UriKind.Relative));
        request.Headers.Add("Cookie", $"{CookieName(_web)}={cookie}");
        var response = await plain.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldStartWith("/login?next=");
    }

    [Fact]
    public async Task Should_sign_out_with_the_button()
    {
        var browser = await SignedIn(_web);
        var (_, dashboard) = await browser.Page("/");
        dashboard.ShouldContain("href=\"/logout\"");

        var response = await browser.Submit("/logout", "/logout");
        var after = await browser.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_set_a_strict_http_only_cookie_with_a_lifetime_and_secure_over_tls()
    {
        var plain = await SignInResponse(_web.Browser());
        var tls = await SignInResponse(_web.Browser(new Uri("https://localhost:5170")));

        string cookie = plain.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName(_web), StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=strict");
        cookie.ShouldContain("expires=");
        cookie.ShouldNotContain("secure");
        tls.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName(_web), StringComparison.Ordinal)).ToLowerInvariant().ShouldContain("; secure");
    }

    [Theory]
    [InlineData("/\\evil.example", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/people/noah-patel?x=1", "/people/noah-patel?x=1")]
    public async Task Should_go_only_to_a_path_on_this_site_after_signing_in(string next, string expected)
    {
        var response = await _web.Browser().Submit("/login", "/login", ("password", Password), ("next", next));

        response.Headers.Location!.OriginalString.ShouldBe(expected);
    }

    [Fact]
    public async Task Should_make_links_with_the_configured_base_url_and_ignore_forwarded_headers_from_anyone_else()
    {
        using var web = new RapportWebFactory(arrange: vault => File.AppendAllText(vault.File(".rapport", "config.yml"), "web:\n  base-url: https://1on1.example.com/\n"));
        var browser = web.Browser();
        var (_, page) = await browser.Page("/people/noah-patel");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/people/noah-patel/share", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__rf", RapportWebFactory.FormToken(page))]),
        };
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "gopher");

        var response = await browser.SendAsync(request, TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("value=\"https://1on1.example.com/s/");
    }

    [Fact]
    public async Task Should_end_the_session_on_sign_out_so_a_kept_cookie_no_longer_works()
    {
        var browser = await SignedIn(_web);
        string kept = await OwnerCookie(_web, browser);
        var other = await SignedIn(_web);

        (await browser.Submit("/logout", "/logout")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var replay = new HttpRequestMessage(HttpMethod.Get, new Uri("/people/noah-patel", UriKind.Relative));
        replay.Headers.Add("Cookie", $"{CookieName(_web)}={kept}");
        var replayed = await _web.Browser().SendAsync(replay, TestContext.Current.CancellationToken);

        replayed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replayed.Headers.Location!.OriginalString.ShouldStartWith("/login?next=");
        (await other.Page("/people/noah-patel")).Status.ShouldBe(HttpStatusCode.OK, "signing out ends that session, not every browser's");
    }

    [Theory]
    [InlineData("/\u00e9", "/%C3%A9")]
    [InlineData("/a\u3000b", "/a%E3%80%80b")]
    [InlineData("/x\u2028y", "/x%E2%80%A8y")]
    [InlineData("/people/noah-patel", "/people/noah-patel")]
    public async Task Should_redirect_after_sign_in_to_a_path_with_any_character_safely(string next, string location)
    {
        var response = await _web.Browser().Submit("/login", "/login", ("password", Password), ("next", next));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(location);
    }

    private static async Task<HttpClient> SignedIn(RapportWebFactory web)
    {
        var browser = web.Browser();
        (await SignInResponse(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private static Task<HttpResponseMessage> SignInResponse(HttpClient browser) => browser.Submit("/login", "/login", ("password", Password), ("next", "/"));

    private static string CookieName(RapportWebFactory web) => "rapport-owner-" + OwnerAccess.VaultId(web.Vault.Path)[..8];

    private static async Task<string> OwnerCookie(RapportWebFactory web, HttpClient browser)
    {
        // The client keeps its cookies in the factory's handler; read the one a fresh sign-in sets.
        var response = await SignInResponse(browser);
        string header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName(web), StringComparison.Ordinal));
        return header[(CookieName(web).Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }

    private static RapportWebFactory Remote()
    {
        var web = new RapportWebFactory(new WebOptions("0.0.0.0", AllowRemote: true));
        VaultConfig.Set(web.OpenVault(), OwnerPassword.ConfigKey, OwnerPassword.Hash(Password));
        return web;
    }
}
