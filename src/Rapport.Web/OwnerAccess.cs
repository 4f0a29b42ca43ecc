using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Rapport.Web;

/// <summary>
/// The owner's sign-in when the app is reachable beyond loopback. A sign-in cookie is bound to the
/// vault (a cookie from another vault served on the same host is refused) and to the password hash
/// in the config as it is now (changing the password with <c>rapport serve --set-password</c> signs
/// every browser out, even while the app runs).
/// </summary>
internal sealed class OwnerAccess(bool required, VaultSource source)
{
    private const string VaultClaim = "rapport:vault";
    private const string PasswordClaim = "rapport:password";

    /// <summary>Whether owner pages need a signed-in owner: with remote access. On loopback there is no password.</summary>
    public bool Required => required;

    /// <summary>The password hash in <c>.rapport/config.yml</c> now; null when none is set (then nobody can sign in).</summary>
    public string? CurrentHash() => source.Open().Config.WebPassword;

    /// <summary>A short, stable id of the vault: its full path, hashed.</summary>
    public static string VaultId(string root) => Fingerprint(Path.GetFullPath(root));

    public ClaimsPrincipal Owner(string passwordHash) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "owner"), new Claim(VaultClaim, VaultId(source.Root)), new Claim(PasswordClaim, Fingerprint(passwordHash))],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Whether a signed-in principal still holds: same vault, same password, and remote access on.</summary>
    public bool Holds(ClaimsPrincipal principal) =>
        Required && principal.FindFirst(VaultClaim)?.Value == VaultId(source.Root) &&
        CurrentHash() is { } hash && principal.FindFirst(PasswordClaim)?.Value == Fingerprint(hash);

    /// <summary>Checks the cookie on every request; one that no longer holds is dropped and the owner asked to sign in again.</summary>
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var access = context.HttpContext.RequestServices.GetRequiredService<OwnerAccess>();
        if (context.Principal is { } principal && access.Holds(principal)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
