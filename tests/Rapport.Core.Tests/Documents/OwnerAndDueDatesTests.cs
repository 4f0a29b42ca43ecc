using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Session 14: who "me" is (the vault's <c>owner:</c>), due dates written into a task's text as numbers or words and read
/// against the meeting the task sits under, and the year of a meeting heading written without one. Each case failed
/// before its rule; the fixtures are in <c>tests/Fixtures/real-world</c>.
/// </summary>
public sealed class OwnerAndDueDatesTests
{
    private const string Owner = "Jordan Lee";

    private static RunningDocument Fixture(string file, string? owner = Owner) => DocumentFixtures.LoadAs(owner, "real-world", file);

    private static ActionItem Task(RunningDocument doc, string text) => doc.Actions.Single(a => a.Text == text);

    [Fact]
    public void Should_find_the_other_attendee_when_the_owner_is_one_of_two()
    {
        // Given "Attendees: Jordan Lee, Marta Nowak" and a vault whose owner is Jordan Lee
        Fixture("manager-template.md").Person.ShouldBe("Marta Nowak");

        // Without an owner the line names two people and no single person, as before
        Fixture("manager-template.md", owner: null).Person.ShouldBeNull();
    }

    [Fact]
    public void Should_read_the_owners_name_and_handle_as_me()
    {
        var doc = Fixture("manager-template.md");
        var unblock = Task(doc, "unblock the travel budget");
        unblock.Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Jordan to ask finance about the tooling spend").Owner.ShouldBe(ActionOwner.Me);
        var rubric = Task(doc, "draft the take-home rubric");
        rubric.Owner.ShouldBe(ActionOwner.Them);

        // Without an owner, @Jordan is one more name: the task is theirs
        var before = Fixture("manager-template.md", owner: null);
        Task(before, "unblock the travel budget").Owner.ShouldBe(ActionOwner.Them);
    }

    [Fact]
    public void Should_read_a_list_named_for_the_owner_as_mine_and_a_mark_of_their_handle_as_mine()
    {
        var doc = Fixture("owner-named-lists.md");
        Task(doc, "Find Sam a conference budget").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "review the promo doc").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Write the tech talk abstract").Owner.ShouldBe(ActionOwner.Them);
        Task(doc, "sign off the offsite agenda").Owner.ShouldBe(ActionOwner.Me);

        Fixture("owner-named-lists.md", owner: null).OpenActions(ActionOwner.Me).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("# Jordan / Lena Fischer 1:1s", "Lena Fischer")]
    [InlineData("# Lena Fischer <> Jordan Lee", "Lena Fischer")]
    [InlineData("# Weekly sync — Jordan & Aisha Khan", "Aisha Khan")]
    [InlineData("# 1:1 with Jordan", null)]
    public void Should_name_the_other_person_in_a_title_that_names_the_owner_too(string title, string? person)
    {
        DocumentFixtures.ParseAs(Owner, $"{title}\n\n## 2025-03-03\n- talked\n").Person.ShouldBe(person);
    }

    [Fact]
    public void Should_read_a_confluence_export_mentions_dates_and_its_agenda_table()
    {
        var doc = Fixture("confluence-export.md");
        doc.Person.ShouldBe("Ines Duarte");
        var handbook = Task(doc, "write the on-call handbook");
        handbook.Owner.ShouldBe(ActionOwner.Them);
        handbook.Due.ShouldBe(new DateOnly(2024, 4, 10));
        handbook.Meeting.ShouldBe(new DateOnly(2024, 4, 2));
        var packet = Task(doc, "review the promotion packet");
        packet.Owner.ShouldBe(ActionOwner.Me);
        packet.Due.ShouldBe(new DateOnly(2024, 4, 9));
        // "by 1/3" after "Cut" is an amount, and a discussion table with a time slot and presenter holds topics, not tasks
        Task(doc, "Cut pager noise by 1/3 before the rota starts").Due.ShouldBeNull();
        doc.Actions.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_read_an_owner_cell_naming_the_owner_as_mine()
    {
        var doc = Fixture("table-per-meeting.md");
        Task(doc, "Renew the test certificates").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Migration runbook").Owner.ShouldBe(ActionOwner.Them);
    }

    [Fact]
    public void Should_read_the_owner_and_its_aliases_from_the_vault_settings()
    {
        var config = VaultConfig.Parse("owner: Jordan Lee\nowner-aliases: Jo, jl\n", "config.yml");
        config.MyNames.ShouldBe(["Jordan Lee", "jlee", "jordanl", "Jo", "jl"]);
        VaultConfig.Parse("owner-aliases:\n  - Jo\n", "config.yml").OwnerAliases.ShouldBe(["Jo"]);
        new VaultConfig().MyNames.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Send the deck (3/12)", 2025, 3, 12)]
    [InlineData("Send the deck due 3/12", 2025, 3, 12)]
    [InlineData("Send the deck (due 3/12)", 2025, 3, 12)]
    [InlineData("Send the deck by Friday", 2025, 3, 7)]
    [InlineData("Send the deck by EOW", 2025, 3, 7)]
    [InlineData("Send the deck by next week", 2025, 3, 13)]
    [InlineData("Send the deck (by next week)", 2025, 3, 13)]
    [InlineData("Send the deck by 3/14/2025", 2025, 3, 14)]
    [InlineData("Send the deck (by 14/3)", 2025, 3, 14)]
    [InlineData("Send the deck deadline: March 20", 2025, 3, 20)]
    [InlineData("Send the deck by the 15th", 2025, 3, 15)]
    [InlineData("Send the deck by end of month", 2025, 3, 31)]
    [InlineData("Send the deck (bis 07.03.2025)", 2025, 3, 7)]
    [InlineData("Send the deck by July 15", 2025, 7, 15)]
    public void Should_read_a_due_date_written_in_the_text_against_the_meeting_it_sits_under(string line, int year, int month, int day)
    {
        // Given a task under the meeting of Thursday 6 March 2025
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## 2025-03-06\n- [ ] {line}\n\n## 2025-02-27\n- talked\n").Actions.Single();

        // Then its due date is read from the meeting's day, and leaves the text
        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("Send the deck");
    }

    [Theory]
    [InlineData("Upgrade the client to v3.7")]
    [InlineData("Finish the onboarding chapters (1/2)")]
    [InlineData("Reduce flaky tests by 1/3")]
    [InlineData("Fix ticket OPS-3/7 before 3.5 release")]
    [InlineData("Move the retro to Friday")]
    [InlineData("Pair with Ana on the 2/3 remaining migrations")]
    [InlineData("Due to the outage, restart the jobs")]
    [InlineData("Get sign-off by Sam's lead")]
    [InlineData("Split the epic by 3-4 weeks of work")]
    public void Should_not_read_a_due_date_from_what_is_not_clearly_one(string line)
    {
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## 2025-07-08\n- [ ] {line}\n").Actions.Single();
        action.Due.ShouldBeNull();
        action.Text.ShouldBe(line);
    }

    [Fact]
    public void Should_not_read_a_relative_due_date_of_a_task_under_no_meeting()
    {
        DocumentFixtures.Parse("# Sam Lee\n\n## Action Items\n- [ ] Send the deck by Friday\n").Actions.Single().Due.ShouldBeNull();
    }

    [Theory]
    [InlineData(true, 2025, 5, 4)]
    [InlineData(false, 2025, 4, 5)]
    public void Should_read_a_numeric_due_date_as_the_vault_setting_says_when_the_document_does_not(bool dayFirst, int year, int month, int day)
    {
        var doc = DocumentFixtures.ParseAs(Owner, "# Sam Lee\n\n## 2025-03-01\n- [ ] Send the deck due 4/5\n", dayFirst);
        doc.Actions.Single().Due.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void Should_read_numeric_due_dates_by_the_documents_own_order_of_day_and_month()
    {
        var doc = Fixture("day-month-titles.md");
        Task(doc, "write the API deprecation notice").Due.ShouldBe(new DateOnly(2025, 3, 14));
        Task(doc, "Review the contractor invoices").Due.ShouldBe(new DateOnly(2025, 4, 2));
    }

    [Fact]
    public void Should_date_yearless_headings_of_a_newest_first_log_back_across_the_new_year()
    {
        var doc = Fixture("newest-first-yearless.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 1, 13), new DateOnly(2025, 1, 6), new DateOnly(2024, 12, 16), new DateOnly(2024, 12, 2)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 1, 13));
        doc.Problems.ShouldBeEmpty();
        Task(doc, "Lena to send the draft OKRs").Due.ShouldBe(new DateOnly(2025, 1, 16));
    }

    [Fact]
    public void Should_date_yearless_headings_of_an_oldest_first_log_forward_across_the_new_year()
    {
        var doc = Fixture("newest-at-bottom.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2024, 11, 18), new DateOnly(2024, 12, 2), new DateOnly(2024, 12, 16), new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 20)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 1, 20));
        doc.Problems.ShouldBeEmpty();
        Task(doc, "Priya to pick a first project").Due.ShouldBe(new DateOnly(2024, 12, 6));
        Task(doc, "Share the billing architecture notes").Due.ShouldBe(new DateOnly(2024, 12, 20));
        Task(doc, "estimate the billing cleanup").Due.ShouldBe(new DateOnly(2025, 1, 13));
    }

    [Fact]
    public void Should_take_the_year_of_yearless_headings_from_the_dates_written_around_them()
    {
        // Given headings without a year anywhere, and a whole date in a task under them
        var doc = DocumentFixtures.LoadAs(null, "real-world", "yearless-with-context.md");

        // Then the meetings take that date's year, not today's
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2023, 2, 10), new DateOnly(2023, 2, 3)]);
    }

    [Fact]
    public void Should_read_a_google_doc_note_with_the_owner_in_its_title_and_due_dates_after_its_date_line()
    {
        var doc = Fixture("google-doc-note.md");
        doc.Person.ShouldBe("Olu Bello");
        var principles = Task(doc, "draft the design principles doc");
        principles.Owner.ShouldBe(ActionOwner.Them);
        principles.Due.ShouldBe(new DateOnly(2025, 3, 21));
        principles.Meeting.ShouldBe(new DateOnly(2025, 3, 14));
        var slot = Task(doc, "set up a design review slot");
        slot.Owner.ShouldBe(ActionOwner.Me);
        slot.Due.ShouldBe(new DateOnly(2025, 3, 21));
    }

    [Fact]
    public void Should_read_emoji_titles_and_sections_and_a_due_date_in_a_planned_step()
    {
        var doc = Fixture("emoji-sections.md");
        doc.Person.ShouldBe("Tomás García");
        var shadow = Task(doc, "shadow two interviews");
        shadow.Owner.ShouldBe(ActionOwner.Them);
        shadow.Due.ShouldBe(new DateOnly(2025, 3, 17));
        doc.Actions.ShouldNotContain(a => a.Text.StartsWith("Lead an interview loop", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_worded_due_dates_under_weekday_headings_and_bold_action_labels()
    {
        var weekdays = Fixture("weekday-headings.md");
        Task(weekdays, "Kenji to share the capacity model").Due.ShouldBe(new DateOnly(2025, 3, 14));
        Task(weekdays, "Send Kenji the staffing doc").Due.ShouldBe(new DateOnly(2025, 3, 18));

        var calls = Fixture("dated-call-notes.md");
        Task(calls, "share the survey summary with the team").Due.ShouldBe(new DateOnly(2025, 3, 5));
        Task(calls, "Schedule the follow-up session").Due.ShouldBe(new DateOnly(2025, 3, 10));
    }

    [Fact]
    public void Should_read_a_bare_parenthesised_date_only_near_its_meeting()
    {
        var doc = Fixture("not-due-dates.md");
        doc.Actions.Where(a => a.Due is not null).Select(a => (a.Text, a.Due)).ShouldBe([("Ship the exporter", (DateOnly?)new DateOnly(2025, 7, 11))]);
    }

    [Fact]
    public void Should_take_the_whole_name_of_the_attendee_a_title_names_by_first_name()
    {
        // Given "# Sam / Jordan 1:1" and "Participants: Jordan Lee, Sam Rivera" in a vault whose owner is Jordan Lee
        var doc = Fixture("notion-database-page.md");
        doc.Person.ShouldBe("Sam Rivera");
        var onePager = Task(doc, "Sam to write a one-pager on the rewrite scope");
        onePager.Owner.ShouldBe(ActionOwner.Them);
        onePager.Due.ShouldBe(new DateOnly(2024, 3, 11));
        Task(doc, "Jordan to find a guild slot in April").Owner.ShouldBe(ActionOwner.Me);
    }

    [Fact]
    public void Should_date_a_week_written_as_a_range_by_the_year_at_its_end()
    {
        var doc = Fixture("week-ranges.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 4)]);
        Task(doc, "send the vendor shortlist").Due.ShouldBe(new DateOnly(2024, 3, 13));
        DocumentFixtures.Parse("# Ana Ruiz\n\n## Dec 30 – Jan 3, 2025\n- talked\n").Meetings.Single().Date.ShouldBe(new DateOnly(2024, 12, 30));
    }

    [Fact]
    public void Should_read_a_due_date_under_headings_naming_the_person_and_the_date()
    {
        var doc = Fixture("heading-name-and-date.md");
        doc.LastMet.ShouldBe(new DateOnly(2024, 3, 12));
        Task(doc, "outline the guild talk").Due.ShouldBe(new DateOnly(2024, 3, 20));
    }
}
