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
        string first = meeting.Person.Split(' ')[0];
        foreach (var change in plan.Changes)
        {
            string? line = change.Kind switch
            {
                ChangeKind.ActionAdded => $"+ {(change.Owner == ActionOwner.Me ? "My action" : $"{first}'s action")}: [{change.Priority}] {change.Text}{Due(change.Due)}",
                ChangeKind.ActionDone => $"✓ Done: {change.Text}{(change.Owner == ActionOwner.Them ? $" ({first})" : "")}",
                ChangeKind.GoalAdded => $"+ Focus area: {change.Text}",
                ChangeKind.WinAdded => $"+ Accomplishment: {change.Text}",
                ChangeKind.FeedbackAdded => $"+ Feedback: {change.Text}",
                ChangeKind.ThreadEntry => $"+ Thread \"{change.Where}\": {change.Text}",
                ChangeKind.HistoryAdded => $"+ Meeting history: {change.Text}",
                ChangeKind.PointCovered => $"✓ Talking point covered: {change.Text}",
                ChangeKind.FeedbackDelivered => $"✓ Feedback delivered: {change.Text}",
                ChangeKind.MoodAdded => $"+ Mood: {change.Text}",
                _ => null,
            };
            if (line is not null) console.MarkupLineInterpolated($"  {line}");
        }
        foreach (var file in plan.Files)
            console.MarkupLineInterpolated($"{(file.IsNew ? "Saved notes to" : "Updated")} [blue]{file.DisplayPath}[/]");
    }

    private static string Due(DateOnly? due) => due is { } d ? $" (due {IsoDate.Format(d)})" : "";
}
