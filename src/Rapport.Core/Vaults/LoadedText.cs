using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>A text file as read (not a running document), with the fingerprint of its bytes for the conflict check on save.</summary>
public sealed record LoadedText(string FullPath, string DisplayPath, byte[] Fingerprint, SourceText Source);
