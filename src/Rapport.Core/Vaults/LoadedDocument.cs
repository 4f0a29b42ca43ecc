using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>A document as read from disk, with the bytes it was read from (its fingerprint) for conflict checks.</summary>
/// <remarks>
/// A relationship kept as a folder of meeting notes (<c>Career/1-on-1s/jai-menon/</c>) is one loaded
/// document: <see cref="Folder"/> is the folder, <see cref="FullPath"/> the note edits go to, and the
/// document reads every note (see <see cref="MeetingFolder"/>).
/// </remarks>
public sealed record LoadedDocument(string FullPath, RunningDocument Document, byte[] Fingerprint)
{
    /// <summary>The folder of meeting notes the relationship is, or null for a single running document.</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// In a folder of several people's meeting notes (<c>meetings/</c>, each note naming its <c>person:</c>),
    /// the slug of the person whose notes these are; null otherwise.
    /// </summary>
    public string? Group { get; init; }

    /// <summary>
    /// The bytes themselves: a save compares them with the file's bytes at that moment, exactly (no hash can
    /// collide). A SHA-256 here made every command that reads one document load OpenSSL (libssl and
    /// libcrypto, about 3 ms of a 40 ms <c>prep</c>; docs/performance.md, "Only the command that runs"),
    /// and copying is faster than hashing.
    /// </summary>
    public static byte[] FingerprintOf(ReadOnlySpan<byte> bytes) => bytes.ToArray();

    /// <summary>The file name without <c>.md</c> (or the folder's name): the person's slug.</summary>
    public string Slug => Group ?? (Folder is { } folder ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) : Path.GetFileNameWithoutExtension(FullPath));
}
