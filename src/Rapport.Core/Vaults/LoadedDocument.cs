using System.Security.Cryptography;
using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>A document as read from disk, with the fingerprint of the bytes it was read from for conflict checks.</summary>
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

    public static byte[] FingerprintOf(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes);

    /// <summary>The file name without <c>.md</c> (or the folder's name): the person's slug.</summary>
    public string Slug => Group ?? (Folder is { } folder ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) : Path.GetFileNameWithoutExtension(FullPath));
}
