using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Rendering;

/// <summary>Maps documents to their <c>--json</c> shapes.</summary>
public static class DocumentJson
{
    public static ShowJson Show(LoadedDocument loaded, string path, DateOnly today)
    {
        var d = loaded.Document;
        return new ShowJson(
            d.Person ?? loaded.Slug, loaded.Slug, path, d.Role, d.Kind?.ToWord(), d.Frequency?.ToString().ToLowerInvariant(), d.Duration, d.Started, d.LastMet,
            d.FocusAreas.Select(f => f.Text).ToList(),
            d.Threads.Select(t => new ThreadJson(t.Topic, t.Entries.Select(Dated).ToList())).ToList(),
            new OpenActionsJson(
                d.OpenActions(ActionOwner.Me).Select(a => Action(a, today)).ToList(),
                d.OpenActions(ActionOwner.Them).Select(a => Action(a, today)).ToList()),
            d.Actions.Where(a => a.Done).Select(a => Action(a, today)).ToList(),
            d.Accomplishments.Select(Dated).ToList(),
            d.Meetings.Select(m => new DatedJson(m.Date, m.Title, m.Line + 1)).ToList(),
            d.Problems.Select(p => new ProblemJson(p.Line, p.File is null ? p.Message : $"{p.File}: {p.Message}")).ToList());
    }

    public static ActionJson Action(ActionItem a, DateOnly today) =>
        new(Core.Tracking.ActionId.Of(a), a.Owner, a.Text, a.Done, a.Due, a.Completed, a.Priority, a.IsOverdue(today), a.Source.Line + 1,
            StateWord(a.State), a.Assignee, a.Parent is { } parent ? parent.Source.Line + 1 : null, a.Meeting);

    /// <summary>open, in-progress, done, cancelled.</summary>
    public static string StateWord(ActionState state) => state switch
    {
        ActionState.InProgress => "in-progress",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static DatedJson Dated(DatedEntry e) => new(e.Date, e.Text, e.Source.Line + 1);
}
