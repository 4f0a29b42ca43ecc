using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tracking;

/// <summary>A queued piece of feedback: an open task in <c>## Feedback</c>.</summary>
public sealed record QueuedFeedback(string Kind, string? Skill, string Text, string? Path, ListEntry Source);

/// <summary>
/// Feedback to give, in the document's <c>## Feedback</c> section: queued as an open task
/// (<c>- [ ] High five (skill): …</c>), then dated once delivered (<c>- 2026-01-20: High five (skill): …</c>).
/// A Watch out always carries its path for adjustment.
/// </summary>
public static partial class FeedbackQueue
{
    public const string HighFive = "high-five";
    public const string WatchOut = "watch-out";

    public static IReadOnlyList<QueuedFeedback> Queued(RunningDocument document)
    {
        var section = document.FindSection(SectionKind.Feedback);
        if (section is null) return [];
        var queued = new List<QueuedFeedback>();
        foreach (var item in section.Items.Where(i => i.IsTask && !i.IsChecked))
        {
            var m = Line().Match(item.Text);
            if (!m.Success) continue;
            string kind = m.Groups["kind"].Value.StartsWith("w", StringComparison.OrdinalIgnoreCase) ? WatchOut : HighFive;
            queued.Add(new QueuedFeedback(kind, m.Groups["skill"].Success ? m.Groups["skill"].Value.Trim() : null,
                m.Groups["text"].Value.Trim(), m.Groups["path"].Success ? m.Groups["path"].Value.Trim() : null, item));
        }
        return queued;
    }

    /// <summary>The words after the date or task box: <c>High five (skill): text</c> or <c>Watch out (skill): text. Path: how</c>.</summary>
    public static string Format(string kind, string text, string? skill, string? path)
    {
        string label = kind == WatchOut ? "Watch out" : "High five";
        string body = MarkdownText.ListItem(text).TrimEnd('.', ' ');
        string how = path is null ? "" : $". Path: {MarkdownText.ListItem(path).TrimEnd('.', ' ')}";
        return $"{label}{(skill is null ? "" : $" ({MarkdownText.ListItem(skill, 100)})")}: {body}{how}";
    }

    /// <summary>Checks a piece of feedback before it is queued: a Watch out needs a path for adjustment.</summary>
    public static void Validate(string kind, string text, string? path)
    {
        if (kind is not (HighFive or WatchOut))
            throw new RapportException(ErrorCode.Usage, $"unknown feedback kind '{kind}'; use high-five or watch-out");
        if (string.IsNullOrWhiteSpace(text)) throw new RapportException(ErrorCode.Usage, "the feedback is empty");
        if (kind == WatchOut && string.IsNullOrWhiteSpace(path))
            throw new RapportException(ErrorCode.Usage, "a Watch out needs a clear path for adjustment: add --path \"how to adjust\" (habits and systems that would help)");
    }

    /// <summary>Queues feedback (an open task after the other queued ones), or records it as delivered on the date <paramref name="delivered"/>.</summary>
    public static void Add(DocumentEditor editor, string kind, string text, string? skill, string? path, DateOnly? delivered)
    {
        var document = editor.Document;
        string words = Format(kind, text, skill, path);
        var section = document.FindSection(SectionKind.Feedback);
        if (delivered is { } date)
        {
            string line = $"- {IsoDate.Format(date)}: {words}";
            if (Queued(document).FirstOrDefault(q => Format(q.Kind, q.Text, q.Skill, q.Path).Equals(words, StringComparison.OrdinalIgnoreCase)) is { } queued)
                editor.DeleteLines(queued.Source.Line, queued.Source.EndLine);
            if (section is null) editor.Create(SectionKind.Feedback).Lines.Add(line);
            else editor.InsertDated(section, document.Feedback, date, line);
            return;
        }
        string task = $"- [ ] {words}";
        if (section is null)
        {
            editor.Create(SectionKind.Feedback).Lines.Add(task);
            return;
        }
        var last = section.Items.LastOrDefault(i => i.IsTask && !i.IsChecked);
        if (last is not null) editor.InsertLines(last.EndLine, [task]);
        else if (section.Items.Count > 0) editor.InsertLines(section.Items[0].Line, [task]);
        else editor.Append(section, task);
    }

    /// <summary>Queued feedback the notes of a meeting mention is delivered: dated on that day.</summary>
    public static IReadOnlyList<QueuedFeedback> DeliverMentioned(DocumentEditor editor, IReadOnlyList<HashSet<string>> noteLines, IReadOnlySet<string> names, DateOnly date)
    {
        var document = editor.Document;
        var delivered = new List<QueuedFeedback>();
        var section = document.FindSection(SectionKind.Feedback);
        if (section is null) return delivered;
        foreach (var queued in Queued(document))
        {
            if (!Notes.Wording.Covered(noteLines, Notes.Wording.Stems(queued.Text, names))) continue;
            editor.DeleteLines(queued.Source.Line, queued.Source.EndLine);
            editor.InsertDated(section, document.Feedback, date, $"- {IsoDate.Format(date)}: {Format(queued.Kind, queued.Text, queued.Skill, queued.Path)}");
            delivered.Add(queued);
        }
        return delivered;
    }

    [GeneratedRegex(@"^(?<kind>high[- ]five|watch[- ]out)\s*(?:\((?<skill>[^)]*)\))?\s*:\s*(?<text>.*?)(?:\.?\s+path(?: for adjustment)?\s*:\s*(?<path>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();
}
