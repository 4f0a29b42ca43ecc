using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Rapport.Testing;

/// <summary>
/// A small OpenAI-compatible server on loopback for tests: real HTTP, scripted replies.
/// <c>POST /v1/chat/completions</c> answers with the next scripted reply (or the default);
/// <c>GET /v1/models</c> lists <see cref="Models"/>. Every request body is kept in <see cref="Requests"/>.
/// </summary>
public sealed class FakeLanguageModelServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeLanguageModelServer()
    {
        Port = LoopbackPort.Free();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    public List<string> Models { get; } = ["llama3.1"];

    /// <summary>What is answered when nothing is scripted.</summary>
    public Reply Default { get; set; } = Reply.Content("{}");

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The answer to the next chat completion.</summary>
    public void Then(Reply reply) => _script.Enqueue(reply);

    /// <summary>A scripted answer: the assistant message's content, or a status with a raw body, after a delay.</summary>
    public sealed record Reply(string? MessageContent, int Status = 200, string? RawBody = null, TimeSpan Delay = default)
    {
        public static Reply Content(string content) => new(content);

        public static Reply Json(object value) => new(JsonSerializer.Serialize(value));

        public static Reply Error(int status) => new(null, status, """{"error":{"message":"scripted failure"}}""");

        public static Reply Slow(TimeSpan delay) => new("{}", Delay: delay);
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            string body = await reader.ReadToEndAsync();
            Requests.Enqueue($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}\nAuthorization: {context.Request.Headers["Authorization"]}\n{body}");
            string path = context.Request.Url.AbsolutePath.TrimEnd('/');
            if (path.EndsWith("/models", StringComparison.Ordinal))
            {
                await Write(context, 200, JsonSerializer.Serialize(new { @object = "list", data = Models.Select(m => new { id = m, @object = "model", created = 0, owned_by = "test" }) }));
                return;
            }
            var reply = _script.TryDequeue(out var next) ? next : Default;
            if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token);
            string json = reply.RawBody ?? JsonSerializer.Serialize(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = Models.FirstOrDefault() ?? "test",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.MessageContent }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            });
            await Write(context, reply.Status, json);
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // The client went away (a timeout) or the server is stopping.
        }
    }

    private static async Task Write(HttpListenerContext context, int status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }
}
