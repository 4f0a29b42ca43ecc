using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Rapport.Web;

/// <summary>
/// HEAD answers as GET does, without the body (RFC 9110 §9.3.2): uptime checks, link previews and mail scanners ask a
/// guest's link with HEAD, and a 404 there reads as a dead link. The server sends no body for HEAD.
/// </summary>
internal static class HeadRequests
{
    /// <summary>Every GET endpoint of the group also answers HEAD, through the same filters (host, owner, rate limit).</summary>
    public static RouteGroupBuilder AnswersHead(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
        });
        return group;
    }
}
