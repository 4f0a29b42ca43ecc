using System.Net;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Core.Sharing;

namespace Rapport.Web.Tests;

public sealed class AccessTests
{
    private const string Password = "correct horse battery";

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("example.com")]
    public void Should_listen_on_loopback_unless_remote_access_is_asked_for(string host)
    {
        using var web = new RapportWebFactory();

        Should.Throw<RapportException>(() => RapportWebApp.CheckAddress(web.OpenVault(), new WebOptions(host))).Code.ShouldBe(ErrorCode.Usage);
    }

    [Fact]
    public void Should_refuse_remote_access_without_an_owner_password()
    {
        using var web = new RapportWebFactory();

        var error = Should.Throw<RapportException>(() => RapportWebApp.CheckAddress(web.OpenVault(), new WebOptions("0.0.0.0", AllowRemote: true)));

        error.Message.ShouldContain("rapport serve --set-password");
    }

    [Fact]
    public async Task Should_ask_for_the_password_on_every_owner_page_when_remote()
    {
        using var web = Remote();
        var browser = web.Browser();

        foreach (var page in new[] { "/", "/people/noah-patel", "/prep/noah-patel", "/search?q=qbr", "/review/me", "/api/search?q=qbr" })
        {
            var response = await browser.GetAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.OriginalString.ShouldStartWith("/login?next=");
        }
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_and_let_the_owner_in_with_the_right_one()
    {
        using var web = Remote();
        var browser = web.Browser();

        var wrong = await browser.Submit("/login", "/login", ("password", "not the password"), ("next", "/people/noah-patel"));
        var right = await browser.Submit("/login", "/login", ("password", Password), ("next", "/people/noah-patel"));
        var (status, html) = await browser.Page("/people/noah-patel");

        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location!.OriginalString.ShouldBe("/people/noah-patel");
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Lead the Acme Freight QBR");
    }

    [Fact]
    public async Task Should_not_send_the_owner_to_another_site_after_signing_in()
    {
        using var web = Remote();

        var response = await web.Browser().Submit("/login", "/login", ("password", Password), ("next", "//evil.example/"));

        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Should_open_a_shared_link_without_the_owner_password()
    {
        using var web = Remote();
        string link = "/s/" + ShareLinks.Create(web.OpenVault(), "noah-patel");

        var (status, html) = await web.Browser().Page(link);

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Lead the Acme Freight QBR");
    }

    [Fact]
    public async Task Should_send_headers_that_keep_pages_out_of_frames_and_scripts_out()
    {
        using var web = new RapportWebFactory();

        var response = await web.Browser().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'none'");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    private static RapportWebFactory Remote()
    {
        var web = new RapportWebFactory(new WebOptions("0.0.0.0", AllowRemote: true), vault => { });
        VaultConfig.Set(web.OpenVault(), OwnerPassword.ConfigKey, OwnerPassword.Hash(Password));
        return web;
    }
}
