using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>The terminal view of an agenda: a header panel, then each part that has something to say.</summary>
public static class PrepText
{
    public static void Write(IAnsiConsole console, Agenda a)
    {
        string when = a.Date == a.Due || a.Due >= a.Today
            ? Schedule.Relative(a.Date, a.Today)
            : $"{Schedule.Relative(a.Date, a.Today)}; it was due {IsoDate.Format(a.Due)}";
        var header = new List<string>
        {
            $"[bold]1:1 with {Markup.Escape(a.Person)}[/] · {IsoDate.Format(a.Date)} ({Markup.Escape(when)})",
            $"{a.Minutes} min, {a.Cadence.ToWord()} · {Markup.Escape(a.Framework.Name)}"
                + (a.LastMet is { } met ? $" · last met {IsoDate.Format(met)}" : " · first meeting"),
        };
        header.Add(a.Intention is { } intention
            ? $"[bold]Intention:[/] {Markup.Escape(intention)}"
            : "[bold]Intention:[/] [dim]none set: what should this 1:1 achieve? (add \"- Intention: …\" under ## Next Meeting)[/]");
        if (a.Last is { } last)
        {
            // What it was about, then its intention and outcome; a meeting heading that is only a date says nothing more.
            string about = string.Join(" · ", new[] { last.Summary.Length == 0 ? null : last.Summary, last.Intention is null ? null : $"intention: {last.Intention}",
                last.Outcome is null ? null : $"outcome: {last.Outcome}" }.OfType<string>());
            header.Add($"[bold]Last time[/] ({IsoDate.Format(last.Date)}){(about.Length > 0 ? ": " + Markup.Escape(about) : "")}");
        }
        console.Write(new Panel(new Markup(string.Join('\n', header))) { Border = BoxBorder.Rounded, Expand = false });

        // My wins and my finished actions; what the other person finished is theirs, listed apart.
        var myDone = a.Done.Where(d => d.Owner == ActionOwner.Me).ToList();
        var theirDone = a.Done.Where(d => d.Owner != ActionOwner.Me).ToList();
        if (a.Wins.Count + myDone.Count > 0)
        {
            Heading(console, "New accomplishments since last time");
            foreach (var win in a.Wins) Line(console, $"{(win.Date is { } d ? IsoDate.Format(d) + "  " : "")}{win.Text}");
            foreach (var done in myDone) Line(console, $"{(done.Completed is { } c ? IsoDate.Format(c) + "  " : "")}Done: {done.Text}");
        }
        if (theirDone.Count > 0)
        {
            Heading(console, $"{a.FirstName} finished since last time");
            foreach (var done in theirDone) Line(console, $"{(done.Completed is { } c ? IsoDate.Format(c) + "  " : "")}{done.Text}");
        }

        if (a.MyActions.Count + a.TheirActions.Count > 0)
        {
            Heading(console, "Open action items");
            Actions(console, $"{a.FirstName}'s", a.TheirActions);
            Actions(console, "Mine", a.MyActions);
        }

        if (a.Points.Count > 0)
        {
            Heading(console, "Talking points");
            foreach (var p in a.Points)
            {
                string meta = string.Join(", ", new[]
                {
                    p.By is null ? null : $"by {p.By}",
                    p.CarriedOver > 0 ? TalkingPoint.DescribeCarriedOver(p.CarriedOver) : null,
                }.OfType<string>());
                console.MarkupLine($"  • {Markup.Escape(MarkdownText.Shown(p.Text))}{(meta.Length > 0 ? $" [dim]({Markup.Escape(meta)})[/]" : "")}");
            }
        }

        if (a.Threads.Count > 0)
        {
            Heading(console, "From last time");
            foreach (var t in a.Threads) Line(console, t.Describe());
        }

        if (a.Goals.Count > 0)
        {
            Heading(console, a.GoalsAreFocusAreas ? "Focus areas to check in on" : "Goals to check in on");
            foreach (var g in a.Goals)
            {
                string progress = g.Progress is null ? "" : $" — last progress {(g.ProgressDate is { } p ? IsoDate.Format(p) + ": " : "")}{g.Progress}";
                Line(console, $"{g.Text}{(g.Due is { } d ? $" (by {IsoDate.Format(d)})" : "")}{progress}");
            }
        }

        if (a.Feedback.Count > 0)
        {
            Heading(console, "Feedback to give");
            foreach (var f in a.Feedback)
            {
                string label = f.Kind == "watch-out" ? "[yellow]Watch out[/]" : "[green]High five[/]";
                console.MarkupLine($"  • {label}{(f.Skill is null ? "" : $" ({Markup.Escape(f.Skill)})")}: {Markup.Escape(f.Text)}{(f.Path is null ? "" : $" [dim]— path: {Markup.Escape(f.Path)}[/]")}");
            }
        }

        Heading(console, $"Suggested agenda ({a.Framework.Name})");
        foreach (var step in a.Steps)
        {
            console.MarkupLine($"  {step.Number}. [bold]{Markup.Escape(step.Title)}[/]");
            foreach (var item in step.Items) console.MarkupLine($"       {Markup.Escape(MarkdownText.Shown(item.Text))}");
            if (step.Question is { } question) console.MarkupLine($"       [italic]“{Markup.Escape(question)}”[/]");
        }
        if (a.Briefing is { } briefing)
        {
            Heading(console, "Briefing");
            console.MarkupLine($"  [dim]Drafted by {Markup.Escape(briefing.Model)}.[/]");
            console.MarkupLine($"  {Markup.Escape(briefing.Summary)}");
            foreach (var question in briefing.Questions) console.MarkupLine($"  [italic]“{Markup.Escape(question)}”[/]");
        }
    }

    private static void Actions(IAnsiConsole console, string owner, IReadOnlyList<AgendaAction> actions)
    {
        if (actions.Count == 0) return;
        console.MarkupLine($"  {Markup.Escape(owner)}");
        foreach (var action in actions)
        {
            string due = action.Due is { } d ? $" (due {IsoDate.Format(d)})" : "";
            string late = action.OverdueDays is { } days ? $" [red]overdue {days}d[/]" : "";
            console.MarkupLine($"    [[ ]] {Markup.Escape((action.Priority is { } p ? $"[{p}] " : "") + action.Text + due)}{late}");
        }
    }

    private static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.MarkupLine($"[bold underline]{Markup.Escape(title)}[/]");
    }

    private static void Line(IAnsiConsole console, string text) => console.MarkupLine($"  • {Markup.Escape(text)}");
}
