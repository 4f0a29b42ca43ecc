using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>Search takes what people type: plain words with punctuation, broken syntax, and long pastes.</summary>
public sealed class SearchTextTests : IDisposable
{
    private const string Document = """
        ---
        person: Lena Fischer
        relationship: report
        ---

        ## Meeting History
        - 2026-01-05: Intro 1:1, agreed on a follow-up about INFRA-2231

        ## Threads
        ### Budget
        - 2026-01-05: T&E claims are late; Noah's deck has the numbers
        - 2026-01-06: Budget for the offsite is in an email from Sam
        - 2026-01-07: Budget for hiring waits on the e-mail from finance

        ### Renewal
        - 2026-01-08: Sam won't share the renewal deck before pricing is settled
        - 2026-01-09: Jürgen will present the renewal deck to Mueller's team
        - 2026-01-10: The deck for the renewal is late

        ## Private Notes
        - Seemed zephyrlike about the reorg

        ## Hobbies
        Plays the quokkaphone on weekends.

        ## Quarantined ideas
        - (none)
        """;

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public SearchTextTests() => _vault.Write(Path.Combine("Career", "1-on-1s", "lena-fischer.md"), Document);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _vault.Dispose();
    }

    [Theory]
    [InlineData("follow-up")]
    [InlineData("1:1")]
    [InlineData("INFRA-2231")]
    [InlineData("infra-2231")]
    [InlineData("Noah's deck")]
    [InlineData("T&E")]
    [InlineData("\"follow-up")]
    [InlineData("follow-up AND")]
    [InlineData("(follow-up")]
    [InlineData("AND OR follow-up")]
    public void Should_search_what_people_type_as_words(string typed)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer"));

        hits.ShouldNotBeEmpty(typed);
        hits.ShouldAllBe(h => h.Snippet.Contains(SearchHit.MatchStart));
    }

    [Theory]
    [InlineData("budget -hiring", "offsite")]
    [InlineData("budget \u2212hiring -late", "offsite")]
    [InlineData("-hiring budget", "offsite")]
    public void Should_leave_out_what_a_word_led_by_a_minus_names(string typed, string expected)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer"));

        hits.ShouldContain(h => h.Snippet.Contains(expected, StringComparison.Ordinal));
        hits.ShouldAllBe(h => !h.Snippet.Contains("hiring", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("\"renewal deck\" -pricing")]
    [InlineData("-pricing \"renewal deck\"")]
    [InlineData("\"renewal deck\" \u2212pricing")]
    public void Should_keep_a_quoted_phrase_beside_a_word_led_by_a_minus(string typed)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer"));

        // The phrase, without pricing: not the words apart ("The deck for the renewal"), not the line naming pricing
        Plain(hits.ShouldHaveSingleItem().Snippet).ShouldContain("will present");
    }

    [Theory]
    [InlineData("wont", "won't")]
    [InlineData("Juergen", "Jürgen")]
    [InlineData("juergen", "Jürgen")]
    [InlineData("Müller", "Mueller")]
    [InlineData("Muellers", "Mueller's")]
    public void Should_find_a_word_typed_without_its_apostrophe_or_umlaut(string typed, string written)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer"));

        Plain(hits.ShouldHaveSingleItem().Snippet).ShouldContain(written);
    }

    private static string Plain(string snippet) => snippet.Replace(SearchHit.MatchStart.ToString(), "", StringComparison.Ordinal).Replace(SearchHit.MatchEnd.ToString(), "", StringComparison.Ordinal);

    [Fact]
    public void Should_refuse_a_search_that_only_leaves_words_out()
    {
        using var index = Synced();

        var ex = Should.Throw<RapportException>(() => index.Search(new SearchQuery("-hiring")));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldContain("only leaves words out");
    }

    [Theory]
    [InlineData("Juergen renewal deck", "Jürgen will present")]
    [InlineData("what did Sam say about the renewal deck", null)]
    [InlineData("sam wont share", "Sam won't share")]
    [InlineData("hiring e-mail", "Budget for hiring")]
    [InlineData("renewal deck -Juergen -pricing", "The deck for the renewal")]
    public void Should_search_several_words_when_one_has_other_spellings(string typed, string? found)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer")).Select(h => h.Snippet.Replace("\u0002", "", StringComparison.Ordinal).Replace("\u0003", "", StringComparison.Ordinal)).ToList();

        // Every word is required, so a question's filler words find nothing here; none of it is a malformed query.
        if (found is null) hits.ShouldBeEmpty();
        else hits.ShouldHaveSingleItem().ShouldContain(found);
    }

    [Theory]
    [InlineData("e-mail")]
    [InlineData("email")]
    public void Should_find_a_hyphenated_word_written_as_one_from_its_hyphenated_spelling(string typed)
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery(typed, "lena-fischer")).Select(h => h.Snippet).ToList();

        // "email" cannot know where a hyphen might have been; "e-mail" finds both spellings.
        hits.ShouldContain(h => h.Contains("\u0002email", StringComparison.Ordinal));
        if (typed == "e-mail") hits.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("zephyrlike", "Private Notes")]
    [InlineData("quokkaphone", "Hobbies")]
    [InlineData("Quarantined", null)]
    public void Should_index_every_heading_and_section_the_users_own_included(string word, string? section)
    {
        using var index = Synced();

        var hit = index.Search(new SearchQuery(word, "lena-fischer")).ShouldHaveSingleItem();

        hit.Snippet.ShouldContain(SearchHit.MatchStart);
        hit.Topic.ShouldBe(section);
    }

    [Theory]
    [InlineData("\"INFRA 2231\"")]
    [InlineData("follow OR zephyrlike")]
    [InlineData("quokka*")]
    [InlineData("topic:budget")]
    public void Should_use_fts5_syntax_when_the_query_clearly_uses_it(string query)
    {
        SearchText.UsesSyntax(query).ShouldBeTrue();
        using var index = Synced();

        index.Search(new SearchQuery(query, "lena-fischer")).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("follow-up")]
    [InlineData("\"unclosed")]
    [InlineData("a AND")]
    [InlineData("Noah's deck")]
    [InlineData("1:1")]
    public void Should_not_take_plain_text_for_syntax(string query) => SearchText.UsesSyntax(query).ShouldBeFalse();

    [Theory]
    [InlineData("*", "no word to search for")]
    [InlineData("  ", "the search is empty")]
    [InlineData("&&", "no word to search for")]
    public void Should_say_why_a_query_has_nothing_to_search(string query, string why)
    {
        using var index = Synced();

        var ex = Should.Throw<RapportException>(() => index.Search(new SearchQuery(query)));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldContain(why);
    }

    [Fact]
    public void Should_refuse_a_10000_character_query_with_a_reason()
    {
        using var index = Synced();

        var ex = Should.Throw<RapportException>(() => index.Search(new SearchQuery(string.Concat(Enumerable.Repeat("follow-up ", 1000)))));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldContain($"at most {SearchText.MaxLength:N0}");
    }

    [Theory]
    [InlineData("AND OR")]
    [InlineData("\"unclosed")]
    [InlineData("foo(")]
    public void Should_explain_a_malformed_raw_query(string query)
    {
        using var index = Synced();

        var ex = Should.Throw<RapportException>(() => index.Search(new SearchQuery(query, Raw: true)));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldStartWith($"malformed search '{query}': ");
        ex.Message.ShouldNotContain("SQLite", Case.Insensitive, "SQLite's reason, not the library's wrapping of it");
    }

    private VaultIndex Synced()
    {
        var index = VaultIndex.Open(Vault.Open(_vault.Path, PhysicalFileSystem.Instance), _ => { });
        index.Sync();
        return index;
    }
}
