using System.Net;
using System.Text.RegularExpressions;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>
/// The web app of the built <c>rapport</c> (<c>RAPPORT_EXE</c>: the Native AOT binary in
/// scripts/test) against the app in-process, over the same vault on the same day: the same pages
/// and the same <c>/api/search</c> JSON byte for byte (form tokens aside), and forms that pass
/// the antiforgery check. Skipped when RAPPORT_EXE is not set.
/// </summary>
public sealed partial class NativeBuildTests
{
    private static readonly string[] Pages =
    [
        "/", "/people/noah-patel", "/prep/noah-patel", "/review/me", "/search?q=renewal",
        "/api/search?q=renewal", "/api/search?q=QBR&person=noah&limit=2", "/api/search?raw=1&q=" + Uri.EscapeDataString("\"unclosed"),
        "/no-such-page",
    ];

    [Fact]
    public async Task Should_serve_what_the_in_process_app_serves()
    {
        string exe = Executable();
        using var web = new RapportWebFactory();
        var inProcess = web.Browser();
        await using var served = await ServedRapport.Start(exe, web.Vault.Path, RapportWebFactory.Today);
        using var native = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(served.Url) };

        foreach (string page in Pages)
        {
            var (expectedStatus, expected) = await inProcess.Page(page);
            var (status, actual) = await native.Page(page);
            status.ShouldBe(expectedStatus, $"{page}: {served.Log}");
            WithoutTokens(actual).ShouldBe(WithoutTokens(expected), $"{page} differs from the in-process app");
        }
    }

    [Fact]
    public async Task Should_accept_a_form_with_its_token_and_refuse_one_without()
    {
        string exe = Executable();
        using var vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        await using var served = await ServedRapport.Start(exe, vault.Path, RapportWebFactory.Today);
        using var native = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(served.Url) };

        var refused = await native.Post("/people/sarah-chen/points", ("text", "Conference budget"));
        var accepted = await native.Submit("/people/sarah-chen", "/people/sarah-chen/points", ("text", "Conference budget"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, served.Log);
        File.ReadAllText(vault.File("Career", "1-on-1s", "sarah-chen.md")).ShouldContain("- Conference budget (added by me, 2026-01-14)");
    }

    private static string Executable()
    {
        string? exe = RapportExe.Path;
        Assert.SkipWhen(exe is null, $"{RapportExe.Variable} is not set (scripts/test sets it to the Native AOT binary)");
        return exe!;
    }

    private static string WithoutTokens(string html) => Token().Replace(html, "name=\"__rf\" value=\"…\"");

    [GeneratedRegex("name=\"__rf\" value=\"[^\"]*\"")]
    private static partial Regex Token();
}
