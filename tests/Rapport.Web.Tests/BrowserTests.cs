using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Rapport.Core.Sharing;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Web.Tests;

/// <summary>
/// The app in a real browser: Debian's chromium (scripts/test installs it), driven by Playwright
/// for .NET, against Kestrel on a free loopback port: the app in-process, or <c>rapport serve</c>
/// run from <c>RAPPORT_EXE</c> (the Native AOT binary in scripts/test). Screenshots of the main pages go to
/// <c>docs/screenshots/</c> when RAPPORT_SCREENSHOTS=1, else to a temporary folder.
/// </summary>
public sealed partial class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Password = "correct horse battery";

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private readonly TempDirectory _shots = new();
    private WebApplication? _app;
    private ServedRapport? _served;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _base = "";

    public async ValueTask InitializeAsync()
    {
        File.Exists(Chromium).ShouldBeTrue($"the browser tests drive Debian's chromium at {Chromium}: scripts/test installs it (apt-get install chromium)");
        // As when the other person reaches the app from their machine: remote access, behind the owner password.
        VaultConfig.Set(Vault(), OwnerPassword.ConfigKey, OwnerPassword.Hash(Password));
        if (RapportExe.Path is { } exe)
        {
            _served = await ServedRapport.Start(exe, _vault.Path, RapportWebFactory.Today, "--allow-remote");
            _base = _served.Url;
        }
        else
        {
            _app = RapportWebApp.Build(Vault(), new WebOptions(Port: 0, AllowRemote: true), new FixedTime(RapportWebFactory.Today));
            await _app.StartAsync(TestContext.Current.CancellationToken);
            _base = _app.Urls.Single().TrimEnd('/');
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_served is not null) await _served.DisposeAsync();
        _vault.Dispose();
        _shots.Dispose();
    }

    [Fact]
    public async Task Should_check_off_an_action_then_share_the_agenda_without_private_text()
    {
        var owner = await (await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();

        await SignIn(owner);
        await Screenshot(owner, "dashboard");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Noah Patel" }).ClickAsync();
        await owner.WaitForURLAsync(_base + "/people/noah-patel");
        (await owner.Locator("h1").InnerTextAsync()).ShouldBe("Noah Patel");
        await Screenshot(owner, "person");

        await owner.GetByRole(AriaRole.Button, new() { Name = "Mark done: Review his QBR deck for Acme Freight" }).ClickAsync();
        await owner.WaitForURLAsync(new Regex("/people/noah-patel"));
        File.ReadAllText(Document("noah-patel")).ShouldContain("- [x] Review his QBR deck for Acme Freight 📅 2026-01-16 ✅ 2026-01-14");
        (await owner.GetByRole(AriaRole.Button, new() { Name = "Mark done: Review his QBR deck for Acme Freight" }).CountAsync()).ShouldBe(0);

        await owner.GotoAsync(_base + "/prep/noah-patel");
        await Screenshot(owner, "prep");

        await owner.GotoAsync(_base + "/notes/noah-patel");
        await owner.GetByLabel("Your notes, as written").FillAsync("- Noah ran the Acme QBR prep, great deck\n- Noah will send the QBR recap by Friday\n- I'll ask finance about the discount\n- mood 4/5");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Extract" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Apply to the document" }).WaitForAsync();
        (await owner.GetByLabel("Keep: send the QBR recap").IsCheckedAsync()).ShouldBeTrue();
        await Screenshot(owner, "notes");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Apply to the document" }).ClickAsync();
        await owner.WaitForURLAsync(new Regex("/people/noah-patel\\?done=applied"));
        File.ReadAllText(Document("noah-patel")).ShouldContain("Send the QBR recap");

        await owner.GotoAsync(_base + "/people/noah-patel");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        string link = await owner.GetByLabel("Shared link").InputValueAsync();
        link.ShouldStartWith(_base + "/s/");

        // The other person: a fresh context, no cookies, only the link.
        var guest = await (await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 420, Height = 860 } })).NewPageAsync();
        await guest.GotoAsync(link);
        await guest.GetByLabel("Add a talking point").FillAsync("Can we pair on the Acme deck?");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await guest.GetByRole(AriaRole.Status).Filter(new() { HasText = "Talking point added" }).WaitForAsync();
        (await guest.Locator("main").InnerTextAsync()).ShouldContain("Can we pair on the Acme deck? (Noah)");
        File.ReadAllText(Document("noah-patel")).ShouldContain("- Can we pair on the Acme deck? (added by Noah, 2026-01-14)");
        await Screenshot(guest, "shared-agenda");

        var forbidden = Probe.Forbidden(Vault(), "noah-patel");
        foreach (var url in await Reachable(guest, link))
        {
            await guest.GotoAsync(url);
            string text = await guest.Locator("body").InnerTextAsync();
            foreach (var secret in forbidden) text.ShouldNotContain(secret, Case.Insensitive, $"{url} shows private text");
            if (!url.StartsWith(link, StringComparison.Ordinal)) guest.Url.ShouldContain("/login?next=", customMessage: $"{url} is an owner page");
        }
    }

    [Fact]
    public async Task Should_publish_the_agenda_let_the_guest_change_their_points_on_a_phone_search_and_sign_out()
    {
        var owner = await (await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } })).NewPageAsync();
        await SignIn(owner);

        // The owner publishes the agenda and checks what Noah will see.
        await owner.GotoAsync(_base + "/people/noah-patel");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Publish agenda" }).First.ClickAsync();
        await owner.WaitForURLAsync(_base + "/people/noah-patel/publish");
        (await owner.Locator("main").InnerTextAsync()).ShouldContain("Noah will see this agenda");
        await Screenshot(owner, "publish");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" }).ClickAsync();
        await owner.WaitForURLAsync(new Regex("/people/noah-patel\\?done=published"));
        (await owner.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Agenda published");
        string sees = await owner.Locator("section.guest").InnerTextAsync();
        sees.ShouldContain("Agenda for 2026-01-20");
        sees.ShouldContain("Lead the Acme Freight QBR");
        sees.ShouldNotContain("Review his QBR deck", customMessage: "my own actions are not published");
        await owner.Locator("#guest").ScrollIntoViewIfNeededAsync();
        await Screenshot(owner, "what-noah-sees");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        string link = await owner.GetByLabel("Shared link").InputValueAsync();

        // Noah, on a phone: adds a point, rewords it, then takes it back.
        var phone = await (await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true })).NewPageAsync();
        await phone.GotoAsync(link);
        (await phone.Locator("main").InnerTextAsync()).ShouldContain("Agenda for 2026-01-20");
        await phone.GetByLabel("Add a talking point").FillAsync("Can we talk about Q2 targets?");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        // Each change reloads the same address: wait for what the page then shows, not for the address.
        var item = phone.Locator("li", new() { HasText = "Can we talk about Q2 targets?" });
        await item.WaitForAsync();
        File.ReadAllText(Document("noah-patel")).ShouldContain("- Can we talk about Q2 targets? (added by Noah, 2026-01-14)");
        await item.Locator("summary").ClickAsync();
        await Screenshot(phone, "guest-edit");
        await item.GetByLabel("Your point").FillAsync("Can we talk about Q2 targets and quotas?");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var edited = phone.Locator("li", new() { HasText = "Can we talk about Q2 targets and quotas?" });
        await edited.WaitForAsync();
        File.ReadAllText(Document("noah-patel")).ShouldContain("- Can we talk about Q2 targets and quotas? (added by Noah, 2026-01-14)");
        await edited.Locator("summary").ClickAsync();
        await edited.GetByRole(AriaRole.Button, new() { Name = "Remove: Can we talk about Q2 targets and quotas?" }).ClickAsync();
        await phone.Locator("li", new() { HasText = "Q2 targets" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await phone.Locator("main").WaitForAsync();
        File.ReadAllText(Document("noah-patel")).ShouldNotContain("Q2 targets");
        (await phone.Locator("main").InnerTextAsync()).ShouldNotContain("Q2 targets");

        // The owner searches for a word with a hyphen, then signs out.
        await owner.GotoAsync(_base + "/search");
        await owner.GetByRole(AriaRole.Searchbox).FillAsync("follow-up");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await owner.WaitForURLAsync(new Regex("/search\\?q=follow-up"));
        (await owner.Locator("mark").CountAsync()).ShouldBeGreaterThan(0);
        (await owner.GetByRole(AriaRole.Searchbox).InputValueAsync()).ShouldBe("follow-up");
        await Screenshot(owner, "search");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        (await owner.Locator("main").InnerTextAsync()).ShouldContain("You are signed out");
        await owner.GotoAsync(_base + "/people/noah-patel");
        owner.Url.ShouldContain("/login?next=");
    }

    [Fact]
    public async Task Should_undo_a_tick_copy_the_link_and_process_notes_on_a_phone()
    {
        var owner = await (await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 }, Permissions = ["clipboard-read", "clipboard-write"] })).NewPageAsync();
        await SignIn(owner);

        // The skip link is the first thing the keyboard reaches, and shows itself with a visible outline.
        await owner.Keyboard.PressAsync("Tab");
        var skip = owner.GetByRole(AriaRole.Link, new() { Name = "Skip to the content" });
        (await skip.EvaluateAsync<bool>("e => e === document.activeElement")).ShouldBeTrue();
        (await skip.BoundingBoxAsync())!.X.ShouldBeGreaterThanOrEqualTo(0);
        (await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("solid");

        // A tick, then its undo: the file is byte for byte as before.
        await owner.GotoAsync(_base + "/people/noah-patel");
        byte[] before = File.ReadAllBytes(Document("noah-patel"));
        await owner.GetByRole(AriaRole.Button, new() { Name = "Mark done: Review his QBR deck for Acme Freight" }).ClickAsync();
        var status = owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "Marked done" });
        await status.WaitForAsync();
        (await status.InnerTextAsync()).ShouldContain("Marked done: Review his QBR deck for Acme Freight.");
        File.ReadAllBytes(Document("noah-patel")).ShouldNotBe(before);
        await Screenshot(owner, "undo");
        await status.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tick undone" }).WaitForAsync();
        File.ReadAllBytes(Document("noah-patel")).ShouldBe(before);
        (await owner.GetByRole(AriaRole.Button, new() { Name = "Mark done: Review his QBR deck for Acme Freight" }).CountAsync()).ShouldBe(1);

        // The link's copy button puts the address on the clipboard.
        await owner.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        string link = await owner.GetByLabel("Shared link").InputValueAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Copy the link" }).ClickAsync();
        await owner.GetByText("Copied.").WaitForAsync();
        (await owner.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(link);
        await Screenshot(owner, "share-link");

        // The notes page on a phone: every field labelled and inside the screen, nothing to scroll sideways to.
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var phone = await context.NewPageAsync();
        await SignIn(phone);
        await phone.GotoAsync(_base + "/notes/noah-patel");
        await phone.GetByLabel("Your notes, as written").FillAsync("- Noah will send the QBR recap by Friday\n- I'll ask finance about the discount");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Extract" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Apply to the document" }).WaitForAsync();
        await Screenshot(phone, "notes-phone");
        var row = phone.Locator("table.rows tbody tr").First;
        foreach (var label in new[] { "Whose", "Action", "Due", "Priority" })
        {
            var field = row.GetByLabel(label);
            (await field.IsVisibleAsync()).ShouldBeTrue(label);
            var box = (await field.BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(390, $"{label} is off the screen");
            (await row.Locator(".field").Filter(new() { HasText = label }).IsVisibleAsync()).ShouldBeTrue($"the label {label} is shown");
        }
        (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Apply to the document" }).ClickAsync();
        await phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Notes applied" }).WaitForAsync();
        File.ReadAllText(Document("noah-patel")).ShouldContain("Send the QBR recap");
    }

    private async Task SignIn(IPage owner)
    {
        await owner.GotoAsync(_base + "/");
        await owner.WaitForURLAsync(new Regex("/login"));
        await owner.GetByLabel("Owner password").FillAsync(Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // What the page shows, not its load events: the sign-out link is there only for a signed-in owner.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Sign out" }).WaitForAsync();
        new Uri(owner.Url).AbsolutePath.ShouldBe("/");
    }

    /// <summary>The link's page, every address it links to, and the owner's pages a guest might guess (they get the sign-in page).</summary>
    private async Task<List<string>> Reachable(IPage page, string link)
    {
        await page.GotoAsync(link);
        var urls = new List<string> { link };
        foreach (var a in await page.Locator("a[href]").AllAsync()) urls.Add(new Uri(new Uri(link), await a.GetAttributeAsync("href")).ToString());
        urls.AddRange(new[] { "/", "/people/noah-patel", "/prep/noah-patel", "/review/me", "/search?q=anxious" }.Select(u => _base + u));
        return urls;
    }

    private async Task Screenshot(IPage page, string name)
    {
        string folder = Environment.GetEnvironmentVariable("RAPPORT_SCREENSHOTS") == "1" ? Path.Combine(RepoPaths.Root, "docs", "screenshots") : _shots.Path;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private Vault Vault() => Core.Vaults.Vault.Open(_vault.Path, PhysicalFileSystem.Instance);

    private string Document(string slug) => _vault.File("Career", "1-on-1s", slug + ".md");
}
