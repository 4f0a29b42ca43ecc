using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Assist;
using Rapport.Core.Notes;
using Rapport.Core.Vaults;
using Rapport.Llm;

namespace Rapport.Cli;

/// <summary>
/// The <c>--llm</c> option and the assistant behind it. Nothing here runs, and nothing touches the
/// network, unless <c>--llm</c> is given and the vault has <c>llm:</c> settings.
/// </summary>
public static class LlmAccess
{
    public static Option<bool> Option(string what) => new("--llm") { Description = $"Ask the language model in .rapport/config.yml ({what}); the rules fill gaps and take over if it fails" };

    /// <summary>The assistant for the vault's model; warnings go to standard error.</summary>
    public static Assistant Assistant(CommandContext context, Vault vault)
    {
        var settings = vault.Config.Llm
            ?? throw new RapportException(ErrorCode.Usage, "--llm needs llm: settings (endpoint, model) in .rapport/config.yml; see docs/llm.md");
        return new Assistant(OpenAiLanguageModel.Create(settings, context.Environment), warning => context.Error.WriteLine($"warning: {warning}"));
    }

    /// <summary>The notes reader for <c>extract</c> and <c>process</c>: the rules, with the model's additions when asked for.</summary>
    public static Func<string, MeetingContext, Extraction> Extractor(Assistant? assistant) => assistant is null
        ? NotesEngine.Extract
        : (notes, meeting) => assistant.ExtractAsync(notes, meeting, NotesEngine.Extract(notes, meeting)).GetAwaiter().GetResult();
}
