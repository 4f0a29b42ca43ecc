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
        if (text.Contains('\0') || text.Contains('\uFFFD'))
            throw new RapportException(ErrorCode.Usage, "the notes look binary; pass UTF-8 text");
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }
}
