using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Plain <c>key: value</c> front matter is read without YAML's node tree; what it gives must be what
/// the YAML reader gives, and anything that is not plain must be left to the YAML reader.
/// </summary>
public sealed class FrontMatterPlainLinesTests
{
    [Theory]
    [InlineData("person: Ada Adler 1003\narchive-of: Career/1-on-1s/ada-adler-1003.md\nquarter: 2021-Q1\n")]
    [InlineData("person: Sam Lee\nrole: Staff Engineer\nkind: report\nfrequency: weekly\nduration: 30\nstarted: 2024-03-01\n")]
    [InlineData("person: Zoë Ångström\n\nrole: Ingénieure\n")]
    [InlineData("person: Sam  Lee   \nnull_ish: null\nyes_no: yes\n")]
    [InlineData("person: Sarah Chen\nslot: tue 10:45\nsource: https://example.com/1-on-1s\n")]
    [InlineData("# a comment\nperson: Sam\n  # an indented comment\n\n")]
    [InlineData("")]
    public void Should_read_plain_lines_as_the_yaml_reader_does(string yaml)
    {
        var (plain, fromYaml) = Both(yaml);

        plain.ShouldNotBeNull();
        fromYaml.ShouldNotBeNull();
        Describe(plain).ShouldBe(Describe(fromYaml));
    }

    [Theory]
    [InlineData("person: \"Sam Lee\"\n")]
    [InlineData("person: [[Sam Lee]]\n")]
    [InlineData("aliases: [Jai, JM]\n")]
    [InlineData("aliases:\n  - Jai\n")]
    [InlineData("person: Sam # the report\n")]
    [InlineData("slot: tue 10:\n")]
    [InlineData("slot: 10: 45\n")]
    [InlineData("person: Sam #1\n")]
    [InlineData("person:\n")]
    [InlineData("person: Sam\nperson: Alex\n")]
    [InlineData("person: Sam: Lee\n")]
    [InlineData("person: {{name}}\n")]
    [InlineData("person : Sam\n")]
    [InlineData("person:Sam\n")]
    [InlineData("person: Sam\n  continued\n")]
    [InlineData("person: -Sam\n")]
    [InlineData("person: Sam\t\n")]
    [InlineData("just text\n")]
    public void Should_leave_anything_not_plain_to_the_yaml_reader(string yaml)
    {
        Both(yaml).Plain.ShouldBeNull();
    }

    private static (List<FrontMatterEntry>? Plain, List<FrontMatterEntry>? Yaml) Both(string yaml)
    {
        var source = new SourceText($"---\n{yaml}---\n\n# Title\n");
        int end = source.LineCount - 1;
        while (source.Line(end) != "---") end--;
        return (FrontMatterReader.PlainKeyLines(source, end), FrontMatterReader.TryParseYaml(yaml, out _));
    }

    private static List<string> Describe(List<FrontMatterEntry> entries) =>
        entries.Select(e => $"{e.Key}={e.Value}@{e.Line}[{string.Join("|", e.Values)}]").ToList();
}
