using Rapport.Core.Text;

namespace Rapport.Core.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb\r\n", 2)]
    [InlineData("a\rb\rc", 3)]
    [InlineData("a\n\n", 2)]
    public void Should_count_lines_with_any_line_ending(string text, int lines)
    {
        new SourceText(text).LineCount.ShouldBe(lines);
    }

    [Fact]
    public void Should_keep_each_line_ending_apart_from_its_content()
    {
        // Given a file mixing CRLF, LF and CR
        var source = new SourceText("one\r\ntwo\nthree\rfour");

        // Then each line's content excludes its own ending
        source.Line(0).ShouldBe("one");
        source.Line(1).ShouldBe("two");
        source.Line(2).ShouldBe("three");
        source.Line(3).ShouldBe("four");
        source.LineEnd(0).ShouldBe(5);
        source.Newline.ShouldBe("\r\n");
    }

    [Fact]
    public void Should_splice_edits_without_touching_other_text()
    {
        var source = new SourceText("- [ ] a\r\n- [ ] b\r\n", hasBom: true);

        var edited = source.Apply([new TextEdit(source.LineStart(1) + 3, 1, "x"), TextEdit.Insert(source.Length, "- [ ] c\r\n")]);

        edited.Text.ShouldBe("- [ ] a\r\n- [x] b\r\n- [ ] c\r\n");
        edited.HasBom.ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_overlapping_edits()
    {
        var source = new SourceText("abcdef");
        Should.Throw<InvalidOperationException>(() => source.Apply([new TextEdit(0, 3, "x"), new TextEdit(2, 2, "y")]));
    }

    [Fact]
    public void Should_find_the_line_of_an_offset()
    {
        var source = new SourceText("ab\ncd\nef");
        source.LineOf(0).ShouldBe(0);
        source.LineOf(3).ShouldBe(1);
        source.LineOf(7).ShouldBe(2);
    }
}
