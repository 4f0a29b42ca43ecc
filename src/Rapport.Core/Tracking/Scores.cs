using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tracking;

/// <summary>A dated 1-5 value: a skill's self-reflection score, or the mood taken at a meeting.</summary>
public sealed record Score(DateOnly Date, string? Skill, int Value, string? Note);

/// <summary>
/// The self-reflection scorecard (<c>## Scorecard</c>: <c>- 2026-01-13: communication 4/5 (note)</c>)
/// and the pulse per meeting (<c>## Mood</c>: <c>- 2026-01-13: 4/5</c>). Both are private.
/// </summary>
public static partial class Scores
{
    public static IReadOnlyList<Score> Skills(RunningDocument document) =>
        document.Scores.Select(e => (e.Date, Match: SkillLine().Match(e.Text)))
            .Where(x => x.Date is not null && x.Match.Success)
            .Select(x => new Score(x.Date!.Value, x.Match.Groups["skill"].Value.Trim(), x.Match.Groups["value"].Value[0] - '0', Note(x.Match)))
            .OrderBy(s => s.Date)
            .ToList();

    public static IReadOnlyList<Score> Moods(RunningDocument document) =>
        document.Moods.Select(e => (e.Date, Match: MoodLine().Match(e.Text)))
            .Where(x => x.Date is not null && x.Match.Success)
            .Select(x => new Score(x.Date!.Value, null, x.Match.Groups["value"].Value[0] - '0', Note(x.Match)))
            .OrderBy(s => s.Date)
            .ToList();

    public static int Check(int value) =>
        value is >= 1 and <= 5 ? value : throw new RapportException(ErrorCode.Usage, $"a score is 1 to 5, not {value}");

    public static void AddSkill(DocumentEditor editor, string skill, int value, string? note, DateOnly date)
    {
        Check(value);
        string name = MarkdownText.ListItem(skill, 60).Trim();
        if (name.Length == 0 || name.Any(char.IsDigit) && name.Contains('/'))
            throw new RapportException(ErrorCode.Usage, $"'{skill}' is not a skill name");
        Add(editor, SectionKind.Scorecard, editor.Document.Scores, date, $"{name} {value}/5{NoteText(note)}");
    }

    /// <summary>Records the mood of the meeting on <paramref name="date"/>: one pulse per meeting, so it replaces one recorded that day.</summary>
    public static void AddMood(DocumentEditor editor, int value, string? note, DateOnly date)
    {
        Check(value);
        string text = $"{value}/5{NoteText(note)}";
        if (editor.Document.Moods.FirstOrDefault(m => m.Date == date) is { } same)
        {
            editor.ReplaceLine(same.Source.Line, $"{same.Source.Indent}{same.Source.Marker} {IsoDate.Format(date)}: {text}");
            return;
        }
        Add(editor, SectionKind.Mood, editor.Document.Moods, date, text);
    }

    /// <summary>"3 → 4 → 4": the last few values, oldest first.</summary>
    public static string Trend(IEnumerable<Score> scores, int count = 5) =>
        string.Join(" → ", scores.TakeLast(count).Select(s => s.Value));

    private static void Add(DocumentEditor editor, SectionKind kind, IReadOnlyList<DatedEntry> entries, DateOnly date, string text)
    {
        string line = $"- {IsoDate.Format(date)}: {text}";
        if (editor.Document.FindSection(kind) is { } section) editor.InsertDated(section, entries, date, line);
        else editor.Create(kind).Lines.Add(line);
    }

    private static string NoteText(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" ({MarkdownText.ListItem(note).Replace(')', ']')})";

    private static string? Note(Match m) => m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null;

    [GeneratedRegex(@"^(?<skill>.+?)\s+(?<value>[1-5])\s*/\s*5\b(?:\s*\((?<note>.*)\))?\s*$")]
    private static partial Regex SkillLine();

    [GeneratedRegex(@"^(?:mood\s*:?\s*)?(?<value>[1-5])\s*/\s*5\b(?:\s*\((?<note>.*)\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MoodLine();
}
