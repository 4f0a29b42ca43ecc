using Rapport.Core.Cadence;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>Every phrase of the due-date table in docs/notes.md, resolved against a meeting on Wednesday 2026-02-11.</summary>
public sealed class DuePhrasesTests
{
    private static readonly MeetingContext Weekly = new(new DateOnly(2026, 2, 11), "Ben Adler", Frequency.Weekly);

    [Theory]
    [InlineData("send it 2026-04-01", "2026-04-01")]
    [InlineData("send it 📅 2026-04-01", "2026-04-01")]
    [InlineData("send it 🗓️ 2026-04-01", "2026-04-01")]
    [InlineData("send it [due:: 2026-04-01]", "2026-04-01")]
    [InlineData("send it by Feb 22", "2026-02-22")]
    [InlineData("send it by February 22", "2026-02-22")]
    [InlineData("send it by 22 Feb", "2026-02-22")]
    [InlineData("send it by Feb 22nd", "2026-02-22")]
    [InlineData("send it by Jan 9", "2027-01-09")]
    [InlineData("send it by 2/22", "2026-02-22")]
    [InlineData("send it due 11/13", "2026-11-13")]
    [InlineData("send it, due 8/1.", "2026-08-01")]
    [InlineData("send it by the 15th", "2026-02-15")]
    [InlineData("send it by the 8th", "2026-03-08")]
    [InlineData("send it today", "2026-02-11")]
    [InlineData("send it tonight", "2026-02-11")]
    [InlineData("send it EOD", "2026-02-11")]
    [InlineData("send it tomorrow", "2026-02-12")]
    [InlineData("send it Friday", "2026-02-13")]
    [InlineData("send it by Fri", "2026-02-13")]
    [InlineData("send it on Monday", "2026-02-16")]
    [InlineData("send it on Wednesday", "2026-02-18")]
    [InlineData("send it EOD Fri", "2026-02-13")]
    [InlineData("fix it before Friday's release", "2026-02-13")]
    [InlineData("send it next Friday", "2026-02-20")]
    [InlineData("send it next Monday", "2026-02-16")]
    [InlineData("send it by end of week", "2026-02-13")]
    [InlineData("send it by the end of the week", "2026-02-13")]
    [InlineData("send it EOW", "2026-02-13")]
    [InlineData("send it this week", "2026-02-13")]
    [InlineData("send it next week", "2026-02-18")]
    [InlineData("send it in 3 days", "2026-02-14")]
    [InlineData("send it in two weeks", "2026-02-25")]
    [InlineData("send it within 2 weeks", "2026-02-25")]
    [InlineData("send it in a couple of weeks", "2026-02-25")]
    [InlineData("send it in a few days", "2026-02-14")]
    [InlineData("send it by end of month", "2026-02-28")]
    [InlineData("send it by the end of the month", "2026-02-28")]
    [InlineData("send it EOM", "2026-02-28")]
    [InlineData("send it by end of October", "2026-10-31")]
    [InlineData("send it by end of January", "2027-01-31")]
    [InlineData("send it by end of quarter", "2026-03-31")]
    [InlineData("send it EOQ", "2026-03-31")]
    [InlineData("send it by end of year", "2026-12-31")]
    [InlineData("send it EOY", "2026-12-31")]
    [InlineData("send it before our next 1:1", "2026-02-18")]
    [InlineData("send it next time", "2026-02-18")]
    [InlineData("send it for the next meeting", "2026-02-18")]
    [InlineData("send it before we meet again", "2026-02-18")]
    [InlineData("send it -> next 1:1", "2026-02-18")]
    [InlineData("send it no later than Thursday", "2026-02-12")]
    [InlineData("send it until Feb 20", "2026-02-20")]
    public void Should_resolve_each_phrase_of_the_table(string text, string expected)
    {
        var due = DuePhrases.Find(text, Weekly).ShouldNotBeNull();
        due.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("fix the build ASAP")]
    [InlineData("urgent: fix the build")]
    public void Should_mark_asap_as_urgent_with_no_date(string text)
    {
        var due = DuePhrases.Find(text, Weekly).ShouldNotBeNull();
        due.Date.ShouldBeNull();
        due.Urgent.ShouldBeTrue();
    }

    [Theory]
    [InlineData("lead the drill starting next Monday")]
    [InlineData("cover support from Friday")]
    public void Should_not_take_a_start_for_a_deadline(string text)
    {
        DuePhrases.Find(text, Weekly)!.Date.ShouldBeNull();
    }

    [Theory]
    [InlineData("the session got a 9.1/10 rating")]
    [InlineData("uptime was 99.95% for the quarter")]
    [InlineData("we sat down with the team")]
    [InlineData("present at the next all-hands")]
    [InlineData("cover support for the next two weeks")]
    public void Should_find_no_deadline_where_there_is_none(string text)
    {
        DuePhrases.Find(text, Weekly)?.Date.ShouldBeNull();
    }

    [Theory]
    [InlineData(Frequency.Weekly, "2026-02-18")]
    [InlineData(Frequency.Biweekly, "2026-02-25")]
    [InlineData(Frequency.Monthly, "2026-03-11")]
    public void Should_resolve_next_meeting_by_cadence(Frequency cadence, string expected)
    {
        DuePhrases.Find("by our next 1:1", Weekly with { Cadence = cadence })!.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_take_the_same_day_for_end_of_week_on_a_friday()
    {
        DuePhrases.Find("by end of week", Weekly with { Date = new DateOnly(2026, 2, 13) })!.Date.ShouldBe(new DateOnly(2026, 2, 13));
    }
}
