using Rapport.Core.Text;

namespace Rapport.Core.Tests.Text;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("## Private Notes", "\\## Private Notes")]
    [InlineData("- [x] done", "\\- [x] done")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("> quote", "\\> quote")]
    [InlineData("<script>alert(1)</script>", "\\<script>alert(1)</script>")]
    [InlineData("two\nlines\r\n## heading", "two lines ## heading")]
    [InlineData("  spaced \t out  ", "spaced out")]
    [InlineData("bell\u0007char", "bell char")]
    public void Should_keep_text_from_changing_the_document_structure(string text, string expected) =>
        MarkdownText.ListItem(text).ShouldBe(expected);

    [Fact]
    public void Should_cut_long_text() => MarkdownText.ListItem(new string('a', 50), 10).ShouldBe(new string('a', 10));

    /// <summary>What a terminal shows of a point stored escaped (the owner's or a guest's): the words as typed.</summary>
    [Theory]
    [InlineData("## Private Notes")]
    [InlineData("- [x] done")]
    [InlineData("1. first")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Q3 #hiring: *who* owns [the] plan? 50% / $2k ~ok")]
    [InlineData(@"a \ b, C:\temp")]
    public void Should_show_the_words_an_escaped_point_reads_as(string typed)
    {
        MarkdownText.Shown(MarkdownText.ListItem(typed)).ShouldBe(typed);
        MarkdownText.Shown(Core.Sharing.GuestText.Inert(typed)).ShouldBe(typed, "the guest's text, escaped far more");
    }

    [Theory]
    [InlineData(@"\")]
    [InlineData(@"\é and \n")]
    public void Should_keep_a_backslash_that_escapes_nothing(string markdown) => MarkdownText.Shown(markdown).ShouldBe(markdown);
}
