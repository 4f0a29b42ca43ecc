using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Core.Sharing;

/// <summary>An open action of the other person, as the shared link shows it.</summary>
public sealed record SharedAction(string Text, DateOnly? Due, bool IsOverdue);

/// <summary>
/// All that the other person in a 1:1 sees through its shared link, and nothing more: the
/// <c>## Next Meeting</c> agenda (the block prep wrote, the intention and the talking points), their
/// own open actions and the date of the last meeting. Built from those parts of the document only,
/// never from Private Notes, the feedback queue, scores, moods or any other section or relationship.
/// </summary>
public sealed record SharedAgenda(
    string Person,
    string? Owner,
    DateOnly? LastMet,
    DateOnly? AgendaDate,
    IReadOnlyList<string> AgendaLines,
    string? Intention,
    IReadOnlyList<TalkingPoint> Points,
    IReadOnlyList<SharedAction> TheirActions)
{
    public static SharedAgenda Of(LoadedDocument loaded, string? owner, DateOnly today)
    {
        var document = loaded.Document;
        var next = NextMeeting.Read(document);
        var agenda = new List<string>();
        // Only a block published as such: one written before publishing chose what to show may hold
        // more than the guest may see, and stays hidden until the owner publishes again.
        if (next.Block is { } block && document.Source.Line(block.StartLine).Contains(NextMeeting.PublishedNote, StringComparison.Ordinal))
        {
            for (int line = block.StartLine; line < block.EndLine; line++)
            {
                string text = document.Source.Line(line);
                if (!text.TrimStart().StartsWith("<!--", StringComparison.Ordinal)) agenda.Add(text);
            }
        }
        return new SharedAgenda(
            document.Person ?? loaded.Slug,
            owner,
            document.LastMet,
            next.Block?.Date,
            agenda,
            next.IntentionText,
            next.Points,
            document.OpenActions(ActionOwner.Them).Select(a => new SharedAction(a.Text, a.Due, a.IsOverdue(today))).ToList());
    }

    /// <summary>
    /// The guest's view as plain text, line by line, for the owner to read (<c>prep --write</c>
    /// prints it): the same parts, in the same order, as the shared page.
    /// </summary>
    public IEnumerable<string> Describe()
    {
        yield return $"Next 1:1: {(Owner is { Length: > 0 } owner ? $"{Person} and {owner}" : Person)}";
        yield return $"Last met: {(LastMet is { } met ? IsoDate.Format(met) : "not yet")}";
        yield return "Agenda";
        foreach (var line in AgendaLines.Where(l => l.Trim().Length > 0))
        {
            // The step's number kept, its emphasis dropped: "1. Share recent wins: …".
            int number = line.TrimStart().IndexOf(". ", StringComparison.Ordinal) is > 0 and var dot && line.TrimStart()[..dot].All(char.IsAsciiDigit) ? dot + 2 : 0;
            string text = line.TrimStart();
            yield return "  " + text[..number] + Markdig.Markdown.ToPlainText(text[number..]).Trim();
        }
        if (Intention is { Length: > 0 } intention) yield return $"  Intention: {intention}";
        yield return "Talking points";
        if (Points.Count == 0) yield return "  (none yet)";
        foreach (var p in Points) yield return $"  - {p.Text}{(p.By is { } by ? $" ({(by == "me" ? Owner ?? "organiser" : by)})" : "")}";
        yield return "Your open actions";
        if (TheirActions.Count == 0) yield return "  (none open)";
        foreach (var a in TheirActions) yield return $"  - {a.Text}{(a.Due is { } due ? $" (due {IsoDate.Format(due)})" : "")}";
    }

    /// <summary>The other person adds a talking point, signed with their first name.</summary>
    /// <returns>The point as written, or null when it was already on the agenda.</returns>
    public static string? AddPoint(Vault vault, LoadedDocument loaded, string text, DateOnly today) =>
        NextMeeting.AddPoint(vault, loaded.FullPath, text, loaded.Document.FirstName ?? loaded.Slug, today);

    /// <summary>The other person marks one of their own open actions done; mine they cannot touch.</summary>
    public static void MarkDone(Vault vault, LoadedDocument loaded, string actionText, DateOnly today) =>
        OpenActions.MarkDone(vault, loaded.FullPath, ActionOwner.Them, actionText, today);
}
