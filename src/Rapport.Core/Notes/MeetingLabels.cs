using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>
/// The <c>Intention:</c> and <c>Outcome:</c> lines of a meeting's notes, which go to its history
/// entry; <see cref="Rest"/> is the notes with those lines blanked, so line numbers still match.
/// </summary>
public sealed partial record MeetingLabels(string? Intention, string? Outcome, string Rest)
{
    public static MeetingLabels Read(string notes)
    {
        string? intention = null, outcome = null;
        string rest = Label().Replace(notes, m =>
        {
            string text = m.Groups["text"].Value.Trim();
            if (m.Groups["label"].Value.StartsWith("i", StringComparison.OrdinalIgnoreCase)) intention ??= text;
            else outcome ??= text;
            return "";
        });
        return new MeetingLabels(intention, outcome, rest);
    }

    // contract: none (machinery): reads the meeting's `Intention:` / `Outcome:` labels (outside the extraction contract)
    [GeneratedRegex(@"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?<label>intention|outcome)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(?<text>[^\r\n]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Label();
}
