using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>Reads running documents and writes edits back: atomically, and only if nobody changed the file meanwhile.</summary>
public sealed class DocumentStore
{
    /// <summary>Larger files are refused: a running document is kept short by archiving.</summary>
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    private readonly IFileSystem _files;
    private readonly Func<string, string> _display;

    private readonly Func<string, bool>? _isSafe;

    /// <param name="files">The file-system port.</param>
    /// <param name="display">How paths are shown in messages.</param>
    /// <param name="isSafe">Whether a path may be read: a vault refuses files that link outside it.</param>
    public DocumentStore(IFileSystem files, Func<string, string>? display = null, Func<string, bool>? isSafe = null)
    {
        _files = files;
        _display = display ?? (p => p);
        _isSafe = isSafe;
    }

    /// <summary>Where warnings about a file being written go; the command line prints them on standard error.</summary>
    public Action<string>? Warn { get; set; }

    /// <summary>The day documents are read on, when known: a meeting heading dated later is the next meeting, not one held.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>The vault's <c>dates:</c> setting (true: day first), for numeric dates a document gives no evidence for; null when unset.</summary>
    public bool? DayFirst { get; set; }

    /// <summary>The vault owner's names (<see cref="VaultConfig.MyNames"/>): who "me" is in every document; empty when unset.</summary>
    public IReadOnlyList<string> MyNames { get; set; } = [];

    public LoadedDocument Load(string fullPath)
    {
        string shown = _display(fullPath);
        var bytes = ReadChecked(fullPath, shown);
        var source = TextCodec.Decode(bytes, shown);
        return new LoadedDocument(fullPath, Parse(source, shown), LoadedDocument.FingerprintOf(bytes));
    }

    /// <summary>Reads a document's text as this store reads its files: on <see cref="Today"/>, with the vault's <see cref="DayFirst"/> and <see cref="MyNames"/>.</summary>
    public RunningDocument Parse(SourceText source, string shown) => RunningDocumentParser.Parse(source, shown, Today, DayFirst, MyNames);

    /// <summary>Reads a file's bytes, refusing missing and oversized files with a one-line error; a zero-byte file is an empty document.</summary>
    public byte[] ReadChecked(string fullPath, string shown)
    {
        try
        {
            if (!_files.FileExists(fullPath))
                throw new RapportException(ErrorCode.Io, "no such file", shown);
            if (_isSafe is not null && !_isSafe(fullPath))
                throw new RapportException(ErrorCode.UnsafePath, "links to a file outside the vault; Rapport reads only what is inside it", shown);
            CheckLength(_files.GetLength(fullPath), shown);
            return _files.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            throw IoFailure.Read(shown, ex);
        }
    }

    /// <summary>Refuses a file too large to be a running document. A zero-byte file is an empty document, never refused.</summary>
    public static void CheckLength(long length, string shown)
    {
        if (length > MaxDocumentBytes)
            throw new RapportException(ErrorCode.InvalidFile,
                $"file is {length / 1024.0 / 1024.0:0.0} MB; Rapport reads documents of at most {MaxDocumentBytes / 1024 / 1024} MB (archive old entries to shorten it)", shown);
    }

    /// <summary>
    /// Writes <paramref name="text"/> over the document if it differs from what was read.
    /// Refuses when the file on disk no longer holds the bytes it was read from.
    /// </summary>
    /// <returns>Whether anything was written.</returns>
    public bool Save(LoadedDocument loaded, SourceText text) => Save(loaded.FullPath, loaded.Fingerprint, text);

    /// <summary>
    /// Writes <paramref name="text"/> over any file that was read with <paramref name="fingerprint"/>,
    /// refusing when the file on disk no longer holds those bytes.
    /// </summary>
    /// <returns>Whether anything was written.</returns>
    public bool Save(string fullPath, ReadOnlySpan<byte> fingerprint, SourceText text)
    {
        var bytes = TextCodec.Encode(text);
        if (LoadedDocument.FingerprintOf(bytes).AsSpan().SequenceEqual(fingerprint)) return false;
        string shown = _display(fullPath);
        try
        {
            // The check and the write happen under one lock: a second writer waits, then finds the file changed.
            using var exclusive = _files.LockForWrite(fullPath);
            var current = _files.FileExists(fullPath) ? _files.ReadAllBytes(fullPath) : [];
            if (!LoadedDocument.FingerprintOf(current).AsSpan().SequenceEqual(fingerprint))
                throw new RapportException(ErrorCode.Conflict, "file changed on disk since it was read; nothing was written, run the command again", shown);
            KeepMalformedFrontMatter(current, text, shown);
            _files.WriteAllBytesAtomic(fullPath, bytes);
            return true;
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            throw IoFailure.Write(shown, ex);
        }
    }

    /// <summary>
    /// A front matter block that is not valid YAML is never rewritten: an edit elsewhere in the file
    /// goes ahead with a warning naming the line, and an edit that would change the block is refused.
    /// </summary>
    private void KeepMalformedFrontMatter(byte[] current, SourceText after, string shown)
    {
        if (current.Length == 0) return;
        SourceText before;
        try
        {
            before = TextCodec.Decode(current, shown);
        }
        catch (RapportException)
        {
            return; // not text: the parser reports it on the next read
        }
        var problems = new List<Problem>();
        if (FrontMatterReader.Read(before, problems) is not { } front || problems.Count == 0) return;
        var problem = problems[0];
        string block = before.Text[..before.LineEnd(front.EndLine)];
        if (!after.Text.StartsWith(block, StringComparison.Ordinal))
            throw new RapportException(ErrorCode.InvalidFile,
                $"{problem.Message}; fix it first: Rapport does not change a front matter it cannot read, and nothing was written", shown, problem.Line);
        Warn?.Invoke(Location.Format(shown, problem.Line, $"{problem.Message}; the front matter was kept as written"));
    }

    /// <summary>How many times <see cref="Update"/> re-reads a file that changed under it before reporting a conflict.</summary>
    public const int UpdateAttempts = 3;

    /// <summary>
    /// Applies a change to the document as it is on disk now: reads it, lets <paramref name="change"/>
    /// compute the new text (null: nothing to change) and writes it. When the file changed between the
    /// read and the write, reads it again and re-applies the change to the new content; only after
    /// <see cref="UpdateAttempts"/> such races is the conflict reported.
    /// </summary>
    /// <returns>Whether anything was written.</returns>
    public bool Update(string fullPath, Func<LoadedDocument, SourceText?> change)
    {
        for (int attempt = 1; ; attempt++)
        {
            var loaded = Load(fullPath);
            if (change(loaded) is not { } text) return false;
            try
            {
                return Save(loaded, text);
            }
            catch (RapportException ex) when (ex.Code == ErrorCode.Conflict && attempt < UpdateAttempts)
            {
                // Someone else wrote the file: the change is re-applied to what they wrote.
            }
        }
    }

    /// <summary>Creates a new file; refuses if one exists.</summary>
    public void Create(string fullPath, string content)
    {
        string shown = _display(fullPath);
        try
        {
            _files.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            using var exclusive = _files.LockForWrite(fullPath);
            if (_files.FileExists(fullPath))
                throw new RapportException(ErrorCode.Conflict, "already exists", shown);
            _files.WriteAllBytesAtomic(fullPath, TextCodec.Encode(new SourceText(content)));
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            throw IoFailure.Write(shown, ex);
        }
    }
}
