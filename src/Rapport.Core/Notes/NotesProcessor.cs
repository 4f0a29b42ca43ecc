using System.Text.RegularExpressions;
using Rapport.Core.Notes.Planning;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes;

/// <summary>
/// Applies one meeting's notes to a relationship's running document, as the seed's "process my 1:1
/// notes" does: new actions on each side, completed actions ticked, due dates moved, goals, wins,
/// feedback, thread entries and a meeting-history line linking the raw notes, which are kept next to
/// the document. Planning writes nothing; the same notes planned twice change nothing the second
/// time, also after the meeting's entries moved to the archive. The plan is made by the steps of
/// <see cref="PlanSteps.InOrder"/> over one <see cref="PlanContext"/>.
/// </summary>
public sealed partial class NotesProcessor
{
    /// <summary>Where raw notes are kept, under the relationships folder.</summary>
    public const string NotesFolder = "notes";

    private readonly Vault _vault;

    public NotesProcessor(Vault vault) => _vault = vault;

    /// <summary>
    /// Works out every change the notes make, without writing anything. The notes are read by
    /// <paramref name="extract"/> when given (the rules with a language model's additions), else by
    /// the rules engine. A <paramref name="review"/> keeps only the items a person kept; a
    /// <paramref name="transcript"/> names the file the notes came from, whose extension they are kept with.
    /// </summary>
    public NotesPlan Plan(LoadedDocument loaded, string notes, DateOnly date, Func<string, MeetingContext, Extraction>? extract = null,
        PlanReview? review = null, Transcript? transcript = null)
    {
        if (string.IsNullOrWhiteSpace(notes))
            throw new RapportException(ErrorCode.Usage, "the notes are empty; nothing to process");
        if (notes.Split('\n').All(line => EmptyBullet().IsMatch(line.Trim())))
            throw new RapportException(ErrorCode.Usage, "the notes hold only empty bullets; nothing to process");
        var document = loaded.Document;
        string person = document.Person ?? loaded.Slug;
        var meeting = new MeetingContext(date, person, Cadence.Schedule.Cadence(document, _vault.Config.Cadence, date)) { Me = _vault.Config.Owner };
        var labels = MeetingLabels.Read(notes);
        var extraction = (extract ?? NotesEngine.Extract)(labels.Rest, meeting);
        var warnings = transcript?.Warnings(person) ?? [];
        return Build(loaded, notes, meeting, extraction, labels, review ?? PlanReview.Everything, transcript?.Extension ?? ".md") with { Warnings = warnings };
    }

    private NotesPlan Build(LoadedDocument loaded, string notes, MeetingContext meeting, Extraction extraction, MeetingLabels labels, PlanReview review, string extension)
    {
        var context = new PlanContext(_vault, loaded, notes, meeting, extraction, labels, ArchivedRecords.Of(_vault, loaded.Slug), review, extension);
        foreach (var step in PlanSteps.InOrder)
        {
            step.Run(context);
            if (context.ProcessedBefore is { } message)
                return new NotesPlan(meeting, extraction, [], []) { AlreadyProcessed = message };
        }
        return new NotesPlan(meeting, extraction, context.Changes, context.Files)
        {
            // The same notes, extraction and review, planned again on the document as it is then.
            Replan = fresh => Build(fresh, notes, meeting, extraction, labels, review, extension),
            BacklogEdits = context.BacklogEdits,
        };
    }

    /// <summary>
    /// Writes a plan: the raw notes first (a new file), then the document and the backlog through
    /// <see cref="DocumentStore.Update"/>. When one changed since it was planned, the plan is made
    /// again on what is there now (the same notes and review), so nobody's edit is lost.
    /// </summary>
    public void Apply(NotesPlan plan)
    {
        foreach (var file in plan.Files.Where(f => f.IsNew)) _vault.Store.Create(file.FullPath, file.After.Text);
        string? backlog = plan.BacklogEdits is null ? null : BacklogFile.PathIn(_vault);
        foreach (var file in plan.Files.Where(f => !f.IsNew && f.FullPath != backlog))
        {
            _vault.Store.Update(file.FullPath, loaded =>
                loaded.Fingerprint.AsSpan().SequenceEqual(file.Fingerprint) ? file.After
                : plan.Replan?.Invoke(loaded).Files.FirstOrDefault(f => f.FullPath == file.FullPath)?.After);
        }
        if (plan.BacklogEdits is { } edits) BacklogFile.Update(_vault, edits);
    }

    /// <summary>A line with no content: nothing, a bullet, a number or an empty task box.</summary>
    // contract: none (machinery): a line with no content (a bare bullet, number or empty box)
    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])?\s*(?:\[[ xX]?\])?$")]
    private static partial Regex EmptyBullet();
}
