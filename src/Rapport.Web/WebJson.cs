using System.Text.Json;
using System.Text.Json.Serialization;
using Rapport.Core.Vaults;

namespace Rapport.Web;

/// <summary>One match of <c>/api/search</c>: the snippet as plain text, without match marks.</summary>
public sealed record ApiSearchHit(string? Person, string? Slug, string Path, int Line, DateOnly? Date, string Kind, string? Topic, string Snippet)
{
    public static ApiSearchHit From(SearchHit h) => new(h.Person, h.Slug, h.Path, h.Line, h.Date, h.Kind, h.Topic, h.SnippetWith("", ""));
}

/// <summary>Why <c>/api/search</c> could not run.</summary>
public sealed record ApiError(string Error);

/// <summary>
/// The web API's JSON, generated at compile time (the Native AOT binary cannot reflect over types):
/// web defaults, so camelCase names, as ASP.NET Core writes them.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IEnumerable<ApiSearchHit>))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
