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
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rapport.Core;
using Rapport.Core.Vaults;

namespace Rapport.Web;

/// <summary>Where and how <c>rapport serve</c> listens.</summary>
public sealed record WebOptions(string Host = "127.0.0.1", int Port = 5170, bool AllowRemote = false)
{
    /// <summary>Requests a minute one address may make to shared links and the sign-in page.</summary>
    public int GuardedRequestsPerMinute { get; init; } = 60;

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
    private const string GuardedPolicy = "guarded";

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

    /// <summary>Refuses an address beyond loopback unless remote access was asked for and a password is set.</summary>
    public static void CheckAddress(Vault vault, WebOptions options)
    {
        if (!IPAddress.TryParse(options.Host, out var address))
            throw new RapportException(ErrorCode.Usage, $"--host '{options.Host}' is not an IP address (127.0.0.1, ::1, or with --allow-remote 0.0.0.0)");
        if (!IPAddress.IsLoopback(address) && !options.AllowRemote)
            throw new RapportException(ErrorCode.Usage, $"rapport serve listens on loopback (127.0.0.1 or ::1); listening on '{options.Host}' needs --allow-remote and an owner password");
        if (options.AllowRemote && vault.Config.WebPassword is null)
            throw new RapportException(ErrorCode.Usage, "--allow-remote needs an owner password: set one with 'rapport serve --set-password'");
    }

    public static void AddServices(IServiceCollection services, Vault vault, WebOptions options, TimeProvider time)
    {
        services.AddSingleton(new VaultSource(vault.Root, vault.Files));
        services.AddSingleton(options);
        services.AddSingleton(time);
        services.AddSingleton(new OwnerAccess(options.AllowRemote ? vault.Config.WebPassword : null));
        services.AddSingleton<SearchService>();
        services.AddRouting();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rapport-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__rf";
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "rapport-owner";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(7);
            o.LoginPath = "/login";
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
            o.AddPolicy(GuardedPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.GuardedRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static void Configure(IApplicationBuilder app)
    {
        app.Use(Limits);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseEndpoints(endpoints =>
        {
            var owner = endpoints.MapGroup("").AddEndpointFilter(RequireOwner).AddEndpointFilter(CheckForms);
            OwnerPages.Map(owner);
            var guarded = endpoints.MapGroup("").RequireRateLimiting(GuardedPolicy).AddEndpointFilter(CheckForms);
            SharePages.Map(guarded);
            guarded.MapGet("/login", Login);
            guarded.MapPost("/login", (Delegate)SignIn);
            endpoints.MapFallback(() => NotFound());
        });
    }

    internal static IResult Page(string title, string body, bool nav = true, int status = 200) =>
        Results.Content(Html.Page(title, body, nav), "text/html; charset=utf-8", statusCode: status);

    /// <summary>The same page for every unknown address: it says nothing about what exists.</summary>
    internal static IResult NotFound(bool nav = true) => Page("Not found", "<h1>Not found</h1><p>There is nothing at this address.</p>", nav, 404);

    internal static IResult Error(string message, int status, bool nav = true) =>
        Page("Not done", $"<h1>Not done</h1><p class=\"error\">{Html.Text(message)}</p>{(nav ? "<p><a href=\"/\">Back to the dashboard</a></p>" : "<p>Go back and reload the page.</p>")}", nav, status);

    /// <summary>The status code for a Rapport error shown on a page.</summary>
    internal static int StatusOf(RapportException ex) => ex.Code switch
    {
        ErrorCode.Usage => StatusCodes.Status400BadRequest,
        ErrorCode.UnknownPerson => StatusCodes.Status404NotFound,
        ErrorCode.Conflict => StatusCodes.Status409Conflict,
        ErrorCode.InvalidFile => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    internal static Antiforgery Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new Antiforgery(tokens.FormFieldName, tokens.RequestToken!);
    }

    internal static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    internal static Vault OpenVault(HttpContext context) => context.RequestServices.GetRequiredService<VaultSource>().Open();

    /// <summary>Refuses oversized bodies before they are read, and turns a form over the field limit into a 413.</summary>
    private static async Task Limits(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<WebOptions>();
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
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

    /// <summary>Every form post must carry this app's antiforgery token.</summary>
    private static async ValueTask<object?> CheckForms(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            try
            {
                await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                return Error("This form was not sent by this page, or it expired: reload the page and try again.",
                    StatusCodes.Status400BadRequest, nav: !context.Request.Path.StartsWithSegments("/s"));
            }
        }
        return await next(invocation);
    }

    /// <summary>With a password set (remote access), the owner's pages need a signed-in owner.</summary>
    private static async ValueTask<object?> RequireOwner(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (context.RequestServices.GetRequiredService<OwnerAccess>().PasswordHash is not null && context.User.Identity?.IsAuthenticated != true)
            return Results.Redirect("/login?next=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        return await next(invocation);
    }

    private static IResult Login(HttpContext context, string? next) => Page("Sign in", SignInForm(context, next, failed: false), nav: false);

    private static async Task<IResult> SignIn(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        string? next = form["next"];
        string? hash = context.RequestServices.GetRequiredService<OwnerAccess>().PasswordHash;
        if (hash is null || !OwnerPassword.Verify(form["password"].ToString(), hash))
            return Page("Sign in", SignInForm(context, next, failed: true), nav: false, status: StatusCodes.Status401Unauthorized);
        var owner = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, owner);
        // Only a local path: a sign-in link cannot send the owner to another site.
        return Results.Redirect(next is { Length: > 0 } local && local.StartsWith('/') && !local.StartsWith("//", StringComparison.Ordinal) ? local : "/");
    }

    private static string SignInForm(HttpContext context, string? next, bool failed) =>
        "<h1>Sign in</h1>" + (failed ? "<p class=\"error\">That is not the password.</p>" : "") +
        Html.Form("/login", Token(context),
            Html.Hidden("next", next ?? "/") +
            "<p><label>Owner password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required autofocus></label></p>" +
            "<p><button class=\"primary\">Sign in</button></p>");
}

/// <summary>The owner's password hash when the app is reachable beyond loopback; null on loopback.</summary>
internal sealed record OwnerAccess(string? PasswordHash);
