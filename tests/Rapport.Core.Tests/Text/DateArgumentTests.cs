using System.Text.RegularExpressions;
using Rapport.Core.Text;
using Rapport.Testing;

namespace Rapport.Core.Tests.Text;

public sealed class DateArgumentTests
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    /// <summary>Every row of docs/cli.md's table of the forms a date may be typed in: what is typed and the day it means.</summary>
    public static TheoryData<string, string> DocumentedForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var cells in DocTables.Rows("cli.md", "| form | typed | read as |"))
            data.Add(Regex.Match(cells[1], "`([^`]+)`").Groups[1].Value, cells[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedForms))]
    public void Should_read_each_documented_form(string typed, string expected)
    {
        // "--until 2025-12" in the table: the date as the end of a span.
        bool end = typed.StartsWith("--until ", StringComparison.Ordinal);
        var edge = end ? DateArgument.Edge.End : DateArgument.Edge.Start;

        DateArgument.TryParse(end ? typed[8..] : typed, Today, edge).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Theory]
    [InlineData("Yesterday")]
    [InlineData("  yesterday ")]
    [InlineData("1 day ago")]
    [InlineData("1day ago")]
    public void Should_read_a_form_whatever_its_case_and_spacing(string typed)
    {
        DateArgument.TryParse(typed, Today).ShouldBe(new DateOnly(2026, 1, 13));
    }

    [Theory]
    [InlineData("Sept 30", "2025-09-30")]
    [InlineData("June 20", "2026-06-20")]
    [InlineData("july 20", "2025-07-20")]
    [InlineData("Feb 29, 2024", "2024-02-29")]
    public void Should_take_the_nearest_year_when_none_is_given(string typed, string expected)
    {
        DateArgument.TryParse(typed, Today).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Theory]
    [InlineData("Marching 5")]
    [InlineData("Monday 5")]
    [InlineData("last decade")]
    [InlineData("next weekend")]
    [InlineData("this fr")]
    [InlineData("soon")]
    [InlineData("")]
    public void Should_refuse_what_is_no_date_listing_the_forms(string typed)
    {
        DateArgument.TryParse(typed, Today).ShouldBeNull();
        var ex = Should.Throw<RapportException>(() => DateArgument.Parse(typed, "--since", Today));
        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldStartWith($"'{typed}' is not a valid --since; use YYYY-MM-DD (2026-01-15)");
    }

    [Theory]
    [InlineData("5/5", "2026-05-05")]
    [InlineData("12/12/2025", "2025-12-12")]
    [InlineData("1/1/99", "1999-01-01")]
    [InlineData("7/7/07", "2007-07-07")]
    public void Should_read_a_date_whose_day_and_month_are_the_same_number_and_a_two_digit_year_nearest_today(string typed, string expected)
    {
        // A probe: 5/5 was refused as "May 5 or May 5", and 1/1/99 read as 2099.
        DateArgument.TryParse(typed, Today).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Theory]
    [InlineData("2026-02-30", "February 2026 has 28 days")]
    [InlineData("Feb 29, 2025", "February 2025 has 28 days")]
    [InlineData("Feb 30", "February has 28 days, 29 in a leap year")]
    [InlineData("31 April", "April has 30 days")]
    [InlineData("Feb 29", "February 29 falls in leap years only; give the year, as in Feb 29 2028")]
    [InlineData("2025-13", "there is no month 13; months are 1 to 12")]
    [InlineData("2026-00-10", "there is no month 0; months are 1 to 12")]
    [InlineData("31/2", "February has 28 days, 29 in a leap year")]
    [InlineData("13/13", "neither number can be the month")]
    [InlineData("99999 years ago", "99,999 years is too far from today")]
    [InlineData("12/01/2025", "it could be December 1 or January 12; write Dec 1 2025 or Jan 12 2025, or set dates: day-first (or month-first) in .rapport/config.yml")]
    public void Should_say_why_a_date_in_a_known_form_is_no_day(string typed, string why)
    {
        DateArgument.TryParse(typed, Today).ShouldBeNull();
        var ex = Should.Throw<RapportException>(() => DateArgument.Parse(typed, "--due", Today));
        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldBe($"'{typed}' is not a valid --due: {why}");
    }

    [Theory]
    [InlineData("12/3", true, "2026-03-12")]
    [InlineData("12/3", false, "2025-12-03")]
    [InlineData("3/12/2025", true, "2025-12-03")]
    [InlineData("3/12/25", false, "2025-03-12")]
    [InlineData("25/12", null, "2025-12-25")]
    [InlineData("12/25", true, "2025-12-25")]
    [InlineData("3.12.", null, "2025-12-03")]
    [InlineData("3.12.2025", false, "2025-03-12")]
    public void Should_read_a_numeric_date_by_the_vaults_setting_unless_its_numbers_say(string typed, bool? dayFirst, string expected)
    {
        DateArgument.Parse(typed, "--since", new DateArgument.Reading(Today, DayFirst: dayFirst)).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Theory]
    [InlineData("friday", "2026-01-09", "2026-01-16")]
    [InlineData("on Tue", "2026-01-13", "2026-01-20")]
    [InlineData("wednesday", "2026-01-14", "2026-01-14")]
    [InlineData("Sept 3", "2025-09-03", "2026-09-03")]
    [InlineData("Dec 3", "2025-12-03", "2026-12-03")]
    [InlineData("Jan 20", "2026-01-20", "2026-01-20")]
    [InlineData("Feb 29", null, "2028-02-29")]
    [InlineData("March", "2025-03-01", "2026-03-01")]
    [InlineData("January", "2026-01-01", "2026-01-01")]
    public void Should_read_what_leaves_the_week_or_year_open_the_way_the_option_looks(string typed, string? back, string ahead)
    {
        DateArgument.Read(typed, new DateArgument.Reading(Today)).Date.ShouldBe(back is null ? null : IsoDate.ParseArgument(back));
        DateArgument.Read(typed, new DateArgument.Reading(Today, Lean: DateArgument.Lean.Ahead)).Date.ShouldBe(IsoDate.ParseArgument(ahead));
    }

    [Theory]
    [InlineData("in two weeks", "2026-01-28")]
    [InlineData("a week ago", "2026-01-07")]
    [InlineData("in a couple of days", "2026-01-16")]
    [InlineData("a year ago", "2025-01-14")]
    [InlineData("2026/1/20", "2026-01-20")]
    [InlineData("2026-1-2", "2026-01-02")]
    [InlineData("3rd of December", "2025-12-03")]
    [InlineData("jan 2026", "2026-01-01")]
    public void Should_read_counts_in_words_and_year_first_dates_with_any_separator(string typed, string expected)
    {
        DateArgument.TryParse(typed, Today).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Fact]
    public void Should_read_next_and_a_weekday_as_the_notes_engine_reads_it()
    {
        // Every weekday typed on every day of a week: the same day as "next Friday" in notes of that day.
        var meeting = new Rapport.Core.Notes.MeetingContext(Today, "Sam Lee", Rapport.Core.Cadence.Frequency.Weekly);
        foreach (var name in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
            for (int d = 0; d < 7; d++)
            {
                var today = Today.AddDays(d);
                var notes = Rapport.Core.Notes.DuePhrases.Find($"send it next {name}", meeting with { Date = today });
                DateArgument.TryParse($"next {name}", today).ShouldBe(notes!.Date, $"next {name} on {today}");
            }
    }

    [Theory]
    [InlineData("last wed", "2026-01-07")]
    [InlineData("last thu", "2026-01-08")]
    [InlineData("last tue", "2026-01-13")]
    [InlineData("this wed", "2026-01-14")]
    [InlineData("this tue", "2026-01-20")]
    public void Should_read_last_and_this_within_a_week_of_today(string typed, string expected)
    {
        DateArgument.TryParse(typed, Today).ShouldBe(IsoDate.ParseArgument(expected));
    }

    [Fact]
    public void Should_end_a_month_on_its_last_day_when_it_ends_a_span()
    {
        DateArgument.TryParse("2024-02", Today, DateArgument.Edge.End).ShouldBe(new DateOnly(2024, 2, 29));
        DateArgument.TryParse("2024-02", Today, DateArgument.Edge.Start).ShouldBe(new DateOnly(2024, 2, 1));
    }
}
