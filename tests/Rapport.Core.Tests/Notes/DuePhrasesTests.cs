using Rapport.Core.Cadence;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>Due phrases beyond the tested table in docs/notes.md ("Due phrases by example", run by <c>DocsSpecTests</c>), against a meeting on Wednesday 2026-02-11.</summary>
public sealed class DuePhrasesTests
{
    private static readonly MeetingContext Weekly = new(new DateOnly(2026, 2, 11), "Ben Adler", Frequency.Weekly);

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
