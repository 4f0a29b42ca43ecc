using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>The readable form of an extraction: one block per kind, only the kinds present.</summary>
public static class ExtractionText
{
    public static void Write(IAnsiConsole console, Extraction e)
    {
        bool any = false;
        Block(console, ref any, "My actions", e.Actions.Where(a => a.Owner == ActionOwner.Me).Select(Action));
        Block(console, ref any, "Their actions", e.Actions.Where(a => a.Owner == ActionOwner.Them).Select(Action));
        Block(console, ref any, "Done", e.Completions.Select(i => i.Text));
        Block(console, ref any, "Wins", e.Wins.Select(i => i.Text));
        Block(console, ref any, "Decisions", e.Decisions.Select(i => i.Text));
        Block(console, ref any, "Goals", e.Goals.Select(i => i.Text));
        Block(console, ref any, "Feedback", e.Feedback.Select(f => $"{(f.Kind == "high-five" ? "High five" : "Watch out")}: {f.Text}"));
        Block(console, ref any, "Blockers", e.Blockers.Select(i => i.Text));
        Block(console, ref any, "Topics", e.Topics.Select(i => i.Text));
        if (e.Mood is { } mood) Block(console, ref any, "Mood", [$"{mood}/5"]);
        if (!any) console.WriteLine("nothing found in the notes");
    }

    private static string Action(ExtractedAction a) =>
        $"[{a.Priority}] {a.Text}{(a.Due is { } due ? $" (due {IsoDate.Format(due)})" : "")}";

    private static void Block(IAnsiConsole console, ref bool any, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        if (any) console.WriteLine();
        any = true;
        console.MarkupLine($"[bold]{title}[/]");
        foreach (var line in list) console.MarkupLine($"  - {Markup.Escape(line)}");
    }
}
