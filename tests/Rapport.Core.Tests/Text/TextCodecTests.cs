using Rapport.Core.Text;

namespace Rapport.Core.Tests.Text;

public sealed class TextCodecTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' })]
    [InlineData(new byte[] { (byte)'a', 0, (byte)'b', (byte)'\r' })]
    [InlineData(new byte[] { 0xE6, 0x97, 0xA5, 0xF0, 0x9F, 0x8E, 0x89 })]
    [InlineData(new byte[] { })]
    public void Should_encode_back_to_the_same_bytes(byte[] bytes)
    {
        TextCodec.Encode(TextCodec.Decode(bytes, "f.md")).ShouldBe(bytes);
    }

    [Fact]
    public void Should_name_the_line_of_an_invalid_byte()
    {
        byte[] bytes = [.. "line one\nline two\ncaf"u8, 0xE9, .. "\n"u8];

        var ex = Should.Throw<RapportException>(() => TextCodec.Decode(bytes, "notes/jo.md"));

        ex.Code.ShouldBe(ErrorCode.InvalidFile);
        ex.ToDisplayString().ShouldBe("notes/jo.md:3: not valid UTF-8 text (Rapport reads UTF-8 files only)");
    }

    [Theory]
    [InlineData("2026-01-15", true)]
    [InlineData("2026\u201101\u201115", true)]
    [InlineData("2026-13-45", false)]
    [InlineData("2026-02-29", false)]
    [InlineData("2028-02-29", true)]
    [InlineData("26-01-15", false)]
    public void Should_parse_iso_dates_strictly(string text, bool valid)
    {
        IsoDate.TryParse(text, out _).ShouldBe(valid);
    }

    [Fact]
    public void Should_reject_a_bad_date_argument_as_a_usage_error()
    {
        var ex = Should.Throw<RapportException>(() => IsoDate.ParseArgument("2026-13-45"));
        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldContain("'2026-13-45' is not a valid date");
    }
}
