using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport show PERSON</c>: a readable summary of one running document.</summary>
public static class ShowCommand
{
    private const int RecentCount = 5;

    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "File slug, full name, or an unambiguous first name or prefix" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("show", "Summarise one relationship: focus, open actions, threads, wins, history") { person, json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            LoadedDocument loaded;
            using (var index = IndexAccess.OpenSyncedRelationships(context, vault)) loaded = vault.People.Resolve(result.GetValue(person)!, index);
            string path = vault.Display(loaded.FullPath);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, DocumentJson.Show(loaded, path, context.Today));
                return 0;
            }
            Render(context.Console, loaded.Document, path, context.Today);
            Warnings.Problems(context, loaded, path);
            return 0;
        }));
        return command;
    }

    private static void Render(IAnsiConsole console, RunningDocument d, string path, DateOnly today)
    {
        var facts = new List<string>();
        if (d.Role is { } role) facts.Add(role);
        if (d.Kind is { } kind) facts.Add(kind.ToWord());
        if (d.Frequency is { } frequency) facts.Add(d.Duration is { } minutes ? $"{frequency.ToString().ToLowerInvariant()}, {minutes} min" : frequency.ToString().ToLowerInvariant());
        if (d.Started is { } started) facts.Add($"since {IsoDate.Format(started)}");
        console.MarkupLine($"[bold]{Markup.Escape(d.Person ?? path)}[/]{(facts.Count > 0 ? " · " + Markup.Escape(string.Join(" · ", facts)) : "")}");
        console.MarkupLine($"[dim]{Markup.Escape(path)}[/]{(d.LastMet is { } met ? $" · last met {IsoDate.Format(met)}" : " · no meetings recorded")}");

        if (d.FocusAreas.Count > 0)
        {
            Heading(console, "Focus");
            foreach (var f in d.FocusAreas) console.MarkupLine($"  • {Markup.Escape(InlineMarkdown.Plain(f.Text))}");
        }

        var mine = Ordered(d.OpenActions(ActionOwner.Me));
        var theirs = Ordered(d.OpenActions(ActionOwner.Them));
        if (mine.Count + theirs.Count > 0)
        {
            Heading(console, "Open actions");
            ActionList(console, "Mine", mine, today);
            ActionList(console, $"{d.FirstName ?? "Theirs"}'s", theirs, today);
        }

        var goals = Goals.Of(d).Where(g => !g.Done).ToList();
        if (goals.Count > 0)
        {
            Heading(console, "Goals");
            foreach (var g in goals)
            {
                string by = g.Due is { } due ? $" (by {IsoDate.Format(due)})" : "";
                string progress = g.Progress.MaxBy(p => p.Date) is { } last ? $" — last progress {IsoDate.Format(last.Date!.Value)}: {InlineMarkdown.Plain(last.Text)}" : "";
                console.MarkupLine($"  {g.Number}. {Markup.Escape(g.Written + by)}[dim]{Markup.Escape(progress)}[/]");
            }
        }

        if (d.Threads.Count > 0)
        {
            Heading(console, "Threads");
            foreach (var t in d.Threads)
            {
                var latest = t.Entries.Where(e => e.Date is not null).MaxBy(e => e.Date) ?? t.Entries.FirstOrDefault();
                string tail = latest is null ? "" : $" — {(latest.Date is { } date ? IsoDate.Format(date) + ": " : "")}{InlineMarkdown.Plain(latest.Text)}";
                console.MarkupLine($"  [bold]{Markup.Escape(t.Topic)}[/]{Markup.Escape(tail)}");
            }
        }

        var moods = Scores.Moods(d);
        var skills = Scores.Skills(d);
        if (moods.Count + skills.Count > 0)
        {
            Heading(console, "Trends");
            if (moods.Count > 0) console.MarkupLine($"  Mood      {Markup.Escape(Scores.Trend(moods))}  [dim](last {IsoDate.Format(moods[^1].Date)})[/]");
            foreach (var skill in skills.GroupBy(s => s.Skill!, StringComparer.OrdinalIgnoreCase))
                console.MarkupLine($"  {Markup.Escape(skill.Key)}  {Markup.Escape(Scores.Trend(skill))}  [dim](last {IsoDate.Format(skill.Last().Date)})[/]");
        }

        DatedList(console, "Recent accomplishments", d.Accomplishments.Select(e => (e.Date, e.Text)).ToList());
        // A meeting written ahead (dated after the day read) is marked as to come: "last met" does not count it.
        DatedList(console, "Meetings", d.Meetings.Select(m => (m.Date, m.Date is null || m.HeldBy(d.Today) ? m.About : $"{m.About} (to come)".TrimStart())).ToList());
    }

    private static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.MarkupLine($"[underline]{title}[/]");
    }

    private static void ActionList(IAnsiConsole console, string label, List<ActionItem> items, DateOnly today)
    {
        if (items.Count == 0) return;
        console.MarkupLine($"  {Markup.Escape(label)}");
        foreach (var a in items)
        {
            string due = a.Due is { } d ? $" (due {IsoDate.Format(d)})" : "";
            string overdue = a.IsOverdue(today) ? $" [red]overdue {today.DayNumber - a.Due!.Value.DayNumber}d[/]" : "";
            string priority = a.Priority is { } p ? $"[{p}] " : "";
            string box = a.State == ActionState.InProgress ? "[[/]]" : "[[ ]]";
            string indent = new(' ', 2 * Depth(a, items));
            console.MarkupLine($"    {indent}{box} {Markup.Escape(priority + a.Text + due)}{overdue} [dim]{ActionId.Of(a)}[/]");
        }
    }

    /// <summary>By due date (undated last), each subtask right under its task.</summary>
    private static List<ActionItem> Ordered(IEnumerable<ActionItem> items)
    {
        var list = items.ToList();
        var result = new List<ActionItem>();
        void Add(ActionItem a)
        {
            result.Add(a);
            foreach (var child in list.Where(c => c.Parent == a)) Add(child);
        }
        foreach (var root in list.Where(a => a.Parent is null || !list.Contains(a.Parent)).OrderBy(a => a.Due ?? DateOnly.MaxValue)) Add(root);
        return result;
    }

    /// <summary>How deep a subtask sits under the tasks shown with it.</summary>
    private static int Depth(ActionItem a, List<ActionItem> shown)
    {
        int depth = 0;
        for (var p = a.Parent; p is not null && shown.Contains(p); p = p.Parent) depth++;
        return depth;
    }

    private static void DatedList(IAnsiConsole console, string title, IReadOnlyList<(DateOnly? Date, string Text)> entries)
    {
        if (entries.Count == 0) return;
        var recent = entries.OrderByDescending(e => e.Date ?? DateOnly.MinValue).Take(RecentCount).ToList();
        Heading(console, entries.Count > RecentCount ? $"{title} (latest {RecentCount} of {entries.Count})" : title);
        foreach (var e in recent)
        {
            // A meeting heading that is only its date has nothing after the date: no trailing spaces either.
            string text = InlineMarkdown.Plain(e.Text);
            console.MarkupLine($"  {(e.Date is { } d ? IsoDate.Format(d) : "          ")}{(text.Length == 0 ? "" : "  " + Markup.Escape(text))}");
        }
    }
}
