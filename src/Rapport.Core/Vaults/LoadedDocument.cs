using System.Security.Cryptography;
using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>A document as read from disk, with the fingerprint of the bytes it was read from for conflict checks.</summary>
public sealed record LoadedDocument(string FullPath, RunningDocument Document, byte[] Fingerprint)
{
    public static byte[] FingerprintOf(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes);

    /// <summary>The file name without <c>.md</c>: the person's slug.</summary>
    public string Slug => Path.GetFileNameWithoutExtension(FullPath);
}
