using Rapport.Core.Vaults;
namespace Rapport.Index.Tests;

public sealed class SearchHitTests
{
    private static readonly SearchHit Hit = new("Sarah Chen", "sarah-chen", "Career/1-on-1s/sarah-chen.md", 20, new DateOnly(2025, 12, 10), "thread", "Career Development",
        $"…the {SearchHit.MatchStart}renewal{SearchHit.MatchEnd} of <b> & {SearchHit.MatchStart}renewals{SearchHit.MatchEnd}", 1.5);

    [Fact]
    public void Should_mark_each_match_and_encode_the_text_between()
    {
        Hit.SnippetWith("<mark>", "</mark>", System.Net.WebUtility.HtmlEncode).ShouldBe("…the <mark>renewal</mark> of &lt;b&gt; &amp; <mark>renewals</mark>");
        Hit.SnippetWith("", "").ShouldBe("…the renewal of <b> & renewals");
    }

    [Fact]
    public void Should_say_whose_entry_it_is_when_and_what_kind() =>
        Hit.Heading.ShouldBe("Sarah Chen · 2025-12-10 · thread: Career Development");
}
