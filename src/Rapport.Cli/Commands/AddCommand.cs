using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport add NAME</c>: starts a running document for a new relationship.</summary>
public static class AddCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var name = new Argument<string>("NAME") { Description = "The other person's full name" };
        var kind = new Option<string>("--kind") { Description = $"Who they are to you: {Vocabulary.KindWords}", DefaultValueFactory = _ => "direct" };
        var role = new Option<string?>("--role") { Description = "Their role, e.g. \"Senior Engineer\"" };
        var frequency = new Option<string?>("--frequency") { Description = $"How often you meet: {Vocabulary.FrequencyWords} (default: the vault's cadence)" };
        var duration = new Option<int?>("--duration") { Description = "Meeting length in minutes (default: the vault's)" };
        var started = new Option<string?>("--started") { Description = "When the relationship started (default: today)", HelpName = "DATE" };
        var command = new Command("add", "Start a running document for a relationship") { name, kind, role, frequency, duration, started };

        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            string person = PersonName.Validate(result.GetValue(name));
            if (!Vocabulary.TryParseKind(result.GetValue(kind), out var relationshipKind))
                throw new RapportException(ErrorCode.Usage, $"unknown kind '{result.GetValue(kind)}'; use {Vocabulary.KindWords}");
            Frequency cadence = vault.Config.Cadence;
            if (result.GetValue(frequency) is { } f && !Vocabulary.TryParseFrequency(f, out cadence))
                throw new RapportException(ErrorCode.Usage, $"unknown frequency '{f}'; use {Vocabulary.FrequencyWords}");
            int minutes = result.GetValue(duration) ?? vault.Config.Duration;
            if (minutes is < 5 or > 480)
                throw new RapportException(ErrorCode.Usage, "--duration must be between 5 and 480 minutes");
            var since = result.GetValue(started) is { } s ? global.ReadDate(result, context, s, "--started date") : context.Today;

            if (vault.People.FindExact(person) is { } existing)
                throw new RapportException(ErrorCode.Conflict, $"'{person}' already has a running document: {vault.Display(existing.FullPath)}");
            string path = vault.RelationshipPath(Slug.From(person));
            vault.Store.Create(path, RelationshipTemplate.Render(person, relationshipKind, result.GetValue(role), cadence, minutes, since));
            context.Output.WriteLine($"created {vault.Display(path)}");
            return 0;
        }));
        return command;
    }
}
