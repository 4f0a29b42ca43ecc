using System.Text;
using Rapport.Core;
using Rapport.Core.Notes;
using Rapport.Core.Text;

namespace Rapport.Cli;

/// <summary>Reads notes from a file or standard input, refusing binary and oversized input.</summary>
public static class NotesInput
{
    public static string Read(CommandContext context, string? file)
    {
        if (file is not null)
        {
            string path = context.ResolvePath(file);
            if (!context.Files.FileExists(path)) throw new RapportException(ErrorCode.Usage, "no such file", file);
            if (context.Files.GetLength(path) > NotesEngine.MaxNotesLength)
                throw new RapportException(ErrorCode.Usage, $"notes file is larger than {NotesEngine.MaxNotesLength / 1024 / 1024} MB", file);
            return TextCodec.Decode(context.Files.ReadAllBytes(path), file).Text;
        }
        if (!context.IsInputRedirected)
            throw new RapportException(ErrorCode.Usage, "pipe the notes to standard input or pass --file FILE");
        var buffer = new char[NotesEngine.MaxNotesLength + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = context.Input.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        if (total > NotesEngine.MaxNotesLength)
            throw new RapportException(ErrorCode.Usage, $"notes on standard input are larger than {NotesEngine.MaxNotesLength / 1024 / 1024} MB");
        string text = new(buffer, 0, total);
        if (text.Contains('\0'))
            throw new RapportException(ErrorCode.Usage, "the notes look binary; pass UTF-8 text");
        // Latin-1 or Windows-1252 bytes decode to U+FFFD: the text is not UTF-8, not binary.
        if (text.Contains('\uFFFD'))
            throw new RapportException(ErrorCode.Usage, $"the notes on standard input are not UTF-8 (line {LineOf(text, text.IndexOf('\uFFFD'))}); convert them, e.g. iconv -f latin1 -t utf-8");
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
