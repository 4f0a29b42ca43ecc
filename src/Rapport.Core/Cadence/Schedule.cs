using Rapport.Core.Documents;

namespace Rapport.Core.Cadence;

/// <summary>When a relationship's next 1:1 is due, by its cadence and the last time the two met.</summary>
public static class Schedule
{
    /// <summary>A direct report is met weekly for their first 90 days, whatever the cadence says.</summary>
    public const int OnboardingDays = 90;

    /// <summary>Front matter key for the last day of onboarding, for any relationship.</summary>
    public const string OnboardingUntilKey = "onboarding-until";

    /// <summary>Front matter's booked next meeting (<c>next: 2026-01-20</c>, from <c>rapport calendar import</c>).</summary>
    public const string NextKey = "next";

    /// <summary>
    /// The last day of onboarding (weekly 1:1s up to and including it): front matter <c>onboarding-until:</c>, else for
    /// a direct report <c>started</c> + <see cref="OnboardingDays"/>; null when there is none (no
    /// <c>started</c>, or not a direct report).
    /// </summary>
    public static DateOnly? OnboardingUntil(RunningDocument document)
    {
        if (document.FrontMatter?[OnboardingUntilKey] is { } text && Text.IsoDate.TryParse(text, out var until)) return until;
        return document.Kind == RelationshipKind.Direct && document.Started is { } started ? started.AddDays(OnboardingDays) : null;
    }

    /// <summary>
    /// The cadence that applies on <paramref name="today"/>: weekly while onboarding, then the
    /// document's <c>frequency</c>, else the vault's. Due dates, the notes' "by next 1:1", status, prep
    /// and the calendar all use this one.
    /// </summary>
    public static Frequency Cadence(RunningDocument document, Frequency vaultDefault, DateOnly today) =>
        Cadence(OnboardingUntil(document), document.Frequency, vaultDefault, today);

    /// <summary>The same for a relationship's digest (as the index keeps it).</summary>
    public static Frequency Cadence(Vaults.RelationshipDigest relationship, Frequency vaultDefault, DateOnly today) =>
        Cadence(relationship.OnboardingUntil, relationship.Frequency, vaultDefault, today);

    private static Frequency Cadence(DateOnly? onboardingUntil, Frequency? frequency, Frequency vaultDefault, DateOnly today) =>
        onboardingUntil is { } until && today <= until ? Frequency.Weekly : frequency ?? vaultDefault;

    /// <summary>
    /// The date the next 1:1 is due: the booked one (front matter <c>next:</c>, still ahead), else
    /// one cadence after the last meeting; with no meeting yet, the day the relationship started, or
    /// today if that has passed.
    /// </summary>
    public static DateOnly NextDue(RunningDocument document, Frequency vaultDefault, DateOnly today) =>
        NextDue(Booked(document, today), document.LastMet, document.Started, Cadence(document, vaultDefault, today), today);

    /// <summary>
    /// The next meeting the document already knows of: front matter <c>next:</c> (from 'rapport
    /// calendar import'), else a meeting heading dated ahead (its agenda written already); each only
    /// when after the last meeting and, given <paramref name="today"/>, not before it.
    /// </summary>
    public static DateOnly? Booked(RunningDocument document, DateOnly? today)
    {
        bool Ahead(DateOnly day) => (today is not { } t || day >= t) && (document.LastMet is not { } met || day > met);
        if (document.FrontMatter?[NextKey] is { } next && Text.IsoDate.TryParse(next, out var booked) && Ahead(booked)) return booked;
        return document.Meetings.Where(m => m.Date is { } d && Ahead(d)).Min(m => m.Date);
    }

    /// <summary>The same for a relationship's digest (as the index keeps it).</summary>
    public static DateOnly NextDue(Vaults.RelationshipDigest relationship, Frequency vaultDefault, DateOnly today) =>
        NextDue(relationship.Booked, relationship.LastMet, relationship.Started, Cadence(relationship, vaultDefault, today), today);

    private static DateOnly NextDue(DateOnly? booked, DateOnly? lastMet, DateOnly? started, Frequency cadence, DateOnly today)
    {
        // A meeting already in the calendar (front matter "next:", from 'rapport calendar import') is when it is due.
        if (booked is { } day && day >= today && (lastMet is not { } met || day > met)) return day;
        if (lastMet is { } last) return cadence.Next(last);
        return started is { } start && start > today ? start : today;
    }

    /// <summary>"today", "tomorrow", "in 3 days", "3 days ago".</summary>
    public static string Relative(DateOnly date, DateOnly today)
    {
        int days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 => $"in {days} days",
            _ => $"{-days} days ago",
        };
    }
}
