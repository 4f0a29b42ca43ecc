using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport init [DIR]</c>: makes a folder a vault.</summary>
public static class InitCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var directory = new Argument<string?>("DIR") { Description = "Folder to make a vault (default: --vault, else the current folder)", Arity = ArgumentArity.ZeroOrOne };
        var owner = new Option<string?>("--owner") { Description = "Your name", HelpName = "NAME" };
        var cadence = new Option<string>("--cadence") { Description = $"Default cadence: {Vocabulary.FrequencyWords}", DefaultValueFactory = _ => "weekly" };
        var duration = new Option<int>("--duration") { Description = "Default meeting length in minutes", DefaultValueFactory = _ => 30 };
        var weekStart = new Option<string>("--week-start") { Description = "First day of the week", DefaultValueFactory = _ => "monday" };
        var relationships = new Option<string>("--relationships") { Description = "Folder for running documents, inside the vault", DefaultValueFactory = _ => VaultConfig.DefaultRelationshipsFolder };
        var command = new Command("init", "Set up a vault: .rapport/config.yml and the relationships folder") { directory, owner, cadence, duration, weekStart, relationships };

        command.SetAction(RapportCli.Guard(context, result =>
        {
            string root = context.ResolvePath(result.GetValue(directory) ?? result.GetValue(global.Vault) ?? context.WorkingDirectory);
            if (!Vocabulary.TryParseFrequency(result.GetValue(cadence), out Frequency frequency))
                throw new RapportException(ErrorCode.Usage, $"unknown cadence '{result.GetValue(cadence)}'; use {Vocabulary.FrequencyWords}");
            if (!Enum.TryParse<DayOfWeek>(result.GetValue(weekStart), ignoreCase: true, out var day))
                throw new RapportException(ErrorCode.Usage, $"'{result.GetValue(weekStart)}' is not a day of the week");
            if (result.GetValue(duration) is < 5 or > 480)
                throw new RapportException(ErrorCode.Usage, "--duration must be between 5 and 480 minutes");

            var config = new VaultConfig
            {
                Owner = result.GetValue(owner),
                Cadence = frequency,
                Duration = result.GetValue(duration),
                WeekStart = day,
                RelationshipsFolder = result.GetValue(relationships)!.Replace('\\', '/').TrimEnd('/'),
            };
            var created = VaultSetup.Initialise(root, config, context.Files);
            foreach (var path in created) context.Output.WriteLine($"created {path}");
            context.Output.WriteLine($"vault ready at {root}; add someone with: rapport add \"Alex Kim\" --kind direct");
            return 0;
        }));
        return command;
    }
}
