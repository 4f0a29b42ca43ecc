namespace Rapport.Core.Documents;

/// <summary>
/// One meeting the document records: a dated heading of a per-meeting log (<c>## 2026-01-20</c>), a
/// <c>- 2026-01-20: …</c> line under Meeting History, or the date of a one-meeting note. Undated
/// meeting headings (<c>## Meeting 4</c>) are meetings too, with a null <see cref="Date"/>.
/// </summary>
public sealed record Meeting(DateOnly? Date, string Title, int Line, Section? Section, DatedEntry? Entry)
{
    /// <summary>
    /// Whether the meeting was held by <paramref name="today"/>: dated, and not after it (a meeting written ahead is to
    /// come until its day). Every dated meeting when there is no day to read on.
    /// </summary>
    public bool HeldBy(DateOnly? today) => Date is { } day && (today is not { } t || day <= t);

    /// <summary>
    /// What the meeting was about: a history line's text, or the heading's title without its date and the marks around
    /// it (<c>## 2026-02-10 · Roadmap</c> is "Roadmap"); empty for a heading that is only a date.
    /// </summary>
    public string About
    {
        get
        {
            if (Entry is not null || DateText.Find(Title).FirstOrDefault() is not { } date) return Title;
            string rest = $"{Title[..date.Index]} {Title[(date.Index + date.Length)..]}";
            return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(Separators);
        }
    }

    private static readonly char[] Separators = [' ', '-', '–', '—', ':', '|', ',', '·', '(', ')', '[', ']'];
}

/// <summary>
/// A per-meeting log: meeting headings at one level, each meeting with its own agenda, notes and
/// action items. Writes follow it: a new meeting goes at the end the document adds to.
/// </summary>
/// <param name="Meetings">The meeting headings, in document order.</param>
/// <param name="NewestFirst">Whether the newest meeting is at the top (the dated headings run backwards).</param>
public sealed record MeetingLog(IReadOnlyList<Section> Meetings, bool NewestFirst)
{
    public int Level => Meetings[0].Level;

    /// <summary>The sub-section title the log uses for a kind (<c>Action Items</c>, <c>Next Steps</c>…), newest meeting first; null when none does.</summary>
    public string? SubsectionTitle(SectionKind kind)
    {
        var ordered = NewestFirst ? Meetings : Meetings.Reverse();
        foreach (var meeting in ordered)
            foreach (var child in meeting.Children)
                if (child.Kind == kind || kind == SectionKind.ActionItems && child.Kind is SectionKind.MyActions or SectionKind.TheirActions)
                    return child.Title;
        return null;
    }

    /// <summary>The newest meeting's heading (first or last, as the log runs).</summary>
    public Section Newest => NewestFirst ? Meetings[0] : Meetings[^1];
}

/// <summary>
/// A block left open to the end of the file: a code fence with no closing fence, an HTML comment with
/// no <c>--&gt;</c>, a <c>&lt;pre&gt;</c> with no <c>&lt;/pre&gt;</c>. Whatever is added after its
/// start would be swallowed, so edits go before it.
/// </summary>
/// <param name="Line">Zero-based line where the block starts.</param>
/// <param name="What">"code fence", "HTML comment" or "&lt;pre&gt; block".</param>
public sealed record UnclosedBlock(int Line, string What);
