using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>
/// <c>rapport action add</c>: one action written straight into a relationship's list (mine or
/// theirs), in the document's own task syntax, through <see cref="DocumentStore.Update"/>; mine also
/// go to <c>BACKLOG.md</c> when the vault keeps one, as <c>process</c> does.
/// </summary>
public static class NewAction
{
    public const int MaxLength = 500;

    /// <summary>Refuses an empty, multi-line or over-long text and a priority other than P1 to P3.</summary>
    /// <returns>The text, trimmed, and the priority, upper case.</returns>
    public static (string Text, string? Priority) Validate(string text, string? priority)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0) throw new RapportException(ErrorCode.Usage, "the action is empty; say what is to be done");
        if (trimmed.Contains('\n') || trimmed.Contains('\r')) throw new RapportException(ErrorCode.Usage, "an action is one line");
        if (trimmed.Length > MaxLength) throw new RapportException(ErrorCode.Usage, $"an action is at most {MaxLength} characters");
        string? p = priority?.Trim().ToUpperInvariant();
        if (p is not (null or "P1" or "P2" or "P3")) throw new RapportException(ErrorCode.Usage, $"--priority '{priority}' is not P1, P2 or P3");
        return (Wording.Capitalise(trimmed), p);
    }

    /// <summary>
    /// Adds the action to a relationship unless the same one is open anywhere in it: into its file, or for a
    /// folder of meeting notes into the note edits go to (the upcoming meeting's, else the latest one's).
    /// </summary>
    /// <returns>The action as written and the files written; null when it was open already.</returns>
    public static (ActionItem Action, IReadOnlyList<string> Written)? Add(
        Vault vault, LoadedDocument relationship, ActionOwner owner, string text, DateOnly? due, string? priority)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        string key = Wording.Key(Validate(text, priority).Text);
        if (relationship.Document.OpenActions(owner).Any(a => Wording.Key(a.Text) == key)) return null;
        return Add(vault, relationship.FullPath, owner, text, due, priority, relationship.Document.Person);
    }

    /// <summary>
    /// Adds the action unless the same one is open already; <c>person</c> is the relationship's person when the
    /// file is one note of theirs that may not name them.
    /// </summary>
    /// <returns>The action as written and the files written; null when it was open already.</returns>
    public static (ActionItem Action, IReadOnlyList<string> Written)? Add(
        Vault vault, string fullPath, ActionOwner owner, string text, DateOnly? due, string? priority, string? person = null)
    {
        (text, priority) = Validate(text, priority);
        // A backlog that cannot be written (not UTF-8, a link out of the vault) is refused before the document is touched.
        if (owner == ActionOwner.Me) BacklogFile.Open(vault);
        string key = Wording.Key(text);
        bool present = false;
        bool changed = vault.Store.Update(fullPath, loaded =>
        {
            var document = loaded.Document;
            person ??= document.Person ?? loaded.Slug;
            string line = ActionItemWriter.Open(text, due, priority, ActionItemWriter.PreferredSyntax(document.Actions));
            var editor = new DocumentEditor(document);
            var kind = owner == ActionOwner.Me ? SectionKind.MyActions : SectionKind.TheirActions;
            if (document.FindSection(kind) is { } list)
            {
                string marker = list.Items.Select(i => i.Marker).FirstOrDefault(m => m is "-" or "*" or "+") ?? "-";
                var items = document.Actions.Where(a => a.Source.Line >= list.ContentStartLine && a.Source.Line < list.OwnContentEndLine).ToList();
                editor.InsertAction(list, items, ActionItemWriter.Open(text, due, priority, ActionItemWriter.PreferredSyntax(document.Actions), marker));
            }
            else
            {
                string title = owner == ActionOwner.Me ? SectionAliases.Canonical(SectionKind.MyActions) : $"{document.FirstName ?? person}'s Actions";
                var created = document.FindSection(SectionKind.ActionItems) is { } parent
                    ? editor.CreateChild(parent, title, owner == ActionOwner.Me ? parent.Children.FirstOrDefault(c => c.Kind == SectionKind.TheirActions) : null)
                    : editor.Create(SectionKind.ActionItems).AddChild(title);
                created.Lines.Add(line);
            }
            var after = editor.Apply();
            key = Wording.Key(ReadBack(vault.Store.Parse(after, vault.Display(fullPath)), document, person, text, owner).Text);
            present = document.OpenActions(owner).Any(a => Wording.Key(a.Text) == key);
            return present ? null : after;
        });
        if (present) return null;
        var written = new List<string>();
        if (changed) written.Add(vault.Display(fullPath));
        var added = vault.Store.Load(fullPath).Document.OpenActions(owner).FirstOrDefault(a => Wording.Key(a.Text) == key)
            ?? throw new RapportException(ErrorCode.Conflict, $"'{text}' was written but no longer reads as an open action: the file changed meanwhile", vault.Display(fullPath));
        // The backlog gets the action as its document reads it ("Renew (due 3/7)" is "Renew", due 7 March), so a tick finds it.
        if (owner == ActionOwner.Me && BacklogFile.Append(vault, person!, added.Text, added.Due, added.Priority)) written.Add(vault.Display(BacklogFile.PathIn(vault)));
        return (added, written);
    }

    /// <summary>
    /// The new action as its document reads it once written (<paramref name="after"/>), in its place, under its meeting: the
    /// reader takes a due date, a priority, a block id or an owner mark out of its text ("Renew (due 3/7)" is "Renew", due 7
    /// March). A mark that names the other side is refused before anything is written: "Call @noah" added as mine would read
    /// as Noah's.
    /// </summary>
    private static ActionItem ReadBack(RunningDocument after, RunningDocument before, string person, string text, ActionOwner owner)
    {
        // The open action the edit added: the one the document did not hold before (the same words may be open on the other side).
        var held = before.Actions.Where(a => !a.Done).GroupBy(a => (a.Owner, Wording.Key(a.Text))).ToDictionary(g => g.Key, g => g.Count());
        ActionItem? read = null;
        foreach (var a in after.Actions.Where(a => !a.Done))
        {
            var k = (a.Owner, Wording.Key(a.Text));
            if (held.TryGetValue(k, out int n) && n > 0) held[k] = n - 1;
            else
            {
                read = a;
                break;
            }
        }
        if (read is null)
            throw new RapportException(ErrorCode.Usage, $"'{text}' would not read as an open action in {before.Person ?? person}'s document; write it as a task, without done marks");
        if (read.Owner == owner) return read;
        string whose = read.Owner == ActionOwner.Me ? "yours" : $"{before.FirstName ?? person}'s";
        throw new RapportException(ErrorCode.Usage,
            $"'{text}' reads as {whose} ('{read.Assignee}' marks its owner): add it {(read.Owner == ActionOwner.Me ? "without --theirs" : "with --theirs")}, or write it without the mark");
    }
}
