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

    /// <summary>
    /// A row whose words are looked for only at a word's start (docs/performance.md, session 8) still finds its phrase
    /// after the same letters inside another word ("send", "attend", "this" in "within" is not "in").
    /// </summary>
    [Theory]
    [InlineData("send the deck to legal by end of week", "2026-02-13")]
    [InlineData("attend the review, spend less, end of month", "2026-02-28")]
    [InlineData("recommend a vendor within two weeks", "2026-02-25")]
    [InlineData("within 3 days", "2026-02-14")]
    [InlineData("send it this afternoon", "2026-02-11")]
    [InlineData("pretend nothing happened; (EOQ)", "2026-03-31")]
    [InlineData("resend the plan->Fri", "2026-02-13")]
    [InlineData("3 pending items, in a fortnight", "2026-02-25")]
    public void Should_find_a_phrase_after_its_words_inside_other_words(string text, string expected)
    {
        DuePhrases.Find(text, Weekly)!.Date.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("send the weekend recap")]
    [InlineData("the vendor's calendar is full")]
    [InlineData("spend the budget on training")]
    public void Should_find_no_phrase_where_its_words_sit_inside_other_words(string text)
    {
        DuePhrases.Find(text, Weekly).ShouldBeNull();
    }
}
