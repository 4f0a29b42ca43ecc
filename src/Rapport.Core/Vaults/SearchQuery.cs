using System.Text;
using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>Where to search: every kind of entry, or actions, threads, raw notes or meeting history only.</summary>
public enum SearchScope
{
    All,
    Actions,
    Threads,
    Notes,
    History,
}

/// <summary>
/// A search, narrowed by relationship, dates and scope. <see cref="Text"/> is what the person typed:
/// plain words, or FTS5 syntax when it clearly uses it (<c>SearchText</c> in Rapport.Index); with
/// <see cref="Raw"/> it is FTS5 syntax as it stands.
/// </summary>
public sealed record SearchQuery(string Text, string? Slug = null, DateOnly? Since = null, DateOnly? Until = null, SearchScope Scope = SearchScope.All, int Limit = 50, bool Raw = false);

/// <summary>
/// A match: who, when, where (file and line) and a snippet in which <see cref="MatchStart"/> and
/// <see cref="MatchEnd"/> mark the matched words.
/// </summary>
public sealed record SearchHit(string? Person, string? Slug, string Path, int Line, DateOnly? Date, string Kind, string? Topic, string Snippet, double Rank)
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    /// <summary>"Sarah Chen · 2026-01-08 · thread: Career Development": whose, when and what kind of entry.</summary>
    public string Heading =>
        string.Join(" · ", new[] { Person, Date is { } d ? IsoDate.Format(d) : null, Topic is null ? Kind : $"{Kind}: {Topic}" }.OfType<string>());

    /// <summary>
    /// The snippet for an output format: each run of text through <paramref name="encode"/> (escaping
    /// for HTML or terminal markup), each match between <paramref name="open"/> and <paramref name="close"/>.
    /// </summary>
    public string SnippetWith(string open, string close, Func<string, string>? encode = null)
    {
        encode ??= text => text;
        var result = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= Snippet.Length; i++)
        {
            if (i < Snippet.Length && Snippet[i] is not (MatchStart or MatchEnd)) continue;
            result.Append(encode(Snippet[start..i]));
            if (i < Snippet.Length) result.Append(Snippet[i] == MatchStart ? open : close);
            start = i + 1;
        }
        return result.ToString();
    }
}
