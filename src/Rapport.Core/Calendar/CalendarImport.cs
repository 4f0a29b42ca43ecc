using System.Globalization;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Calendar;

/// <summary>An event read from an .ics file: its summary, attendees' names, start and recurrence.</summary>
public sealed record CalendarEvent(string Summary, IReadOnlyList<string> Attendees, DateTime Start, string? Zone, bool Utc, string? Rule, int Line);

/// <summary>What importing a calendar does to one relationship: meetings to record and the next one.</summary>
public sealed record ImportedMeetings(LoadedDocument Relationship, string Person, IReadOnlyList<DateOnly> Met, DateOnly? Next);

/// <summary>
/// Reads an iCalendar file and finds the 1:1s in it: events whose summary names a relationship
/// (full name, or first name as a word) or whose attendee is that person. Past occurrences since
/// the last recorded meeting become Meeting History lines (so cadence health counts 1:1s held
/// without notes); the next occurrence becomes <c>next:</c> in the front matter, which prep and
/// status use.
/// </summary>
public static class CalendarImport
{
    public const long MaxBytes = 20 * 1024 * 1024;
    private const int MaxEvents = 100_000;

    public static IReadOnlyList<CalendarEvent> Parse(string text, string path)
    {
        var events = new List<CalendarEvent>();
        var lines = Unfold(text);
        Dictionary<string, (string Params, string Value, int Line)>? current = null;
        List<string>? attendees = null;
        var open = new Stack<string>();
        int eventLine = 0;
        foreach (var (content, line) in lines)
        {
            if (content.Length == 0) continue;
            int colon = IndexOfValueColon(content);
            if (colon <= 0) throw new RapportException(ErrorCode.InvalidFile, "not an iCalendar content line (NAME:value)", path, line);
            string nameAndParams = content[..colon], value = content[(colon + 1)..];
            int semi = nameAndParams.IndexOf(';');
            string name = (semi < 0 ? nameAndParams : nameAndParams[..semi]).ToUpperInvariant();
            string parameters = semi < 0 ? "" : nameAndParams[(semi + 1)..];
            if (name == "BEGIN")
            {
                open.Push(value.ToUpperInvariant());
                if (value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase))
                {
                    current = [];
                    attendees = [];
                    eventLine = line;
                }
                continue;
            }
            if (name == "END")
            {
                if (open.Count == 0 || open.Pop() != value.ToUpperInvariant())
                    throw new RapportException(ErrorCode.InvalidFile, $"END:{value} without a matching BEGIN:{value}", path, line);
                if (value.Equals("VEVENT", StringComparison.OrdinalIgnoreCase) && current is not null)
                {
                    if (events.Count >= MaxEvents) throw new RapportException(ErrorCode.InvalidFile, $"more than {MaxEvents} events", path, line);
                    if (Event(current, attendees!, path, eventLine) is { } e) events.Add(e);
                    current = null;
                }
                continue;
            }
            if (current is null) continue;
            if (name == "ATTENDEE") attendees!.Add(Parameter(parameters, "CN") ?? value.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase));
            else current.TryAdd(name, (parameters, value, line));
        }
        if (open.Count > 0)
            throw new RapportException(ErrorCode.InvalidFile, $"the calendar ends inside BEGIN:{open.Peek()} (a missing END)", path,
                lines.LastOrDefault(l => l.Text.Length > 0).Line is var last && last > 0 ? last : 1);
        return events;
    }

    /// <summary>What the events mean for each relationship; nothing is written.</summary>
    public static IReadOnlyList<ImportedMeetings> Match(IReadOnlyList<CalendarEvent> events, IEnumerable<LoadedDocument> relationships, TimeZoneInfo zone, DateOnly today)
    {
        var result = new List<ImportedMeetings>();
        foreach (var relationship in relationships)
        {
            var d = relationship.Document;
            string person = d.Person ?? relationship.Slug;
            var mine = events.Where(e => Names(e, person, d.FirstName)).ToList();
            if (mine.Count == 0) continue;
            var horizon = today.AddYears(1).ToDateTime(TimeOnly.MaxValue);
            var dates = mine.SelectMany(e => Occurrences(e, zone, horizon)).Distinct().Order().ToList();
            var since = d.LastMet ?? d.Started ?? DateOnly.MinValue;
            var known = d.MeetingHistory.Select(h => h.Date).ToHashSet();
            var met = dates.Where(x => x < today && x > since && !known.Contains(x)).ToList();
            DateOnly? next = dates.Where(x => x >= today).Select(x => (DateOnly?)x).FirstOrDefault();
            if (met.Count > 0 || next is not null) result.Add(new ImportedMeetings(relationship, person, met, next));
        }
        return result;
    }

    /// <summary>Records the meetings: a history line per past occurrence, and <c>next:</c> in the front matter.</summary>
    public static bool Apply(Vault vault, ImportedMeetings meetings)
    {
        var d = meetings.Relationship.Document;
        var editor = new DocumentEditor(d);
        // Several lines go in at one place: add them in the list's own direction (newest first, unless it runs oldest first).
        foreach (var date in DocumentEditor.RunsOldestFirst(d.MeetingHistory) ? meetings.Met.Order() : meetings.Met.OrderDescending())
        {
            string line = $"- {IsoDate.Format(date)}: 1:1 (from the calendar)";
            if (d.FindSection(SectionKind.MeetingHistory) is { } history) editor.InsertDated(history, d.MeetingHistory, date, line);
            else editor.Create(SectionKind.MeetingHistory).Lines.Add(line);
        }
        if (meetings.Next is { } next && d.FrontMatter?[Cadence.Schedule.NextKey] != IsoDate.Format(next)) FrontMatterEditor.Set(editor, Cadence.Schedule.NextKey, IsoDate.Format(next));
        return vault.Store.Save(meetings.Relationship, editor.Apply());
    }

    private static bool Names(CalendarEvent e, string person, string? first)
    {
        if (e.Attendees.Any(a => a.Trim('"').Equals(person, StringComparison.OrdinalIgnoreCase))) return true;
        if (e.Summary.Contains(person, StringComparison.OrdinalIgnoreCase)) return true;
        if (first is null || first.Length < 2) return false;
        bool oneOnOne = e.Summary.Contains("1:1", StringComparison.Ordinal) || e.Summary.Contains("1-on-1", StringComparison.OrdinalIgnoreCase)
            || e.Summary.Contains("one on one", StringComparison.OrdinalIgnoreCase) || e.Summary.Contains("1on1", StringComparison.OrdinalIgnoreCase);
        return oneOnOne && e.Summary.Split([' ', '/', '-', ':', ',', '&', '(', ')', '|'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals(first, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The event's dates in the vault's time zone.</summary>
    private static IEnumerable<DateOnly> Occurrences(CalendarEvent e, TimeZoneInfo zone, DateTime horizon)
    {
        IEnumerable<DateTime> starts;
        try
        {
            starts = e.Rule is null ? [e.Start] : Recurrence.Expand(e.Start, e.Rule, horizon).ToList();
        }
        catch (FormatException ex)
        {
            throw new RapportException(ErrorCode.InvalidFile, $"RRULE of '{e.Summary}': {ex.Message}", null, e.Line, ex);
        }
        foreach (var start in starts)
        {
            var local = start;
            if (e.Utc) local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(start, DateTimeKind.Utc), zone);
            else if (e.Zone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var theirs) && theirs.Id != zone.Id)
                local = TimeZoneInfo.ConvertTime(start, theirs, zone);
            yield return DateOnly.FromDateTime(local);
        }
    }

    private static CalendarEvent? Event(Dictionary<string, (string Params, string Value, int Line)> props, List<string> attendees, string path, int line)
    {
        if (!props.TryGetValue("DTSTART", out var start)) return null;
        string value = start.Value.Trim();
        bool utc = value.EndsWith('Z');
        string raw = value.TrimEnd('Z');
        string format = raw.Length == 8 ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss";
        if (!DateTime.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
            throw new RapportException(ErrorCode.InvalidFile, $"DTSTART '{value}' is not an iCalendar date or date-time", path, start.Line);
        string summary = props.TryGetValue("SUMMARY", out var s) ? Unescape(s.Value) : "";
        string? rule = props.TryGetValue("RRULE", out var r) ? r.Value : null;
        return new CalendarEvent(summary, attendees, when, Parameter(start.Params, "TZID"), utc, rule, line);
    }

    /// <summary>Content lines with folding undone (a line starting with a space or tab continues the previous one).</summary>
    private static List<(string Text, int Line)> Unfold(string text)
    {
        var lines = new List<(string, int)>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i].Length > 0 && raw[i][0] is ' ' or '\t' && lines.Count > 0)
                lines[^1] = (lines[^1].Item1 + raw[i][1..], lines[^1].Item2);
            else lines.Add((raw[i].TrimEnd('\r'), i + 1));
        }
        return lines;
    }

    /// <summary>The colon that ends the name and parameters: not one inside a quoted parameter value.</summary>
    private static int IndexOfValueColon(string line)
    {
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) return i;
        }
        return -1;
    }

    private static string? Parameter(string parameters, string name)
    {
        foreach (var part in parameters.Split(';'))
        {
            int eq = part.IndexOf('=');
            if (eq > 0 && part[..eq].Equals(name, StringComparison.OrdinalIgnoreCase)) return part[(eq + 1)..].Trim('"');
        }
        return null;
    }

    private static string Unescape(string value) =>
        value.Replace("\\n", "\n", StringComparison.OrdinalIgnoreCase).Replace("\\,", ",", StringComparison.Ordinal)
            .Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
}
