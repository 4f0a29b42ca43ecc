using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core.Cadence;
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
            VaultStatus status;
            using (var index = IndexAccess.OpenSyncedRelationships(context, vault))
            {
                status = StatusReport.Build(vault.People.Digests(index), vault.Config.Cadence, context.Today);
                IndexAccess.WarnUnreadable(context, index);
            }
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
            Fitting(status, context.Console).Write(context.Console, context.Output);
            // The overdue lines, each wrapped on its own (as MarkupLine does), written at once.
            var overdue = new LineWriter();
            foreach (var r in status.Relationships.Where(r => r.Overdue is not null))
                overdue.Add(TableText.Styled("overdue", Red), TableText.Plain($" {r.Person}: {r.Overdue}"));
            overdue.Write(context.Console, context.Output);
            context.Console.MarkupLine(
                $"{status.Relationships.Count} relationships · {status.OverdueMeetings} 1:1s overdue · {status.OpenMine + status.OpenTheirs} open actions " +
                $"({status.OpenMine} mine, {status.OpenTheirs} theirs), {status.OverdueActions} overdue");
            context.Console.MarkupLine($"follow-through over {StatusReport.WindowDays} days: me {status.Mine.Describe()}, them {status.Theirs.Describe()}");
            return 0;
        }));
        return command;
    }

    private static readonly Style Red = new(Color.Red);

    /// <summary>Below this many columns the table always drops kind, cadence, last met and mood.</summary>
    public const int NarrowWidth = 100;

    /// <summary>
    /// One row per relationship, never wrapped: the full table when it fits the terminal (from
    /// <see cref="NarrowWidth"/> columns up, when the names are short enough), else the columns that say
    /// what to do next.
    /// </summary>
    private static TableWriter Fitting(VaultStatus status, IAnsiConsole console)
    {
        int width = console.Profile.Width;
        if (width < NarrowWidth) return Table(status, narrow: true);
        var wide = Table(status, narrow: false);
        return wide.NaturalWidth(Spectre.Console.Rendering.RenderOptions.Create(console, console.Profile.Capabilities)) <= width ? wide : Table(status, narrow: true);
    }

    private static TableWriter Table(VaultStatus status, bool narrow)
    {
        var table = new TableWriter(TableBorder.Simple);
        var headers = narrow
            ? new[] { "Person", "Next due", "Open\nme/them", "Late\nme/them", "Kept\nme/them" }
            : ["Person", "Kind", "Cadence", "Last met", "Next due", "Open\nme/them", "Overdue\nme/them", "Follow-through\nme/them", "Mood"];
        foreach (var header in headers)
            table.AddColumn(header, noWrap: header != "Person", padding: new Padding(0, 0, 2, 0));
        var date = new Formatted<DateOnly>(IsoDate.Format);
        var late = new Formatted<DateOnly>(day => $"{IsoDate.Format(day)} !");
        var pair = new Formatted<(int, int)>(p => $"{p.Item1}/{p.Item2}");
        var kept = new Formatted<(FollowThrough, FollowThrough)>(k => $"{k.Item1.Percent()} / {k.Item2.Percent()}");
        foreach (var r in status.Relationships)
        {
            var next = r.Overdue is null ? TableText.Plain(date[r.NextDue]) : TableText.Styled(late[r.NextDue], Red);
            var overdue = r.OverdueMine + r.OverdueTheirs == 0 ? TableText.Plain("") : TableText.Styled(pair[(r.OverdueMine, r.OverdueTheirs)], Red);
            var open = TableText.Plain(pair[(r.OpenMine, r.OpenTheirs)]);
            var followed = TableText.Plain(kept[(r.Mine, r.Theirs)]);
            table.AddRow(narrow
                ? [TableText.Plain(r.Person), next, open, overdue, followed]
                : [TableText.Plain(r.Person), TableText.Plain(r.Kind?.ToWord() ?? ""), TableText.Plain(r.Cadence.ToWord()),
                    TableText.Plain(r.LastMet is { } met ? date[met] : "never"), next, open, overdue, followed,
                    TableText.Plain(r.Moods.Count == 0 ? "" : string.Join("→", r.Moods.TakeLast(4)))]);
        }
        return table;
    }
}
