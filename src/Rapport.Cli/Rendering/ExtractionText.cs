using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>The readable form of an extraction: one block per kind, only the kinds present.</summary>
public static class ExtractionText
{
    /// <summary>Every kind that <c>extract --json</c> prints, in the kinds' table order; actions split into mine and theirs.</summary>
    public static void Write(IAnsiConsole console, Extraction e)
    {
        bool any = false;
        foreach (var kind in ItemKind.All.Where(k => k.Json is not null))
        {
            var items = e.Of(kind);
            if (kind.Shape == ItemShape.Action)
            {
                Block(console, ref any, "My actions", items.OfType<ExtractedAction>().Where(a => a.Owner == ActionOwner.Me).Select(Line));
                Block(console, ref any, "Their actions", items.OfType<ExtractedAction>().Where(a => a.Owner == ActionOwner.Them).Select(Line));
            }
            else Block(console, ref any, kind.Title, items.Select(Line));
        }
        if (e.Mood is { } mood) Block(console, ref any, "Mood", [$"{mood}/5"]);
        if (!any) console.WriteLine("nothing found in the notes");
    }

    /// <summary>An item as one line, with the engine's doubt when it guessed ("unsure: …").</summary>
    private static string Line(NoteItem item)
    {
        string text = item switch
        {
            ExtractedAction a => $"[{a.Priority}] {a.Text}{(a.Due is { } due ? $" (due {IsoDate.Format(due)})" : "")}",
            ExtractedFeedback f => $"{(f.Kind == "high-five" ? "High five" : "Watch out")}: {f.Text}",
            _ => item.Text,
        };
        return item.Unsure is { } why ? $"{text} (unsure: {why})" : text;
    }

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
