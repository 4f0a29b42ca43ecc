using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Assist;
using Rapport.Llm;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport llm check</c>: whether the configured language model answers, and which it is.</summary>
public static class LlmCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var command = new Command("llm", "The optional language model set in .rapport/config.yml (llm:)");
        var check = new Command("check", "Ask the configured endpoint which models it serves and for one JSON answer");
        check.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            var settings = vault.Config.Llm
                ?? throw new RapportException(ErrorCode.Usage, "no llm: settings in .rapport/config.yml; Rapport uses its rules alone (see docs/llm.md to add a model)");
            var model = OpenAiLanguageModel.Create(settings, context.Environment);
            try
            {
                var listed = model.ListModelsAsync().GetAwaiter().GetResult();
                context.Output.WriteLine($"endpoint: {settings.Endpoint} answers; it serves {(listed.Count == 0 ? "no models it will name" : string.Join(", ", listed))}");
                // Ollama lists "llama3.1:latest" for the model it also serves as "llama3.1".
                if (listed.Count > 0 && !listed.Any(id => id == settings.Model || id == settings.Model + ":latest"))
                    throw new RapportException(ErrorCode.Failed, $"model '{settings.Model}' is not among them; set llm: model: to one of those");
                var probe = new LanguageModelRequest("Answer with JSON only.", "Reply with {\"ok\": true}.", "check", """{"type":"object","required":["ok"],"properties":{"ok":{"type":"boolean"}}}""");
                // Read as --llm reads every answer, so the check passes exactly when --llm would use it.
                var (_, problem) = Assistant.Read(model.CompleteAsync(probe).GetAwaiter().GetResult(), probe.SchemaName, probe.Schema);
                context.Output.WriteLine(problem is null ? $"model: {settings.Model} answers with JSON" : $"model: {settings.Model} {problem}: --llm will fall back to the rules");
                return problem is null ? 0 : (int)ErrorCode.Failed;
            }
            catch (LanguageModelException ex)
            {
                throw new RapportException(ErrorCode.Failed, $"{settings.Name} {ex.Message}");
            }
        }));
        command.Subcommands.Add(check);
        return command;
    }
}
