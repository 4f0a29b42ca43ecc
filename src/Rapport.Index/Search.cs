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
/// A search, narrowed by relationship, dates and scope. <see cref="Text"/> is what the person typed:
/// plain words, or FTS5 syntax when it clearly uses it (<see cref="SearchText"/>); with
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

public sealed partial class VaultIndex
{
    /// <summary>
    /// The best matches first (BM25), each with a snippet holding a match. What was typed becomes an
    /// FTS5 query in <see cref="SearchText"/>; a malformed raw query is a usage error saying why.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        string text = SearchText.Check(query.Text);
        bool syntax = query.Raw || SearchText.UsesSyntax(text);
        try
        {
            return Run(query, syntax ? text : SearchText.Words(text));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && syntax && !query.Raw)
        {
            // It looked like syntax but is not valid FTS5: what was typed is searched as words.
            return Run(query, SearchText.Words(text));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            string why = ex.Message.Contains("fts5:", StringComparison.Ordinal) ? ex.Message[(ex.Message.IndexOf("fts5:", StringComparison.Ordinal) + 5)..].Trim().TrimEnd('.', '\'') : ex.Message;
            throw new RapportException(ErrorCode.Usage,
                $"malformed search '{query.Text}': {why}; use words, \"a phrase\", prefix*, OR, NOT, or leave out --raw to search the words as typed", inner: ex);
        }
    }

    private List<SearchHit> Run(SearchQuery query, string match)
    {
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

        // A snippet of each column: the text's when the match is there, else the topic's, so the
        // snippet shown always holds a match.
        using var command = Command($"""
            SELECT coalesce(f.person, r.person, f.slug), f.slug, f.path, e.line, e.date, e.kind, coalesce(e.topic, e.section),
                   snippet(entries_fts, 0, char(2), char(3), '…', 16), snippet(entries_fts, 1, char(2), char(3), '…', 16), bm25(entries_fts)
            FROM entries_fts
            JOIN entries e ON e.id = entries_fts.rowid
            JOIN files f ON f.id = e.file_id
            LEFT JOIN files r ON r.kind = 'relationship' AND r.slug = f.slug AND f.kind <> 'relationship'
            WHERE {string.Join(" AND ", where)}
            ORDER BY bm25(entries_fts), e.date DESC, f.path, e.line
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$limit", query.Limit);
        if (query.Slug is not null) command.Parameters.AddWithValue("$slug", query.Slug);
        if (query.Since is { } since) command.Parameters.AddWithValue("$since", IsoDate.Format(since));
        if (query.Until is { } until) command.Parameters.AddWithValue("$until", IsoDate.Format(until));

        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string text = reader.GetString(7), topic = reader.IsDBNull(8) ? "" : reader.GetString(8);
            string snippet = text.Contains(SearchHit.MatchStart, StringComparison.Ordinal) || !topic.Contains(SearchHit.MatchStart, StringComparison.Ordinal) ? text : topic;
            hits.Add(new SearchHit(
                reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : IsoDate.TryParse(reader.GetString(4), out var d) ? d : null,
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), snippet, reader.GetDouble(9)));
        }
        return hits;
    }
}
