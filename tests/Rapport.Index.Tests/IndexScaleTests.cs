using Microsoft.Data.Sqlite;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>Search of a word found everywhere ranks the newest matches; the vault may be a link; many tiny files are fine.</summary>
public sealed class IndexScaleTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _root.Dispose();
    }

    [Fact]
    public void Should_rank_only_the_newest_matches_of_a_word_found_everywhere_each_snippet_holding_a_match()
    {
        // Old notes with the shortest lines (BM25's favourites), then enough newer ones to fill the candidates.
        _root.Write(Path.Combine("Career", "1-on-1s", "notes", "sam", "2020-01-01.md"), Lines(500, i => $"renewal {i}"));
        _root.Write(Path.Combine("Career", "1-on-1s", "notes", "sam", "2025-06-01.md"), Lines(VaultIndex.RankedAtMost, i => $"the renewal call number {i} went well"));
        using var index = Synced();

        var hits = index.Search(new SearchQuery("renewal", Limit: 20));
        var all = index.Search(new SearchQuery("renewal", Since: new DateOnly(2000, 1, 1), Limit: 20));

        hits.Count.ShouldBe(20);
        hits.ShouldAllBe(h => h.Date == new DateOnly(2025, 6, 1));
        hits.ShouldAllBe(h => h.Snippet.Contains(SearchHit.MatchStart));
        all.ShouldAllBe(h => h.Date == new DateOnly(2020, 1, 1), "with a filter every match is ranked");
    }

    [Fact]
    public void Should_rank_every_match_when_there_are_fewer_than_the_candidates()
    {
        _root.Write(Path.Combine("Career", "1-on-1s", "notes", "sam", "2020-01-01.md"), Lines(50, i => $"renewal {i}"));
        _root.Write(Path.Combine("Career", "1-on-1s", "notes", "sam", "2025-06-01.md"), Lines(50, i => $"the renewal call number {i} went well"));
        using var index = Synced();

        index.Search(new SearchQuery("renewal", Limit: 20)).ShouldAllBe(h => h.Date == new DateOnly(2020, 1, 1));
    }

    [Fact]
    public void Should_rank_without_a_filter_in_the_order_a_filter_keeping_every_match_gives_ties_included()
    {
        // Equal lines in several notes tie on BM25: the newest first, then path, then line, either way.
        foreach (var (person, day) in new[] { ("sam", "2025-06-01"), ("ann", "2025-06-01"), ("sam", "2024-01-01"), ("bo", "2025-07-01") })
            _root.Write(Path.Combine("Career", "1-on-1s", "notes", person, $"{day}.md"), Lines(12, i => i % 3 == 0 ? "renewal" : $"the renewal call number {i} went well"));
        using var index = Synced();

        var fast = index.Search(new SearchQuery("renewal", Limit: 30));
        var filtered = index.Search(new SearchQuery("renewal", Since: new DateOnly(2000, 1, 1), Limit: 30));

        fast.Count.ShouldBe(30);
        fast.Select(h => (h.Path, h.Line, h.Rank)).ShouldBe(filtered.Select(h => (h.Path, h.Line, h.Rank)));
        fast.Take(4).ShouldAllBe(h => h.Date == new DateOnly(2025, 7, 1));
    }

    [Fact]
    public void Should_index_a_vault_reached_through_a_symbolic_link()
    {
        _root.Write(Path.Combine("real", "Career", "1-on-1s", "sam-lee.md"), "---\nperson: Sam Lee\n---\n\n## Action Items\n- [ ] Send the renewal deck 📅 2026-01-10\n");
        string link = _root.File("link");
        Directory.CreateSymbolicLink(link, _root.File("real"));
        using var index = VaultIndex.Open(Vault.Open(link, PhysicalFileSystem.Instance));

        index.Sync().Added.ShouldBe(1);

        index.Relationships().ShouldHaveSingleItem().Person.ShouldBe("Sam Lee");
        index.OpenActions().ShouldHaveSingleItem().Text.ShouldBe("Send the renewal deck");
        index.Search(new SearchQuery("renewal")).ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_index_many_tiny_files_in_one_sync_and_then_find_nothing_changed()
    {
        const int Count = 5000;
        for (int i = 0; i < Count; i++) _root.Write(Path.Combine("inbox", $"{i % 50}", $"{i}.md"), $"tiny {i}\n");
        using var index = VaultIndex.Open(Vault.Open(_root.Path, PhysicalFileSystem.Instance));

        index.Sync().Added.ShouldBe(Count);

        index.Sync().Changed.ShouldBeFalse();
        index.Search(new SearchQuery("tiny", Limit: 5)).Count.ShouldBe(5);
    }

    private VaultIndex Synced()
    {
        var index = VaultIndex.Open(Vault.Open(_root.Path, PhysicalFileSystem.Instance));
        index.Sync();
        return index;
    }

    private static string Lines(int count, Func<int, string> line) => string.Concat(Enumerable.Range(0, count).Select(i => $"- {line(i)}\n"));
}
