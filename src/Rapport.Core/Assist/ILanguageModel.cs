namespace Rapport.Core.Assist;

/// <summary>
/// The port to an optional language model: one chat completion that must answer with JSON matching
/// <see cref="LanguageModelRequest.Schema"/>. Core never talks to the network itself; an adapter
/// (Rapport.Llm, over any OpenAI-compatible server) implements this.
/// </summary>
public interface ILanguageModel
{
    /// <summary>"llama3.1 at http://127.0.0.1:11434/v1": for warnings.</summary>
    string Name { get; }

    /// <summary>The model's reply text. Throws <see cref="LanguageModelException"/> when there is none.</summary>
    Task<string> CompleteAsync(LanguageModelRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Instructions, the input (never private sections) and the JSON schema the reply must match.</summary>
public sealed record LanguageModelRequest(string Instructions, string Input, string SchemaName, string Schema);

/// <summary>The model gave no usable reply: unreachable, timed out, refused, or answered with an error.</summary>
public sealed class LanguageModelException(string message, Exception? inner = null) : Exception(message, inner);
