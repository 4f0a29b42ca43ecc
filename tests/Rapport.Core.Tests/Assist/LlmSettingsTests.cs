using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Assist;

public sealed class LlmSettingsTests
{
    [Fact]
    public void Should_read_the_llm_settings()
    {
        var config = VaultConfig.Parse("owner: Jordan\nllm:\n  endpoint: http://127.0.0.1:11434/v1\n  model: llama3.1\n  api-key-env: RAPPORT_LLM_KEY\n  timeout-seconds: 30\n", "config.yml");

        config.Llm.ShouldNotBeNull();
        config.Llm.Endpoint.ShouldBe(new Uri("http://127.0.0.1:11434/v1"));
        config.Llm.Model.ShouldBe("llama3.1");
        config.Llm.ApiKeyVariable.ShouldBe("RAPPORT_LLM_KEY");
        config.Llm.TimeoutSeconds.ShouldBe(30);
    }

    [Fact]
    public void Should_have_no_model_without_settings() => VaultConfig.Parse("owner: Jordan\n", "config.yml").Llm.ShouldBeNull();

    [Theory]
    [InlineData("llm:\n  endpoint: ftp://x\n  model: m\n", 2, "is not an http(s) address")]
    [InlineData("llm:\n  model: m\n", 1, "needs an endpoint")]
    [InlineData("llm:\n  endpoint: http://x/v1\n", 1, "needs a model")]
    [InlineData("llm:\n  endpoint: http://x/v1\n  model: m\n  timeout-seconds: soon\n", 4, "is not a number of seconds")]
    [InlineData("llm:\n  endpoint: http://x/v1\n  model: m\n  temperature: 2\n", 4, "unknown llm setting 'temperature'")]
    [InlineData("llm: http://x/v1\n", 1, "expects settings below it")]
    public void Should_name_the_line_of_a_bad_setting(string yaml, int line, string message)
    {
        var error = Should.Throw<RapportException>(() => VaultConfig.Parse(yaml, ".rapport/config.yml"));

        error.Code.ShouldBe(ErrorCode.InvalidFile);
        error.Line.ShouldBe(line);
        error.Message.ShouldContain(message);
    }
}
