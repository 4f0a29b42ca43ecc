using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Calendar;

/// <summary>
/// The vault's 1:1s as an RFC 5545 calendar: one recurring event per relationship, at its slot,
/// for its length, repeating by its cadence. The invitation is seen by the other person, so its
/// description holds only the series title, its length and cadence, and the shared agenda's link
/// when the document records one (<c>agenda-link:</c>); never actions, notes or commands.
/// Re-importing the file updates the events (each relationship keeps its UID).
/// </summary>
public static class CalendarExport
{
    public sealed record Result(string Text, IReadOnlyList<string> Exported, IReadOnlyList<string> Skipped);

    public static Result Write(Vault vault, IEnumerable<LoadedDocument> relationships, DateTimeOffset now, Slot? defaultSlot = null)
    {
        var zone = TimeZones.Find(vault.Config.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var ics = new ICalendarText()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//Rapport//1:1s//EN")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", vault.Config.Owner is { } owner ? $"1:1s of {owner}" : "1:1s")
            .Line("X-WR-TIMEZONE", zone.Id);
        TimeZones.Write(ics, zone, today);

        var exported = new List<string>();
        var skipped = new List<string>();
        foreach (var relationship in relationships)
        {
            var d = relationship.Document;
            string person = d.Person ?? relationship.Slug;
            Slot? slot = Slot.TryParse(d.FrontMatter?["slot"], out var own) ? own : defaultSlot;
            if (slot is null)
            {
                skipped.Add($"{person}: no slot; plan one with 'rapport calendar plan', or pass --default-slot \"tue 09:00\"");
                continue;
            }
            var cadence = Schedule.Cadence(d, vault.Config.Cadence, today);
            var due = Schedule.NextDue(d, vault.Config.Cadence, today);
            var first = due > today ? due : today;
            while (first.DayOfWeek != slot.Day) first = first.AddDays(1);
            int minutes = d.Duration ?? vault.Config.Duration;

            ics.Line("BEGIN", "VEVENT")
                .Line("UID", $"rapport-1on1-{relationship.Slug}@rapport.local")
                .Line("DTSTAMP", ICalendarText.Utc(now))
                .Line($"DTSTART;TZID={zone.Id}", ICalendarText.Local(first.ToDateTime(slot.Start)))
                .Line("DURATION", $"PT{minutes}M")
                .Line("RRULE", Recurrence.Rule(cadence, first))
                .Text("SUMMARY", Title(person))
                .Text("DESCRIPTION", Description(d, person, cadence, minutes))
                .Line("TRANSP", "OPAQUE");
            if (d.FrontMatter?["email"] is { } email && email.Contains('@'))
                ics.Line($"ATTENDEE;CN=\"{person.Replace("\"", "", StringComparison.Ordinal)}\"", $"mailto:{email}");
            ics.Line("END", "VEVENT");
            exported.Add(person);
        }
        ics.Line("END", "VCALENDAR");
        return new Result(ics.ToString(), exported, skipped);
    }

    /// <summary>The document's front matter key for the shared agenda's address (from <c>rapport share</c>).</summary>
    public const string AgendaLinkKey = "agenda-link";

    private static string Title(string person) => $"1:1 {person}";

    /// <summary>What the other person may read: the series, its length and cadence, and the shared agenda's link.</summary>
    public static string Description(RunningDocument d, string person, Frequency cadence, int minutes)
    {
        var lines = new List<string> { Title(person), $"{minutes} minutes, {cadence.ToString().ToLowerInvariant()}" };
        if (d.FrontMatter?[AgendaLinkKey] is { } link && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            lines.Add($"Shared agenda: {url.AbsoluteUri}");
        return string.Join("\n", lines);
    }
}
