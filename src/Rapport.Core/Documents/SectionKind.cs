namespace Rapport.Core.Documents;

/// <summary>What a heading is in a running document; <see cref="Other"/> sections are kept but not interpreted.</summary>
public enum SectionKind
{
    Other,
    Title,
    FocusAreas,
    Threads,
    ThreadTopic,
    ActionItems,
    MyActions,
    TheirActions,
    Accomplishments,
    MeetingHistory,
    NextMeeting,
    Goals,
    Feedback,
    Scorecard,
    Mood,
    PrivateNotes,
}
