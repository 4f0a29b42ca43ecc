using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// A statement of the notes the engine took, with its line. <see cref="Unsure"/> says why the engine
/// had to guess (contract, "Saying when unsure"); null when the notes are plain about it.
/// </summary>
public record NoteItem(string Text, int Line)
{
    /// <summary>How sure the engine is, from 0 to 1 (1 when nothing was guessed).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>A short reason the engine is unsure, or null.</summary>
    public string? Unsure { get; init; }
}

/// <summary>An action found in notes: whose, what, by when and how urgent.</summary>
public sealed record ExtractedAction(ActionOwner Owner, string Text, DateOnly? Due, string Priority, int Line) : NoteItem(Text, Line);

/// <summary>High five or watch out feedback said in the notes.</summary>
public sealed record ExtractedFeedback(string Kind, string Text, int Line) : NoteItem(Text, Line);

/// <summary>What an extracted item is. A new kind is a value here and a row in <see cref="Extraction.Kinds"/>.</summary>
public enum ItemKind
{
    Action,
    Completion,
    Win,
    Decision,
    Goal,
    Feedback,
    Blocker,
    Topic,
    Cancellation,
    NextMeeting,
}

/// <summary>One item of an extraction, tagged with its kind.</summary>
public sealed record ExtractedItem(ItemKind Kind, NoteItem Item);

/// <summary>
/// Everything the engine took from one meeting's notes: a list of items tagged with their kind, in
/// the order the engine found them, and the mood. The per-kind lists are views of that one list.
/// </summary>
public sealed record Extraction
{
    private readonly IReadOnlyList<ExtractedItem> _items = [];
    private Dictionary<ItemKind, List<NoteItem>>? _byKind;

    public Extraction(IReadOnlyList<ExtractedItem> items, int? mood)
    {
        Items = items;
        Mood = mood;
    }

    /// <summary>Every item, tagged with its kind.</summary>
    public IReadOnlyList<ExtractedItem> Items
    {
        get => _items;
        init
        {
            _items = value;
            _byKind = null; // the per-kind views are built once, on first use
        }
    }

    /// <summary>The mood said in the notes (1 to 5), or null.</summary>
    public int? Mood { get; init; }

    /// <summary>The kinds, each with its name in the extraction contract's JSON (<c>../shared/eval/README.md</c>).</summary>
    public static readonly IReadOnlyList<(ItemKind Kind, string Name)> Kinds =
    [
        (ItemKind.Action, "actions"),
        (ItemKind.Win, "wins"),
        (ItemKind.Completion, "completions"),
        (ItemKind.Decision, "decisions"),
        (ItemKind.Goal, "goals"),
        (ItemKind.Feedback, "feedback"),
        (ItemKind.Blocker, "blockers"),
        (ItemKind.Topic, "topics"),
        (ItemKind.Cancellation, "cancellations"),
        (ItemKind.NextMeeting, "next-meeting"),
    ];

    /// <summary>An extraction from per-kind lists (the language model's answer, the web preview's form).</summary>
    public Extraction(
        IReadOnlyList<ExtractedAction> actions,
        IReadOnlyList<NoteItem> completions,
        IReadOnlyList<NoteItem> wins,
        IReadOnlyList<NoteItem> decisions,
        IReadOnlyList<NoteItem> goals,
        IReadOnlyList<ExtractedFeedback> feedback,
        IReadOnlyList<NoteItem> blockers,
        IReadOnlyList<NoteItem> topics,
        int? mood)
        : this(
            [
                .. actions.Select(i => new ExtractedItem(ItemKind.Action, i)),
                .. completions.Select(i => new ExtractedItem(ItemKind.Completion, i)),
                .. wins.Select(i => new ExtractedItem(ItemKind.Win, i)),
                .. decisions.Select(i => new ExtractedItem(ItemKind.Decision, i)),
                .. goals.Select(i => new ExtractedItem(ItemKind.Goal, i)),
                .. feedback.Select(i => new ExtractedItem(ItemKind.Feedback, i)),
                .. blockers.Select(i => new ExtractedItem(ItemKind.Blocker, i)),
                .. topics.Select(i => new ExtractedItem(ItemKind.Topic, i)),
            ],
            mood)
    {
    }

    /// <summary>This extraction with the items of one kind replaced by <paramref name="items"/>.</summary>
    public Extraction With(ItemKind kind, IEnumerable<NoteItem> items) =>
        this with { Items = [.. Items.Where(i => i.Kind != kind), .. items.Select(i => new ExtractedItem(kind, i))] };

    /// <summary>The items of one kind, in the order found.</summary>
    public IReadOnlyList<NoteItem> Of(ItemKind kind)
    {
        _byKind ??= Items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Select(i => i.Item).ToList());
        return _byKind.TryGetValue(kind, out var items) ? items : [];
    }

    public IReadOnlyList<ExtractedAction> Actions => Of(ItemKind.Action).Cast<ExtractedAction>().ToList();

    public IReadOnlyList<ExtractedFeedback> Feedback => Of(ItemKind.Feedback).Cast<ExtractedFeedback>().ToList();

    public IReadOnlyList<NoteItem> Completions => Of(ItemKind.Completion);

    public IReadOnlyList<NoteItem> Wins => Of(ItemKind.Win);

    public IReadOnlyList<NoteItem> Decisions => Of(ItemKind.Decision);

    public IReadOnlyList<NoteItem> Goals => Of(ItemKind.Goal);

    public IReadOnlyList<NoteItem> Blockers => Of(ItemKind.Blocker);

    public IReadOnlyList<NoteItem> Topics => Of(ItemKind.Topic);

    /// <summary>Items the notes say are no longer needed ("no longer need to…", <c>- [-]</c>, <c>CANCELED</c>): never actions.</summary>
    public IReadOnlyList<NoteItem> Cancellations
    {
        get => Of(ItemKind.Cancellation);
        init => Items = [.. Items.Where(i => i.Kind != ItemKind.Cancellation), .. value.Select(v => new ExtractedItem(ItemKind.Cancellation, v))];
    }

    /// <summary>Points for the next meeting ("next time: X", "-> next 1:1: X").</summary>
    public IReadOnlyList<NoteItem> NextMeeting
    {
        get => Of(ItemKind.NextMeeting);
        init => Items = [.. Items.Where(i => i.Kind != ItemKind.NextMeeting), .. value.Select(v => new ExtractedItem(ItemKind.NextMeeting, v))];
    }
}
