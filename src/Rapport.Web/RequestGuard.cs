using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Rapport.Web;

/// <summary>
/// The first thing every request meets, before routing, sign-in or any page:
/// <list type="number">
/// <item>security headers on every response, error pages included, and a page (not a bare 500) for an unexpected failure;</item>
/// <item>the <c>Host</c> check that closes DNS rebinding: a page on another site that points its own name at 127.0.0.1 gets a 421 and no content;</item>
/// <item>a control character (CR, LF, …) anywhere in the address is a 400, never a header or a 500;</item>
/// <item>a POST whose <c>Origin</c> or <c>Referer</c> names another site is refused (on top of antiforgery).</item>
/// </list>
/// </summary>
internal static class RequestGuard
{
    /// <summary>The names a browser on this machine reaches a loopback app by.</summary>
    public static readonly IReadOnlyList<string> LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    public static readonly IReadOnlyDictionary<string, string> SecurityHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ["X-Frame-Options"] = "DENY",
        ["X-Content-Type-Options"] = "nosniff",
        // Same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on every
        // form post, and the origin check below could not tell this site's forms from another's.
        // Other sites still get no Referer, so a shared link does not leak through a link on a page.
        ["Referrer-Policy"] = "same-origin",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Cross-Origin-Resource-Policy"] = "same-origin",
        ["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        // Every page is made from the vault as it is now, and some hold private notes: no copy in any cache.
        ["Cache-Control"] = "no-store",
    };

    public static async Task Handle(HttpContext context, Func<Task> next)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            foreach (var (name, value) in SecurityHeaders) response.Headers[name] = value;
            return Task.CompletedTask;
        });
        var options = context.RequestServices.GetRequiredService<WebOptions>();
        if (!AllowsHost(options, context.Request.Host, context.Connection.LocalPort))
        {
            // No content at all: a rebinding page learns nothing, not even that Rapport is here.
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        if (HasControlCharacter(context.Request.Path.Value) || HasControlCharacter(Uri.UnescapeDataString(context.Request.QueryString.Value ?? "")))
        {
            await Pages.Error("The address holds a line break or another control character: it was not opened.", StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && FromAnotherSite(context.Request, options))
        {
            await Pages.Error("This form was sent from another site, so it was not accepted. Open this app's own page and send it from there.",
                StatusCodes.Status403Forbidden, nav: false).ExecuteAsync(context);
            return;
        }
        try
        {
            await next();
        }
        catch (Exception) when (!response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            response.Clear();
            await Pages.Error("Something went wrong on this page, and nothing was changed. Reload the page to try again.",
                StatusCodes.Status500InternalServerError, nav: false).ExecuteAsync(context);
        }
    }

    /// <summary>
    /// Whether the request names this app in <c>Host</c>: on loopback only localhost, 127.0.0.1 or
    /// [::1] with the port the app listens on; with remote access also the configured host names
    /// (with any port when the name has none: a reverse proxy may use 443).
    /// </summary>
    public static bool AllowsHost(WebOptions options, HostString host, int localPort)
    {
        if (!host.HasValue) return false;
        string name = host.Host.ToLowerInvariant();
        int port = options.Port != 0 ? options.Port : localPort;
        if (LoopbackNames.Contains(name) && host.Port == port) return true;
        if (!options.AllowRemote) return false;
        string full = host.Port is { } p ? $"{name}:{p}" : name;
        return options.HostNames.Any(allowed => allowed == name || allowed == full);
    }

    /// <summary>
    /// Whether a form post came from another site: <c>Sec-Fetch-Site: cross-site</c> or <c>same-site</c>
    /// (another port or subdomain), or an <c>Origin</c> (or, without one, a <c>Referer</c>)
    /// that is not this app's own origin, as the request reached it or as <c>web.base-url</c> names it.
    /// A request with neither (not a browser) still needs the antiforgery token.
    /// </summary>
    public static bool FromAnotherSite(HttpRequest request, WebOptions options)
    {
        // A browser that says the post comes from another site is believed, with or without Origin
        // (an extension or privacy setting may strip Origin and Referer, never Sec-Fetch-Site).
        if (request.Headers["Sec-Fetch-Site"].Any(site => site is not null && (site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || site.Equals("same-site", StringComparison.OrdinalIgnoreCase))))
            return true;
        var origins = request.Headers.Origin;
        string? claimed = origins.Count switch
        {
            0 => null,
            1 => origins[0],
            _ => "",
        };
        if (claimed is null)
        {
            if (request.Headers.Referer is not [{ } referer]) return request.Headers.Referer.Count > 1;
            claimed = Uri.TryCreate(referer, UriKind.Absolute, out var from) ? OriginOf(from) : "";
        }
        string self = $"{request.Scheme}://{request.Host.Value}".ToLowerInvariant();
        string? configured = options.BaseUrl is { } baseUrl ? OriginOf(baseUrl) : null;
        claimed = claimed.ToLowerInvariant();
        return claimed != self && claimed != configured && claimed != OriginOf(new Uri(self));
    }

    /// <summary>"http://localhost:5170", without a default port, as a browser writes it in <c>Origin</c>.</summary>
    private static string OriginOf(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();

    public static bool HasControlCharacter(string? text) => text is not null && text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || text?.Contains('\u007f') == true;

    /// <summary>
    /// Where to go after signing in: a path on this site only. Anything else (another site, <c>//x</c>,
    /// <c>/\x</c> which browsers read as <c>//x</c>, a control character) goes to the dashboard;
    /// characters beyond ASCII are percent-encoded.
    /// </summary>
    public static string LocalPath(string? next) =>
        next is { Length: > 0 } path && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\')) && !path.Contains('\\') && !HasControlCharacter(path)
            ? AsciiOnly(path)
            : "/";

    /// <summary>
    /// The path with every character beyond ASCII percent-encoded as UTF-8 (a <c>Location</c> header
    /// carries ASCII only); a broken surrogate becomes U+FFFD. Separators like U+2028 are encoded too.
    /// </summary>
    private static string AsciiOnly(string path)
    {
        if (System.Text.Ascii.IsValid(path)) return path;
        var encoded = new System.Text.StringBuilder(path.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii) { encoded.Append((char)rune.Value); continue; }
            int count = rune.EncodeToUtf8(utf8);
            foreach (byte b in utf8[..count]) encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
