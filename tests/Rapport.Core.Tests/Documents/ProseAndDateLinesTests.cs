using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Session 15: the person named only in a document's opening prose, meetings dated by a bold line or a dated paragraph and
/// the tasks written under them, and due dates that name a week by its first day. Each case failed before its rule.
/// </summary>
public sealed class ProseAndDateLinesTests
{
    [Theory]
    [InlineData("Description\n-----------\n\nLog of the PhD meetings with Jiayuan Huang.\n\n| Meeting reason | Date |\n| --- | --- |\n| Intro | 06 Oct 2025 |\n", "Jiayuan Huang")]
    [InlineData("1:1s with Dana Whitfield\n\n2025-03-03: roadmap\n", "Dana Whitfield")]
    [InlineData("Notes from my meetings with Sam, my mentor. We meet\nevery other week.\n\n- talked about the launch\n", "Sam")]
    [InlineData("---\ntags: [work]\n---\n\nMy weekly catch-ups with Ana de la Cruz about the platform.\n", "Ana de la Cruz")]
    [InlineData("# Log of the PhD meetings with Jiayuan Huang\n\n- talked\n", "Jiayuan Huang")]
    public void Should_read_the_person_from_the_opening_prose_when_nothing_else_names_one(string text, string person)
    {
        DocumentFixtures.Parse(text).Person.ShouldBe(person);
    }

    [Theory]
    [InlineData("Notes from my meetings with the platform team.\n")]
    [InlineData("notes from my meetings with sam.\n")]
    [InlineData("I met with Sam about the launch.\n")]
    [InlineData("Some context first.\n\nNotes from my meetings with Sam.\n")]
    [InlineData("| Notes from my meetings with Sam |\n| --- |\n")]
    public void Should_not_read_a_person_from_prose_that_is_not_the_opening_or_names_no_one(string text)
    {
        DocumentFixtures.Parse(text).Person.ShouldBeNull();
    }

    [Fact]
    public void Should_prefer_the_front_matter_person_to_the_opening_prose()
    {
        DocumentFixtures.Parse("---\nperson: Ana Ruiz\n---\nNotes from my meetings with Sam Lee.\n").Person.ShouldBe("Ana Ruiz");
    }

