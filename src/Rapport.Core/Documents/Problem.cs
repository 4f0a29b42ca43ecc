namespace Rapport.Core.Documents;

/// <summary>Something wrong in a file, at a one-based line (0 when it concerns the whole file).</summary>
public sealed record Problem(int Line, string Message);
