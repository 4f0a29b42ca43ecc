using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tracking;

/// <summary>Actions due in a window and how many of them were done by their due date.</summary>
public sealed record FollowThrough(int OnTime, int Due)
{
    public double? Rate => Due == 0 ? null : (double)OnTime / Due;

    /// <summary>"80% (4/5)", or "–" when nothing was due.</summary>
    public string Describe() => Rate is not null ? $"{Percent()} ({OnTime}/{Due})" : "–";

    /// <summary>"80%", or "–" when nothing was due: the short form for narrow tables.</summary>
    public string Percent() =>
        Rate is { } rate ? $"{Math.Round(rate * 100, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}%" : "–";

    public static FollowThrough operator +(FollowThrough a, FollowThrough b) => new(a.OnTime + b.OnTime, a.Due + b.Due);
}

/// <summary>One relationship's cadence health, open work and pulse.</summary>
public sealed record RelationshipStatus(
    string Person,
    string Slug,
    RelationshipKind? Kind,
    Frequency Cadence,
    DateOnly? LastMet,
    DateOnly NextDue,
    string? Overdue,
    int OpenMine,
    int OpenTheirs,
    int OverdueMine,
    int OverdueTheirs,
    FollowThrough Mine,
    FollowThrough Theirs,
    IReadOnlyList<int> Moods);

/// <summary>The vault at a glance: every relationship, then totals.</summary>
public sealed record VaultStatus(IReadOnlyList<RelationshipStatus> Relationships, DateOnly Today)
{
    public int OverdueMeetings => Relationships.Count(r => r.Overdue is not null);

    public int OpenMine => Relationships.Sum(r => r.OpenMine);

    public int OpenTheirs => Relationships.Sum(r => r.OpenTheirs);

    public int OverdueActions => Relationships.Sum(r => r.OverdueMine + r.OverdueTheirs);

    public FollowThrough Mine => Relationships.Aggregate(new FollowThrough(0, 0), (sum, r) => sum + r.Mine);

    public FollowThrough Theirs => Relationships.Aggregate(new FollowThrough(0, 0), (sum, r) => sum + r.Theirs);
}

/// <summary>
/// Cadence health and follow-through: when each 1:1 is due, whether it is overdue (past its
/// cadence, more than a month since the last one, weekly for a direct report's first 90 days),
/// and the share of actions done by their due date over the last 90 days, on each side.
/// </summary>
public static class StatusReport
{
    /// <summary>Follow-through counts the actions due in this many days up to today.</summary>
    public const int WindowDays = 90;

    /// <summary>Status from the documents themselves (through their digests).</summary>
    public static VaultStatus Build(IEnumerable<LoadedDocument> relationships, Frequency vaultCadence, DateOnly today) =>
        Build(relationships.Select(r => RelationshipDigest.Of(r, r.Document.Path)), vaultCadence, today);

    /// <summary>Status from the relationships' digests, as the index keeps them.</summary>
    public static VaultStatus Build(IEnumerable<RelationshipDigest> relationships, Frequency vaultCadence, DateOnly today) =>
        new(relationships.Select(r => Of(r, vaultCadence, today)).ToList(), today);

    public static RelationshipStatus Of(LoadedDocument relationship, Frequency vaultCadence, DateOnly today) =>
        Of(RelationshipDigest.Of(relationship, relationship.Document.Path), vaultCadence, today);

    public static RelationshipStatus Of(RelationshipDigest r, Frequency vaultCadence, DateOnly today)
    {
        var cadence = Schedule.Cadence(r, vaultCadence, today);
        var due = Schedule.NextDue(r, vaultCadence, today);
        var open = r.Actions.Where(a => !a.Done).ToList();
        return new RelationshipStatus(
            r.Name, r.Slug, r.Kind, cadence, r.LastMet, due, Overdue(r, cadence, due, today),
            open.Count(a => a.Owner == ActionOwner.Me), open.Count(a => a.Owner == ActionOwner.Them),
            open.Count(a => a.Owner == ActionOwner.Me && a.IsOverdue(today)), open.Count(a => a.Owner == ActionOwner.Them && a.IsOverdue(today)),
            Rate(r, ActionOwner.Me, today), Rate(r, ActionOwner.Them, today), r.Moods);
    }

    /// <summary>Why the next 1:1 is overdue, or null when it is not.</summary>
    private static string? Overdue(RelationshipDigest r, Frequency cadence, DateOnly due, DateOnly today)
    {
        if (r.LastMet is not { } last)
            return r.Started is { } started && cadence.Next(started) < today ? $"no 1:1 yet since {Text.IsoDate.Format(started)}" : null;
        if (last.AddMonths(1) < today) return $"{today.DayNumber - last.DayNumber} days since the last 1:1 (more than a month)";
        if (due < today) return $"{today.DayNumber - due.DayNumber} days past its {cadence.ToWord()} cadence";
        return null;
    }

    /// <summary>Of one side's actions due in the window, how many were done by their due date.</summary>
    private static FollowThrough Rate(RelationshipDigest r, ActionOwner owner, DateOnly today)
    {
        var from = today.AddDays(-WindowDays);
        var due = r.Actions.Where(a => a.Owner == owner && a.Due is { } date && date > from && date <= today).ToList();
        return new FollowThrough(due.Count(a => a.Done && a.Completed is { } c && c <= a.Due), due.Count);
    }
}
