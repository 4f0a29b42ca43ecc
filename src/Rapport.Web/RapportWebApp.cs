using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rapport.Core;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>Where and how <c>rapport serve</c> listens.</summary>
public sealed record WebOptions(string Host = "127.0.0.1", int Port = 5170, bool AllowRemote = false)
{
    /// <summary>
    /// Where the app's own messages go (the watcher's: why the CLI's reading commands walk, a folder it cannot watch):
    /// <c>rapport serve</c> gives its standard error; none when null. Requests are not logged.
    /// </summary>
    public TextWriter? Messages { get; init; }

    /// <summary>Requests a minute one address may make to the sign-in page, to each shared link, and to addresses that are no live link; each its own bucket.</summary>
    public int GuardedRequestsPerMinute { get; init; } = 60;

    /// <summary>Requests a minute one shared link may get, from all addresses together.</summary>
    public int TokenRequestsPerMinute { get; init; } = 120;

    /// <summary>
    /// With remote access, the host names (as in <c>Host</c>, optionally with a port) the app answers
    /// to besides localhost: <c>--host-name</c> and <c>web.hosts</c> in the config. Lower case.
    /// </summary>
    public IReadOnlyList<string> HostNames { get; init; } = [];

    /// <summary>Where the app is reached from outside (<c>web.base-url</c>): links made on the web start with it.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The reverse proxies whose <c>X-Forwarded-*</c> headers are believed (<c>web.proxies</c>); none by default.</summary>
    public IReadOnlyList<IPAddress> Proxies { get; init; } = [];

    /// <summary>How long a sign-in lasts; it is not extended by use.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>These options with the vault's <c>web:</c> settings added (<see cref="WebSettings"/>).</summary>
    public WebOptions With(WebSettings settings) => this with
    {
        HostNames = [.. HostNames.Concat(settings.Hosts).Distinct()],
        BaseUrl = BaseUrl ?? settings.BaseUrl,
        Proxies = [.. Proxies.Concat(settings.Proxies).Distinct()],
    };

    /// <summary>The largest request body accepted: room for a long brain dump, not for a flood.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The largest single form field (the notes text area).</summary>
    public int MaxFieldBytes { get; init; } = 1024 * 1024;

    /// <summary>Where the app is reached: <c>http://127.0.0.1:5170/</c>, an IPv6 address in brackets.</summary>
    public string Url => $"http://{(Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host)}:{Port}/";
}

/// <summary>Opens the vault afresh for each request, so the pages always show the files as they are on disk.</summary>
public sealed class VaultSource(string root, IFileSystem files)
{
    public string Root => root;

    public Vault Open() => Vault.Open(root, files);
}

/// <summary>
/// The local web app over one vault: the owner's pages (dashboard, people, prep, notes, review,
/// search) and the shared-agenda pages a link opens for the other person. It calls the same Core
/// services as the command line; nothing is computed twice. Listens on loopback unless told
/// otherwise, and then only behind the owner's password.
/// </summary>
public sealed class RapportWebApp
{
    private RapportWebApp()
    {
    }

