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

/// <summary>How an item of a kind is shaped: a plain statement, an action (owner, due, priority) or feedback (high five or watch out).</summary>
public enum ItemShape
{
    Note,
    Action,
    Feedback,
}

/// <summary>
/// What an extracted item is. The rows below are the only place a kind is named: its name, its key
/// in the JSON of <c>extract --json</c> (the extraction contract's field; null when <c>extract</c>
/// does not print it), its title in the readable output and the web preview, and where
/// <c>rapport process</c> writes it. A new kind is one row; the builder's lists, the JSON, the
/// readable output and the web preview's lists are derived from <see cref="All"/>, in its order.
/// </summary>
public sealed class ItemKind
{
    private static readonly List<ItemKind> Table = [];

    // contract: "Who owns an action" and "The action's text"
    public static readonly ItemKind Action = new("action", "actions", "Actions", "an open task under ### My Actions or ### <First name>'s Actions", ItemShape.Action);

    // contract: "Wins"
    public static readonly ItemKind Win = new("win", "wins", "Wins", "## Recent Accomplishments Shared, dated", ItemShape.Note);

    // contract: "Completions, progress and cancellations", line 1
    public static readonly ItemKind Completion = new("completion", "completions", "Done", "ticks the open action it reports done; else a thread entry", ItemShape.Note);

    // contract: "Decisions and arrangements" (not actions)
    public static readonly ItemKind Decision = new("decision", "decisions", "Decisions", "a thread entry under ## Ongoing Threads", ItemShape.Note);

    // contract: "goals" in the JSON the engine prints
    public static readonly ItemKind Goal = new("goal", "goals", "Goals", "## Goals (or ## Current Focus Areas), as an open task", ItemShape.Note);

    // contract: "feedback" in the JSON the engine prints (high-five, watch-out)
    public static readonly ItemKind Feedback = new("feedback", "feedback", "Feedback", "## Feedback, dated, as 'High five: …' or 'Watch out: …'", ItemShape.Feedback);

    // contract: "Not actions": "Blockers and waiting in prose"
    public static readonly ItemKind Blocker = new("blocker", "blockers", "Blockers", "a thread entry under ## Ongoing Threads", ItemShape.Note);

    // contract: "Mentions of things that happened" (not actions; process files them as thread entries)
    public static readonly ItemKind Topic = new("topic", "topics", "Topics", "a thread entry under ## Ongoing Threads, or a new thread", ItemShape.Note);

    // contract: "Completions, progress and cancellations": cancelled, dropped or paused items
    public static readonly ItemKind Cancellation = new("cancellation", null, "Cancelled", "marks the matching open action cancelled (- [-], ❌ date)", ItemShape.Note);

    // contract: "Topics carried to a later meeting" (not actions; talking points for the next 1:1)
    public static readonly ItemKind NextMeeting = new("next-meeting", null, "Next meeting", "a talking point under ## Next Meeting", ItemShape.Note);

    private ItemKind(string name, string? json, string title, string document, ItemShape shape)
    {
        Name = name;
        Json = json;
        Title = title;
        Document = document;
        Shape = shape;
        Index = Table.Count;
        Table.Add(this);
    }

    /// <summary>Every kind, in the order of the table (the order of the JSON and of the readable output).</summary>
    public static IReadOnlyList<ItemKind> All => Table;

    /// <summary>The kind's name (<c>win</c>, <c>next-meeting</c>).</summary>
    public string Name { get; }

    /// <summary>Its key in <c>extract --json</c>, or null when it is not printed there.</summary>
    public string? Json { get; }

    /// <summary>Its title in the readable output and the web preview.</summary>
    public string Title { get; }

    /// <summary>Where and how <c>rapport process</c> writes it into the running document.</summary>
    public string Document { get; }

    /// <summary>The shape of its items.</summary>
    public ItemShape Shape { get; }

    /// <summary>Its position in <see cref="All"/>.</summary>
    public int Index { get; }

    public override string ToString() => Name;
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

    /// <summary>An extraction from items of any kinds, grouped kind by kind in the order of <see cref="ItemKind.All"/>.</summary>
    public static Extraction FromItems(IEnumerable<ExtractedItem> items, int? mood) =>
        new([.. items.OrderBy(i => i.Kind.Index)], mood);

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
