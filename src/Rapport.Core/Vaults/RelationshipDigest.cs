using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Core.Vaults;

/// <summary>One action as status counts it: whose, whether done, when due and when completed.</summary>
public readonly record struct ActionFact(ActionOwner Owner, bool Done, DateOnly? Due, DateOnly? Completed)
{
    public bool IsOverdue(DateOnly today) => !Done && Due is { } due && due < today;
}

/// <summary>
/// What status, the dashboard, <c>prep</c>'s next 1:1 and name resolution need of a running
/// document, without the document: its facts, every action (document order) and its latest moods.
/// <see cref="Of"/> is the only way to make one from a document, and the index stores exactly what
/// it gives, so the index and the files cannot disagree. <see cref="Named"/>: the document names its
/// person (front matter or heading), as <c>prep</c>'s next 1:1 requires.
/// </summary>
public sealed record RelationshipDigest(
    string Slug, string Path, string? Person, string? FirstName, string? Role, RelationshipKind? Kind, Frequency? Frequency, int? Duration,
    DateOnly? Started, DateOnly? LastMet, DateOnly? Booked, DateOnly? OnboardingUntil, IReadOnlyList<ActionFact> Actions, IReadOnlyList<int> Moods,
    bool Named)
{
    /// <summary>Status shows the last few moods; the digest keeps that many.</summary>
    public const int MoodsKept = 5;

    /// <summary>The person's name, else the file's slug.</summary>
    public string Name => Person ?? Slug;

    public static RelationshipDigest Of(LoadedDocument loaded, string path)
    {
        var d = loaded.Document;
        DateOnly? booked = Schedule.Booked(d, d.Today);
        return new RelationshipDigest(
            loaded.Slug, path, d.Person, d.FirstName, d.Role, d.Kind, d.Frequency, d.Duration, d.Started, d.LastMet, booked, Schedule.OnboardingUntil(d),
            d.Actions.Select(a => new ActionFact(a.Owner, a.Done, a.Due, a.Completed)).ToList(),
            Scores.Moods(d).TakeLast(MoodsKept).Select(m => m.Value).ToList(),
            d.FrontMatter?["person"] is not null || d.Person is not null);
    }

    public int Open(ActionOwner owner) => Actions.Count(a => a.Owner == owner && !a.Done);

    /// <summary>One line per fact, action and mood: what two digests are compared by (records compare lists by reference).</summary>
    public string Describe() =>
        string.Join("\n", new object?[] { Slug, Path, Person, FirstName, Role, Kind, Frequency, Duration, Started, LastMet, Booked, OnboardingUntil, Named }
            .Concat(Actions.Select(a => (object)a)).Append(string.Join(",", Moods)));
}
