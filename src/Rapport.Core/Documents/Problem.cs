namespace Rapport.Core.Documents;

/// <summary>Something wrong in a file, at a one-based line (0 when it concerns the whole file).</summary>
public sealed record Problem(int Line, string Message)
{
    /// <summary>The file it is in, when a relationship spans several files (a folder of meeting notes); null for the document itself.</summary>
    public string? File { get; init; }
}
