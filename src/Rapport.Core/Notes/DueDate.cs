namespace Rapport.Core.Notes;

/// <summary>A due-date phrase found in a statement: the date it means (null for ASAP or a start), and where it was.</summary>
public sealed record DueDate(DateOnly? Date, int Index, int Length, bool Urgent, bool IsStart);
