using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>
/// A meeting transcript given to <c>process</c>: WebVTT (<c>.vtt</c>), SubRip (<c>.srt</c>) or a text
/// export with a speaker header per turn (Otter's <c>Name  12:04</c>, kept as <c>.txt</c>). The
/// transcript is kept under <c>notes/&lt;person&gt;/&lt;date&gt;</c> with its own extension, so it stays
/// a file the player or the transcription tool can open. A subtitle file without a single cue is
/// refused before anything is read or written.
/// </summary>
public sealed partial record Transcript(string Extension, string Shown, IReadOnlyList<Turn> Turns)
{
    /// <summary>
    /// The transcript in <paramref name="text"/>, from the file's name (<paramref name="fileName"/>,
    /// null for standard input) or, for piped text, from a <c>WEBVTT</c> header; null when the notes are
    /// no transcript. <paramref name="shown"/> names the input in messages.
    /// </summary>
    public static Transcript? Of(string? fileName, string text, string shown, string person, string? me = null)
    {
        string extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        bool webVtt = first >= 0 && lines[first].TrimStart('\uFEFF').Trim().StartsWith("WEBVTT", StringComparison.Ordinal);
        if (extension == ".vtt" && !webVtt)
            throw new RapportException(ErrorCode.Usage, "not a WebVTT file: its first line must be WEBVTT; nothing was processed", shown, first + 1);
        if (extension is ".vtt" or ".srt" || webVtt)
        {
            string kind = webVtt ? "WebVTT" : "SubRip";
            if (!HasCue(lines))
                throw new RapportException(ErrorCode.Usage,
                    $"no cues: a {kind} file needs at least one timing line (00:00:01{(webVtt ? '.' : ',')}000 --> 00:00:04{(webVtt ? '.' : ',')}000) with the words said; nothing was processed",
                    shown, Math.Max(first, 0) + 1);
            return new Transcript(webVtt ? ".vtt" : ".srt", shown, Speakers(lines, person, me));
        }
        // A text export is a transcript when it reads as a conversation between speakers.
        if (extension == ".txt" && Conversation.Read(Tokens.Normalise(text).Split('\n'), new PersonNames(person), Conversation.Owner(me)) is { } found)
            return new Transcript(".txt", shown, found.Turns);
        return null;
    }

    /// <summary>
    /// One warning per speaker who is neither me nor the person (a third speaker, or a name that is
    /// neither): what they take on is recorded as nobody's action. Names the line they first speak on.
    /// </summary>
    public IReadOnlyList<string> Warnings(string person) =>
        Turns.Where(t => t.Side == Side.Other).GroupBy(t => t.Speaker, StringComparer.OrdinalIgnoreCase)
            .Select(g => Location.Format(Shown, g.First().Line,
                $"speaker '{g.Key}' is neither you nor {person}; nothing they take on is recorded as an action"))
            .ToList();

    private static IReadOnlyList<Turn> Speakers(string[] lines, string person, string? me) =>
        Conversation.Read(lines, new PersonNames(person), Conversation.Owner(me))?.Turns ?? [];

    /// <summary>A cue: a timing line followed by at least one line of text.</summary>
    private static bool HasCue(string[] lines)
    {
        for (int i = 0; i + 1 < lines.Length; i++)
            if (Timing().IsMatch(lines[i]) && lines[i + 1].Trim().Length > 0) return true;
        return false;
    }

    // contract: none (machinery): a WebVTT/SRT cue timing line (`00:00:01,000 --> 00:00:05,200`)
    [GeneratedRegex(@"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}")]
    private static partial Regex Timing();
}
