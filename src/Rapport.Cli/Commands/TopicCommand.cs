using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport topic add|list</c>: the shared talking points in a document's <c>## Next Meeting</c>.</summary>
public static class TopicCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var command = new Command("topic", "Talking points for the next 1:1, added by either person");
        command.Subcommands.Add(Add(context, global));
        command.Subcommands.Add(List(context, global));
        return command;
    }

    private static Command Add(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1 the point is for" };
        var text = new Argument<string>("TEXT") { Description = "The talking point" };
        var by = new Option<string>("--by") { Description = "Who adds it: me (default) or them", DefaultValueFactory = _ => "me", HelpName = "me|them" };
        by.AcceptOnlyFromAmong("me", "them");
        var command = new Command("add", "Add a talking point to the document's ## Next Meeting") { person, text, by };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            string point = result.GetValue(text)!;
            var vault = global.OpenVault(result, context);
            var loaded = vault.People.Resolve(result.GetValue(person)!);
            var document = loaded.Document;
            string who = result.GetValue(by) == "them" ? document.FirstName ?? document.Person ?? loaded.Slug : "me";
            // A folder of meeting notes keeps the agenda in the upcoming meeting's note, made when there is none.
            string target = loaded.Folder is null ? loaded.FullPath
                : MeetingFolder.AgendaNote(vault, loaded, Core.Cadence.Schedule.NextDue(document, vault.Config.Cadence, context.Today), context.Today).FullPath;
            if (NextMeeting.AddPoint(vault, target, point, who, context.Today) is not { } added)
            {
                context.Error.WriteLine($"already on the agenda: {point}");
                return 0;
            }
            context.Output.WriteLine($"added to {vault.Display(target)} (## Next Meeting): {added}");
            return 0;
        }));
        return command;
    }

    private static Command List(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1" };
        var command = new Command("list", "List the talking points for the next 1:1") { person };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            var loaded = vault.People.Resolve(result.GetValue(person)!);
            var next = NextMeeting.Read(loaded.Document);
            var history = loaded.Document.MeetingHistory;
            if (next.Points.Count == 0)
            {
                context.Console.WriteLine("No talking points yet.");
                return 0;
            }
            foreach (var point in next.Points)
            {
                int carried = point.CarriedOver(history);
                string meta = string.Join(", ", new[]
                {
                    point.By is null ? null : $"by {point.By}",
                    point.Added is { } on ? $"added {IsoDate.Format(on)}" : null,
                    carried > 0 ? TalkingPoint.DescribeCarriedOver(carried) : null,
                }.OfType<string>());
                context.Console.MarkupLine($"  • {Markup.Escape(MarkdownText.Shown(point.Text))}{(meta.Length > 0 ? $" [dim]({Markup.Escape(meta)})[/]" : "")}");
            }
            return 0;
        }));
        return command;
    }
}
