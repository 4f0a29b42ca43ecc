namespace Rapport.Core.Documents;

/// <summary>Something wrong in a file, at a one-based line (0 when it concerns the whole file).</summary>
public sealed record Problem(int Line, string Message)
{
    /// <summary>The file it is in, when a relationship spans several files (a folder of meeting notes); null for the document itself.</summary>
    public string? File { get; init; }

    /// <summary>
    /// The problem as the reading commands print it, <c>file:line: message</c>, the file being <paramref name="shown"/>
    /// (the document's path as shown) unless the problem is in another file of the relationship.
    /// </summary>
    public string Describe(string shown) => Location.Format(File ?? shown, Line, Message);
}
