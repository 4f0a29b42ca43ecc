using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// <see cref="RunningDocument.SameReading"/>: the days on which a document reads as it did on the day it was read, which
/// the index relies on to keep a reading from one day. Checked against reading the document again on every day around.
/// </summary>
public sealed class SameReadingTests
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    [Fact]
    public void Should_read_the_same_every_day_without_a_day_to_read_on() =>
        Parse(Written, today: null).SameReading.ShouldBe(DayRange.Always);

    [Fact]
    public void Should_hold_from_the_day_after_the_last_meeting_until_a_meeting_written_ahead() =>
        // Met on 2026-01-08 (booked until the 8th, met from the 8th), the 20th written ahead: it counts as met from the 20th.
        Parse(Written, Today).SameReading.ShouldBe(new DayRange(new DateOnly(2026, 1, 9), new DateOnly(2026, 1, 20)));

    [Fact]
    public void Should_hold_a_date_without_a_year_until_the_day_comes_round_again()
    {
        // "## Dec 9" read in January is last December's, until the next 9 December
        var document = Parse("# 1:1 with Sam\n\n## Dec 9\n- talked about the roadmap\n", Today);

        document.LastMet.ShouldBe(new DateOnly(2025, 12, 9));
        document.SameReading.ShouldBe(new DayRange(new DateOnly(2025, 12, 10), new DateOnly(2026, 12, 9)));
    }

    [Fact]
    public void Should_hold_a_booked_meeting_until_the_day_after_it() =>
        Parse("---\nperson: Sam Lee\nnext: 2026-01-16\n---\n# 1:1 with Sam\n\n## Meeting History\n- 2026-01-07: Roadmap\n", Today)
            .SameReading.Until.ShouldBe(new DateOnly(2026, 1, 17));

    [Fact]
    public void Should_hold_a_due_cell_without_a_year_for_the_year_read_when_nothing_was_met()
    {
        var document = Parse("# Sam\n\n| Task | Owner | Due |\n| --- | --- | --- |\n| Send the deck | me | Mar 3 |\n", Today);

        document.Actions.Single().Due.ShouldBe(new DateOnly(2026, 3, 3));
        document.SameReading.ShouldBe(new DayRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)));
    }

    /// <summary>Documents of the shapes people keep: a running document, a log of headings without years, a table log, a task table, front matter.</summary>
    public static TheoryData<string> Documents() => new(
        Written,
        "# 1:1 with Sam\n\n## Dec 9\n- roadmap\n\n## Jan 20\n- agenda written ahead\n",
        "# Sam / Jordan\n\n| Date | Notes |\n| --- | --- |\n| Jan 6 | onboarding |\n| Feb 2 | goals |\n",
        "# Sam\n\n| Task | Owner | Due |\n| --- | --- | --- |\n| Send the deck | me | Mar 3 |\n| Book the room | Sam | Jan 20 |\n",
        "---\nperson: Sam Lee\nnext: 2026-01-16\n---\n# 1:1 with Sam\n\n## Meeting History\n- 2026-01-07: Roadmap\n- 2025-12-17: Budget\n",
        File.ReadAllText(Path.Combine(RepoPaths.ExampleVault, "Career", "1-on-1s", "noah-patel.md")));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_read_the_same_on_every_day_of_its_range(string text)
    {
        // Read on each day of two years, the document reads as on the day it was read on every day of that day's range;
        // a range that claimed a day it reads otherwise would let the index keep a stale reading.
        var first = new DateOnly(2025, 6, 1);
        var days = Enumerable.Range(0, 730).Select(first.AddDays).ToList();
        var readings = days.ToDictionary(day => day, day => Reading(text, day));
        foreach (var day in days)
        {
            var range = Parse(text, day).SameReading;
            range.Contains(day).ShouldBeTrue();
            foreach (var other in days.Where(range.Contains))
                readings[other].ShouldBe(readings[day], $"read on {IsoDate.Format(day)}, range {range}, on {IsoDate.Format(other)}");
        }
    }

    private const string Written =
        "# 1:1 with Sam\n\n## Action Items\n- [ ] Send the deck (due 2026-01-16)\n\n## Meeting History\n- 2026-01-20: Goals check-in\n- 2026-01-08: Year planning\n- 2025-12-18: Q4 review\n";

    private static RunningDocument Parse(string text, DateOnly? today) => RunningDocumentParser.Parse(new SourceText(text), "sam.md", today);

    /// <summary>What the index keeps of a reading: the relationship's digest, every meeting's date and every action's due date.</summary>
    private static string Reading(string text, DateOnly day)
    {
        var document = Parse(text, day);
        var digest = RelationshipDigest.Of(new LoadedDocument("/v/sam.md", document, []), "sam.md");
        return string.Join("\n", [
            digest.Describe(),
            document.Upcoming?.Title ?? "-",
            .. document.Meetings.Select(m => $"{m.Line} {m.Date}"),
            .. document.Actions.Select(a => $"{a.Source.Line} {a.Due}")]);
    }
}
