using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Vaults;

/// <summary>
/// Settings made only of plain <c>key: value</c>, comment and blank lines are read without YAML's node tree;
/// they must give what the YAML reader gives, bad values must name the same line, and anything else
/// (quotes, maps, a repeated key) must still go to the YAML reader.
/// </summary>
public sealed class VaultConfigPlainLinesTests
{
    private const string Written = """
        # Rapport vault settings. Edit freely; unknown keys are ignored.
        # Your name: "me" in every running document.
        owner: Jordan Lee
        cadence: biweekly
        duration: 45

        week-start: sunday
        timezone: Europe/London
        dates: day-first
        relationships: Career/1-on-1s/
        unknown-key: kept out
        """;

    [Fact]
    public void Should_read_plain_settings_as_the_yaml_reader_does()
    {
        var plain = VaultConfig.Parse(Written, "config.yml");
        // A quoted value is not plain: the same settings, read by the YAML reader.
        var fromYaml = VaultConfig.Parse(Written.Replace("owner: Jordan Lee", "owner: \"Jordan Lee\""), "config.yml");

        plain.ShouldBe(fromYaml);
        plain.Owner.ShouldBe("Jordan Lee");
        plain.Cadence.ShouldBe(Cadence.Frequency.Biweekly);
        plain.Duration.ShouldBe(45);
        plain.WeekStart.ShouldBe(DayOfWeek.Sunday);
        plain.DayFirst.ShouldBe(true);
        plain.RelationshipsFolder.ShouldBe("Career/1-on-1s");
    }

    [Theory]
    [InlineData("# settings\nowner: Jo\n\ndates: sometimes\n")]
    [InlineData("# settings\nowner: \"Jo\"\n\ndates: sometimes\n")]
    [InlineData("# settings\r\nowner: Jo\r\n\r\ndates: sometimes\r\n")]
    public void Should_name_the_same_line_for_a_bad_value_either_way(string yaml)
    {
        var error = Should.Throw<RapportException>(() => VaultConfig.Parse(yaml, ".rapport/config.yml"));

        error.Line.ShouldBe(4);
    }

    [Fact]
    public void Should_leave_a_map_to_the_yaml_reader()
    {
        var config = VaultConfig.Parse("owner: Jo\nllm:\n  endpoint: http://127.0.0.1:11434/v1\n  model: llama3.1\n", "config.yml");

        config.Llm.ShouldNotBeNull().Model.ShouldBe("llama3.1");
    }

    [Fact]
    public void Should_leave_a_repeated_key_to_the_yaml_reader()
    {
        var error = Should.Throw<RapportException>(() => VaultConfig.Parse("owner: Jo\nowner: Sam\n", "config.yml"));

        error.Message.ShouldContain("malformed settings");
    }
}
