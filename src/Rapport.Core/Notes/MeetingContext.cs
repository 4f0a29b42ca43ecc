using Rapport.Core.Cadence;

namespace Rapport.Core.Notes;

/// <summary>What the notes are about: the meeting date, the other person and the cadence ("next 1:1").</summary>
public sealed record MeetingContext(DateOnly Date, string Person, Frequency Cadence)
{
    public DateOnly NextMeeting => Cadence.Next(Date);

    /// <summary>The note writes its slash dates day/month ("16/10" somewhere in it): every slash date is read that way.</summary>
    public bool DayFirst { get; init; }

    /// <summary>Other names of the person (front matter <c>aliases:</c>), matched like the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The vault owner's name (config <c>owner:</c>): a transcript's speaker of that name is me.</summary>
    public string? Me { get; init; }
}
