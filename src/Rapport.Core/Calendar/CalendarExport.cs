using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Calendar;

/// <summary>
/// The vault's 1:1s as an RFC 5545 calendar: one recurring event per relationship, at its slot,
/// for its length, repeating by its cadence, with the open items to discuss. Re-importing the
/// file updates the events (each relationship keeps its UID).
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
                .Text("SUMMARY", $"1:1 {person}")
                .Text("DESCRIPTION", Description(d, person))
                .Line("TRANSP", "OPAQUE");
            if (d.FrontMatter?["email"] is { } email && email.Contains('@'))
                ics.Line($"ATTENDEE;CN=\"{person.Replace("\"", "", StringComparison.Ordinal)}\"", $"mailto:{email}");
            ics.Line("END", "VEVENT");
            exported.Add(person);
        }
        ics.Line("END", "VCALENDAR");
        return new Result(ics.ToString(), exported, skipped);
    }

    /// <summary>What to discuss: open actions on both sides and the shared talking points, nothing private.</summary>
    private static string Description(RunningDocument d, string person)
    {
        var lines = new List<string>();
        string first = d.FirstName ?? person;
        var open = d.Actions.Where(a => !a.Done).ToList();
        if (open.Count > 0)
        {
            lines.Add("Open items:");
            lines.AddRange(open.Select(a => $"- {(a.Owner == ActionOwner.Me ? "Me" : first)}: {a.Text}{(a.Due is { } due ? $" (due {IsoDate.Format(due)})" : "")}"));
        }
        var points = NextMeeting.Read(d).Points;
        if (points.Count > 0)
        {
            lines.Add("Talking points:");
            lines.AddRange(points.Select(p => $"- {p.Text}"));
        }
        lines.Add("Prepare with: rapport prep " + person);
        return string.Join("\n", lines);
    }
}
