using Rapport.Core.Documents;
using Rapport.Core.Tracking;

namespace Rapport.Cli.Rendering;

public sealed record FollowThroughJson(int OnTime, int Due, double? Rate);

public sealed record RelationshipStatusJson(
    string Person, string Slug, string? Kind, string Cadence, DateOnly? LastMet, DateOnly NextDue, bool Overdue, string? OverdueReason,
    int OpenMine, int OpenTheirs, int OverdueMine, int OverdueTheirs, FollowThroughJson FollowThroughMine, FollowThroughJson FollowThroughTheirs,
    IReadOnlyList<int> Moods);

public sealed record VaultStatusJson(
    IReadOnlyList<RelationshipStatusJson> Relationships, int OverdueMeetings, int OpenMine, int OpenTheirs, int OverdueActions,
    FollowThroughJson FollowThroughMine, FollowThroughJson FollowThroughTheirs);

public sealed record OpenActionJson(
    string Person, string Slug, int Number, string Id, ActionOwner Owner, string Text, DateOnly? Due, string? Priority, int? OverdueDays, string Path, int Line);

/// <summary>Status as JSON, with the same figures as the table.</summary>
public static class StatusJson
{
    public static VaultStatusJson From(VaultStatus s) => new(
        s.Relationships.Select(r => new RelationshipStatusJson(
            r.Person, r.Slug, r.Kind?.ToWord(), r.Cadence.ToString().ToLowerInvariant(), r.LastMet, r.NextDue, r.Overdue is not null, r.Overdue,
            r.OpenMine, r.OpenTheirs, r.OverdueMine, r.OverdueTheirs, Json(r.Mine), Json(r.Theirs), r.Moods)).ToList(),
        s.OverdueMeetings, s.OpenMine, s.OpenTheirs, s.OverdueActions, Json(s.Mine), Json(s.Theirs));

    private static FollowThroughJson Json(FollowThrough f) => new(f.OnTime, f.Due, f.Rate is { } r ? Math.Round(r, 3) : null);
}

public sealed record SearchHitJson(string? Person, string? Slug, DateOnly? Date, string Kind, string? Topic, string Path, int Line, string Snippet, double Rank);
