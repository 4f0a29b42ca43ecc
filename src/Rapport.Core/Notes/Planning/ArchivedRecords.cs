using Rapport.Core.Documents;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// The relationship's quarterly archives (<c>archive/&lt;slug&gt;-YYYY-QN.md</c>), read as running
/// documents: a meeting processed before and then archived is still known, so processing its notes
/// again duplicates nothing and reopens nothing (issue 18, "Meeting dates").
/// </summary>
internal sealed record ArchivedRecords(IReadOnlyList<LoadedDocument> Files)
{
    public static ArchivedRecords None { get; } = new([]);

    public static ArchivedRecords Of(Vault vault, string slug) =>
        new(Archive.FilesOf(vault, slug).Select(vault.Store.Load).ToList());

    private IEnumerable<RunningDocument> Documents => Files.Select(f => f.Document);

    public IEnumerable<ActionItem> Actions => Documents.SelectMany(d => d.Actions);

    public IEnumerable<DatedEntry> History => Documents.SelectMany(d => d.MeetingHistory);

    public IEnumerable<DatedEntry> ThreadEntries => Documents.SelectMany(d => d.Threads).SelectMany(t => t.Entries);

    public IEnumerable<DatedEntry> Moods => Documents.SelectMany(d => d.Moods);

    /// <summary>The archived entries of a dated list the document keeps (accomplishments, feedback).</summary>
    public IEnumerable<DatedEntry> Entries(SectionKind kind) => kind switch
    {
        SectionKind.Accomplishments => Documents.SelectMany(d => d.Accomplishments),
        SectionKind.Feedback => Documents.SelectMany(d => d.Feedback),
        SectionKind.MeetingHistory => History,
        SectionKind.Mood => Moods,
        _ => [],
    };

    /// <summary>Whether an archived history line links the file <paramref name="fullPath"/> (links in archives resolve from the archive's folder).</summary>
    public bool LinksTo(string fullPath) => Files.Any(f =>
    {
        string link = Path.GetRelativePath(Path.GetDirectoryName(f.FullPath)!, fullPath).Replace('\\', '/');
        return f.Document.MeetingHistory.Any(e => e.Source.Text.Contains($"]({link})", StringComparison.Ordinal));
    });
}
