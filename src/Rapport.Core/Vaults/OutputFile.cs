namespace Rapport.Core.Vaults;

/// <summary>
/// Writes a file the user asked for (a review packet, a calendar export) wherever they can write:
/// atomically, and with a plain error for a folder that does not exist or cannot be written.
/// </summary>
public static class OutputFile
{
    /// <param name="files">The file-system port.</param>
    /// <param name="fullPath">Where to write, already resolved.</param>
    /// <param name="shown">The path as the user gave it, for messages.</param>
    /// <param name="bytes">The content.</param>
    /// <param name="createFolder">Create a missing folder (Rapport's own default places); a folder the user named must exist.</param>
    /// <param name="vault">The vault, whose own files (<see cref="Vault.Keeps"/>) are never replaced.</param>
    public static void Write(IFileSystem files, string fullPath, string shown, ReadOnlySpan<byte> bytes, bool createFolder, Vault? vault = null)
    {
        string folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        if (files.DirectoryExists(fullPath))
            throw new RapportException(ErrorCode.Usage, $"cannot write {shown}: it is a folder; name a file");
        if (vault is not null && vault.Keeps(fullPath))
            throw new RapportException(ErrorCode.Usage, $"cannot write {shown}: it is one of the vault's own files (settings, a running document, the backlog or the wins log); name another file");
        try
        {
            if (createFolder) files.CreateDirectory(folder);
            else if (!files.DirectoryExists(folder))
                throw new RapportException(ErrorCode.Io, $"cannot write {shown}: folder {(Path.GetDirectoryName(shown) is { Length: > 0 } d ? d : folder)} does not exist");
            files.WriteAllBytesAtomic(fullPath, bytes);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            throw IoFailure.Write(shown, ex);
        }
    }
}
