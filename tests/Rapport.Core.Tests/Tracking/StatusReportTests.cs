using Rapport.Core.Cadence;
using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

public sealed class StatusReportTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Theory]
    [InlineData("weekly", "2026-01-15", null)]
    [InlineData("weekly", "2026-01-12", "1 days past its weekly cadence")]
    [InlineData("biweekly", "2026-01-05", "1 days past its biweekly cadence")]
    [InlineData("monthly", "2025-12-20", null)]
    [InlineData("monthly", "2025-12-19", "32 days since the last 1:1 (more than a month)")]
    public void Should_flag_a_1on1_overdue_past_its_cadence_or_after_a_month(string cadence, string lastMet, string? reason)
    {
        _vault.Write("bo.md", $"---\nperson: Bo Kim\nkind: peer\nfrequency: {cadence}\n---\n\n## Meeting History\n- {lastMet}: x\n");

        StatusReport.Of(_vault.Load("bo"), Frequency.Weekly, Today).Overdue.ShouldBe(reason);
    }

    [Fact]
    public void Should_expect_weekly_1on1s_in_a_direct_reports_first_90_days()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\nkind: direct\nfrequency: monthly\nstarted: 2025-12-01\n---\n\n## Meeting History\n- 2026-01-09: x\n");

        var status = StatusReport.Of(_vault.Load("bo"), Frequency.Weekly, Today);

        status.Cadence.ShouldBe(Frequency.Weekly);
        status.NextDue.ShouldBe(new DateOnly(2026, 1, 16));
        status.Overdue.ShouldBe("4 days past its weekly cadence");
    }

    [Theory]
    [InlineData("2026-01-19", "2026-01-19", Frequency.Weekly)]     // onboarding until tomorrow: weekly
    [InlineData("2026-01-19", "2026-01-20", Frequency.Weekly)]     // its last day still is
    [InlineData("2026-01-19", "2026-02-20", Frequency.Monthly)]    // then back to the document's frequency
    public void Should_keep_weekly_until_onboarding_until_then_revert_to_the_frequency(string until, string today, Frequency expected)
    {
        _vault.Write("bo.md", $"---\nperson: Bo Kim\nkind: manager\nfrequency: monthly\nonboarding-until: 2026-01-20\n---\n\n## Meeting History\n- {until}: x\n");

        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        StatusReport.Of(_vault.Load("bo"), Frequency.Weekly, day).Cadence.ShouldBe(expected);
    }

    [Theory]
    [InlineData("started: 2025-12-01", "2026-03-01", Frequency.Weekly)]   // a direct report's default: started + 90 days
    [InlineData("started: 2025-12-01", "2026-03-02", Frequency.Biweekly)]
    [InlineData("", "2026-01-20", Frequency.Biweekly)]                    // no started: no onboarding
    public void Should_default_onboarding_to_90_days_after_a_direct_report_started(string started, string today, Frequency expected)
    {
        _vault.Write("bo.md", $"---\nperson: Bo Kim\nkind: direct\nfrequency: biweekly\n{started}\n---\n");

        Schedule.Cadence(_vault.Load("bo").Document, Frequency.Weekly, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Should_give_by_next_1on1_the_same_due_date_status_expects()
    {
        // Given a direct report in onboarding whose frequency is biweekly
        _vault.Write("bo.md", "---\nperson: Bo Kim\nkind: direct\nfrequency: biweekly\nstarted: 2026-01-05\n---\n\n## Action Items\n\n### My Actions\n\n## Meeting History\n");
        var vault = _vault.Open();
        var processor = new Rapport.Core.Notes.NotesProcessor(vault);

        // When notes of a meeting today ask for something by the next 1:1
        processor.Apply(processor.Plan(vault.People.Resolve("bo"), "- I will send Bo the onboarding plan by next 1:1\n", Today));

        // Then its due date is the next 1:1 that status expects: a week on
        var loaded = _vault.Load("bo");
        var due = StatusReport.Of(loaded, Frequency.Weekly, Today).NextDue;
        due.ShouldBe(Today.AddDays(7));
        loaded.Document.Actions.Single().Due.ShouldBe(due);
    }

    [Fact]
    public void Should_flag_a_relationship_never_met_since_it_started()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\nfrequency: weekly\nstarted: 2026-01-02\n---\n");

        StatusReport.Of(_vault.Load("bo"), Frequency.Weekly, Today).Overdue.ShouldBe("no 1:1 yet since 2026-01-02");
    }

    [Fact]
    public void Should_count_follow_through_as_actions_done_by_their_due_date_over_90_days()
    {
        _vault.Write("bo.md", """
            ---
            person: Bo Kim
            ---

            ## Action Items

            ### My Actions
            - [x] On time (by 2026-01-10) (completed 2026-01-09)
            - [x] Late (by 2026-01-10) (completed 2026-01-12)
            - [ ] Missed (by 2026-01-15)
            - [ ] Not due yet (by 2026-02-01)
            - [x] Too old to count (by 2025-09-01) (completed 2025-08-30)
            - [ ] No date

            ### Bo's Actions
            - [x] Theirs on time 📅 2026-01-05 ✅ 2026-01-05

            """);

        var status = StatusReport.Of(_vault.Load("bo"), Frequency.Weekly, Today);

        status.Mine.ShouldBe(new FollowThrough(1, 3));
        status.Theirs.ShouldBe(new FollowThrough(1, 1));
        (status.OpenMine, status.OverdueMine).ShouldBe((3, 1));
    }

    [Fact]
    public void Should_total_the_vault()
    {
        _vault.Write("a.md", "---\nperson: Ann Ames\n---\n\n## Action Items\n\n### My Actions\n- [ ] One (by 2026-01-10)\n\n## Meeting History\n- 2026-01-19: x\n");
        _vault.Write("b.md", "---\nperson: Bob Burr\n---\n\n## Action Items\n\n### Bob's Actions\n- [ ] Two\n\n## Meeting History\n- 2025-11-01: x\n\n## Mood\n- 2025-11-01: 2/5\n- 2025-10-01: 4/5\n");
        var vault = _vault.Open();

        var status = StatusReport.Build(vault.People.All, Frequency.Weekly, Today);

        (status.OverdueMeetings, status.OpenMine, status.OpenTheirs, status.OverdueActions).ShouldBe((1, 1, 1, 1));
        status.Relationships[1].Moods.ShouldBe([4, 2]);
    }
}
