using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport actions</c> lists open actions across the vault; <c>rapport done</c> ticks one.</summary>
public static class ActionsCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string?>("PERSON") { Description = "Only this relationship's actions", Arity = ArgumentArity.ZeroOrOne };
        var mine = new Option<bool>("--mine") { Description = "Only my actions" };
        var theirs = new Option<bool>("--theirs") { Description = "Only the other people's actions" };
        var overdue = new Option<bool>("--overdue") { Description = "Only actions past their due date" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("actions", "Open action items across the vault, by due date") { person, mine, theirs, overdue, json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            if (result.GetValue(mine) && result.GetValue(theirs)) throw new RapportException(ErrorCode.Usage, "use either --mine or --theirs, not both");
            var vault = global.OpenVault(result, context);
            var people = result.GetValue(person) is { } name ? [vault.People.Resolve(name)] : vault.People.All;
            ActionOwner? owner = result.GetValue(mine) ? ActionOwner.Me : result.GetValue(theirs) ? ActionOwner.Them : null;
            var actions = OpenActions.Across(people, owner, result.GetValue(overdue) ? context.Today : null);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, actions.Select(a => new OpenActionJson(
                    a.Person, a.Relationship.Slug, a.Number, a.Action.Owner, a.Action.Text, a.Action.Due, a.Action.Priority,
                    a.Action.IsOverdue(context.Today) ? context.Today.DayNumber - a.Action.Due!.Value.DayNumber : null,
                    vault.Display(a.Relationship.FullPath), a.Action.Source.Line + 1)).ToList());
                return 0;
            }
            if (actions.Count == 0)
            {
                context.Console.WriteLine("No open actions.");
                return 0;
            }
            var table = new Table { Border = TableBorder.Simple };
            table.AddColumns("Due", "Person", "#", "Whose", "Action");
            foreach (var a in actions)
            {
                string due = a.Action.Due is { } d ? IsoDate.Format(d) : "";
                if (a.Action.IsOverdue(context.Today)) due = $"[red]{due} ({context.Today.DayNumber - a.Action.Due!.Value.DayNumber}d late)[/]";
                string whose = a.Action.Owner == ActionOwner.Me ? "me" : a.Relationship.Document.FirstName ?? "them";
                table.AddRow(due, Markup.Escape(a.Person), a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(whose),
                    Markup.Escape((a.Action.Priority is { } p ? $"[{p}] " : "") + a.Action.Text));
            }
            context.Console.Write(table);
            context.Console.MarkupLine($"[dim]{actions.Count} open, {actions.Count(a => a.Action.IsOverdue(context.Today))} overdue · 'rapport done PERSON #' ticks one[/]");
            return 0;
        }));
        return command;
    }

    public static Command Done(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1 the action is from" };
        var which = new Argument<string>("ACTION") { Description = "Its number in 'rapport actions PERSON', or some of its words" };
        var date = new Option<string?>("--date") { Description = "When it was done (default: today)", HelpName = "YYYY-MM-DD" };
        var command = new Command("done", "Mark an open action done, in the document and BACKLOG.md") { person, which, date };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var day = result.GetValue(date) is { } text ? IsoDate.ParseArgument(text, "--date") : context.Today;
            var vault = global.OpenVault(result, context);
            var relationship = vault.People.Resolve(result.GetValue(person)!);
            var action = OpenActions.Find(relationship, result.GetValue(which)!);
            var written = OpenActions.MarkDone(vault, action, day);
            context.Output.WriteLine($"done: {action.Action.Text} ({IsoDate.Format(day)}) · updated {string.Join(", ", written)}");
            return 0;
        }));
        return command;
    }
}
