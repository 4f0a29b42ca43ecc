using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Sharing;
using Rapport.Core.Vaults;
using Rapport.Core.Text;
using Rapport.Templates;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport prep [PERSON]</c>: the agenda for the next 1:1, from the running document.</summary>
public static class PrepCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string?>("PERSON") { Description = "Who to prepare for (default: the 1:1 due next)", Arity = ArgumentArity.ZeroOrOne };
        var date = new DateOption("The meeting date (default: when it is due, or today if that has passed)", global, DateArgument.Lean.Ahead);
        var format = new Option<string>("--format") { Description = "text, md or json", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var framework = new Option<string?>("--framework") { Description = $"Use this framework: {string.Join(", ", FrameworkLibrary.BuiltIn)}, or one in .rapport/templates/", HelpName = "NAME" };
        var llm = LlmAccess.Option("adds a briefing; the document is sent without Private Notes");
        var write = new Option<bool>("--write") { Description = "Publish the agenda into the document's ## Next Meeting section (the shared link shows it), keeping every talking point" };
        var share = new Option<string?>("--share")
        {
            Description = $"With --write, also publish these parts: {string.Join(", ", Publication.OptIn.Keys)} or none (default: none; wins for a manager, skip-level or mentor)",
            HelpName = "PARTS",
        };
        var command = new Command("prep", "Prepare the next 1:1: wins, follow-ups, talking points, goals, feedback and a suggested agenda")
        {
            person, format, framework, write, share, llm,
        };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            DateOnly? meetingDate = date.Given(result, context);
            if (result.GetValue(share) is not null && !result.GetValue(write))
                throw new RapportException(ErrorCode.Usage, "--share says what --write publishes; add --write");
            var chosen = result.GetValue(share) is { } parts ? Publication.Parse(parts) : null;
            var vault = global.OpenVault(result, context);
            var builder = new AgendaBuilder(vault);

            LoadedDocument loaded;
            using (var index = IndexAccess.OpenSyncedRelationships(context, vault))
            {
                if (result.GetValue(person) is { } name) loaded = vault.People.Resolve(name, index);
                else loaded = builder.NextToMeet(vault.People.Digests(index), context.Today) is { } next
                    ? vault.People.Load(next)
                    : throw new RapportException(ErrorCode.UnknownPerson, $"no relationships in {vault.Config.RelationshipsFolder} yet; add one with 'rapport add NAME'");
            }

            var agenda = builder.Build(loaded, context.Today, meetingDate, result.GetValue(framework));
            if (result.GetValue(llm))
                agenda = agenda with { Briefing = LlmAccess.Assistant(context, vault).BriefAsync(loaded.Document, agenda).GetAwaiter().GetResult() };
            switch (result.GetValue(format))
            {
                case "json": JsonOutput.Write(context.Output, PrepJson.From(agenda)); break;
                case "md": context.Output.Write(AgendaMarkdown.Render(agenda)); break;
                default: PrepText.Write(context.Console, agenda); break;
            }
            Warnings.Problems(context, loaded, vault.Display(loaded.FullPath));

            if (result.GetValue(write))
            {
                bool changed = Publication.Publish(vault, loaded.FullPath, agenda, chosen ?? Publication.Default(agenda.Kind));
                context.Error.WriteLine(changed
                    ? $"wrote the agenda to {agenda.DocumentPath} (## Next Meeting)"
                    : $"{agenda.DocumentPath} already holds this agenda");
                // What the other person sees through the shared link, now: exactly that and no more.
                var guest = SharedAgenda.Of(vault.Store.Load(loaded.FullPath), vault.Config.Owner, context.Today);
                context.Error.WriteLine($"{agenda.FirstName} sees through the shared link:");
                foreach (var line in guest.Describe()) context.Error.WriteLine("  " + line);
            }
            return 0;
        }));
        return command;
    }
}
