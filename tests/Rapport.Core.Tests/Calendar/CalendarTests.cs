using System.Text;
using Rapport.Core.Cadence;
using Rapport.Core.Calendar;
using Rapport.Core.Tests.Tracking;

namespace Rapport.Core.Tests.Calendar;

public sealed class CalendarTests : IDisposable
{
    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_fold_lines_at_75_octets_without_splitting_a_character()
    {
        string text = new ICalendarText().Text("DESCRIPTION", string.Concat(Enumerable.Repeat("café, ", 30))).ToString();

        var lines = text.Split("\r\n");
        lines[^1].ShouldBeEmpty();
        lines.SkipLast(1).ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Skip(1).SkipLast(1).ShouldAllBe(l => l.StartsWith(' '));
        string.Concat(lines.Select((l, i) => i == 0 || l.Length == 0 ? l : l[1..])).ShouldBe("DESCRIPTION:" + string.Concat(Enumerable.Repeat("café\\, ", 30)));
    }

    [Theory]
    [InlineData("a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne")]
    [InlineData("plain", "plain")]
    public void Should_escape_text_values(string value, string expected) => ICalendarText.Escape(value).ShouldBe(expected);

    [Theory]
    [InlineData(Frequency.Weekly, "2026-01-20", "FREQ=WEEKLY;BYDAY=TU")]
    [InlineData(Frequency.Biweekly, "2026-01-22", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH")]
    [InlineData(Frequency.Monthly, "2026-01-13", "FREQ=MONTHLY;BYDAY=2TU")]
    [InlineData(Frequency.Monthly, "2026-01-30", "FREQ=MONTHLY;BYDAY=-1FR")]
    public void Should_repeat_by_cadence(Frequency cadence, string first, string rule) =>
        Recurrence.Rule(cadence, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(rule);

    [Theory]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-01-20 2026-02-03 2026-02-17 2026-03-03 2026-03-17")]
    [InlineData("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "2026-01-30 2026-02-27 2026-03-27")]
    [InlineData("FREQ=MONTHLY;BYDAY=3TU", "2026-01-20 2026-02-17 2026-03-17")]
    [InlineData("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260203T235959Z", "2026-01-20 2026-01-27 2026-02-03")]
    [InlineData("FREQ=DAILY;INTERVAL=30", "2026-01-20 2026-02-19 2026-03-21")]
    public void Should_expand_the_common_rules(string rule, string dates)
    {
        var start = new DateTime(2026, 1, 20, 9, 0, 0);
        if (rule.Contains("-1FR", StringComparison.Ordinal)) start = new DateTime(2026, 1, 30, 9, 0, 0);

        Recurrence.Expand(start, rule, new DateTime(2026, 3, 31)).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(dates.Split(' '));
    }

    [Fact]
    public void Should_refuse_rules_it_cannot_expand() =>
        Should.Throw<FormatException>(() => Recurrence.Expand(DateTime.Today, "FREQ=WEEKLY;BYSETPOS=1", DateTime.Today.AddDays(30)).ToList()).Message.ShouldContain("BYSETPOS");

    [Theory]
    [InlineData("tue 09:00", DayOfWeek.Tuesday, 9, 0)]
    [InlineData("Thursday 14:30", DayOfWeek.Thursday, 14, 30)]
    [InlineData("fri 7:05", DayOfWeek.Friday, 7, 5)]
    public void Should_read_slots(string text, DayOfWeek day, int hour, int minute)
    {
        Slot.TryParse(text, out var slot).ShouldBeTrue();
        slot.ShouldBe(new Slot(day, new TimeOnly(hour, minute)));
    }

    [Theory]
    [InlineData("tue")]
    [InlineData("tue 25:00")]
    [InlineData("someday 09:00")]
    [InlineData("09:00 tue")]
    public void Should_refuse_what_is_not_a_slot(string text) => Slot.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Should_write_a_vtimezone_with_the_zones_daylight_rules()
    {
        var ics = new ICalendarText();

        TimeZones.Write(ics, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), new DateOnly(2026, 1, 20));

        string text = ics.ToString();
        text.ShouldContain("TZID:America/New_York\r\n");
        text.ShouldContain("BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n");
        text.ShouldContain("BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n");
    }

    [Fact]
    public void Should_batch_slots_shortest_first_with_the_gap_and_record_them()
    {
        _vault.Write("a.md", "---\nperson: Ann Ames\nduration: 45\n---\n");
        _vault.Write("b.md", "---\nperson: Bob Burr\nduration: 25\nslot: mon 08:00\n---\n");
        _vault.Write("c.md", "# 1:1 with Cy Cole\n");
        var vault = _vault.Open();

        var plan = CalendarPlan.Propose(vault.People.All, DayOfWeek.Tuesday, new TimeOnly(9, 0), 5, 30);
        foreach (var slot in plan) CalendarPlan.Apply(vault, slot);

        plan.Select(s => (s.Person, s.Slot.ToString(), s.Minutes)).ShouldBe([("Bob Burr", "tue 09:00", 25), ("Cy Cole", "tue 09:30", 30), ("Ann Ames", "tue 10:05", 45)]);
        _vault.Read("a.md").ShouldBe("---\nperson: Ann Ames\nduration: 45\nslot: tue 10:05\n---\n");
        _vault.Read("b.md").ShouldBe("---\nperson: Bob Burr\nduration: 25\nslot: tue 09:00\n---\n");
        _vault.Read("c.md").ShouldBe("---\nslot: tue 09:30\n---\n\n# 1:1 with Cy Cole\n");
    }

    [Fact]
    public void Should_record_meetings_held_and_the_next_one_from_a_calendar()
    {
        string path = _vault.Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Meeting History\n- 2026-01-06: Year goals\n");
        _vault.Write("sam.md", "---\nperson: Sam Okafor\n---\n");
        string ics = Ics(
            "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Noah / Jordan 1:1\r\nDTSTART;TZID=Europe/London:20251230T090000\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\nEND:VEVENT",
            "BEGIN:VEVENT\r\nUID:y\r\nSUMMARY:Team lunch\r\nDTSTART:20260115T120000Z\r\nEND:VEVENT",
            "BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Catch-up\r\nATTENDEE;CN=\"Sam Okafor\":mailto:sam@example.com\r\nDTSTART:20260110T100000Z\r\nEND:VEVENT");
        var vault = _vault.Open();
        var events = CalendarImport.Parse(ics, "cal.ics");

        var found = CalendarImport.Match(events, vault.People.All, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), new DateOnly(2026, 1, 21));
        foreach (var m in found) CalendarImport.Apply(vault, m);

        found.Select(m => (m.Person, m.Met.Count, m.Next)).ShouldBe([("Noah Patel", 2, (DateOnly?)new DateOnly(2026, 1, 27)), ("Sam Okafor", 1, null)]);
        _vault.Files.ReadAllText(path).ShouldBe("---\nperson: Noah Patel\nnext: 2026-01-27\n---\n\n## Meeting History\n- 2026-01-20: 1:1 (from the calendar)\n- 2026-01-13: 1:1 (from the calendar)\n- 2026-01-06: Year goals\n");
        Schedule.NextDue(_vault.Load("noah").Document, Frequency.Weekly, new DateOnly(2026, 1, 21)).ShouldBe(new DateOnly(2026, 1, 27));
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\r\nnot a content line\r\nEND:VCALENDAR\r\n", 2, "not an iCalendar content line")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 2, "END:VEVENT without a matching BEGIN:VEVENT")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", 3, "missing END")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:tomorrow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 3, "DTSTART 'tomorrow'")]
    public void Should_name_the_line_of_a_malformed_calendar(string ics, int line, string message)
    {
        var ex = Should.Throw<RapportException>(() => CalendarImport.Parse(ics, "cal.ics"));

        (ex.Code, ex.Line).ShouldBe((ErrorCode.InvalidFile, line));
        ex.Message.ShouldContain(message);
    }

    private static string Ics(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + string.Concat(events.Select(e => e + "\r\n")) + "END:VCALENDAR\r\n";
}
