using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport status</c>: cadence health, open work and follow-through for every relationship.</summary>
public static class StatusCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("status", "Every relationship: cadence health, open and overdue actions, follow-through, mood") { json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            var status = StatusReport.Build(vault.People.All, vault.Config.Cadence, context.Today);
            Warnings.Unreadable(context, vault.People.Unreadable);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, StatusJson.From(status));
                return 0;
            }
            if (status.Relationships.Count == 0)
            {
                context.Output.WriteLine(Warnings.NoRelationshipsYet(vault));
                return 0;
            }
            var table = new Table { Border = TableBorder.Simple };
            table.AddColumns("Person", "Kind", "Cadence", "Last met", "Next due", "Open me/them", "Overdue", "Follow-through me/them", "Mood");
            foreach (var r in status.Relationships)
            {
                string next = r.Overdue is null ? IsoDate.Format(r.NextDue) : $"[red]{IsoDate.Format(r.NextDue)} ![/]";
                string overdue = r.OverdueMine + r.OverdueTheirs == 0 ? "" : $"[red]{r.OverdueMine}/{r.OverdueTheirs}[/]";
                table.AddRow(
                    Markup.Escape(r.Person), r.Kind?.ToWord() ?? "", r.Cadence.ToString().ToLowerInvariant(),
                    r.LastMet is { } met ? IsoDate.Format(met) : "never", next, $"{r.OpenMine}/{r.OpenTheirs}", overdue,
                    $"{r.Mine.Describe()} / {r.Theirs.Describe()}", r.Moods.Count == 0 ? "" : string.Join("→", r.Moods));
            }
            context.Console.Write(table);
            foreach (var r in status.Relationships.Where(r => r.Overdue is not null))
                context.Console.MarkupLine($"[red]overdue[/] {Markup.Escape(r.Person)}: {Markup.Escape(r.Overdue!)}");
            context.Console.MarkupLine(
                $"{status.Relationships.Count} relationships · {status.OverdueMeetings} 1:1s overdue · {status.OpenMine + status.OpenTheirs} open actions " +
                $"({status.OpenMine} mine, {status.OpenTheirs} theirs), {status.OverdueActions} overdue · follow-through over {StatusReport.WindowDays} days: " +
                $"me {status.Mine.Describe()}, them {status.Theirs.Describe()}");
            return 0;
        }));
        return command;
    }

    /// <summary>"80% (4/5)", or "–" when nothing was due.</summary>
}
