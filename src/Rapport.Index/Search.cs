using System.Text;
using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Text;

namespace Rapport.Index;

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
/// A search: FTS5 query syntax passes through (<c>"promotion criteria"</c>, <c>promo*</c>,
/// <c>budget OR courses</c>, <c>renewal NOT churn</c>), narrowed by relationship, dates and scope.
/// </summary>
public sealed record SearchQuery(string Text, string? Slug = null, DateOnly? Since = null, DateOnly? Until = null, SearchScope Scope = SearchScope.All, int Limit = 50);

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

public sealed partial class VaultIndex
{
    /// <summary>The best matches first (BM25), with snippets; a malformed query is a usage error saying why.</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Text)) throw new RapportException(ErrorCode.Usage, "the search is empty");
        var where = new List<string> { "entries_fts MATCH $q" };
        if (query.Slug is not null) where.Add("f.slug = $slug");
        if (query.Since is not null) where.Add("e.date >= $since");
        if (query.Until is not null) where.Add("e.date <= $until");
        string? kinds = query.Scope switch
        {
            SearchScope.Actions => "'action'",
            SearchScope.Threads => "'thread'",
            SearchScope.Notes => "'note'",
            SearchScope.History => "'history'",
            _ => null,
        };
        if (kinds is not null) where.Add($"e.kind IN ({kinds})");

        using var command = Command($"""
            SELECT coalesce(f.person, r.person, f.slug), f.slug, f.path, e.line, e.date, e.kind, e.topic,
                   snippet(entries_fts, -1, char(2), char(3), '…', 16), bm25(entries_fts)
            FROM entries_fts
            JOIN entries e ON e.id = entries_fts.rowid
            JOIN files f ON f.id = e.file_id
            LEFT JOIN files r ON r.kind = 'relationship' AND r.slug = f.slug AND f.kind <> 'relationship'
            WHERE {string.Join(" AND ", where)}
            ORDER BY bm25(entries_fts), e.date DESC, f.path, e.line
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$q", query.Text);
        command.Parameters.AddWithValue("$limit", query.Limit);
        if (query.Slug is not null) command.Parameters.AddWithValue("$slug", query.Slug);
        if (query.Since is { } since) command.Parameters.AddWithValue("$since", IsoDate.Format(since));
        if (query.Until is { } until) command.Parameters.AddWithValue("$until", IsoDate.Format(until));

        var hits = new List<SearchHit>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(new SearchHit(
                    reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : IsoDate.TryParse(reader.GetString(4), out var d) ? d : null,
                    reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7), reader.GetDouble(8)));
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            string why = ex.Message.Contains("fts5:", StringComparison.Ordinal) ? ex.Message[(ex.Message.IndexOf("fts5:", StringComparison.Ordinal) + 5)..].Trim().TrimEnd('.', '\'') : ex.Message;
            throw new RapportException(ErrorCode.Usage,
                $"malformed search '{query.Text}': {why}; use words, \"a phrase\", prefix*, OR, NOT, and quote words with punctuation", inner: ex);
        }
        return hits;
    }
}