    /// <summary>The app for <c>rapport serve</c>: Kestrel on the address in <paramref name="options"/>.</summary>
    public static WebApplication Build(Vault vault, WebOptions options, TimeProvider time, Action<IWebHostBuilder>? configure = null)
    {
        CheckAddress(vault, options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Url);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        configure?.Invoke(builder.WebHost);
        AddServices(builder.Services, vault, options, time);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>
    /// Starts keeping the vault's index current from file-system events now, not at the first page
    /// that reads it (as <c>rapport serve</c> does), so the CLI's reading commands can ask it rather than walk.
    /// </summary>
    public static void StartWatching(WebApplication app) => app.Services.GetRequiredService<SearchService>().Start();

    /// <summary>Refuses an address beyond loopback unless remote access was asked for and a password is set.</summary>
    public static void CheckAddress(Vault vault, WebOptions options)
    {
        if (!IPAddress.TryParse(options.Host, out var address))
            throw new RapportException(ErrorCode.Usage, $"--host '{options.Host}' is not an IP address (127.0.0.1, ::1, or with --allow-remote 0.0.0.0)");
        if (!IPAddress.IsLoopback(address) && !options.AllowRemote)
            throw new RapportException(ErrorCode.Usage, $"rapport serve listens on loopback (127.0.0.1 or ::1); listening on '{options.Host}' needs --allow-remote and an owner password");
        if (options.AllowRemote && vault.Config.WebPassword is null)
            throw new RapportException(ErrorCode.Usage, "--allow-remote needs an owner password: set one with 'rapport serve --set-password'");
        if (options.AllowRemote && !IPAddress.IsLoopback(address) && options.With(vault.Config.Web).HostNames.Count == 0)
            throw new RapportException(ErrorCode.Usage, "--allow-remote needs the host names the app is reached by: --host-name 1on1.example.com, or web: hosts: in .rapport/config.yml");
    }

    public static void AddServices(IServiceCollection services, Vault vault, WebOptions options, TimeProvider time)
    {
        options = options.With(vault.Config.Web);
        var source = new VaultSource(vault.Root, vault.Files);
        services.AddSingleton(source);
        services.AddSingleton(options);
        services.AddSingleton(time);
        services.AddSingleton(new OwnerAccess(options.AllowRemote, source));
        services.AddSingleton<SearchService>();
        services.AddRouting();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rapport-af-" + OwnerAccess.VaultId(vault.Root)[..8];
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__rf";
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            // Named after the vault: two vaults served on one host do not overwrite each other's sign-in.
            o.Cookie.Name = "rapport-owner-" + OwnerAccess.VaultId(vault.Root)[..8];
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = options.SessionLifetime;
            o.SlidingExpiration = false;
            // The real clock: the app's TimeProvider says what day it is for the documents (tests stop it).
            o.TimeProvider = TimeProvider.System;
            o.LoginPath = "/login";
            o.Events.OnValidatePrincipal = OwnerAccess.Validate;
        });
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = options.MaxFieldBytes;
            o.MultipartBodyLengthLimit = options.MaxRequestBytes;
            o.ValueCountLimit = 2048;
            o.KeyLengthLimit = 64;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Shared links and the sign-in page per client address, each in its own bucket (signing in,
            // each live link, and guessing at links), so using up one does not lock out another; and
            // per link from every address together.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(GuardedBucket, options.GuardedRequestsPerMinute),
                Limiter(c => ShareToken(c.Request.Path) is { } token ? "link " + token : null, options.TokenRequestsPerMinute));
            o.OnRejected = (rejected, cancel) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Error("Too many requests in a minute from here. Wait a minute, then reload the page: nothing you sent was lost or changed.",
                    StatusCodes.Status429TooManyRequests, nav: false).ExecuteAsync(rejected.HttpContext));
            };
        });
    }

    private static PartitionedRateLimiter<HttpContext> Limiter(Func<HttpContext, string?> key, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(""));

    /// <summary>
    /// The per-address bucket a request counts against: sign-in; one live link; or every address
    /// that is not a live link (guessing at tokens) together. Null for other pages.
    /// </summary>
    private static string? GuardedBucket(HttpContext context)
    {
        string address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (context.Request.Path.StartsWithSegments("/login")) return "login " + address;
        if (!context.Request.Path.StartsWithSegments("/s")) return null;
        return ShareToken(context.Request.Path) is { } token && IsLiveLink(context, token) ? $"link {token} {address}" : "guess " + address;
    }

    private static bool IsLiveLink(HttpContext context, string token)
    {
        try
        {
            return Core.Sharing.ShareLinks.Resolve(OpenVault(context), token) is not null;
        }
        catch (RapportException)
        {
            return false; // an unreadable links file: the page says so; the request counts as a guess
        }
    }

    private static string? ShareToken(PathString path) =>
        path.StartsWithSegments("/s", out var rest) && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var token, ..] ? token : null;

    public static void Configure(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<WebOptions>();
        if (options.Proxies.Count > 0)
        {
            // X-Forwarded-* only from the proxies the owner named; from anyone else they are ignored.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.Proxies) forwarded.KnownProxies.Add(proxy);
            app.UseForwardedHeaders(forwarded);
        }
        app.Use(RequestGuard.Handle);
        app.Use(Limits);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAntiforgery();
        app.Use(FormToken);
        app.UseEndpoints(endpoints =>
        {
            // Every feature maps its own group (eShop's Apis/*Api.cs); these add what each audience needs:
            // the owner's pages a signed-in owner (with remote access), and every group one error page
            // for a RapportException and the antiforgery check on every form post.
            var owner = endpoints.MapGroup("").AddEndpointFilter<OwnerOnly>().AddEndpointFilter(new ErrorPages(guest: false)).WithMetadata(new RequireAntiforgeryTokenAttribute()).AnswersHead();
            owner.MapDashboard();
            owner.MapPeople();
            owner.MapPrep();
            owner.MapNotes();
            owner.MapReview();
            owner.MapSearch();
            endpoints.MapGroup("").AddEndpointFilter(new ErrorPages(guest: true)).WithMetadata(new RequireAntiforgeryTokenAttribute()).AnswersHead().MapShare();
            endpoints.MapGroup("").AddEndpointFilter(new ErrorPages(guest: false)).WithMetadata(new RequireAntiforgeryTokenAttribute()).AnswersHead().MapSignIn();
            endpoints.MapMethods(CopyScript.Path, [HttpMethods.Get, HttpMethods.Head], CopyScript.Serve);
            endpoints.MapFallback(() => NotFound());
        });
    }

    /// <summary>Refuses oversized bodies before they are read, and turns a form over the field limit into a 413.</summary>
    private static async Task Limits(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<WebOptions>();
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await TooLarge(context, options);
            return;
        }
        try
        {
            await next();
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && !context.Response.HasStarted)
        {
            await TooLarge(context, options);
        }
    }

    private static Task TooLarge(HttpContext context, WebOptions options) =>
        Error($"That is too much text: a request is at most {options.MaxRequestBytes / 1024 / 1024} MB and a field {options.MaxFieldBytes / 1024} KB.",
            StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);

    /// <summary>
    /// Every form post must carry this app's antiforgery token (<c>UseAntiforgery</c> checks form
    /// posts; a post of another content type is checked here), and one without it gets a page saying so.
    /// </summary>
    private static async Task FormToken(HttpContext context, Func<Task> next)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: true })
        {
            await next();
            return;
        }
        var validation = context.Features.Get<IAntiforgeryValidationFeature>();
        if (validation is null)
        {
            try
            {
                await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException ex)
            {
                validation = new Invalid(ex);
            }
        }
        // A form that could not be read because a field is over the limit is too large, not forged.
        if (validation is { IsValid: false, Error.InnerException: InvalidDataException })
        {
            await TooLarge(context, context.RequestServices.GetRequiredService<WebOptions>());
            return;
        }
        if (validation is { IsValid: false })
        {
            await Error("This form was not sent by this page, or it expired: reload the page and try again.",
                StatusCodes.Status400BadRequest, nav: !context.Request.Path.StartsWithSegments("/s")).ExecuteAsync(context);
            return;
        }
        await next();
    }

    private sealed class Invalid(Exception error) : IAntiforgeryValidationFeature
    {
        public bool IsValid => false;

        public Exception? Error => error;
    }
}
