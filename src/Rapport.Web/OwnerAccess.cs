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
/// every browser out, even while the app runs). Each sign-in is a session with its own id; signing
/// out revokes that id in <c>.rapport/signed-out</c>, so a copy of the cookie kept from before no
/// longer works, even after a restart.
/// </summary>
internal sealed class OwnerAccess(bool required, VaultSource source)
{
    private const string SessionClaim = "rapport:session";
    private const string RevokedFile = "signed-out";
    private const string VaultClaim = "rapport:vault";
    private const string PasswordClaim = "rapport:password";

    /// <summary>Whether owner pages need a signed-in owner: with remote access. On loopback there is no password.</summary>
    public bool Required => required;

    /// <summary>The password hash in <c>.rapport/config.yml</c> now; null when none is set (then nobody can sign in).</summary>
    public string? CurrentHash() => source.Open().Config.WebPassword;

    /// <summary>A short, stable id of the vault: its full path, hashed.</summary>
    public static string VaultId(string root) => Fingerprint(Path.GetFullPath(root));

    public ClaimsPrincipal Owner(string passwordHash) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "owner"), new Claim(VaultClaim, VaultId(source.Root)), new Claim(PasswordClaim, Fingerprint(passwordHash)),
         new Claim(SessionClaim, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))],
        CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Whether a signed-in principal still holds: same vault, same password, and remote access on.</summary>
    public bool Holds(ClaimsPrincipal principal) =>
        Required && principal.FindFirst(VaultClaim)?.Value == VaultId(source.Root) &&
        CurrentHash() is { } hash && principal.FindFirst(PasswordClaim)?.Value == Fingerprint(hash) &&
        principal.FindFirst(SessionClaim)?.Value is { Length: > 0 } session && !Revoked().ContainsKey(session);

    /// <summary>
    /// Ends the principal's session for good: its id goes in the revoked list until the cookie would
    /// have expired anyway (entries past that are dropped as the list is written).
    /// </summary>
    public void Revoke(ClaimsPrincipal principal, DateTimeOffset now, TimeSpan lifetime)
    {
        if (principal.FindFirst(SessionClaim)?.Value is not { Length: > 0 } session) return;
        var vault = source.Open();
        string path = RevokedPath();
        vault.Files.CreateDirectory(Path.GetDirectoryName(path)!);
        using var _ = vault.Files.LockForWrite(path);
        var kept = Revoked().Where(r => r.Value > now.ToUnixTimeSeconds()).ToDictionary();
        kept[session] = (now + lifetime).ToUnixTimeSeconds();
        vault.Files.WriteAllBytesAtomic(path, Encoding.UTF8.GetBytes(string.Concat(kept.Select(r => $"{r.Key} {r.Value}\n"))));
    }

    private string RevokedPath() => Path.Combine(source.Root, Core.Vaults.Vault.SettingsFolder, RevokedFile);

    /// <summary>Revoked session ids with when their cookie expires (Unix seconds); lines that do not read so are ignored.</summary>
    private Dictionary<string, long> Revoked()
    {
        var files = source.Open().Files;
        string path = RevokedPath();
        var revoked = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!files.FileExists(path)) return revoked;
        foreach (var line in Encoding.UTF8.GetString(files.ReadAllBytes(path)).Split('\n'))
            if (line.Split(' ') is [var id, var expires] && long.TryParse(expires, out long seconds)) revoked[id] = seconds;
        return revoked;
    }

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
