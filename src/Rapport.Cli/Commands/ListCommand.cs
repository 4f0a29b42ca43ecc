using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core.Documents;
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
            var people = vault.People;
            Warnings.Unreadable(context, people.Unreadable);
            if (result.GetValue(json))
            {
                JsonOutput.Write<IReadOnlyList<PersonJson>>(context.Output, people.All.Select(p => DocumentJson.Person(p, vault.Display(p.FullPath))).ToList());
                return 0;
            }
            if (people.All.Count == 0)
            {
                context.Output.WriteLine($"no relationships in {vault.Config.RelationshipsFolder} yet; add one with: rapport add \"Alex Kim\" --kind direct");
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("Person", "Kind", "Frequency", "Last met", "Open (mine/theirs)");
            foreach (var loaded in people.All)
            {
                var d = loaded.Document;
                table.AddRow(
                    Markup.Escape(d.Person ?? loaded.Slug),
                    d.Kind?.ToWord() ?? "-",
                    d.Frequency?.ToString().ToLowerInvariant() ?? "-",
                    d.LastMet is { } met ? IsoDate.Format(met) : "never",
                    $"{d.OpenActions(ActionOwner.Me).Count()}/{d.OpenActions(ActionOwner.Them).Count()}");
            }
            context.Console.Write(table);
            return 0;
        }));
        return command;
    }
}
