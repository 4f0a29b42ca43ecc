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
    [InlineData("12/01/2025")]
    [InlineData("2026-02-30")]
    [InlineData("2025-13")]
    [InlineData("Feb 30")]
    [InlineData("Feb 29, 2025")]
    [InlineData("Marching 5")]
    [InlineData("Monday 5")]
    [InlineData("99999 years ago")]
    [InlineData("last decade")]
    [InlineData("next weekend")]
    [InlineData("this fr")]
    [InlineData("soon")]
    [InlineData("")]
    public void Should_refuse_what_is_no_day(string typed)
    {
        DateArgument.TryParse(typed, Today).ShouldBeNull();
        var ex = Should.Throw<RapportException>(() => DateArgument.Parse(typed, "--since", Today));
        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldStartWith($"'{typed}' is not a valid --since; use YYYY-MM-DD (2026-01-15)");
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
