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
}
