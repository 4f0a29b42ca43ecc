using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>An open action with the relationship it belongs to and its number there (document order, from 1).</summary>
public sealed record NumberedAction(LoadedDocument Relationship, ActionItem Action, int Number)
{
    public string Person => Relationship.Document.Person ?? Relationship.Slug;

    /// <summary>The action's stable id (<see cref="ActionId"/>).</summary>
    public string Id => ActionId.Of(Action);
}

/// <summary>An open action as <c>rapport actions</c> lists it, read from a document or from the index.</summary>
public sealed record ActionRow(
    string Person, string FirstName, string Slug, string Path, int Number, ActionOwner Owner, string Text, DateOnly? Due, string? Priority, int Line)
{
    public bool IsOverdue(DateOnly today) => Due is { } due && due < today;

    /// <summary>The action's stable id (<see cref="ActionId"/>), which a tick elsewhere never changes.</summary>
    public string Id => ActionId.Of(Owner, Text);
}

/// <summary>Open actions across the vault, and finding the one a user means by its number or its words.</summary>
public static class OpenActions
{
    /// <summary>The rows of the given relationships' open actions.</summary>
    public static IEnumerable<ActionRow> Rows(IEnumerable<LoadedDocument> relationships, Func<string, string> display) =>
        relationships.SelectMany(Of).Select(a => new ActionRow(
            a.Person, a.Relationship.Document.FirstName ?? a.Person, a.Relationship.Slug, display(a.Action.File ?? a.Relationship.FullPath), a.Number,
            a.Action.Owner, a.Action.Text, a.Action.Due, a.Action.Priority, a.Action.Source.Line + 1));

