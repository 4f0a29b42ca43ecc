namespace Rapport.Core.Tests.Reliability;

public sealed class OneLineErrorsTests
{
    [Theory]
    [InlineData("a\nb")]
    [InlineData("\u001b[2J")]
    [InlineData("2026\r01")]
    public void Should_show_control_characters_a_user_typed_as_escapes_so_an_error_stays_one_line(string typed)
    {
        // A probe: `rapport done noah $'\e[2J'` cleared the terminal, and a newline split the error in two.
        string shown = new RapportException(ErrorCode.Usage, $"no open action of Noah Patel matches '{typed}'").ToDisplayString();

        shown.ShouldNotContain('\n');
        shown.ShouldNotContain('\r');
        shown.ShouldNotContain('\u001b');
        shown.ShouldContain("\\u00");
    }
}
