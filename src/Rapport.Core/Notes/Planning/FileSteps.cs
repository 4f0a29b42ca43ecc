using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes.Planning;

/// <summary>The document's new text, when the steps before edited it.</summary>
internal sealed class DocumentFileStep : IPlanStep
{
    public string Name => "document";

    public void Run(PlanContext plan)
    {
        if (!plan.Editor.HasChanges) return;
        var document = plan.Document;
        // A meeting's new note in a folder of meeting notes is not on disk yet: the plan creates it.
        var before = plan.Vault.Files.FileExists(plan.Loaded.FullPath) ? document.Source : null;
        plan.Files.Add(new PlannedFile(plan.Loaded.FullPath, document.Path, before, plan.Editor.Apply(), plan.Loaded.Fingerprint));
    }
}

/// <summary>
/// My new actions are copied to <c>BACKLOG.md</c> and my completed ones ticked there, through
/// <see cref="BacklogFile"/>, its one owner. The edits are kept as a function of the backlog's text,
/// so applying the plan computes them again on the backlog as it is then (<see cref="DocumentStore.Update"/>).
/// </summary>
internal sealed class BacklogStep : IPlanStep
{
    public string Name => "backlog";

    public void Run(PlanContext plan)
    {
        if (plan.MyNewActions.Count == 0 && plan.MyCompleted.Count == 0) return;
        if (BacklogFile.Open(plan.Vault) is not { } backlog) return;
        var edits = Edits(plan.Meeting.Person, plan.Date, [.. plan.MyCompleted.Select(a => a.Text)], [.. plan.MyNewActions]);
        var (after, changes) = edits(backlog.Source);
        if (changes.Count == 0) return;
        plan.Changes.AddRange(changes);
        plan.Files.Add(new PlannedFile(backlog.FullPath, backlog.DisplayPath, backlog.Source, after, backlog.Fingerprint));
        plan.BacklogEdits = source =>
        {
            var (text, made) = edits(source);
            return made.Count > 0 ? text : null;
        };
    }

    /// <summary>One edit after another on the text so far: ticks first, then the new tasks.</summary>
    private static Func<SourceText, (SourceText After, List<PlannedChange> Changes)> Edits(string person, DateOnly date, List<string> done, List<ExtractedAction> added) => source =>
    {
        var text = source;
        var changes = new List<PlannedChange>();
        foreach (var action in done)
        {
            var tick = BacklogFile.MarkDone(text, person, action, date);
            if (tick.Count == 0) continue;
            text = text.Apply(tick);
            changes.Add(new PlannedChange(ChangeKind.BacklogDone, action));
        }
        foreach (var action in added)
        {
            var add = BacklogFile.Append(text, person, action.Text, action.Due, action.Priority);
            if (add.Count == 0) continue;
            text = text.Apply(add);
            changes.Add(new PlannedChange(ChangeKind.BacklogAdded, action.Text, Due: action.Due, Priority: action.Priority));
        }
        return (text, changes);
    };
}
