using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Cli.Rendering;

public sealed record ExtractedActionJson(ActionOwner Owner, string Text, DateOnly? Due, string Priority, int Line);

public sealed record NoteItemJson(string Text, int Line);

public sealed record FeedbackJson(string Kind, string Text, int Line);

/// <summary>The extraction contract's JSON: actions, wins and the other kinds, each with its line in the notes.</summary>
public sealed record ExtractionJson(
    IReadOnlyList<ExtractedActionJson> Actions,
    IReadOnlyList<NoteItemJson> Wins,
    IReadOnlyList<NoteItemJson> Completions,
    IReadOnlyList<NoteItemJson> Decisions,
    IReadOnlyList<NoteItemJson> Goals,
    IReadOnlyList<FeedbackJson> Feedback,
    IReadOnlyList<NoteItemJson> Blockers,
    IReadOnlyList<NoteItemJson> Topics,
    int? Mood)
{
    public static ExtractionJson From(Extraction e) => new(
        e.Actions.Select(a => new ExtractedActionJson(a.Owner, a.Text, a.Due, a.Priority, a.Line)).ToList(),
        Items(e.Wins), Items(e.Completions), Items(e.Decisions), Items(e.Goals),
        e.Feedback.Select(f => new FeedbackJson(f.Kind, f.Text, f.Line)).ToList(),
        Items(e.Blockers), Items(e.Topics), e.Mood);

    private static List<NoteItemJson> Items(IReadOnlyList<NoteItem> items) => items.Select(i => new NoteItemJson(i.Text, i.Line)).ToList();
}
