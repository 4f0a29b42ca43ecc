using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Web.Tests;

public sealed class RapportWebAppTests : IAsyncDisposable
{
    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private WebApplication? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _vault.Dispose();
    }

    [Fact]
    public async Task Should_show_every_relationship_on_the_dashboard()
    {
        string html = await Get("/", HttpStatusCode.OK);

        foreach (var person in new[] { "Sarah Chen", "Noah Patel", "Priya Raman", "Marco Rossi", "Dana Whitfield" }) html.ShouldContain(person);
        html.ShouldContain("href=\"/people/sarah-chen\"");
        html.ShouldContain("<meta name=\"viewport\"");
    }

    [Fact]
    public async Task Should_show_a_note_holding_a_script_as_text()
    {
        string path = _vault.File("Career", "1-on-1s", "noah-patel.md");
        await File.AppendAllTextAsync(path, "\n<script>alert('x')</script>\n", TestContext.Current.CancellationToken);

        string html = await Get("/people/noah-patel", HttpStatusCode.OK);

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task Should_prepare_the_next_1on1_in_the_browser()
    {
        string html = await Get("/prep/sarah-chen", HttpStatusCode.OK);

        html.ShouldContain("Share recent wins");
        html.ShouldContain("Closed Customer X renewal");
    }

    [Theory]
    [InlineData("/people/nobody")]
    [InlineData("/people/..%2f..%2fetc%2fpasswd")]
    [InlineData("/prep/Sarah-Chen")]
    public async Task Should_not_find_what_is_not_a_relationship(string url) => await Get(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("example.com")]
    public void Should_listen_on_loopback_only(string host) =>
        Should.Throw<RapportException>(() => RapportWebApp.Build(Vault(), new WebOptions(host), TimeProvider.System)).Code.ShouldBe(ErrorCode.Usage);

    private Vault Vault() => Core.Vaults.Vault.Open(_vault.Path, PhysicalFileSystem.Instance);

    private async Task<string> Get(string url, HttpStatusCode expected)
    {
        _app ??= RapportWebApp.Build(Vault(), new WebOptions(), new FixedTime(new DateOnly(2026, 1, 14)), web => web.UseTestServer());
        await StartOnce();
        var response = await _app.GetTestClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(expected, url);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private bool _started;

    private async Task StartOnce()
    {
        if (_started) return;
        _started = true;
        await _app!.StartAsync(TestContext.Current.CancellationToken);
    }
}
