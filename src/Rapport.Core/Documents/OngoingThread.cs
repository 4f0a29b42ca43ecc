namespace Rapport.Core.Documents;

/// <summary>A <c>###</c> topic under Ongoing Threads with its dated entries.</summary>
public sealed record OngoingThread(string Topic, Section Section, IReadOnlyList<DatedEntry> Entries)
{
    public DateOnly? LastDate => Entries.Where(e => e.Date is not null).Max(e => e.Date);
}
