using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport archive</c>: moves old dated entries to quarterly archive files.</summary>
public static class ArchiveCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var people = new Argument<string[]>("PERSON") { Description = "Only these relationships (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var before = new Option<string?>("--before") { Description = "Move entries dated before this day (at most the start of the current quarter)", HelpName = "DATE" };
        var quarter = new Option<string?>("--quarter") { Description = "Move the entries of one past quarter, for example 2025-Q4", HelpName = "YYYY-QN" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a diff of every file that would change, and change nothing" };
        var command = new Command("archive", "Move dated entries older than the current quarter to archive/<person>-<quarter>.md")
        {
            people, before, quarter, dryRun,
        };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var current = Period.QuarterOf(context.Today);
            Period span;
            if (result.GetValue(quarter) is { } q)
            {
                if (result.GetValue(before) is not null) throw new RapportException(ErrorCode.Usage, "use --before or --quarter, not both");
                span = Period.Parse(q);
                if (!span.Name.Contains("-Q", StringComparison.Ordinal)) throw new RapportException(ErrorCode.Usage, $"--quarter takes a quarter such as 2025-Q4, not '{q}'");
            }
            else
            {
                var end = result.GetValue(before) is { } b ? global.ReadDate(result, context, b, "--before") : current.From;
                span = new Period(DateOnly.MinValue, end.AddDays(-1), $"before {IsoDate.Format(end)}");
            }

            var vault = global.OpenVault(result, context);
            var targets = result.GetValue(people) is { Length: > 0 } names ? names.Select(vault.People.Resolve).ToList() : [.. vault.People.All];
            foreach (var kept in targets.Where(Archive.IsKept))
                context.Output.WriteLine($"{kept.Document.Person ?? kept.Slug}: kept as it is (a folder of meeting notes is already one file per meeting)");
            var plans = targets.Select(t => Archive.Plan(vault, t, span, context.Today)).OfType<ArchivePlan>().ToList();
            if (plans.Count == 0)
            {
                context.Output.WriteLine($"nothing to archive ({span.Name})");
                return 0;
            }
            if (result.GetValue(dryRun))
            {
                foreach (var file in plans.SelectMany(p => p.Files))
                    context.Output.Write(UnifiedDiff.Format(file.DisplayPath, file.Before, file.After));
                return 0;
            }
            foreach (var plan in plans)
            {
                Archive.Apply(vault, plan);
                context.Output.WriteLine($"{plan.Person}: moved {plan.Moved} entries to {string.Join(", ", plan.Archives.Select(a => $"{a.Path} ({a.Entries})"))}");
            }
            return 0;
        }));
        return command;
    }
}
