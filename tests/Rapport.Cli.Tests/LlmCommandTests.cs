using Rapport.Testing;
using static Rapport.Testing.FakeLanguageModelServer;

namespace Rapport.Cli.Tests;

/// <summary>
/// <c>--llm</c> end to end: the CLI against an OpenAI-compatible fake server on loopback (real
/// HTTP, scripted replies): good answers, malformed JSON, schema violations, timeouts, errors and a
/// refused connection, and what is sent.
/// </summary>
public sealed class LlmCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private const string Notes = "- Talked about the advisory board\n- Sarah mentioned she could maybe look at the renewal playbook sometime next week\n- I'll book the venue by Friday\n";

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private readonly FakeLanguageModelServer _server = new();

    public LlmCommandTests() => Configure(_server.Endpoint, timeout: 5);

    public void Dispose()
    {
        _server.Dispose();
        _vault.Dispose();
    }

    [Fact]
    public void Should_add_what_the_model_found_with_owner_and_date_from_the_rules()
    {
        _server.Then(Reply.Json(Extraction(actions: [new { owner = "them", text = "Review the renewal playbook", due = "next week", line = 2 }])));

        var result = Run(Notes, "process", "sarah", "--llm");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldBeEmpty();
        string document = Document("sarah-chen");
        document.ShouldContain("- [ ] Review the renewal playbook (by 2026-01-22)");
        document.ShouldContain("- [ ] Book the venue (by 2026-01-16)");
        _server.Requests.Single().ShouldContain("2: - Sarah mentioned she could maybe look at the renewal playbook");
    }

    [Fact]
    public void Should_not_add_what_the_rules_already_found()
    {
        _server.Then(Reply.Json(Extraction(actions: [new { owner = "me", text = "Book the venue", due = "by Friday", line = 3 }])));

        var result = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--llm", "--json");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.Split("book the venue", StringSplitOptions.None).Length.ShouldBe(2, "one action, not two");
    }

    [Theory]
    [InlineData("this is not JSON", "did not answer with JSON")]
    [InlineData("""{"actions": "none"}""", "does not match the notes_extraction schema")]
    [InlineData("""{"actions":[{"owner":"boss","text":"x"}],"wins":[],"decisions":[],"goals":[],"blockers":[],"feedback":[]}""", "$.actions[0].owner")]
    public void Should_fall_back_to_the_rules_on_a_bad_answer(string answer, string warning)
    {
        _server.Then(Reply.Content(answer));
        string rules = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--json").Output;

        var result = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--json", "--llm");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe(rules);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldContain(warning);
    }

    [Fact]
    public void Should_fall_back_to_the_rules_when_the_server_fails()
    {
        _server.Then(Reply.Error(500));

        var result = Run(Notes, "process", "sarah", "--llm");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBe("warning: the language model (llama3.1 at " + _server.Endpoint + ") answered HTTP 500; used the rules alone\n");
        Document("sarah-chen").ShouldContain("- [ ] Book the venue (by 2026-01-16)");
    }

    [Fact]
    public void Should_fall_back_to_the_rules_when_the_server_is_too_slow()
    {
        Configure(_server.Endpoint, timeout: 1);
        _server.Then(Reply.Slow(TimeSpan.FromSeconds(4)));

        var result = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--llm");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("did not answer within 1 s; used the rules alone");
        result.Output.ShouldContain("Book the venue");
    }

    [Fact]
    public void Should_fall_back_to_the_rules_when_nothing_listens()
    {
        Configure($"http://127.0.0.1:{LoopbackPort.Free()}/v1", timeout: 5);

        var result = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--llm");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("could not be reached");
        result.Output.ShouldContain("Book the venue");
    }

    [Fact]
    public void Should_never_send_private_notes()
    {
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "\n## Private Notes\n### Family\n- SECRET-SUBSECTION\n");
        _server.Then(Reply.Json(new { summary = "Noah is ramping well.", questions = new[] { "What would make Fridays lighter?" } }));
        _server.Then(Reply.Json(Extraction()));

        var prep = Run(null, "prep", "noah", "--llm");
        var process = Run("- Talked about QBR prep\n\n## Private Notes\n- SECRET-IN-NOTES\n", "process", "noah", "--llm");

        prep.ExitCode.ShouldBe(0, prep.Error);
        process.ExitCode.ShouldBe(0, process.Error);
        prep.Output.ShouldContain("Noah is ramping well.");
        prep.Output.ShouldContain("What would make Fridays lighter?");
        _server.Requests.Count.ShouldBe(2);
        string sent = string.Join("\n", _server.Requests);
        sent.ShouldContain("Talked about QBR prep");
        sent.ShouldContain("Lead the Acme Freight QBR");
        foreach (var secret in new[] { "anxious before exec calls", "SECRET-SUBSECTION", "SECRET-IN-NOTES", "Private Notes" }) sent.ShouldNotContain(secret);
    }

    [Fact]
    public void Should_add_a_drafted_summary_to_the_review_packet()
    {
        _server.Then(Reply.Json(new { summary = "A strong quarter: two renewals and NRR above goal." }));

        var result = Run(null, "review", "sarah", "--period", "2025-Q4", "--out", "-", "--llm");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("## Summary\n\n_Drafted by llama3.1 at " + _server.Endpoint);
        result.Output.ShouldContain("A strong quarter: two renewals and NRR above goal.");
        result.Output.ShouldContain("Q4 NRR: 108% (exceeded goal)");
    }

    [Fact]
    public void Should_send_the_key_from_the_variable_the_settings_name()
    {
        Configure(_server.Endpoint, timeout: 5, keyVariable: "RAPPORT_LLM_KEY");
        _server.Then(Reply.Json(Extraction()));

        var missing = Run(Notes, "extract", "--date", "2026-01-15", "--person", "Sarah", "--llm");
        var sent = CliRunner.Run(_vault.Path, Today, Notes, new Dictionary<string, string> { ["RAPPORT_LLM_KEY"] = "sk-test-123" }, "extract", "--date", "2026-01-15", "--person", "Sarah", "--llm");

        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldBe("error: llm api-key-env names RAPPORT_LLM_KEY, but that variable is not set\n");
        sent.ExitCode.ShouldBe(0, sent.Error);
        _server.Requests.Single().ShouldContain("Authorization: Bearer sk-test-123");
    }

    [Fact]
    public void Should_touch_no_network_without_llm()
    {
        Run(Notes, "process", "sarah").ExitCode.ShouldBe(0);
        Run(null, "prep", "sarah").ExitCode.ShouldBe(0);
        Run(null, "review", "sarah", "--period", "2025-Q4", "--out", "-").ExitCode.ShouldBe(0);

        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Should_ask_for_settings_when_llm_is_used_without_them()
    {
        File.WriteAllText(_vault.File(".rapport", "config.yml"), "owner: Jordan Lee\n");

        var result = Run(Notes, "process", "sarah", "--llm");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: --llm needs llm: settings (endpoint, model) in .rapport/config.yml; see docs/llm.md\n");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Should_check_the_endpoint_and_name_the_model()
    {
        _server.Then(Reply.Content("""{"ok": true}"""));

        var result = Run(null, "llm", "check");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldBe($"endpoint: {_server.Endpoint} answers; it serves llama3.1\nmodel: llama3.1 answers with JSON\n");
    }

    [Fact]
    public void Should_say_when_the_model_answers_but_not_as_llm_needs()
    {
        _server.Then(Reply.Content("Sure! Here you go: ok"));
        _server.Then(Reply.Content("```json\n{\"ok\": true}\n```"));

        var prose = Run(null, "llm", "check");
        var fenced = Run(null, "llm", "check");

        prose.ExitCode.ShouldBe(1);
        prose.Output.ShouldEndWith("model: llama3.1 did not answer with JSON: --llm will fall back to the rules\n");
        fenced.ExitCode.ShouldBe(0, "--llm reads JSON in a code fence, so the check does too");
    }

    [Fact]
    public void Should_take_a_model_ollama_lists_with_its_latest_tag()
    {
        _server.Models[0] = "llama3.1:latest";
        _server.Then(Reply.Content("""{"ok": true}"""));

        Run(null, "llm", "check").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_say_when_the_model_is_not_served_or_the_endpoint_is_down()
    {
        _server.Models.Clear();
        _server.Models.Add("mistral");
        var wrongModel = Run(null, "llm", "check");
        Configure($"http://127.0.0.1:{LoopbackPort.Free()}/v1", timeout: 5);
        var down = Run(null, "llm", "check");

        wrongModel.ExitCode.ShouldBe(1);
        wrongModel.Error.ShouldBe("error: model 'llama3.1' is not among them; set llm: model: to one of those\n");
        down.ExitCode.ShouldBe(1);
        down.Error.ShouldStartWith("error: llama3.1 at http://127.0.0.1:");
        down.Error.ShouldContain("could not be reached");
    }

    private static object Extraction(object[]? actions = null) =>
        new { actions = actions ?? [], wins = Array.Empty<object>(), decisions = Array.Empty<object>(), goals = Array.Empty<object>(), blockers = Array.Empty<object>(), feedback = Array.Empty<object>() };

    private void Configure(string endpoint, int timeout, string? keyVariable = null)
    {
        string config = _vault.File(".rapport", "config.yml");
        string kept = string.Join('\n', File.ReadAllText(config).Split("\nllm:")[0].TrimEnd('\n'));
        File.WriteAllText(config, $"{kept}\nllm:\n  endpoint: {endpoint}\n  model: llama3.1\n  timeout-seconds: {timeout}\n" + (keyVariable is null ? "" : $"  api-key-env: {keyVariable}\n"));
    }

    private string Document(string slug) => File.ReadAllText(_vault.File("Career", "1-on-1s", slug + ".md"));

    private CliRunner.Result Run(string? input, params string[] args) => CliRunner.Run(_vault.Path, Today, input, ["--vault", _vault.Path, .. args]);
}
