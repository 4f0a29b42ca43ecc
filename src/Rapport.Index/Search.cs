using System.Text;
using Rapport.Core;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Index;

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
            return Run(query, query.Raw ? text : syntax ? SearchText.Syntax(text) : SearchText.Words(text));
        }
        catch (DatabaseException ex) when (ex.Code == 1 && syntax && !query.Raw)
        {
            // It looked like syntax but is not valid FTS5: what was typed is searched as words.
            return Run(query, SearchText.Words(text));
        }
        catch (DatabaseException ex) when (ex.Code == 1)
        {
            string why = ex.Reason.Contains("fts5:", StringComparison.Ordinal) ? ex.Reason[(ex.Reason.IndexOf("fts5:", StringComparison.Ordinal) + 5)..].Trim().TrimEnd('.', '\'') : ex.Reason;
            throw new RapportException(ErrorCode.Usage,
                $"malformed search '{query.Text}': {why}; use words, \"a phrase\", prefix*, OR, NOT, or search without raw FTS5 syntax (--raw) to search the words as typed", inner: ex);
        }
    }

    /// <summary>
    /// A query matching more entries than this ranks only its newest this many (entry ids grow with
    /// the entry's date, as the index writes them): the best 20 of a word found everywhere come from
    /// the recent past, without scoring every match. Fewer matches are all ranked.
    /// </summary>
    public const int RankedAtMost = 2000;

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
        // Phase one, without a filter that could leave the newest matches out: the id from which the
        // newest matches start, by walking the full-text index backwards (no scoring, no join).
        if (where.Count == 1)
        {
            long? newest = Newest(match);
            return Hits(match, Best(match, newest, query.Limit));
        }

        // With a filter, the filter's columns are joined for every match, and the database ranks them.
        var best = new List<(long Id, double Rank)>();
        using (var reader = Command($"""
            SELECT entries_fts.rowid, bm25(entries_fts)
            FROM entries_fts
            JOIN entries e ON e.id = entries_fts.rowid
            JOIN files f ON f.id = e.file_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY bm25(entries_fts), e.date DESC, f.path, e.line
            LIMIT $limit
            """))
        {
            reader.Bind("$q", match);
            reader.Bind("$limit", query.Limit);
            if (query.Slug is not null) reader.Bind("$slug", query.Slug);
            if (query.Since is { } since) reader.Bind("$since", IsoDate.Format(since));
            if (query.Until is { } until) reader.Bind("$until", IsoDate.Format(until));
            while (reader.Read()) best.Add((reader.Int64(0), reader.Double(1)));
        }
        return Hits(match, best);
    }

    /// <summary>
    /// Phase two without a filter: the candidates (the newest <see cref="RankedAtMost"/> matches from
    /// <paramref name="from"/>, or every match when there are fewer) are ranked by the full-text
    /// index alone, without a join; only the rows that can be among the best <paramref name="limit"/>
    /// (those ranked at least as well as the last of them) are joined for the tie-breaks: newest
    /// first, then by path and line, as with a filter.
    /// </summary>
    private List<(long Id, double Rank)> Best(string match, long? from, int limit)
    {
        var ranked = new List<(long Id, double Rank)>();
        using (var reader = Command($"SELECT rowid, bm25(entries_fts) FROM entries_fts WHERE entries_fts MATCH $q{(from is null ? "" : " AND rowid >= $from")}"))
        {
            reader.Bind("$q", match);
            if (from is { } id) reader.Bind("$from", id);
            while (reader.Read()) ranked.Add((reader.Int64(0), reader.Double(1)));
        }
        if (ranked.Count == 0) return ranked;
        double last = ranked.Select(r => r.Rank).Order().ElementAt(Math.Min(limit, ranked.Count) - 1);
        var contenders = ranked.Where(r => r.Rank <= last).ToDictionary(r => r.Id, r => r.Rank);
        var order = new List<(long Id, double Rank, string? Date, string Path, long Line)>(contenders.Count);
        using (var reader = Command($"""
            SELECT e.id, e.date, f.path, e.line FROM entries e JOIN files f ON f.id = e.file_id
            WHERE e.id IN ({string.Join(", ", contenders.Keys)})
            """))
        {
            while (reader.Read())
                order.Add((reader.Int64(0), contenders[reader.Int64(0)], reader.TextOrNull(1), reader.Text(2), reader.Int64(3)));
        }
        // As SQL orders them: rank, then the date descending (no date last), then path and line.
        return order
            .OrderBy(o => o.Rank)
            .ThenByDescending(o => o.Date, StringComparer.Ordinal)
            .ThenBy(o => o.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Line)
            .Take(limit)
            .Select(o => (o.Id, o.Rank))
            .ToList();
    }

    /// <summary>The id of the <see cref="RankedAtMost"/>th newest match, or null when there are fewer matches.</summary>
    private long? Newest(string match)
    {
        using var command = Command($"SELECT rowid FROM entries_fts WHERE entries_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET {RankedAtMost - 1}");
        command.Bind("$q", match);
        return command.Scalar() is long id ? id : null;
    }

    /// <summary>
    /// The ranked entries with who, when, where and a snippet of each column: the text's when the
    /// match is there, else the topic's, so the snippet shown always holds a match. One statement,
    /// prepared once, serves every row.
    /// </summary>
    private List<SearchHit> Hits(string match, List<(long Id, double Rank)> best)
    {
        var hits = new List<SearchHit>(best.Count);
        if (best.Count == 0) return hits;
        using var reader = Command("""
            SELECT coalesce(f.person, r.person, f.slug), f.slug, f.path, e.line, e.date, e.kind, coalesce(e.topic, e.section),
                   snippet(entries_fts, 0, char(2), char(3), '…', 16), snippet(entries_fts, 1, char(2), char(3), '…', 16), f.kind
            FROM entries_fts
            JOIN entries e ON e.id = entries_fts.rowid
            JOIN files f ON f.id = e.file_id
            LEFT JOIN files r ON r.kind = 'relationship' AND r.slug = f.slug AND f.kind <> 'relationship'
            WHERE entries_fts MATCH $q AND entries_fts.rowid = $id
            """);
        reader.Bind("$q", match);
        var inFolder = new List<bool>(best.Count);
        foreach (var (entry, rank) in best)
        {
            reader.Bind("$id", entry).Read();
            string text = reader.Text(7), topic = reader.Text(8);
            string snippet = text.Contains(SearchHit.MatchStart, StringComparison.Ordinal) || !topic.Contains(SearchHit.MatchStart, StringComparison.Ordinal) ? text : topic;
            hits.Add(new SearchHit(
                reader.TextOrNull(0), reader.TextOrNull(1), reader.Text(2), reader.Int32(3),
                reader.IsNull(4) ? null : IsoDate.TryParse(reader.Text(4), out var d) ? d : null,
                reader.Text(5), reader.TextOrNull(6), snippet, rank));
            inFolder.Add(reader.Text(9) == FileReader.MeetingNote);
            reader.Reset();
        }
        if (!inFolder.Contains(true)) return hits;
        // A hit in a meeting note goes by its folder's person (MeetingFolder.PersonOf), as list and actions show it.
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string slug in hits.Where((h, i) => inFolder[i] && h.Slug is not null).Select(h => h.Slug!).Distinct())
            foreach (var (folder, person) in FolderPeople(slug)) people[folder] = person;
        return hits.Select((h, i) => inFolder[i] && h.Slug is not null && people.TryGetValue(h.Slug, out var person) ? h with { Person = person } : h).ToList();
    }
}