    [Theory]
    [InlineData("**Notes**\n- Talked about the roadmap\n\n**Action items**\n- [ ] Send the deck by Friday\n")]
    [InlineData("### Action items\n- [ ] Send the deck by Friday\n")]
    [InlineData("- [ ] Send the deck by Friday\n")]
    public void Should_give_tasks_under_a_bold_date_line_that_meeting(string body)
    {
        // Given bold date lines as each meeting's heading, with its notes and actions under labels or sub-headings
        var doc = DocumentFixtures.Parse($"# 1:1 Dana Whitfield / Jordan\n\n**March 3, 2025**\n\n{body}\n**March 10, 2025**\n\n**Action items**\n- [ ] Review the plan by Tuesday\n");

        // Then each task is its meeting's, and its relative due date is read from that day
        var deck = doc.Actions.Single(a => a.Text == "Send the deck");
        deck.Meeting.ShouldBe(new DateOnly(2025, 3, 3));
        deck.Due.ShouldBe(new DateOnly(2025, 3, 7));
        var plan = doc.Actions.Single(a => a.Text == "Review the plan");
        plan.Meeting.ShouldBe(new DateOnly(2025, 3, 10));
        plan.Due.ShouldBe(new DateOnly(2025, 3, 11));
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 10));
    }

    [Fact]
    public void Should_give_tasks_under_a_sub_heading_of_a_bold_date_line_that_follows_another_meetings_sub_heading()
    {
        var doc = DocumentFixtures.Parse("# Dana Whitfield\n\n**March 3, 2025**\n\n### Action items\n- [ ] Send the deck by Friday\n\n**March 10, 2025**\n### Action items\n- [ ] Review the plan by Tuesday\n");

        doc.Actions.Single(a => a.Text == "Send the deck").Meeting.ShouldBe(new DateOnly(2025, 3, 3));
        var plan = doc.Actions.Single(a => a.Text == "Review the plan");
        plan.Meeting.ShouldBe(new DateOnly(2025, 3, 10));
        plan.Due.ShouldBe(new DateOnly(2025, 3, 11));
    }

    [Fact]
    public void Should_give_a_bold_date_line_its_tasks_beside_dated_headings_of_another_level()
    {
        var doc = DocumentFixtures.Parse("# Sam Lee\n\n## 2025-03-01\n- [ ] Book the room by Friday\n\n## Notes\n\n**March 3, 2025**\n- [ ] Send the deck by Friday\n");

        doc.Actions.Single(a => a.Text == "Book the room").Meeting.ShouldBe(new DateOnly(2025, 3, 1));
        var deck = doc.Actions.Single(a => a.Text == "Send the deck");
        deck.Meeting.ShouldBe(new DateOnly(2025, 3, 3));
        deck.Due.ShouldBe(new DateOnly(2025, 3, 7));
    }

    [Fact]
    public void Should_keep_the_next_meeting_section_after_bold_date_lines_the_documents_own()
    {
        var doc = DocumentFixtures.Parse("# Sam Lee\n\n**March 3, 2025**\n- [ ] Send the deck by Friday\n\n**Next Meeting**\n- Promotion timeline\n\n## Action Items\n- [ ] Write the brief by Friday\n");

        doc.FindSection(SectionKind.NextMeeting).ShouldNotBeNull().Title.ShouldBe("Next Meeting");
        doc.FindSection(SectionKind.ActionItems).ShouldNotBeNull().Title.ShouldBe("Action Items");
        // A heading at the bold line's level ends its meeting: the task under it belongs to no meeting
        doc.Actions.Single(a => a.Text.StartsWith("Write the brief", StringComparison.Ordinal)).Meeting.ShouldBeNull();
    }

    [Fact]
    public void Should_read_dated_paragraphs_of_plain_text_notes_as_meetings()
    {
        // Given plain-text notes without headings, each meeting opened by a dated line
        var doc = DocumentFixtures.Parse("1:1s with Ravi Patel\n\n2025-03-03: talked about the roadmap\n- [ ] Send the deck by Friday\n\n3/10/2025 - second meeting\n- [ ] Review the plan by Tuesday\n\n3/17/25\n- [ ] Book the offsite by Thursday\n");

        doc.Person.ShouldBe("Ravi Patel");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 17)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 17));
        doc.Actions.Single(a => a.Text == "Send the deck").Due.ShouldBe(new DateOnly(2025, 3, 7));
        doc.Actions.Single(a => a.Text == "Review the plan").Due.ShouldBe(new DateOnly(2025, 3, 11));
        doc.Actions.Single(a => a.Text == "Book the offsite").Due.ShouldBe(new DateOnly(2025, 3, 20));
    }

    [Theory]
    [InlineData("**Date:** 03/11/2025", "**Date:** 03/18/2025")]
    [InlineData("Date: 2025-03-11 | Topics: vendor contract", "Date: 2025-03-18 | Topics: hiring")]
    [InlineData("Meeting date: March 11, 2025", "Meeting date: March 18, 2025")]
    public void Should_read_each_date_line_of_running_notes_as_its_meetings_opening(string first, string second)
    {
        // Given a Google Docs page of running notes: a bold title, then each meeting opened by its "Date:" line
        var doc = DocumentFixtures.Parse(
            $"**Sam Rivera / Jordan Lee – 1:1 Running Notes**\n\n{second}\n\n**Action Items**\n\n1. Sam to draft the rubric by Friday\n\n---\n\n" +
            $"{first}\n\n**Attendees:** Sam Rivera, Jordan Lee\n\n**Action Items**\n\n1. Jordan to send the demo feedback by Friday\n");

        // Then each is a meeting, and a task's relative due date counts from its own meeting's day
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 18), new DateOnly(2025, 3, 11)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 18));
        doc.Actions.Single(a => a.Text.Contains("rubric", StringComparison.Ordinal)).Due.ShouldBe(new DateOnly(2025, 3, 21));
        doc.Actions.Single(a => a.Text.Contains("demo feedback", StringComparison.Ordinal)).Due.ShouldBe(new DateOnly(2025, 3, 14));
    }

    [Theory]
    [InlineData("Next steps:")]
    [InlineData("Action items:")]
    [InlineData("Follow-ups:")]
    public void Should_read_the_list_under_a_plain_action_label_line_as_tasks(string label)
    {
        // Given an emailed recap: no headings, no bold, a plain "Next steps:" line over a list
        var doc = DocumentFixtures.Parse($"## 2025-03-18\n\nHi Sam,\n\nThanks for the chat today.\n\n{label}\n- Send the revised rollout plan by Thursday\n- Book the offsite\n\nCheers,\nJordan\n");

        doc.Actions.Select(a => a.Text).ShouldBe(["Send the revised rollout plan", "Book the offsite"]);
        doc.Actions[0].Due.ShouldBe(new DateOnly(2025, 3, 20));
    }

    [Theory]
    [InlineData("Agenda:\n- Send the revised rollout plan\n")]
    [InlineData("Notes:\n- Send the revised rollout plan\n")]
    [InlineData("Great talking today. Next steps:\n- Send the revised rollout plan\n")]
    [InlineData("Next steps: we send the revised\nrollout plan\n")]
    public void Should_not_read_a_plain_line_that_names_no_action_list_alone_as_an_action_label(string text)
    {
        var doc = DocumentFixtures.Parse($"## 2025-03-18\n\n{text}");

        doc.Actions.ShouldBeEmpty();
        doc.FindSection(SectionKind.NextMeeting).ShouldBeNull();
    }

    [Fact]
    public void Should_leave_a_single_date_line_to_date_a_note_of_one_meeting()
    {
        var doc = DocumentFixtures.Parse("**Date:** 2025-03-11\n\n- [ ] Send the deck by Friday\n");

        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 11)]);
        doc.Meetings.ShouldAllBe(m => m.Section == null || !m.Section.IsLabel);
    }

    [Theory]
    [InlineData("# Sam Lee\n\n## Week 1\nDate: 2025-03-11\n- [ ] Send the deck by Friday\n\n## Week 2\nDate: 2025-03-18\n- talked\n")]
    [InlineData("Date: TBD\n\nDate: next week\n- [ ] Send the deck\n")]
    [InlineData("Update: 2025-03-11\n\nUpdate: 2025-03-18\n- [ ] Send the deck\n")]
    public void Should_not_read_date_lines_under_sub_headings_without_a_date_or_with_another_label_as_meetings(string text)
    {
        // Under sub-headings the headings are the meetings' own; "Date: TBD" dates nothing; "Update:" is no date label
        DocumentFixtures.Parse(text).Sections.ShouldNotContain(s => s.IsLabel && s.Meeting == s);
    }

    [Theory]
    [InlineData("Tuesday, March 4, 2025:\n- [ ] Send the deck by Friday\n")]
    [InlineData("Tue 3/4/2025 - kickoff\n- [ ] Send the deck by Friday\n")]
    public void Should_read_a_dated_paragraph_opening_with_its_weekday(string text)
    {
        var deck = DocumentFixtures.Parse(text).Actions.Single();

        deck.Meeting.ShouldBe(new DateOnly(2025, 3, 4));
        deck.Due.ShouldBe(new DateOnly(2025, 3, 7));
    }

    [Theory]
    [InlineData("# Sam Lee\n\n## Notes\n\n2025-03-03: talked about the roadmap\n- [ ] Send the deck by Friday\n")]
    [InlineData("Plain notes.\n\nWe agreed on 2025-03-03: ship it\n- [ ] Send the deck by Friday\n")]
    public void Should_not_read_a_dated_line_as_a_meeting_in_a_document_with_headings_or_inside_prose(string text)
    {
        var doc = DocumentFixtures.Parse(text);

        doc.Meetings.ShouldBeEmpty();
        doc.Actions.Single().Due.ShouldBeNull();
    }

    [Theory]
    [InlineData("Send the deck w/c 10 March", 2025, 3, 14)]
    [InlineData("Send the deck by w/c 10 March", 2025, 3, 14)]
    [InlineData("Send the deck (w/c 10th March)", 2025, 3, 14)]
    [InlineData("Send the deck week commencing March 10", 2025, 3, 14)]
    [InlineData("Send the deck w/b 17 March 2025", 2025, 3, 21)]
    [InlineData("Send the deck by EOM", 2025, 3, 31)]
    [InlineData("Send the deck by end of quarter", 2025, 3, 31)]
    [InlineData("Send the deck by the end of the month", 2025, 3, 31)]
    public void Should_read_a_week_and_the_end_of_a_period_as_due_dates(string line, int year, int month, int day)
    {
        // Given a task under the meeting of Thursday 6 March 2025
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## 2025-03-06\n- [ ] {line}\n").Actions.Single();

        // Then the week's Friday, or the period's last day, is its due date, and leaves the text
        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("Send the deck");
    }

    [Theory]
    [InlineData("Ship the fix by end of sprint")]
    [InlineData("Ship the fix by the end of the sprint")]
    [InlineData("Plan the week of onboarding")]
    public void Should_not_read_a_due_date_from_a_sprint_or_a_week_without_its_day(string line)
    {
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## 2025-03-06\n- [ ] {line}\n").Actions.Single();

        action.Due.ShouldBeNull();
        action.Text.ShouldBe(line);
    }
}
