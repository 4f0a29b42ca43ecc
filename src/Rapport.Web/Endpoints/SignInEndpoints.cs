using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>The sign-in form: the password (never shown again) and where to go after.</summary>
internal sealed record SignInForm
{
    public string? Password { get; init; }
    public string? Next { get; init; }

    public static async ValueTask<SignInForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new SignInForm { Password = form[nameof(Password)], Next = form[nameof(Next)] } : null;
}

/// <summary>
/// With remote access: signing in with the owner password, and signing out (which ends that
/// session on the server, see <see cref="OwnerAccess"/>). Every owner page needs a signed-in owner
/// (<see cref="OwnerOnly"/>).
/// </summary>
internal static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        var signIn = app.MapGroup("/login");
        signIn.MapGet("", Login);
        signIn.MapPost("", (Delegate)SignIn);
        var signOut = app.MapGroup("/logout").AddEndpointFilter<OwnerOnly>();
        signOut.MapGet("", SignOutPage);
        signOut.MapPost("", (Delegate)SignOut);
        return app;
    }

    private static IResult Login(string? next, HttpContext context) => Page("Sign in", Form(context, next, failed: false), nav: false);

    private static async Task<IResult> SignIn(SignInForm form, HttpContext context)
    {
        var access = context.RequestServices.GetRequiredService<OwnerAccess>();
        string? hash = access.CurrentHash();
        if (!access.Required || hash is null || !OwnerPassword.Verify(form?.Password ?? "", hash))
            return Page("Sign in", Form(context, form?.Next, failed: true), nav: false, status: StatusCodes.Status401Unauthorized);
        // Persistent, for SessionLifetime from now (ExpireTimeSpan), not extended by use (SlidingExpiration off).
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, access.Owner(hash),
            new AuthenticationProperties { IsPersistent = true, AllowRefresh = false });
        // Only a path on this site: a sign-in link cannot send the owner anywhere else.
        return Results.Redirect(RequestGuard.LocalPath(form?.Next));
    }

    private static IResult SignOutPage(HttpContext context) =>
        Page("Sign out", $"<h1>Sign out</h1>{Html.Form("/logout", Token(context), $"<p><button class=\"primary\">Sign out</button></p>")}<p><a href=\"/\">Back to the dashboard</a></p>");

    private static async Task<IResult> SignOut(HttpContext context)
    {
        // The real clock, as the cookie's own expiry uses.
        context.RequestServices.GetRequiredService<OwnerAccess>().Revoke(context.User, TimeProvider.System.GetUtcNow(), context.RequestServices.GetRequiredService<WebOptions>().SessionLifetime);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Page("Signed out", $"<h1>Signed out</h1><p class=\"note\" role=\"status\">You are signed out on this browser.</p><p><a href=\"/login\">Sign in again</a></p>", nav: false);
    }

    /// <summary>The form, again after a wrong password with where the owner was going kept (the password is not).</summary>
    private static HtmlContent Form(HttpContext context, string? next, bool failed) =>
        $"<h1>Sign in</h1>{(failed ? (HtmlContent)$"<p class=\"error\" role=\"alert\">That is not the password.</p>" : HtmlContent.Empty)}" +
        $"{Html.Form("/login", Token(context), $"{Html.Hidden("next", RequestGuard.LocalPath(next))}<p><label>Owner password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required autofocus></label></p><p><button class=\"primary\">Sign in</button></p>")}";
}

/// <summary>With remote access, the owner's pages need a signed-in owner: anyone else is sent to sign in, and comes back after.</summary>
internal sealed class OwnerOnly : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (context.RequestServices.GetRequiredService<OwnerAccess>().Required && context.User.Identity?.IsAuthenticated != true)
            return Results.Redirect("/login?next=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
        return await next(invocation);
    }
}
