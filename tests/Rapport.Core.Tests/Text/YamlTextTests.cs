using Rapport.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Tests.Text;

public sealed class YamlTextTests
{
    [Theory]
    [InlineData("Sam Lee", "Sam Lee")]
    [InlineData("Zoë O’Neil", "Zoë O’Neil")]
    [InlineData("null", "\"null\"")]
    [InlineData("Yes", "\"Yes\"")]
    [InlineData("123", "\"123\"")]
    [InlineData("2026-01-01", "\"2026-01-01\"")]
    [InlineData("Ann: \"x\"", "\"Ann: \\\"x\\\"\"")]
    [InlineData("Jordan #1 Lee", "\"Jordan #1 Lee\"")]
    [InlineData("a\tb", "\"a\\tb\"")]
    public void Should_quote_only_what_a_yaml_reader_would_misread(string value, string written)
    {
        YamlText.Scalar(value).ShouldBe(written);

        // And a YAML reader gets the value back as text (a probe: `rapport add null` wrote `person: null`).
        var yaml = new YamlStream();
        yaml.Load(new StringReader($"person: {written}\n"));
        var node = ((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("person")];
        ((YamlScalarNode)node).Value.ShouldBe(value);
        if (written[0] != '"') ((YamlScalarNode)node).Style.ShouldBe(YamlDotNet.Core.ScalarStyle.Plain);
    }
}
