using Rapport.Core.Cadence;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>
/// One relationship's running 1:1 document, read without losing a character. The interpreted parts
/// (actions, threads, history) point back at the source lines they came from, so edits can splice
/// new text into the original instead of re-rendering it.
/// </summary>
public sealed class RunningDocument
{
    internal RunningDocument(string path, SourceText source)
    {
        Path = path;
        Source = source;
    }

    /// <summary>The path as shown to the user (relative to the vault when inside one).</summary>
    public string Path { get; }

    public SourceText Source { get; }

    public FrontMatter? FrontMatter { get; internal set; }

    /// <summary>Every heading, in document order.</summary>
    public IReadOnlyList<Section> Sections { get; internal set; } = [];

    /// <summary>The document's first level-one heading, if any.</summary>
    public Section? TitleSection { get; internal set; }

    public IReadOnlyList<Problem> Problems { get; internal set; } = [];

    /// <summary>
    /// The other person's name: front matter <c>person</c>, <c>name</c> or <c>title</c>, an H1 that is a
    /// name or says "1:1 with …", any "1:1 with …" heading, <c>aliases</c>, or the person's folder.
    /// </summary>
    public string? Person { get; internal set; }

    public string? Role { get; internal set; }

    public RelationshipKind? Kind { get; internal set; }

    public Frequency? Frequency { get; internal set; }

    /// <summary>Meeting length in minutes.</summary>
    public int? Duration { get; internal set; }

    public DateOnly? Started { get; internal set; }

    public IReadOnlyList<ListEntry> FocusAreas { get; internal set; } = [];

    public IReadOnlyList<OngoingThread> Threads { get; internal set; } = [];

    public IReadOnlyList<ActionItem> Actions { get; internal set; } = [];

    public IReadOnlyList<DatedEntry> Accomplishments { get; internal set; } = [];

    public IReadOnlyList<DatedEntry> MeetingHistory { get; internal set; } = [];

    /// <summary>Every meeting the document records, in document order: history lines, dated headings, the date of a one-meeting note.</summary>
    public IReadOnlyList<Meeting> Meetings { get; internal set; } = [];

    /// <summary>The meeting headings when the document is a per-meeting log; null for a running document.</summary>
    public MeetingLog? Log { get; internal set; }

    /// <summary>Other names of the person (<c>aliases:</c>, a differing title); actions marked with one are theirs.</summary>
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>A code fence, comment or <c>&lt;pre&gt;</c> left open to the end of the file; edits go before it.</summary>
    public UnclosedBlock? Unclosed { get; internal set; }

    /// <summary>Dated Feedback entries (delivered); queued feedback is the section's open tasks.</summary>
    public IReadOnlyList<DatedEntry> Feedback { get; internal set; } = [];

    /// <summary>The self-reflection scorecard: <c>- 2026-01-13: communication 4/5 (note)</c>.</summary>
    public IReadOnlyList<DatedEntry> Scores { get; internal set; } = [];

    /// <summary>The pulse taken at meetings: <c>- 2026-01-13: 4/5</c>.</summary>
    public IReadOnlyList<DatedEntry> Moods { get; internal set; } = [];

    /// <summary>The Markdown after the front matter: what a reader sees.</summary>
    public string Body => FrontMatter is { } front ? Source.Text[Source.LineEnd(front.EndLine)..] : Source.Text;

    /// <summary>The day the document was read on, when known: meetings dated after it are to come, not met.</summary>
    public DateOnly? Today { get; internal init; }

    /// <summary>
    /// The vault's <c>dates:</c> setting: whether a numeric date is read day first (<c>day-first</c>) or month first
    /// when the document itself gives no evidence either way; null when unset.
    /// </summary>
    public bool? DayFirst { get; internal init; }

    /// <summary>
    /// The vault owner's names (<c>owner:</c> and <c>owner-aliases:</c> in <c>.rapport/config.yml</c>): a mark, a heading
    /// or an attendee naming one is me, never the other person. Empty when the vault does not say.
    /// </summary>
    public IReadOnlyList<string> MyNames { get; internal init; } = [];

    /// <summary>The date of a note of one meeting (dated by its title, a <c>Date:</c> line, front matter or file name): its tasks are that meeting's.</summary>
    internal DateOnly? NoteDate { get; set; }

    /// <summary>Whether numeric dates in this document are read day first: its own evidence, else the vault's setting, else the separator.</summary>
    public bool ReadsDayFirst { get; internal set; }

    /// <summary>
    /// The heading of the next meeting when the document already holds it, dated after <see cref="Today"/>
    /// (an agenda written ahead): the nearest such meeting. It is not a meeting held.
    /// </summary>
    public Section? Upcoming { get; internal set; }

    /// <summary>
    /// The days on which this document reads as it does on <see cref="Today"/>: what it says of meetings met and to come
    /// (<see cref="LastMet"/>, <see cref="Upcoming"/>, a booked meeting), and the year of a date written without one, turn
    /// on the day. A reading kept from one day (the index) is read again on a day outside this range. Every day when
    /// the document was read on no day.
    /// </summary>
    public DayRange SameReading
    {
        get
        {
            if (Today is not { } today) return DayRange.Always;
            // A meeting is met from its day on (LastMet) and booked up to its day (Schedule.Booked); front matter's next: likewise.
            var turns = Meetings.Where(m => m.Date is not null).SelectMany(m => new[] { m.Date!.Value, m.Date!.Value.AddDays(1) });
            if (FrontMatter?[Cadence.Schedule.NextKey] is { } next && Text.IsoDate.TryParse(next, out var booked)) turns = turns.Append(booked.AddDays(1));
            return DayRange.Around(today, turns).Within(_yearsRead);
        }
    }

    /// <summary>The days on which the years given to dates written without one (from <see cref="Today"/>) stay the same.</summary>
    private DayRange _yearsRead = DayRange.Always;

    /// <summary>Notes that a date was read from <see cref="Today"/> and holds on <paramref name="days"/> only.</summary>
    internal void ReadFromToday(DayRange days) => _yearsRead = _yearsRead.Within(days);

    /// <summary>The latest date of any meeting the document records, not counting meetings dated after <see cref="Today"/>.</summary>
    public DateOnly? LastMet => Meetings.Where(m => m.HeldBy(Today)).Max(m => m.Date);

    /// <summary>Open and in-progress actions on one side.</summary>
    public IEnumerable<ActionItem> OpenActions(ActionOwner owner) => Actions.Where(a => a.Owner == owner && !a.Done);

    /// <summary>
    /// The first section of a kind (for owner lists, the one under Action Items). In a per-meeting
    /// log, the sections of past meetings are theirs alone: only sections outside every meeting count.
    /// </summary>
    /// <remarks>
    /// The next meeting's agenda is the one outside the meetings, else the upcoming meeting's own
    /// (its <c>Agenda</c> sub-section, or the meeting's heading itself when it has none).
    /// </remarks>
    public Section? FindSection(SectionKind kind) =>
        Sections.FirstOrDefault(s => s.Kind == kind && s.Meeting is null)
        ?? (kind == SectionKind.NextMeeting && Upcoming is { } next ? next.Children.FirstOrDefault(c => c.Kind == kind) ?? next : null);

    /// <summary>The other person's first name, for headings like "Sarah's Actions".</summary>
    public string? FirstName => FirstNameOf(Person);

    /// <summary>The first name of <paramref name="person"/>: its first word; null for no person.</summary>
    public static string? FirstNameOf(string? person) => person?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
