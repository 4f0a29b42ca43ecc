namespace Rapport.Core.Documents;

/// <summary>A list item of the form <c>- 2026-01-15: text</c>, as in threads, accomplishments and meeting history.</summary>
public sealed record DatedEntry(DateOnly? Date, string Text, ListEntry Source)
{
    public IReadOnlyList<string> Details => Source.Details;
}
