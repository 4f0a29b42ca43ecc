using System.Diagnostics;
using Rapport.Core;

namespace Rapport.Cli;

/// <summary>The user's editor (<c>$VISUAL</c>, else <c>$EDITOR</c>), run on one file until it exits.</summary>
public static class TextEditor
{
    /// <summary>The editor command, or a usage error with <paramref name="missing"/> when neither variable is set.</summary>
    public static string Command(CommandContext context, string missing) =>
        context.Environment("VISUAL") is { Length: > 0 } visual ? visual
        : context.Environment("EDITOR") is { Length: > 0 } set ? set
        : throw new RapportException(ErrorCode.Usage, missing);

    /// <summary>Opens <paramref name="path"/> in <paramref name="editor"/>; an editor that fails is an error that says where the file is kept.</summary>
    public static void Open(string editor, string path, string kept)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe", ["/c", $"{editor} \"{path}\""])
            : new ProcessStartInfo("/bin/sh", ["-c", editor + " \"$1\"", "sh", path]);
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new RapportException(ErrorCode.Failed, $"could not start the editor '{editor}'");
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new RapportException(ErrorCode.Failed, $"the editor '{editor}' exited with code {process.ExitCode}; {kept}");
    }
}
