using Rapport.Core.Assist;
using Rapport.Testing;
using static Rapport.Testing.FakeLanguageModelServer;

namespace Rapport.Llm.Tests;

/// <summary>The adapter over the OpenAI package, against a fake OpenAI-compatible server on loopback.</summary>
public sealed class OpenAiLanguageModelTests : IDisposable
{
    private readonly FakeLanguageModelServer _server = new();

    public void Dispose() => _server.Dispose();

    private OpenAiLanguageModel Model(string? endpoint = null, int timeout = 5) =>
        OpenAiLanguageModel.Create(new LlmSettings(new Uri(endpoint ?? _server.Endpoint), "llama3.1", null, timeout), _ => null);

    private static readonly LanguageModelRequest Request = new("Answer with JSON.", "1: - notes", "check", """{"type":"object"}""");

    [Fact]
    public async Task Should_return_the_reply_and_ask_for_json_matching_the_schema()
    {
        _server.Then(Reply.Content("""{"ok":true}"""));

        string reply = await Model().CompleteAsync(Request, TestContext.Current.CancellationToken);

        reply.ShouldBe("""{"ok":true}""");
        string sent = _server.Requests.Single();
        sent.ShouldStartWith("POST /v1/chat/completions");
        sent.ShouldContain("\"model\":\"llama3.1\"");
        sent.ShouldContain("\"json_schema\"");
        sent.ShouldContain("1: - notes");
    }

    [Fact]
    public async Task Should_report_an_http_error_without_retrying()
    {
        _server.Then(Reply.Error(503));

        var error = await Should.ThrowAsync<LanguageModelException>(() => Model().CompleteAsync(Request, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("answered HTTP 503");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_give_up_after_the_timeout()
    {
        _server.Then(Reply.Slow(TimeSpan.FromSeconds(5)));

        var error = await Should.ThrowAsync<LanguageModelException>(() => Model(timeout: 1).CompleteAsync(Request, TestContext.Current.CancellationToken));

        error.Message.ShouldBe("did not answer within 1 s");
    }

    [Fact]
    public async Task Should_report_a_refused_connection()
    {
        var error = await Should.ThrowAsync<LanguageModelException>(() => Model($"http://127.0.0.1:{LoopbackPort.Free()}/v1").CompleteAsync(Request, TestContext.Current.CancellationToken));

        error.Message.ShouldStartWith("could not be reached");
    }

    [Fact]
    public async Task Should_list_the_models_the_server_serves()
    {
        _server.Models.Add("mistral");

        (await Model().ListModelsAsync(TestContext.Current.CancellationToken)).ShouldBe(["llama3.1", "mistral"]);
    }
}
