using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Shapes found by writing 1:1 documents as exports and note apps leave them (Notion, Google Docs, Obsidian callouts,
/// Logseq heading blocks) and reading them back: each case failed before its rule.
/// </summary>
public sealed class RealWorldShapesTests
{
    private static RunningDocument Shape(string file) => DocumentFixtures.Load("shapes", file);

    [Theory]
    [InlineData("# Jamal Wright 1:1", "Jamal Wright")]
    [InlineData("# Priya Shah — weekly 1:1", "Priya Shah")]
    [InlineData("# Dana Whitfield 1:1 notes", "Dana Whitfield")]
    [InlineData("# Lena Fischer - One-on-ones", "Lena Fischer")]
    [InlineData("# 1:1 Kenji Watanabe", "Kenji Watanabe")]
    [InlineData("# 1:1s with Tomás García", "Tomás García")]
    [InlineData("# One-on-ones: Mateus Oliveira", "Mateus Oliveira")]
    [InlineData("# 1:1 mit Jürgen Weiß", "Jürgen Weiß")]
    [InlineData("# Réunion 1:1 avec Chloé Martin", "Chloé Martin")]
    [InlineData("# 1:1 Connor Smith", "Connor Smith")]
    [InlineData("# Meeting with Sam Lee", "Sam Lee")]
    public void Should_name_the_person_in_a_title_that_puts_the_name_before_or_right_after_the_1_1(string title, string person)
    {
        // Given a title as people write it, when the document is read, then it names the person
        DocumentFixtures.Parse($"{title}\n\n## 2025-03-03\n- talked\n").Person.ShouldBe(person);
    }

    [Theory]
    [InlineData("# 1:1 Notes")]
    [InlineData("# Peer 1:1")]
    [InlineData("# Team 1:1 notes")]
    [InlineData("# Weekly 1:1")]
    [InlineData("# Jordan / Lena Fischer 1:1s")]
    [InlineData("# 1:1 Template")]
    [InlineData("# Skip-level 1:1")]
    [InlineData("# Notes from our 1:1 Engineering")]
    public void Should_name_nobody_in_a_title_of_topic_words_or_two_people(string title)
    {
        DocumentFixtures.Parse($"{title}\n\n## 2025-03-03\n- talked\n").Person.ShouldBeNull();
    }

    [Fact]
    public void Should_read_tasks_inside_an_obsidian_callout_or_blockquote_and_tick_them_there()
    {
        // Given Obsidian callouts (> [!todo]) holding tasks under a dated meeting
        var doc = Shape("obsidian-callouts.md");

        // Then every boxed task in them is an action of that meeting, with its owner and dates
        var ana = doc.Actions.Single(a => a.Text == "Ana to write the design doc");
        ana.Owner.ShouldBe(ActionOwner.Them);
        ana.Due.ShouldBe(new DateOnly(2025, 3, 10));
        ana.Meeting.ShouldBe(new DateOnly(2025, 3, 3));
        doc.Actions.Single(a => a.Text == "Send Ana the interview schedule").Due.ShouldBe(new DateOnly(2025, 3, 5));
        doc.Actions.Single(a => a.Text == "Review the incident report").Done.ShouldBeTrue();
        doc.Actions.Count(a => !a.Done).ShouldBe(2);

        // When one is ticked, the box inside the quote is ticked and nothing else changes
        var editor = new DocumentEditor(doc);
        editor.MarkDone(ana, new DateOnly(2025, 3, 9));
        editor.Apply().Text.ShouldContain("> - [x] Ana to write the design doc [due:: 2025-03-10] [completion:: 2025-03-09]\n");
    }

    [Fact]
    public void Should_leave_a_quoted_plain_bullet_a_quotation_even_under_an_action_heading()
    {
        var doc = DocumentFixtures.Parse("# Sam Lee\n\n## Action Items\n> - Sam said: ship it\n- Book the room\n");
        doc.Actions.Select(a => a.Text).ShouldBe(["Book the room"]);
    }

    [Theory]
    [InlineData("- [ ] Write the runbook (due March 10, 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (by 10 March 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (Due: Mar 10th, 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (due:: 2025-03-10)", 2025, 3, 10)]
    public void Should_read_a_due_date_written_with_the_month_name_or_as_a_parenthesised_dataview_field(string line, int year, int month, int day)
    {
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## Action Items\n{line}\n").Actions.Single();
        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("Write the runbook");
    }

    [Fact]
    public void Should_keep_a_parenthesis_that_is_not_one_whole_date_in_the_text()
    {
        var action = DocumentFixtures.Parse("# Sam Lee\n\n## Action Items\n- [ ] Plan the launch (due March 10 or later)\n").Actions.Single();
        action.Due.ShouldBeNull();
        action.Text.ShouldBe("Plan the launch (due March 10 or later)");
    }

    [Fact]
    public void Should_read_a_week_of_heading_as_that_week_s_meeting()
    {
        var doc = DocumentFixtures.Parse("# Priya Shah\n\n### Week of March 3, 2025\n- a\n\n### W/C 24 February 2025\n- b\n");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 2, 24)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 3));

        var yearless = Shape("week-of.md");
        yearless.Person.ShouldBe("Priya Shah");
        yearless.Meetings.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_read_a_logseq_journal_link_written_as_a_heading_block_as_a_meeting()
    {
        var doc = Shape("logseq-heading-blocks.md");
        doc.Person.ShouldBe("Kenji Watanabe");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 2, 24)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 3));
    }

    [Fact]
    public void Should_not_take_a_name_first_sub_heading_for_the_whole_document_s_person()
    {
        // A work log holds one heading per 1:1 with several people: "### Maya 1:1" is one meeting, not the document's person
        var doc = DocumentFixtures.Parse("# 2024-10-24\n## Schedule\n### Maya 1:1\n- a\n### Volo 1:1\n- b\n### Saídas da 1:1\n- c\n");
        doc.Person.ShouldBeNull();
        DocumentFixtures.Parse("# Saídas da 1:1\n- c\n").Person.ShouldBeNull();
    }

    [Theory]
    [InlineData("- [ ] Lena - draft the Q2 OKRs", "draft the Q2 OKRs")]
    [InlineData("- [ ] Lena — draft the Q2 OKRs", "draft the Q2 OKRs")]
    [InlineData("- [ ] [Lena] draft the Q2 OKRs", "draft the Q2 OKRs")]
    [InlineData("- [ ] 👤 Lena: draft the Q2 OKRs", "draft the Q2 OKRs")]
    public void Should_read_the_person_s_name_before_a_dash_in_brackets_or_after_an_emoji_as_their_task(string line, string text)
    {
        var action = DocumentFixtures.Parse($"# 1:1 with Lena Fischer\n\n## 2025-03-03\n{line}\n").Actions.Single();
        action.Owner.ShouldBe(ActionOwner.Them);
        action.Assignee.ShouldBe("Lena");
        action.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("- [ ] Budget - ask finance for the Q2 numbers")]
    [InlineData("- [ ] [WIP] ask finance for the Q2 numbers")]
    [InlineData("- [ ] 📌 Budget: ask finance for the Q2 numbers")]
    public void Should_keep_a_topic_before_a_dash_in_brackets_or_after_an_emoji_mine(string line)
    {
        var action = DocumentFixtures.Parse($"# 1:1 with Lena Fischer\n\n## 2025-03-03\n{line}\n").Actions.Single();
        action.Owner.ShouldBe(ActionOwner.Me);
        action.Assignee.ShouldBeNull();
    }

    [Fact]
    public void Should_read_a_yearless_numeric_date_after_a_weekday_as_a_meeting()
    {
        var doc = DocumentFixtures.Parse("# Noor Haddad\n\n## Tuesday 3/4\n- a\n\n## Tue, 2/25\n- b\n\n## 2025.02.18 — kickoff\n- c\n");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 4), new DateOnly(2025, 2, 25), new DateOnly(2025, 2, 18)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 4));
    }

    [Fact]
    public void Should_take_a_bold_first_line_for_the_title_and_a_property_table_for_the_date_and_attendees()
    {
        // Given a document written without heading styles: a bold first line, a table of properties, bold labels
        var doc = Shape("bold-title-property-table.md");

        doc.Person.ShouldBe("Wei Zhang");
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 3));
        var wei = doc.Actions.Single(a => a.Text == "write the promo self-review");
        wei.Owner.ShouldBe(ActionOwner.Them);
        wei.Due.ShouldBe(new DateOnly(2025, 3, 14));
    }

    [Theory]
    [InlineData("**Context**\n\n- [ ] Write the brief\n")]
    [InlineData("# Notes\n\n| Attendees | Role |\n| --- | --- |\n| Wei | Eng |\n")]
    [InlineData("Some text first.\n\n**1:1 with Wei Zhang**\n\n- [ ] Write the brief\n")]
    public void Should_name_nobody_from_a_bold_label_that_is_no_title_or_a_table_header(string text)
    {
        DocumentFixtures.Parse(text).Person.ShouldBeNull();
    }

    [Fact]
    public void Should_read_logseq_journal_links_nested_under_a_parent_block_as_the_meetings_when_none_is_at_the_top()
    {
        // Given a Logseq page keeping its meetings under one block, "- 1:1 with [[Olu Bello]]"
        var doc = Shape("logseq-nested-dates.md");

        doc.Person.ShouldBe("Olu Bello");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 2, 24)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 3, 3));

        // A journal link nested under a top-level meeting is a reference inside it, not a meeting of its own
        var top = DocumentFixtures.Parse("- [[Mar 3rd, 2025]] 1:1\n\t- [[Mar 10th, 2025]] follow-up\n");
        top.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3)]);
    }
}
