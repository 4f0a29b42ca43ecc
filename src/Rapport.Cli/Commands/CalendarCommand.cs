using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Calendar;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport calendar export|plan|import</c>: the 1:1 series as iCalendar, batched slots, met dates.</summary>
public static class CalendarCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var command = new Command("calendar", "1:1 series as iCalendar (.ics), batched slots, and dates from your calendar");
        command.Subcommands.Add(Export(context, global));
        command.Subcommands.Add(Plan(context, global));
        command.Subcommands.Add(Import(context, global));
        return command;
    }

    private static Command Export(CommandContext context, GlobalOptions global)
    {
        var people = new Argument<string[]>("PERSON") { Description = "Only these relationships (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Write the calendar to this file (default: standard output)", HelpName = "FILE.ics" };
        var defaultSlot = new Option<string?>("--default-slot") { Description = "For relationships without a slot, for example \"fri 14:00\"", HelpName = "SLOT" };
        var command = new Command("export", "Write one recurring event per relationship, by its slot, length and cadence") { people, output, defaultSlot };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            Slot? fallback = result.GetValue(defaultSlot) is { } text ? Slot.Parse(text, "--default-slot") : null;
            var vault = global.OpenVault(result, context);
            var targets = result.GetValue(people) is { Length: > 0 } names ? names.Select(vault.People.Resolve).ToList() : [.. vault.People.All];
            var calendar = CalendarExport.Write(vault, targets, context.Time.GetUtcNow(), fallback);
            foreach (var skipped in calendar.Skipped) context.Error.WriteLine($"warning: skipped {skipped}");
            if (calendar.Exported.Count == 0)
            {
                // An empty calendar would import as nothing, silently: say so and write no file.
                context.Error.WriteLine(targets.Count == 0
                    ? $"error: nothing to export: no relationships in {vault.Config.RelationshipsFolder} yet"
                    : "error: nothing to export: no relationship has a slot; plan them with 'rapport calendar plan --apply', or pass --default-slot \"tue 09:00\"");
                return (int)ErrorCode.Failed;
            }
            if (result.GetValue(output) is { } path)
            {
                OutputFile.Write(context.Files, context.ResolvePath(path), path, System.Text.Encoding.UTF8.GetBytes(calendar.Text), createFolder: false, vault);
                context.Error.WriteLine($"wrote {path}: {calendar.Exported.Count} recurring 1:1s");
            }
            else
            {
                context.Output.Write(calendar.Text);
            }
            return 0;
        }));
        return command;
    }

    private static Command Plan(CommandContext context, GlobalOptions global)
    {
        var day = new Option<string>("--day") { Description = "The day to batch the 1:1s on: mon … sun", Required = true, HelpName = "DAY" };
        var start = new Option<string>("--start") { Description = "When the first starts, HH:MM", Required = true, HelpName = "HH:MM" };
        var gap = new Option<int>("--gap") { Description = "Minutes between two 1:1s", DefaultValueFactory = _ => 5, HelpName = "MIN" };
        var people = new Option<string[]>("--people") { Description = "Only these relationships (default: all)", AllowMultipleArgumentsPerToken = true, HelpName = "NAME" };
        var apply = new Option<bool>("--apply") { Description = "Record each slot in the document's front matter (slot: tue 09:00)" };
        var command = new Command("plan", "Propose back-to-back slots that batch the 1:1s on one day, shortest first") { day, start, gap, people, apply };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            if (!Slot.TryParseDay(result.GetValue(day)!, out var weekday))
                throw new RapportException(ErrorCode.Usage, $"--day '{result.GetValue(day)}' is not a day; use mon, tue, wed, thu, fri, sat or sun");
            var first = Slot.Parse($"{result.GetValue(day)} {result.GetValue(start)}", "--start").Start;
            var vault = global.OpenVault(result, context);
            var targets = result.GetValue(people) is { Length: > 0 } names ? names.Select(vault.People.Resolve).ToList() : [.. vault.People.All];
            var plan = CalendarPlan.Propose(targets, weekday, first, result.GetValue(gap), vault.Config.Duration);
            var table = new Table { Border = TableBorder.Simple };
            table.AddColumns("Slot", "Until", "Person", "Length", "Now");
            foreach (var s in plan)
                table.AddRow(s.Slot.ToString(), s.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Person),
                    $"{s.Minutes} min", Markup.Escape(s.Relationship.Document.FrontMatter?["slot"] ?? "-"));
            context.Console.Write(table);
            if (!result.GetValue(apply))
            {
                context.Console.MarkupLine("[dim]--apply records these slots in the documents[/]");
                return 0;
            }
            int changed = plan.Count(s => CalendarPlan.Apply(vault, s));
            context.Output.WriteLine($"recorded {changed} slot{(changed == 1 ? "" : "s")}");
            return 0;
        }));
        return command;
    }

    private static Command Import(CommandContext context, GlobalOptions global)
    {
        var file = new Argument<string>("FILE") { Description = "An .ics file exported from your calendar" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be recorded, and record nothing" };
        var command = new Command("import", "Record 1:1s held and the next one booked, from a calendar file") { file, dryRun };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            string path = result.GetValue(file)!;
            string full = context.ResolvePath(path);
            if (!context.Files.FileExists(full)) throw new RapportException(ErrorCode.Usage, "no such file", path);
            if (context.Files.GetLength(full) > CalendarImport.MaxBytes)
                throw new RapportException(ErrorCode.InvalidFile, $"calendar is larger than {CalendarImport.MaxBytes / 1024 / 1024} MB", path);
            var text = TextCodec.Decode(context.Files.ReadAllBytes(full), path).Text;
            var events = CalendarImport.Parse(text, path);
            var vault = global.OpenVault(result, context);
            var zone = TimeZones.Find(vault.Config.TimeZone);
            var found = CalendarImport.Match(events, vault.People.All, zone, context.Today);
            if (found.Count == 0)
            {
                context.Output.WriteLine($"no 1:1s in {path}: {events.Count} events, none naming a relationship");
                return 0;
            }
            foreach (var m in found)
            {
                string next = m.Next is { } n ? $", next {IsoDate.Format(n)}" : "";
                bool written = !result.GetValue(dryRun) && CalendarImport.Apply(vault, m);
                context.Output.WriteLine($"{m.Person}: {m.Met.Count} meeting{(m.Met.Count == 1 ? "" : "s")} held{next}{(written ? $" · updated {vault.Display(m.Relationship.FullPath)}" : "")}");
            }
            return 0;
        }));
        return command;
    }
}
