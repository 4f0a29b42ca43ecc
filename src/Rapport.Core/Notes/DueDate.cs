namespace Rapport.Core.Notes;

/// <summary>A due-date phrase found in a statement: the date it means (null for ASAP or a start), and where it was.</summary>
public sealed record DueDate(DateOnly? Date, int Index, int Length, bool Urgent, bool IsStart)
{
    /// <summary>Why the phrase could be read another way ("3/6 read as month/day"), or null when it is plain.</summary>
    public string? Unsure { get; init; }
}
