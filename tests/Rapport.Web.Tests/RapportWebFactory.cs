using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>
/// The web app over a copy of the example vault, in memory, through WebApplicationFactory (its
/// entry point is this test assembly's; the host is built by <see cref="CreateHostBuilder"/>). The
/// example vault is a week before Sarah's 2026-01-15 meeting; the clock is stopped on 2026-01-14.
/// </summary>
public sealed partial class RapportWebFactory : WebApplicationFactory<RapportWebFactory>
{
    public static readonly DateOnly Today = new(2026, 1, 14);

    private readonly WebOptions _options;

    public RapportWebFactory(WebOptions? options = null, Action<TempDirectory>? arrange = null)
    {
        _options = options ?? new WebOptions();
        arrange?.Invoke(Vault);
    }

    public TempDirectory Vault { get; } = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public string DocumentPath(string slug) => Vault.File("Career", "1-on-1s", slug + ".md");

    public string Document(string slug) => File.ReadAllText(DocumentPath(slug));

    public Vault OpenVault() => Core.Vaults.Vault.Open(Vault.Path, PhysicalFileSystem.Instance);

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            // No watcher on appsettings files (the vault has none): inotify instances are few (128 a user) and shared by every test host.
            .ConfigureHostConfiguration(host => host.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]))
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHost(web => web
                .ConfigureServices(services => RapportWebApp.AddServices(services, OpenVault(), _options, new FixedTime(Today)))
                .Configure(RapportWebApp.Configure));

    /// <summary>The vault is the content root: the factory would otherwise look for a project folder.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(Vault.Path);

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each response.</summary>
    public HttpClient Browser() => Browser(new Uri($"http://localhost:{_options.Port}"));

    /// <summary>A client that sends <paramref name="address"/>'s host in <c>Host</c>, as a browser that reached the app by that name.</summary>
    public HttpClient Browser(Uri address) => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = address });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Vault.Dispose();
    }

    /// <summary>The antiforgery token in a page's forms.</summary>
    public static string FormToken(string html) => AntiforgeryField().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups["value"].Value)
        : throw new InvalidOperationException("the page has no form with an antiforgery token");

    [GeneratedRegex("name=\"__rf\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

/// <summary>Requests the tests make, with the antiforgery token of the page a form came from.</summary>
public static class BrowserExtensions
{
    public static async Task<(HttpStatusCode Status, string Html)> Page(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static async Task<HttpResponseMessage> Submit(this HttpClient client, string fromPage, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await client.Page(fromPage);
        return await client.Post(action, [("__rf", RapportWebFactory.FormToken(html)), .. fields]);
    }

    /// <summary>
    /// What a browser sends for the page's form: text, date and hidden inputs, ticked checkboxes,
    /// selected options and text areas; <paramref name="changes"/> replace or add fields by name.
    /// </summary>
    public static (string Name, string Value)[] Fields(string html, params (string Name, string Value)[] changes)
    {
        var fields = new List<(string Name, string Value)>();
        foreach (Match input in Regex.Matches(html, "<input ([^>]*)>"))
        {
            string attributes = input.Groups[1].Value;
            string? name = Attribute(attributes, "name");
            if (name is null || (Attribute(attributes, "type") == "checkbox" && !attributes.Contains(" checked", StringComparison.Ordinal))) continue;
            fields.Add((name, Attribute(attributes, "value") ?? ""));
        }
        foreach (Match select in Regex.Matches(html, "<select name=\"(?<name>[^\"]+)\">(?<options>.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(select.Groups["options"].Value, "<option value=\"(?<v>[^\"]*)\" selected>");
            fields.Add((WebUtility.HtmlDecode(select.Groups["name"].Value), WebUtility.HtmlDecode(selected.Groups["v"].Value)));
        }
        foreach (Match area in Regex.Matches(html, "<textarea [^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline))
            fields.Add((area.Groups["name"].Value, WebUtility.HtmlDecode(area.Groups["text"].Value)));
        foreach (var change in changes)
        {
            fields.RemoveAll(f => f.Name == change.Name);
            if (change.Value is not null) fields.Add(change);
        }
        return [.. fields];
    }

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"(?:^|\\s){name}=\"(?<v>[^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : null;

    public static Task<HttpResponseMessage> Post(this HttpClient client, string action, params (string Name, string Value)[] fields) =>
        client.PostAsync(new Uri(action, UriKind.Relative),
            new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), TestContext.Current.CancellationToken);
}
