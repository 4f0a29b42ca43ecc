namespace Rapport.Core.Assist;

/// <summary>
/// The <c>llm:</c> settings in <c>.rapport/config.yml</c>: any OpenAI-compatible chat-completions
/// server. Absent, Rapport never touches the network.
/// </summary>
/// <param name="Endpoint">The API base, for example <c>http://127.0.0.1:11434/v1</c>.</param>
/// <param name="Model">The model name the server knows.</param>
/// <param name="ApiKeyVariable">The environment variable holding a key, when the server needs one.</param>
/// <param name="TimeoutSeconds">How long one request may take before the rules are used alone.</param>
public sealed record LlmSettings(Uri Endpoint, string Model, string? ApiKeyVariable, int TimeoutSeconds)
{
    public const int DefaultTimeoutSeconds = 60;

    public string Name => $"{Model} at {Endpoint}";
}
