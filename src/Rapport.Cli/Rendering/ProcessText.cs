using Rapport.Core.Notes;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>What <c>rapport process</c> did (or, in a terminal, will do), item by item, then the files.</summary>
public static class ProcessText
{
    public static void Write(IAnsiConsole console, NotesPlan plan)
    {
        var meeting = plan.Meeting;
        if (plan.IsEmpty)
        {
            console.WriteLine(Nothing(plan));
            return;
        }
        console.MarkupLineInterpolated($"[bold]Processed notes from {IsoDate.Format(meeting.Date)} with {meeting.Person}[/]");
        Changes(console, plan);
        foreach (var file in plan.Files)
            console.MarkupLineInterpolated($"{(file.IsNew ? "Saved notes to" : "Updated")} [blue]{file.DisplayPath}[/]");
    }

    /// <summary>The plan before it is applied: new actions with owner and due, completions, "possibly done", cancellations, due moves, threads.</summary>
    public static void WritePlan(IAnsiConsole console, NotesPlan plan)
    {
        var meeting = plan.Meeting;
        console.MarkupLineInterpolated($"[bold]Plan for the notes from {IsoDate.Format(meeting.Date)} with {meeting.Person}[/]");
        Changes(console, plan);
        foreach (var file in plan.Files)
            console.MarkupLineInterpolated($"{(file.IsNew ? "Will save notes to" : "Will update")} [blue]{file.DisplayPath}[/]");
    }

    /// <summary>Why an empty plan changes nothing.</summary>
    public static string Nothing(NotesPlan plan) => plan.AlreadyProcessed is { } why
        ? $"Nothing to change: {why}."
        : $"Nothing to change: these notes from {IsoDate.Format(plan.Meeting.Date)} are already in the document.";

    private static void Changes(IAnsiConsole console, NotesPlan plan)
    {
        foreach (var change in plan.Changes)
        {
            if (change.Describe(plan.Meeting.Person) is { } line) console.MarkupLineInterpolated($"  {line}");
        }
    }
}
