using Rapport.Core.Text;

namespace Rapport.Core.Tests.Text;

public sealed class InlineMarkdownTests
{
    [Theory]
    [InlineData("Career path ([notes](notes/sarah-chen/2026-01-15.md))", "Career path (notes)")]
    [InlineData("See [[Q1 plan]] and [[okrs|the OKRs]]", "See Q1 plan and the OKRs")]
    [InlineData("![chart](c.png) stays", "![chart](c.png) stays")]
    [InlineData("[brackets] alone stay", "[brackets] alone stay")]
    public void Should_show_links_as_their_words(string text, string expected) => InlineMarkdown.Plain(text).ShouldBe(expected);
}
