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
            document.OpenActions(ActionOwner.Them).Select(a => new SharedAction(a.Text, a.Due, a.IsOverdue(today))).ToList())
        {
            Guest = GuestOf(loaded),
            Time = Calendar.Slot.TryParse(document.FrontMatter?["slot"], out var slot) ? slot.Start : null,
        };
    }

    /// <summary>
    /// The guest's view as plain text, line by line, for the owner to read (<c>prep --write</c>
    /// prints it): the same parts, in the same order, as the shared page.
    /// </summary>
    public IEnumerable<string> Describe()
    {
        yield return $"Next 1:1: {(Owner is { Length: > 0 } owner ? $"{Person} and {owner}" : Person)}";
        if (When is { } when) yield return $"Next meeting: {when}";
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
        foreach (var p in Points) yield return $"  - {GuestText.Unescape(p.Text)}{(p.By is { } by ? $" ({(by == "me" ? Owner ?? "organiser" : by)})" : "")}";
        yield return "Your open actions";
        if (TheirActions.Count == 0) yield return "  (none open)";
        foreach (var a in TheirActions) yield return $"  - {a.Text}{(a.Due is { } due ? $" (due {IsoDate.Format(due)})" : "")}";
    }

    /// <summary>The time of day the 1:1 usually starts (<c>slot: tue 10:10</c> in the document), when known.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>"Tuesday 2026-01-20 at 10:10": when the published agenda's meeting is, or null when none is published.</summary>
    public string? When => AgendaDate is { } day
        ? $"{day.DayOfWeek} {IsoDate.Format(day)}{(Time is { } at ? $" at {at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}" : "")}"
        : null;

    /// <summary>How the other person signs their talking points: their first name.</summary>
    public string Guest { get; init; } = Person;

    /// <summary>The other person's own points: the ones they may edit and remove.</summary>
    public IEnumerable<TalkingPoint> GuestPoints => Points.Where(p => p.By == Guest);

    /// <summary>At most this many open points from the guest on one agenda.</summary>
    public const int MaxGuestPoints = 50;

    /// <summary>At most this much guest text (UTF-8 bytes) on one agenda.</summary>
    public const int MaxGuestBytes = 64 * 1024;

    private static string GuestOf(LoadedDocument loaded) => loaded.Document.FirstName ?? loaded.Slug;

    /// <summary>
    /// The other person adds a talking point, signed with their first name, stored as inert text
    /// (<see cref="GuestText"/>); refused past <see cref="MaxGuestPoints"/> points or <see cref="MaxGuestBytes"/> of text.
    /// </summary>
    /// <returns>The point as written, or null when it was already on the agenda.</returns>
    public static string? AddPoint(Vault vault, LoadedDocument loaded, string text, DateOnly today)
    {
        if (text.Length > NextMeeting.MaxPointLength) throw new RapportException(ErrorCode.Usage, $"a talking point is at most {NextMeeting.MaxPointLength} characters");
        string guest = GuestOf(loaded);
        var theirs = NextMeeting.Read(loaded.Document).Points.Where(p => p.By == guest).ToList();
        if (theirs.Count >= MaxGuestPoints)
            throw new RapportException(ErrorCode.Usage, $"the agenda already holds {MaxGuestPoints} of your points: remove one before adding another");
        CheckGuestBytes(theirs, text);
        return NextMeeting.AddPoint(vault, loaded.FullPath, GuestText.Inert(text), guest, today, inert: true);
    }

    /// <summary>Refuses text that would bring the guest's points past <see cref="MaxGuestBytes"/>; <paramref name="replacing"/> is the point an edit replaces.</summary>
    private static void CheckGuestBytes(IEnumerable<TalkingPoint> theirs, string text, string? replacing = null)
    {
        long total = theirs.Where(p => p.Text != replacing).Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text)) + System.Text.Encoding.UTF8.GetByteCount(text);
        if (total > MaxGuestBytes)
            throw new RapportException(ErrorCode.Usage, $"your points on this agenda come to more than {MaxGuestBytes / 1024} KB: shorten or remove some first");
    }

    /// <summary>The other person rewrites one of their own points (found by its text as stored); anyone else's is refused.</summary>
    public static void EditPoint(Vault vault, LoadedDocument loaded, string point, string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new RapportException(ErrorCode.Usage, "the talking point is empty: remove it instead");
        if (text.Length > NextMeeting.MaxPointLength) throw new RapportException(ErrorCode.Usage, $"a talking point is at most {NextMeeting.MaxPointLength} characters");
        string guest = GuestOf(loaded);
        ChangeOwnPoint(vault, loaded, point, (editor, found, theirs) =>
        {
            string inert = GuestText.Inert(text);
            CheckGuestBytes(theirs, inert, found.Text);
            editor.ReplaceLine(found.Source.Line, NextMeeting.PointLine(inert, guest, today, inert: true));
        });
    }

    /// <summary>
    /// The other person removes one of their own points; anyone else's is refused, and so is a point
    /// with lines under it (the owner's sub-bullets or notes, which the guest never saw and did not write).
    /// </summary>
    public static void RemovePoint(Vault vault, LoadedDocument loaded, string point) =>
        ChangeOwnPoint(vault, loaded, point, (editor, found, _) =>
        {
            if (editor.HasLinesUnder(found.Source))
                throw new RapportException(ErrorCode.Conflict, "that talking point has notes under it now, which only the organiser can remove: ask them, or edit the point instead");
            editor.DeleteLines(found.Source.Line, found.Source.EndLine);
        });

    private static void ChangeOwnPoint(Vault vault, LoadedDocument loaded, string point, Action<DocumentEditor, TalkingPoint, IReadOnlyList<TalkingPoint>> change)
    {
        string guest = GuestOf(loaded);
        vault.Store.Update(loaded.FullPath, current =>
        {
            var theirs = NextMeeting.Read(current.Document).Points.Where(p => p.By == guest).ToList();
            var found = theirs.FirstOrDefault(p => p.Text == point)
                ?? throw new RapportException(ErrorCode.Conflict, "that talking point is no longer on the agenda as it was: reload the page");
            var editor = new DocumentEditor(current.Document);
            change(editor, found, theirs);
            return editor.Apply();
        });
    }

    /// <summary>The other person marks one of their own open actions done; mine they cannot touch.</summary>
    public static void MarkDone(Vault vault, LoadedDocument loaded, string actionText, DateOnly today) =>
        Tick(vault, loaded, actionText, today);

    /// <summary><see cref="MarkDone"/>, saying what the tick changed so that <see cref="Undo"/> can put it back.</summary>
    public static ActionTick Tick(Vault vault, LoadedDocument loaded, string actionText, DateOnly today) =>
        OpenActions.Tick(vault, OpenActions.FileOf(loaded, ActionOwner.Them, actionText), ActionOwner.Them, actionText, today).Tick;

    /// <summary>The other person undoes a tick of one of their own actions, exactly (<see cref="OpenActions.Undo"/>); a tick of mine they cannot touch.</summary>
    public static void Undo(Vault vault, LoadedDocument loaded, ActionTick tick)
    {
        if (tick.Owner != ActionOwner.Them) throw new RapportException(ErrorCode.Usage, "only your own actions can be ticked or un-ticked here");
        OpenActions.Undo(vault, OpenActions.FileOf(loaded, ActionOwner.Them, tick.Text, done: true), tick);
    }
}
