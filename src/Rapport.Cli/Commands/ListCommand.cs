using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core.Vaults;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport list</c>: one line per relationship.</summary>
public static class ListCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("list", "List relationships: kind, frequency, last met, open actions") { json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            IReadOnlyList<RelationshipSummary> people;
            using (var index = IndexAccess.OpenSyncedRelationships(context, vault))
            {
                IndexAccess.WarnUnreadable(context, index);
                people = index.Relationships(context.Today);
            }
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, people);
                return 0;
            }
            if (people.Count == 0)
            {
                context.Output.WriteLine(Warnings.NoRelationshipsYet(vault));
                return 0;
            }
            var table = new TableWriter(TableBorder.Simple).AddColumns("Person", "Kind", "Frequency", "Last met", "Open (mine/theirs)");
            // Plain text where the cell is plain; markup where the value was always read as markup.
            foreach (var p in people)
            {
                table.AddRow(
                    TableText.Plain(p.Person), TableText.Markup(p.Kind ?? "-"), TableText.Markup(p.Frequency ?? "-"),
                    TableText.Plain(p.LastMet is { } met ? IsoDate.Format(met) : "never"), TableText.Plain($"{p.OpenMine}/{p.OpenTheirs}"));
            }
            table.Write(context.Console, context.Output);
            return 0;
        }));
        return command;
    }
}
