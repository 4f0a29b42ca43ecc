using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// Which action a report in the notes is about. Words are compared without parentheticals: Dice at
/// least 0.6 and two shared words (all of a one-word report) is a match, sure unless a second open
/// action scores within 0.1 of it; a near match (0.4 or more, two shared words) is never sure, but
/// may be alone (no second action within 0.1).
/// Finished actions in the archives take part, so a report about one never ticks or adds another.
/// </summary>
internal static partial class ActionMatch
{
    public static (ActionItem? Action, bool Sure, bool Alone) Best(PlanContext plan, string report, Func<ActionItem, bool>? among = null)
    {
        var stems = Wording.Stems(Parenthetical().Replace(report, " "), plan.Names);
        var scored = Candidates(plan)
            .Where(c => among?.Invoke(c.Action) ?? true)
            .Select(c => (c.Action, Score: Wording.Similarity(stems, c.Stems), Shared: stems.Count(c.Stems.Contains)))
            .Where(c => c.Shared >= Math.Min(2, stems.Count) && c.Score >= 0.4)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Action.Done)
            .ToList();
        if (scored.Count == 0) return (null, false, false);
        var best = scored[0];
        bool close = scored.Skip(1).Any(c => !c.Action.Done && best.Score - c.Score < 0.1);
        return (best.Action, best.Score >= 0.6 && !close, !close);
    }

    /// <summary>Every known action with its words, worked out once per plan.</summary>
    private static List<(ActionItem Action, HashSet<string> Stems)> Candidates(PlanContext plan) =>
        plan.ActionWords ??= plan.KnownActions.Select(a => (a, Wording.Stems(Parenthetical().Replace(a.Text, " "), plan.Names))).ToList();

    // contract: none (machinery): removes parenthesised asides when matching an open action
    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}

/// <summary>
/// Ticks the open action a completion reports done (issue 16, "Completions never lie"). Progress,
/// intent, readiness, failure and negation never tick anything; an unsure match is reported as
/// "possibly done" and ticked only when a review confirms it. A completion that matches no action
/// becomes a thread entry.
/// </summary>
internal sealed class CompletionsStep : IPlanStep
{
    public string Name => "completions";

    public void Run(PlanContext plan)
    {
        foreach (var completion in plan.Extraction.Completions)
        {
            if (Rules.IsProgress(completion.Text)) continue;
            var match = ActionMatch.Best(plan, completion.Text);
            if (match.Action is not { } action)
            {
                plan.UnmatchedCompletions.Add(completion);
                continue;
            }
            if (action.Done || !plan.Touched.Add(action)) continue;
            if (!match.Sure)
            {
                var possibly = new PlannedChange(ChangeKind.PossiblyDone, action.Text, action.Owner, Where: $"the notes say \"{completion.Text}\"");
                if (!plan.Review.Confirms(possibly))
                {
                    plan.Changes.Add(possibly);
                    continue;
                }
            }
            else if (!plan.Review.Keeps(new PlannedChange(ChangeKind.ActionDone, action.Text, action.Owner))) continue;
            plan.Editor.MarkDone(action, plan.Date);
            if (action.Owner == ActionOwner.Me) plan.MyCompleted.Add(action);
            plan.Changes.Add(new PlannedChange(ChangeKind.ActionDone, action.Text, action.Owner));
        }
    }
}

/// <summary>"No longer need to…" marks its open action cancelled in the document's own syntax, never <c>[x]</c>.</summary>
internal sealed class CancellationsStep : IPlanStep
{
    public string Name => "cancellations";

    public void Run(PlanContext plan)
    {
        foreach (var cancelled in plan.Extraction.Cancellations)
        {
            var match = ActionMatch.Best(plan, cancelled.Text);
            if (match.Action is not { } action || action.Done || !match.Sure || plan.Touched.Contains(action)) continue;
            if (!plan.Propose(new PlannedChange(ChangeKind.ActionCancelled, action.Text, action.Owner))) continue;
            plan.Touched.Add(action);
            plan.Editor.MarkCancelled(action, plan.Date);
        }
    }
}

/// <summary>
/// An action in the notes that restates an open action is never added a second time (issue 16,
/// "Completions never lie"). It restates it when it says the same (see <see cref="NewActionsStep.Same"/>),
/// or when, without its finishing verb (<see cref="FinishingVerbs"/>: "will finish the deck by Fri"),
/// it matches one open action of the same owner, and no other nearly as well (<see cref="ActionMatch"/>). Its due date is written on that action, in the
/// document's own syntax, when it says it will finish it by then, or when the action had no due date;
/// a plain restatement never moves a due date the document already gives.
/// </summary>
internal sealed partial class DueMovesStep : IPlanStep
{
    /// <summary>Verbs that say an action will be finished, not a new one started (contract, "progress and intent").</summary>
    public static readonly IReadOnlyList<string> FinishingVerbs = ["finish", "finish up", "complete", "wrap up", "close out", "get done", "land"];

    public string Name => "due moves";

