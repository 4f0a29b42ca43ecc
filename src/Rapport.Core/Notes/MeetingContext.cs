using Rapport.Core.Cadence;

namespace Rapport.Core.Notes;

/// <summary>What the notes are about: the meeting date, the other person and the cadence ("next 1:1").</summary>
public sealed record MeetingContext(DateOnly Date, string Person, Frequency Cadence)
{
    public DateOnly NextMeeting => Cadence.Next(Date);
}
