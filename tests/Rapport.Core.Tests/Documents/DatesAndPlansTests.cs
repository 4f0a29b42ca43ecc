using Rapport.Core.Documents;
using Rapport.Core.Text;
using Shouldly;

namespace Rapport.Core.Tests.Documents;

/// <summary>Issue 17's reading rules for dates written as people write them, planned steps and owner/due tables.</summary>
public sealed class DatesAndPlansTests
{
    private static RunningDocument Parse(string text, DateOnly today, string path = "doc.md") =>
        RunningDocumentParser.Parse(new SourceText(text), path, today);

    [Fact]
    public void Should_not_count_a_meeting_dated_after_today_as_met_and_read_its_agenda_as_the_next_meetings()
    {
        // Given a log whose last heading is dated ahead, with an agenda under it
        var doc = Parse("# Sam Lee\n\n## 2026-03-02\n- notes\n\n## 2026-03-30\n### Agenda\n- Quarterly goals\n", new DateOnly(2026, 3, 20));

        // Then it is the next meeting, not the last one met
        doc.LastMet.ShouldBe(new DateOnly(2026, 3, 2));
        doc.Upcoming!.Title.ShouldBe("2026-03-30");
        doc.FindSection(SectionKind.NextMeeting)!.Items.Single().Text.ShouldBe("Quarterly goals");
    }

    [Fact]
    public void Should_take_a_missing_year_from_the_heading_before_and_the_first_from_the_closest_past_day()
    {
        var doc = Parse("# Sam Lee\n\n## Dec 9\n- a\n\n## Dec 30\n- b\n\n## Jan 6\n- c\n", new DateOnly(2027, 2, 1));
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 6)]);
    }

    [Fact]
    public void Should_read_all_slash_dates_of_a_document_day_first_when_one_of_them_says_so()
    {
        var doc = Parse("# Sam Lee\n\n## 24/11/21\n- a\n\n## 01/12/21\n- b\n", new DateOnly(2026, 1, 1));
        doc.LastMet.ShouldBe(new DateOnly(2021, 12, 1));
        Parse("# Sam Lee\n\n## 11/24/21\n- a\n\n## 12/01/21\n- b\n", new DateOnly(2026, 1, 1)).LastMet.ShouldBe(new DateOnly(2021, 12, 1));
        Parse("# Sam Lee\n\n## 10/01/21\n- a\n", new DateOnly(2026, 1, 1)).LastMet.ShouldBe(new DateOnly(2021, 10, 1));
    }

    [Fact]
    public void Should_read_plain_and_numbered_items_as_open_tasks_only_under_an_action_heading()
    {
        var doc = Parse("# Sam Lee\n\n## Notes\n- Talked about the roadmap\n\n## Next steps\n1. Draft the outline\n2. Sam: book the room\n   - in the big room\n3. None\n\n## To do\n- Reply to the email\n", new DateOnly(2026, 1, 1));
        doc.Actions.Select(a => a.Text).ShouldBe(["Draft the outline", "book the room", "Reply to the email"]);
        doc.Actions[1].Owner.ShouldBe(ActionOwner.Them);
        doc.Actions.ShouldAllBe(a => a.State == ActionState.Open);
    }

    [Fact]
    public void Should_read_an_owner_due_table_with_state_from_its_status_cell_or_a_box()
    {
        var doc = Parse("# Sam Lee\n\n## 2026-01-12\n\n| Name | Assigned To | Deadline | Status |\n|---|---|---|---|\n| Share the outline | me | 1/16 | done |\n| Write the runbook | Sam Lee | 1/23 | in progress |\n| [x] Send the survey | Sam | | |\n| Retire the dashboard | | | dropped |\n", new DateOnly(2026, 2, 1));
        doc.Actions.Select(a => (a.Text, a.Owner, a.State)).ShouldBe([
            ("Share the outline", ActionOwner.Me, ActionState.Done),
            ("Write the runbook", ActionOwner.Them, ActionState.InProgress),
            ("Send the survey", ActionOwner.Them, ActionState.Done),
            ("Retire the dashboard", ActionOwner.Me, ActionState.Cancelled),
        ]);
        doc.Actions[1].Due.ShouldBe(new DateOnly(2026, 1, 23));
        doc.Actions[1].Meeting.ShouldBe(new DateOnly(2026, 1, 12));
    }

    [Fact]
    public void Should_tick_a_table_row_in_its_status_cell_and_refuse_a_row_with_nothing_to_tick()
    {
        var doc = Parse("| Task | Owner | Status |\n|---|---|---|\n| Write the runbook | me |  |\n", new DateOnly(2026, 2, 1));
        var editor = new DocumentEditor(doc);
        editor.MarkDone(doc.Actions.Single(), new DateOnly(2026, 2, 1));
        editor.Apply().Text.ShouldBe("| Task | Owner | Status |\n|---|---|---|\n| Write the runbook | me | done (completed 2026-02-01) |\n");

        var bare = Parse("| Task | Owner |\n|---|---|\n| Write the runbook | me |\n", new DateOnly(2026, 2, 1));
        Should.Throw<RapportException>(() => new DocumentEditor(bare).MarkDone(bare.Actions.Single(), new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void Should_close_an_open_task_written_again_later_and_closed_there()
    {
        var doc = Parse("# Sam Lee\n\n## 2026-01-05\n### Action items\n- Review the rubric\n\n## 2026-01-12\n### Action items\n- [x] Review the rubric\n", new DateOnly(2026, 2, 1));
        doc.OpenActions(ActionOwner.Me).ShouldBeEmpty();
    }
}