    public void Run(PlanContext plan)
    {
        foreach (var action in plan.Extraction.Actions)
        {
            string text = PlanContext.OneLine(action.Text);
            var open = plan.Document.Actions.Where(a => a.Owner == action.Owner && !a.Done).ToList();
            string? rest = Unfinished(text);
            var same = open.FirstOrDefault(a => NewActionsStep.Same(plan, a.Text, text) || rest is not null && NewActionsStep.Same(plan, a.Text, rest));
            if (same is null && rest is not null)
            {
                // Saying it will be finished names an existing action: a near match will do when it is alone.
                var match = ActionMatch.Best(plan, rest, a => a.Owner == action.Owner && !a.Done);
                if (match is { Alone: true, Action: { } found }) same = found;
            }
            if (same is null) continue;
            // The notes restate an open action: never a second one, whether or not its due moves.
            plan.Restated.Add(action);
            if (action.Due is not { } due || same.Due == due || plan.Touched.Contains(same)) continue;
            if (rest is null && same.Due is not null) continue;
            if (!plan.Propose(new PlannedChange(ChangeKind.DueMoved, same.Text, same.Owner, due) { From = same.Due })) continue;
            plan.Touched.Add(same);
            plan.Editor.MoveDue(same, due);
        }
    }

    /// <summary>The action's words without a leading finishing verb ("finish the deck" → "the deck"); null when it has none.</summary>
    private static string? Unfinished(string text)
    {
        foreach (var verb in FinishingVerbs.OrderByDescending(v => v.Length))
        {
            if (text.Length > verb.Length && text.StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase))
                return text[(verb.Length + 1)..];
            if (text.EndsWith(" " + verb, StringComparison.OrdinalIgnoreCase) && verb.Contains(' '))
                return text[..^(verb.Length + 1)];
        }
        return null;
    }
}

/// <summary>
/// New actions go to my list or theirs (created when missing), in the document's task syntax; an
/// action the document or its archive already holds (open, or finished on or after this meeting) is
/// not added again. My new actions are copied to the backlog by <see cref="BacklogStep"/>.
/// </summary>
internal sealed class NewActionsStep : IPlanStep
{
    public string Name => "new actions";

    public void Run(PlanContext plan)
    {
        var document = plan.Document;
        foreach (var action in plan.Extraction.Actions)
        {
            if (plan.Restated.Contains(action)) continue;
            string text = Wording.Capitalise(PlanContext.OneLine(action.Text));
            string key = Wording.Key(text);
            bool known = plan.KnownActions.Any(a => a.Owner == action.Owner && Same(plan, a.Text, text) && (!a.Done || a.Completed >= plan.Date));
            if (known || plan.Changes.Any(c => c.Kind == ChangeKind.ActionAdded && c.Owner == action.Owner && Wording.Key(c.Text) == key))
                continue;
            if (!plan.Propose(new PlannedChange(ChangeKind.ActionAdded, text, action.Owner, action.Due, action.Priority) { Unsure = action.Unsure })) continue;
            string? priority = plan.WritesPriority ? action.Priority : null;
            var section = action.Owner == ActionOwner.Me ? SectionKind.MyActions : SectionKind.TheirActions;
            if (document.FindSection(section) is { } existing)
            {
                string marker = existing.Items.Select(i => i.Marker).FirstOrDefault(m => m is "-" or "*" or "+") ?? "-";
                var items = document.Actions.Where(a => a.Source.Line >= existing.ContentStartLine && a.Source.Line < existing.OwnContentEndLine).ToList();
                plan.Editor.InsertAction(existing, items, ActionItemWriter.Open(text, action.Due, priority, plan.Syntax, marker));
            }
            else
            {
                NewList(plan, action.Owner).Lines.Add(ActionItemWriter.Open(text, action.Due, priority, plan.Syntax));
            }
            if (action.Owner == ActionOwner.Me) plan.MyNewActions.Add(action with { Text = text });
        }
    }

    /// <summary>Two action texts say the same: the same words, or stems alike at 0.8 or more.</summary>
    public static bool Same(PlanContext plan, string known, string text) =>
        Wording.Key(known) == Wording.Key(text) || Wording.Similarity(Wording.Stems(known, plan.Names), Wording.Stems(text, plan.Names)) >= 0.8;

    private static NewSection NewList(PlanContext plan, ActionOwner owner)
    {
        var kind = owner == ActionOwner.Me ? SectionKind.MyActions : SectionKind.TheirActions;
        if (plan.CreatedSections.TryGetValue(kind, out var list)) return list;
        string title = owner == ActionOwner.Me ? SectionAliases.Canonical(SectionKind.MyActions) : $"{plan.FirstName}'s Actions";
        if (plan.Document.FindSection(SectionKind.ActionItems) is { } parent)
        {
            var theirs = owner == ActionOwner.Me ? parent.Children.FirstOrDefault(c => c.Kind == SectionKind.TheirActions) : null;
            list = plan.Editor.CreateChild(parent, title, theirs);
        }
        else
        {
            var created = plan.Created(SectionKind.ActionItems);
            list = created.AddChild(title);
            // My list comes first however the lists were created.
            if (owner == ActionOwner.Me && created.Children.Count > 1) created.Children.Reverse();
        }
        return plan.CreatedSections[kind] = list;
    }
}
