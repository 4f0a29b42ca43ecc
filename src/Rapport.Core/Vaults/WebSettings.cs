using System.Net;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Vaults;

/// <summary>
/// The <c>web:</c> settings of <c>.rapport/config.yml</c>, for <c>rapport serve --allow-remote</c>
/// behind a host name or a reverse proxy:
/// <code>
/// web:
///   hosts: [1on1.example.com]          # the names the app is reached by (the Host header)
///   base-url: https://1on1.example.com # links made on the web start with this
///   proxies: [10.0.0.5]                # X-Forwarded-* headers are trusted from these only
/// </code>
/// </summary>
public sealed record WebSettings(IReadOnlyList<string> Hosts, Uri? BaseUrl, IReadOnlyList<IPAddress> Proxies)
{
    public static readonly WebSettings None = new([], null, []);

    internal static WebSettings Parse(YamlNode node, string path, int line)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" }) return None;
        if (node is not YamlMappingNode map)
            throw Invalid(path, line, "web: expects settings below it (hosts, base-url, proxies); see docs/web.md");
        var settings = None;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            string key = keyNode.ToString().ToLowerInvariant();
            int at = (int)keyNode.Start.Line;
            settings = key switch
            {
                "hosts" => settings with { Hosts = [.. List(valueNode).Select(h => HostName(h, path, at))] },
                "base-url" => settings with { BaseUrl = BaseUrlOf((valueNode as YamlScalarNode)?.Value?.Trim() ?? "", $"{path}:{at}: web base-url") },
                "proxies" => settings with
                {
                    Proxies = [.. List(valueNode).Select(p => IPAddress.TryParse(p, out var ip) ? ip : throw Invalid(path, at, $"web proxies: '{p}' is not an IP address"))],
                },
                _ => throw Invalid(path, at, $"unknown web setting '{key}'; use hosts, base-url or proxies"),
            };
        }
        return settings;
    }

    /// <summary>
    /// A host name the app answers to, as the browser sends it in <c>Host</c>: a DNS name or an IP
    /// address, with an optional port (<c>1on1.example.com</c>, <c>1on1.example.com:8443</c>), lower case.
    /// </summary>
    public static string HostName(string text, string path, int line) =>
        TryHostName(text) ?? throw Invalid(path, line, $"'{text}' is not a host name such as 1on1.example.com or 1on1.example.com:8443");

    /// <summary>The host name in the form it is compared, or null when it is not one.</summary>
    public static string? TryHostName(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (text.Length is 0 or > 260 || text.IndexOfAny(['/', '\\', '@', '?', '#']) >= 0) return null;
        if (!Uri.TryCreate($"http://{text}/", UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || uri.HostNameType == UriHostNameType.Unknown) return null;
        return text.EndsWith($":{uri.Port}", StringComparison.Ordinal) ? $"{uri.Host}:{uri.Port}" : uri.Host;
    }

    /// <summary>An http(s) address without query or fragment, or a usage error naming <paramref name="what"/>.</summary>
    public static Uri BaseUrlOf(string text, string what) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0 && url.UserInfo.Length == 0
            ? url
            : throw new RapportException(ErrorCode.Usage, $"{what} '{text}' is not an http(s) address such as http://127.0.0.1:5170");

    private static IEnumerable<string> List(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(c => (c as YamlScalarNode)?.Value?.Trim() ?? "").Where(v => v.Length > 0),
        YamlScalarNode { Value: { } value } => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    private static RapportException Invalid(string path, int line, string message) => new(ErrorCode.InvalidFile, message, path, line);
}
