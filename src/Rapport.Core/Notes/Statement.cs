using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// One thing said in the notes: a bullet, a numbered item, a task, a table row, a Logseq block, a
/// turn of a conversation or a prose sentence, with what its format already says about it.
/// </summary>
/// <param name="Text">What was said, without its bullet or task box.</param>
/// <param name="Line">Its line in the notes, from 1.</param>
/// <param name="Label">The side named by the label line above it (<c>Noah:</c> / <c>Me:</c>), if any.</param>
/// <param name="Task">The task mark: <c>' '</c> open, <c>'x'</c> done, <c>'-'</c> cancelled, null for none.</param>
public sealed record Statement(string Text, int Line, StatementOwner Label, char? Task)
{
    /// <summary>The owner the format gives (a table's owner cell, a Logseq <c>[[Name]]</c> subject).</summary>
    public ActionOwner? Owner { get; init; }

    /// <summary>The owner is someone else (a table row owned by <c>Marketing</c>): not an action.</summary>
    public bool ThirdParty { get; init; }

    /// <summary>The format says this is a task (a table row, a Logseq <c>TODO</c>, an item under an action heading).</summary>
    public bool IsTask { get; init; }

    /// <summary>A due phrase the format gives apart from the text (a due cell, <c>DEADLINE:</c>, a <c>By Friday:</c> label).</summary>
    public string? DueText { get; init; }

    /// <summary>The kind of heading or label the statement sits under.</summary>
    public SectionMood Section { get; init; }

    /// <summary>The text of the bullet this one is nested under, read as context.</summary>
    public string? Parent { get; init; }

    /// <summary>In a conversation, the side of the speaker; <see cref="Side.None"/> outside one.</summary>
    public Side Speaker { get; init; }
}

/// <summary>Whose items a label line or heading introduces.</summary>
public enum StatementOwner
{
    None,
    Me,
    Them,
}

/// <summary>Who is speaking in a conversation: me, the person, someone else, or no conversation.</summary>
public enum Side
{
    None,
    Me,
    Them,
    Other,
}

/// <summary>What a heading above the items says they are (contract, "Lists, headings and bullets" and "Wins").</summary>
public enum SectionMood
{
    Plain,
    Actions,
    Wins,
    Results,
    Blockers,
    Decisions,
    Feedback,
    NextMeeting,
}
