using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// Everything the steps of one plan share: what they read (the document, the notes and what the
/// engine found in them, the archived records of the relationship, the review) and what they build
/// (one editor over the document, the changes for people, the files to write). Each step reads what
/// earlier steps left here, in the order <see cref="PlanSteps.InOrder"/> gives.
/// </summary>
internal sealed partial record PlanContext(
    Vault Vault,
    LoadedDocument Loaded,
    string Notes,
    MeetingContext Meeting,
    Extraction Extraction,
    MeetingLabels Labels,
    ArchivedRecords Archived,
    PlanReview Review,
    string NotesExtension)
{
    public RunningDocument Document => Loaded.Document;

    public DateOnly Date => Meeting.Date;

    public DocumentEditor Editor { get; } = new(Loaded.Document) { MeetingDate = Meeting.Date };

    /// <summary>The person's name words, left out when comparing what two texts are about.</summary>
    public HashSet<string> Names { get; } = Wording.NameWords(Meeting.Person);

    public NextMeeting Next { get; } = NextMeeting.Read(Loaded.Document);

    /// <summary>The task syntax most of the document uses, for new actions.</summary>
    public ActionSyntax Syntax { get; } = ActionItemWriter.PreferredSyntax(Loaded.Document.Actions);

    /// <summary>Whether the document writes priorities (<c>[P1]</c>) on its tasks.</summary>
    public bool WritesPriority { get; } = Loaded.Document.Actions.Any(a => a.Priority is not null && a.Source.Text.Contains('['));

    public string FirstName => Document.FirstName ?? Meeting.Person;

    public List<PlannedChange> Changes { get; } = [];

    public List<PlannedFile> Files { get; } = [];

    /// <summary>Sections this plan creates, by kind, so a second item of a kind joins the first.</summary>
    public Dictionary<SectionKind, NewSection> CreatedSections { get; } = [];

    /// <summary>The link from the document to the raw notes (set by the first step).</summary>
    public string NotesLink { get; set; } = "";

    /// <summary>Open actions a completion, cancellation or due move already changed: one change each.</summary>
    public HashSet<ActionItem> Touched { get; } = [];

    /// <summary>Completions that matched no action: they become thread entries.</summary>
    public List<NoteItem> UnmatchedCompletions { get; } = [];

    /// <summary>Actions from the notes that restate an open action (its due moved): never added again.</summary>
    public HashSet<ExtractedAction> Restated { get; } = [];

    public List<ExtractedAction> MyNewActions { get; } = [];

    public List<ActionItem> MyCompleted { get; } = [];

    public bool HistoryAdded { get; set; }

    /// <summary>The backlog's edits as a function of its text (set by <see cref="BacklogStep"/>).</summary>
    public Func<Text.SourceText, Text.SourceText?>? BacklogEdits { get; set; }

    /// <summary>Set when these very notes were processed before (the meeting is known): the plan stops, changing nothing.</summary>
    public string? ProcessedBefore { get; set; }

    /// <summary>The document's actions and the finished ones its archives hold, for telling what is known.</summary>
    public IEnumerable<ActionItem> KnownActions => Document.Actions.Concat(Archived.Actions);

    /// <summary>The known actions with their content words, for <see cref="ActionMatch"/> (filled on first use).</summary>
    public List<(ActionItem Action, HashSet<string> Stems)>? ActionWords { get; set; }

    /// <summary>
    /// Records a change for people when the review keeps it; the step makes its edit only then.
    /// </summary>
    public bool Propose(PlannedChange change)
    {
        if (!Review.Keeps(change)) return false;
        Changes.Add(change);
        return true;
    }

    public NewSection Created(SectionKind kind)
    {
        if (!CreatedSections.TryGetValue(kind, out var section)) CreatedSections[kind] = section = Editor.Create(kind);
        return section;
    }

    private List<HashSet<string>>? _noteLines;

    /// <summary>The content words of each line of the notes, for telling what they cover.</summary>
    public List<HashSet<string>> NoteLines => _noteLines ??=
        Notes.ReplaceLineEndings("\n").Split('\n').Select(l => Wording.Stems(l, Names)).Where(s => s.Count > 0).ToList();

    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    // contract: none (machinery): collapses whitespace
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
