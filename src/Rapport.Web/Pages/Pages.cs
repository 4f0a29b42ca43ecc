using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core;
using Rapport.Core.Vaults;

namespace Rapport.Web;

/// <summary>What every feature's handlers share: the page result, the error pages, the form token, today, the vault as it is now.</summary>
internal static class Pages
{
    public static IResult Page(string title, HtmlContent body, bool nav = true, int status = 200, IReadOnlyList<string>? scripts = null) =>
        new PageResult(title, body, nav, status, scripts);

    /// <summary>A page, rendered when it is sent: the navigation offers a sign-out to a signed-in owner.</summary>
    private sealed record PageResult(string Title, HtmlContent Body, bool Nav, int Status, IReadOnlyList<string>? Scripts) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            bool signedIn = Nav && httpContext.RequestServices.GetRequiredService<OwnerAccess>().Required && httpContext.User.Identity?.IsAuthenticated == true;
            return Results.Content(Html.Page(Title, Body, Nav, signedIn, Scripts).ToString(), "text/html; charset=utf-8", statusCode: Status).ExecuteAsync(httpContext);
        }
    }

    /// <summary>The same page for every unknown address: it says nothing about what exists.</summary>
    public static IResult NotFound(bool nav = true) => Page("Not found", $"<h1>Not found</h1><p>There is nothing at this address.</p>", nav, 404);

    /// <summary>
    /// A page saying what was not done and why, leading back to <paramref name="back"/> (where the
    /// user was); <paramref name="kept"/> is the form they sent, filled in with what they typed.
    /// </summary>
    public static IResult Error(string message, int status, bool nav = true, string? back = null, HtmlContent? kept = null)
    {
        var backLink = back is not null
            ? (HtmlContent)$"<p><a href=\"{back}\">Back to where you were</a></p>"
            : nav ? (HtmlContent)$"<p><a href=\"/\">Back to the dashboard</a></p>" : (HtmlContent)$"<p>Go back and reload the page.</p>";
        var again = kept is null ? HtmlContent.Empty : (HtmlContent)$"<h2>What you typed</h2><p class=\"dim\">Nothing was saved. Change it and send it again:</p>{kept}";
        return Page("Not done", $"<h1>Not done</h1><p class=\"error\" role=\"alert\">{message}</p>{again}{backLink}", nav, status);
    }

    /// <summary>The status code for a Rapport error shown on a page.</summary>
    public static int StatusOf(RapportException ex) => ex.Code switch
    {
        ErrorCode.Usage => StatusCodes.Status400BadRequest,
        ErrorCode.UnknownPerson => StatusCodes.Status404NotFound,
        ErrorCode.Conflict => StatusCodes.Status409Conflict,
        ErrorCode.InvalidFile => StatusCodes.Status422UnprocessableEntity,
        ErrorCode.UnsafePath => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Antiforgery Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new Antiforgery(tokens.FormFieldName, tokens.RequestToken!);
    }

    public static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);

    /// <summary>Where links made on the web start: <c>web.base-url</c> when set (behind a reverse proxy), else the address this request came to.</summary>
    public static string SiteUrl(HttpContext context) =>
        context.RequestServices.GetRequiredService<WebOptions>().BaseUrl is { } baseUrl
            ? baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}";

    public static Vault OpenVault(HttpContext context) => context.RequestServices.GetRequiredService<VaultSource>().Open();
}

/// <summary>
/// A form record that can show itself again, filled in with what was sent: when the change it asked
/// for fails, the error page offers it back (<see cref="ErrorPages"/>), so nothing typed is lost.
/// </summary>
internal interface IKeepsInput
{
    /// <summary>The form again, posting to <paramref name="action"/>, with the values sent.</summary>
    HtmlContent Again(string action, Antiforgery token);
}

/// <summary>
/// The one place a <see cref="RapportException"/> becomes a page: an endpoint filter on every group.
/// The page says what went wrong with the error's status, offers the form again with what was typed
/// (<see cref="IKeepsInput"/>), and leads back to the page the user was on. For the guest of a
/// shared link only what they did wrong is told (a usage error, a conflict); anything about the
/// vault or its files becomes "cannot be shown right now".
/// </summary>
internal sealed class ErrorPages(bool guest) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation);
        }
        catch (RapportException ex)
        {
            var context = invocation.HttpContext;
            string back = Back(context);
            var kept = invocation.Arguments.OfType<IKeepsInput>().FirstOrDefault()?.Again(context.Request.Path, Pages.Token(context));
            if (!guest) return Pages.Error(ex.Message, Pages.StatusOf(ex), back: back, kept: kept);
            return ex.Code is ErrorCode.Usage or ErrorCode.Conflict
                ? Pages.Error(ex.Message, Pages.StatusOf(ex), nav: false, back: back, kept: kept)
                : Pages.Error("The agenda cannot be shown right now. Please tell the person who shared it.", StatusCodes.Status503ServiceUnavailable, nav: false);
        }
    }

    /// <summary>
    /// Where the user was: the page their browser says the form was on (this site only; the
    /// Referer is sent same-origin only); else, for a guest, their link's page; else the dashboard.
    /// </summary>
    private string Back(HttpContext context)
    {
        if (context.Request.Headers.Referer is [{ } referer] && Uri.TryCreate(referer, UriKind.Absolute, out var from)
            && !RequestGuard.FromAnotherSite(context.Request, context.RequestServices.GetRequiredService<WebOptions>())
            && string.Equals(from.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && (!guest || from.AbsolutePath.StartsWith(GuestRoot(context.Request.Path), StringComparison.Ordinal)))
            return RequestGuard.LocalPath(from.PathAndQuery);
        return guest ? GuestRoot(context.Request.Path) : HttpMethods.IsGet(context.Request.Method) ? "/" : OwnerPage(context.Request.Path);
    }

    /// <summary><c>/s/&lt;token&gt;</c> of any address under a shared link.</summary>
    private static string GuestRoot(PathString path) =>
        path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["s", var token, ..] ? $"/s/{token}" : "/";

    /// <summary>The page a form of the owner's was on: <c>/people/x/points</c> was on <c>/people/x</c>, <c>/notes/x</c> on itself.</summary>
    private static string OwnerPage(PathString path) =>
        path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["people", var slug, ..] ? $"/people/{slug}" : RequestGuard.LocalPath(path.Value);
}