    /// <summary>Rows filtered by side and lateness, by due date (undated last), then person and number.</summary>
    public static IReadOnlyList<ActionRow> Select(IEnumerable<ActionRow> rows, ActionOwner? owner = null, DateOnly? overdueOn = null) =>
        rows.Where(a => owner is null || a.Owner == owner)
            .Where(a => overdueOn is not { } day || a.IsOverdue(day))
            .OrderBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.Person, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Number)
            .ToList();

    /// <summary>A relationship's open actions on both sides, numbered in document order.</summary>
    public static IReadOnlyList<NumberedAction> Of(LoadedDocument relationship) =>
        relationship.Document.Actions.Where(a => !a.Done).Select((a, i) => new NumberedAction(relationship, a, i + 1)).ToList();

    /// <summary>
    /// The open action meant by <paramref name="query"/>: its number (which shifts as actions are
    /// ticked), its stable id, else the only one whose text equals, then contains, then shares most
    /// words with it. Several equally good: an error listing them.
    /// </summary>
    public static NumberedAction Find(LoadedDocument relationship, string query)
    {
        var open = Of(relationship);
        string person = relationship.Document.Person ?? relationship.Slug;
        if (int.TryParse(query.Trim(), out int number))
        {
            return open.FirstOrDefault(a => a.Number == number)
                ?? throw new RapportException(ErrorCode.Usage, open.Count == 0
                    ? $"{person} has no open actions"
                    : $"{person} has no open action {number}; 'rapport actions {relationship.Slug}' numbers them 1 to {open.Count}");
        }
        string id = ActionId.Normalise(query);
        var byId = open.Where(a => a.Id == id).ToList();
        if (byId.Count == 1) return byId[0];
        if (byId.Count > 1)
            throw new RapportException(ErrorCode.Usage,
                $"id {id} matches {byId.Count} open actions of {person}: {string.Join("; ", byId.Select(Describe))}; give its number");
        string wanted = Wording.Key(query);
        if (wanted.Length == 0) throw new RapportException(ErrorCode.Usage, "say which action: its id, its number or some of its words");
        var names = Wording.NameWords(person);
        var stems = Wording.Stems(query, names);
        var stages = new Func<NumberedAction, bool>[]
        {
            a => Wording.Key(a.Action.Text) == wanted,
            a => Wording.Key(a.Action.Text).Contains(wanted, StringComparison.Ordinal),
            a => Wording.Similarity(stems, Wording.Stems(a.Action.Text, names)) >= 0.6,
        };
        foreach (var stage in stages)
        {
            var matches = open.Where(stage).ToList();
            if (matches.Count == 1) return matches[0];
            if (matches.Count > 1)
                throw new RapportException(ErrorCode.Usage,
                    $"'{query}' matches {matches.Count} open actions of {person}: {string.Join("; ", matches.Select(Describe))}; give its id");
        }
        if (relationship.Document.Actions.FirstOrDefault(a => a.Done && ActionId.Of(a) == id) is { } finished)
            throw new RapportException(ErrorCode.Usage, $"action {id} ('{finished.Text}') is already done in {person}'s document");
        bool done = relationship.Document.Actions.Any(a => a.Done && Wording.Key(a.Text).Contains(wanted, StringComparison.Ordinal));
        throw new RapportException(ErrorCode.Usage, done
            ? $"'{query}' is already done in {person}'s document"
            : ActionId.IsShaped(query)
                ? $"no open action of {person} has the id or the words '{query}' (done, changed or removed?); 'rapport actions {relationship.Slug}' lists them"
                : $"no open action of {person} matches '{query}'; 'rapport actions {relationship.Slug}' lists them");
    }

    public static string Describe(NumberedAction a) =>
        $"{a.Number}. [{a.Id}] {a.Action.Text}{(a.Action.Due is { } d ? $" (due {IsoDate.Format(d)})" : "")}";

    /// <summary>
    /// The file of a relationship that holds its action of <paramref name="owner"/> worded <paramref name="text"/>
    /// (open, or with <paramref name="done"/> closed): for a folder of meeting notes the note it is written in,
    /// else the relationship's own file.
    /// </summary>
    public static string FileOf(LoadedDocument relationship, ActionOwner owner, string text, bool done = false)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return relationship.Document.Actions.FirstOrDefault(a => a.Owner == owner && a.Done == done && a.Text == text)?.File ?? relationship.FullPath;
    }

    /// <summary>Marks an action done on <paramref name="date"/> in its document and, for mine, in <c>BACKLOG.md</c>.</summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> MarkDone(Vault vault, NumberedAction action, DateOnly date) =>
        MarkDone(vault, action.Action.File ?? action.Relationship.FullPath, action.Action.Owner, action.Action.Text, date);

    /// <summary>
    /// Marks the open action of <paramref name="owner"/> whose text is <paramref name="text"/> done in
    /// the document as it is on disk now (so an edit made since the action was shown is kept), and,
    /// for mine, in <c>BACKLOG.md</c>. An action no longer open is an error that says so.
    /// </summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> MarkDone(Vault vault, string fullPath, ActionOwner owner, string text, DateOnly date) =>
        Tick(vault, fullPath, owner, text, date).Written;

    /// <summary>
    /// <see cref="MarkDone(Vault, string, ActionOwner, string, DateOnly)"/>, also saying what the tick
    /// changed, line by line, so that <see cref="Undo"/> can put it back.
    /// </summary>
    public static (ActionTick Tick, IReadOnlyList<string> Written) Tick(Vault vault, string fullPath, ActionOwner owner, string text, DateOnly date)
    {
        var written = new List<string>();
        string? person = null;
        TickedLine? ticked = null;
        // A backlog that cannot be written (not UTF-8, a link out of the vault) is refused before the document is touched.
        if (owner == ActionOwner.Me) BacklogFile.Open(vault);
        bool changed = vault.Store.Update(fullPath, loaded =>
        {
            var document = loaded.Document;
            person = document.Person ?? loaded.Slug;
            var action = document.OpenActions(owner).FirstOrDefault(a => a.Text == text)
                ?? throw new RapportException(ErrorCode.Conflict, $"'{text}' is no longer an open action of {person}: it was done, changed or removed meanwhile", vault.Display(fullPath));
            var editor = new DocumentEditor(document);
            editor.MarkDone(action, date);
            var after = editor.Apply();
            int line = action.Source.Line;
            ticked = new TickedLine(line, document.Source.Line(line), after.Line(line));
            return after;
        });
        if (changed) written.Add(vault.Display(fullPath));
        var backlog = owner == ActionOwner.Me ? BacklogFile.Tick(vault, person!, text, date) : null;
        if (backlog is not null) written.Add(vault.Display(BacklogFile.PathIn(vault)));
        return (new ActionTick(owner, text, date, ticked!, backlog), written);
    }

    /// <summary>
    /// Undoes <paramref name="tick"/> in the document at <paramref name="fullPath"/> as it is now: the
    /// action's line, and my task's line in <c>BACKLOG.md</c>, become byte for byte what they were
    /// before. Only the exact inverse of a tick is written: the line must still read as the tick left
    /// it, and ticking the restored action on the tick's date must give back what is there now; a
    /// line changed since is a conflict that says so, and nothing is written. A backlog task changed
    /// since is left as it is.
    /// </summary>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Undo(Vault vault, string fullPath, ActionTick tick)
    {
        var written = new List<string>();
        string? person = null;
        string shown = vault.Display(fullPath);
        bool changed = vault.Store.Update(fullPath, loaded =>
        {
            var source = loaded.Document.Source;
            person = loaded.Document.Person ?? loaded.Slug;
            var changedMeanwhile = new RapportException(ErrorCode.Conflict,
                $"'{tick.Text}' is no longer as the tick left it (changed, removed or not ticked here), so the tick was not undone; nothing was written", shown);
            if (ActionTick.Find(source, tick.Document) is not { } at) throw changedMeanwhile;
            var restored = source.Apply([ActionTick.Restore(source, at, tick.Document)]);
            var reopened = RunningDocumentParser.Parse(restored, shown);
            var action = reopened.OpenActions(tick.Owner).FirstOrDefault(a => a.Source.Line == at && a.Text == tick.Text) ?? throw changedMeanwhile;
            var again = new DocumentEditor(reopened);
            again.MarkDone(action, tick.Date);
            if (again.Apply().Text != source.Text) throw changedMeanwhile;
            return restored;
        });
        if (changed) written.Add(shown);
        if (tick.Owner == ActionOwner.Me && tick.Backlog is { } line && BacklogFile.Untick(vault, person!, tick.Text, tick.Date, line))
            written.Add(vault.Display(BacklogFile.PathIn(vault)));
        return written;
    }
}
