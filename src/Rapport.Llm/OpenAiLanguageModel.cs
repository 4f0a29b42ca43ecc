using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Sockets;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Models;
using Rapport.Core;
using Rapport.Core.Assist;

namespace Rapport.Llm;

/// <summary>
/// Core's <see cref="ILanguageModel"/> over any OpenAI-compatible chat-completions server (Ollama,
/// LM Studio, vLLM, a company endpoint), through the OpenAI package with a custom endpoint. No
/// retries: one request, within the configured timeout, then the rules take over.
/// </summary>
public sealed class OpenAiLanguageModel : ILanguageModel
{
    private readonly LlmSettings _settings;
    private readonly ChatClient _chat;
    private readonly OpenAIModelClient _models;

    private OpenAiLanguageModel(LlmSettings settings, string key)
    {
        _settings = settings;
        var options = new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var credential = new ApiKeyCredential(key);
        _chat = new ChatClient(settings.Model, credential, options);
        _models = new OpenAIModelClient(credential, options);
    }

    public string Name => _settings.Name;

    /// <summary>The model the settings describe, with its key read from the environment variable they name.</summary>
    public static OpenAiLanguageModel Create(LlmSettings settings, Func<string, string?> environment)
    {
        string key = "none"; // local servers want no key, but the client needs one to send
        if (settings.ApiKeyVariable is { } variable)
        {
            key = environment(variable) is { Length: > 0 } value
                ? value
                : throw new RapportException(ErrorCode.Usage, $"llm api-key-env names {variable}, but that variable is not set");
        }
        return new OpenAiLanguageModel(settings, key);
    }

    public async Task<string> CompleteAsync(LanguageModelRequest request, CancellationToken cancellationToken = default)
    {
        var options = new ChatCompletionOptions
        {
            Temperature = 0,
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(request.SchemaName, BinaryData.FromString(request.Schema), jsonSchemaIsStrict: false),
        };
        ChatMessage[] messages = [new SystemChatMessage(request.Instructions), new UserChatMessage(request.Input)];
        var completion = await Call(() => _chat.CompleteChatAsync(messages, options, cancellationToken));
        return completion.Value.Content.FirstOrDefault()?.Text
            ?? throw new LanguageModelException("answered with no text");
    }

    /// <summary>The model ids the server lists: what <c>rapport llm check</c> shows.</summary>
    public async Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var models = await Call(() => _models.GetModelsAsync(cancellationToken));
        return models.Value.Select(m => m.Id).ToList();
    }

    /// <summary>Runs a request, turning every way it can fail into a <see cref="LanguageModelException"/> with a short reason.</summary>
    private async Task<T> Call<T>(Func<Task<T>> request)
    {
        try
        {
            return await request();
        }
        catch (ClientResultException ex)
        {
            throw new LanguageModelException(ex.Status == 0 ? $"could not be reached ({FirstLine(ex.Message)})" : $"answered HTTP {ex.Status}", ex);
        }
        catch (Exception ex) when (ex is TaskCanceledException or TimeoutException)
        {
            throw new LanguageModelException($"did not answer within {_settings.TimeoutSeconds} s", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or SocketException or IOException)
        {
            throw new LanguageModelException($"could not be reached ({FirstLine(ex.Message)})", ex);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
