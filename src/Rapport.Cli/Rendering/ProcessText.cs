using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Spectre.Console;

namespace Rapport.Cli.Rendering;

/// <summary>What <c>rapport process</c> did, item by item, then the files it wrote.</summary>
public static class ProcessText
{
    public static void Write(IAnsiConsole console, NotesPlan plan)
    {
        var meeting = plan.Meeting;
        if (plan.IsEmpty)
        {
            console.WriteLine($"Nothing to change: these notes from {IsoDate.Format(meeting.Date)} are already in the document.");
            return;
        }
        console.MarkupLineInterpolated($"[bold]Processed notes from {IsoDate.Format(meeting.Date)} with {meeting.Person}[/]");
        foreach (var change in plan.Changes)
        {
            if (change.Describe(meeting.Person) is { } line) console.MarkupLineInterpolated($"  {line}");
        }
        foreach (var file in plan.Files)
            console.MarkupLineInterpolated($"{(file.IsNew ? "Saved notes to" : "Updated")} [blue]{file.DisplayPath}[/]");
    }
}
