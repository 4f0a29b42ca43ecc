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
            ActionOwner? owner = result.GetValue(mine) ? ActionOwner.Me : result.GetValue(theirs) ? ActionOwner.Them : null;
            IReadOnlyList<ActionRow> actions;
            int open;
            string? who = null;
            using (var index = IndexAccess.OpenSyncedRelationships(context, vault))
            {
                string? slug = null;
                if (result.GetValue(person) is { } name)
                {
                    var relationship = vault.People.Resolve(name, index);
                    (slug, who) = (relationship.Slug, relationship.Document.Person ?? relationship.Slug);
                }
                IndexAccess.WarnUnreadable(context, index, slug);
                var rows = index.OpenActions(slug);
                actions = OpenActions.Select(rows, owner, result.GetValue(overdue) ? context.Today : null);
                open = result.GetValue(overdue) ? OpenActions.Select(rows, owner, null).Count : actions.Count;
            }
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, actions.Select(a => new OpenActionJson(
                    a.Person, a.Slug, a.Number, a.Id, a.Owner, a.Text, a.Due, a.Priority,
                    a.IsOverdue(context.Today) ? context.Today.DayNumber - a.Due!.Value.DayNumber : null, a.Path, a.Line)).ToList());
                return 0;
            }
            if (actions.Count == 0)
            {
                // Says what was asked for: "No open actions." alone after --overdue read as if nothing were open at all.
                string whose = owner switch { ActionOwner.Me => " of mine", ActionOwner.Them => " of theirs", _ => "" };
                context.Output.WriteLine($"No {(result.GetValue(overdue) ? "overdue" : "open")} actions{whose}{(who is null ? "" : $" with {who}")}.");
                return 0;
            }
            var table = new TableWriter(TableBorder.Simple).AddColumns("Due", "Person", "#", "Id", "Whose", "Action");
            var late = new Style(Color.Red);
            foreach (var a in actions)
            {
                var due = a.IsOverdue(context.Today)
                    ? TableText.Styled($"{IsoDate.Format(a.Due!.Value)} ({context.Today.DayNumber - a.Due!.Value.DayNumber}d late)", late)
                    : TableText.Plain(a.Due is { } d ? IsoDate.Format(d) : "");
                string whose = a.Owner == ActionOwner.Me ? "me" : a.FirstName;
                table.AddRow(due, TableText.Plain(a.Person), TableText.Plain(a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), TableText.Markup(a.Id), TableText.Plain(whose),
                    TableText.Plain((a.Priority is { } p ? $"[{p}] " : "") + a.Text));
            }
            table.Write(context.Console, context.Output);
            // With --overdue the table holds the overdue ones only: the count of open ones is the whole count, not the table's.
            context.Console.MarkupLine($"[dim]{open} open, {actions.Count(a => a.IsOverdue(context.Today))} overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)[/]");
            return 0;
        }));
        return command;
    }

    public static Command Done(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1 the action is from" };
        var which = new Argument<string>("ACTION") { Description = "Its id or number in 'rapport actions PERSON', or some of its words" };
        var date = new DateOption("When it was done (default: today)", global);
        var command = new Command("done", "Mark an open action done, in the document and BACKLOG.md") { person, which };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var day = date.Read(result, context);
            var vault = global.OpenVault(result, context);
            var relationship = vault.People.Resolve(result.GetValue(person)!);
            var action = OpenActions.Find(relationship, result.GetValue(which)!);
            var written = OpenActions.MarkDone(vault, action, day);
            context.Output.WriteLine($"done: [{action.Id}] {action.Action.Text} ({IsoDate.Format(day)}) · updated {string.Join(", ", written)}");
            return 0;
        }));
        return command;
    }

    /// <summary><c>rapport action add PERSON "text" [--theirs] [--due D] [--priority P1]</c>: one action, straight into the document.</summary>
    public static Command Action(CommandContext context, GlobalOptions global)
    {
        var command = new Command("action", "Add an action item to a relationship's running document");
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1 the action belongs to" };
        var text = new Argument<string>("TEXT") { Description = "What is to be done" };
        var theirs = new Option<bool>("--theirs") { Description = "The other person's action (default: mine)" };
        var due = new Option<string?>("--due") { Description = "Due date: 2026-01-30, Friday, in 2 weeks, Jan 30…", HelpName = "DATE" };
        var priority = new Option<string?>("--priority") { Description = "P1, P2 or P3", HelpName = "P" };
        var add = new Command("add", "Add an open action, mine or (with --theirs) theirs; mine also go to BACKLOG.md") { person, text, theirs, due, priority };
        add.SetAction(RapportCli.Guard(context, result =>
        {
            NewAction.Validate(result.GetValue(text)!, result.GetValue(priority));
            DateOnly? by = result.GetValue(due) is { } d ? global.ReadDate(result, context, d, "--due", lean: DateArgument.Lean.Ahead) : null;
            var vault = global.OpenVault(result, context);
            var relationship = vault.People.Resolve(result.GetValue(person)!);
            var owner = result.GetValue(theirs) ? ActionOwner.Them : ActionOwner.Me;
            if (NewAction.Add(vault, relationship, owner, result.GetValue(text)!, by, result.GetValue(priority)) is not { } added)
            {
                context.Error.WriteLine($"already an open action in {vault.Display(relationship.FullPath)}: {result.GetValue(text)!.Trim()}");
                return 0;
            }
            var a = added.Action;
            string whose = owner == ActionOwner.Me ? "mine" : $"{relationship.Document.FirstName ?? relationship.Document.Person ?? relationship.Slug}'s";
            context.Output.WriteLine($"added [{ActionId.Of(a)}] {a.Text}{(a.Due is { } day ? $" (due {IsoDate.Format(day)})" : "")} ({whose}) · updated {string.Join(", ", added.Written)}");
            return 0;
        }));
        command.Subcommands.Add(add);
        return command;
    }
}
