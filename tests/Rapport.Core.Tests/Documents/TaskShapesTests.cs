using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Session 16: tasks and people as documents write them beyond boxes and headings: initials and tick marks in a task
/// table, struck-through steps, lines that open with <c>Action:</c> / <c>AI:</c> / <c>TODO:</c>, and titles and email
/// headers that name the person. Each case failed before its rule; the fixtures are in <c>tests/Fixtures/real-world</c>.
/// </summary>
public sealed class TaskShapesTests
{
    private const string Owner = "Jordan Lee";

    private static RunningDocument Fixture(string file, string? owner = Owner) => DocumentFixtures.LoadAs(owner, "real-world", file);

    private static ActionItem Task(RunningDocument doc, string text) => doc.Actions.Single(a => a.Text == text);

    [Fact]
    public void Should_read_my_initials_in_an_owner_cell_as_mine()
    {
        // Given a task table whose owner cells hold initials, in a vault whose owner is Jordan Lee
        var doc = Fixture("status-table.md");

        // Then my initials (JL, J.L., jl) are mine; the person's (PS) and other letters (JLX) are theirs
        Task(doc, "Share the hiring plan").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Review the offer letter").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Renew the licences").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Order the badges").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Draft the onboarding doc").Owner.ShouldBe(ActionOwner.Them);
        Task(doc, "Update the wiki").Owner.ShouldBe(ActionOwner.Them);

        // Without an owner the initials are one more name
        Task(Fixture("status-table.md", owner: null), "Share the hiring plan").Owner.ShouldBe(ActionOwner.Them);
    }

    [Theory]
    [InlineData("Share the hiring plan", ActionState.Done)] // ✔
    [InlineData("Renew the licences", ActionState.Done)] // ✓
    [InlineData("Send the survey", ActionState.Done)] // ✅ Done
    [InlineData("Order the badges", ActionState.Done)] // ✔️ in a Done column
    [InlineData("Review the offer letter", ActionState.Open)] // Not started
    [InlineData("Book the offsite venue", ActionState.Open)] // On hold: paused, not dropped
    [InlineData("Update the wiki", ActionState.Open)] // Not done
    [InlineData("Draft the onboarding doc", ActionState.InProgress)]
    [InlineData("Write the runbook", ActionState.InProgress)] // Blocked
    [InlineData("Plan the team lunch", ActionState.Cancelled)]
    [InlineData("Collect the feedback", ActionState.Open)] // empty cell
    public void Should_read_ticks_and_open_words_in_a_status_cell(string text, ActionState state)
    {
        Task(Fixture("status-table.md"), text).State.ShouldBe(state);
    }

    [Theory]
    [InlineData("Send the deck", ActionState.Done)]
    [InlineData("Book the room", ActionState.Done)] // ~~…~~ (done)
    [InlineData("Draft the agenda", ActionState.Done)] // ~~…~~ ✅
    [InlineData("Order the laptops", ActionState.Done)] // - [ ] ~~…~~: struck instead of ticked
    [InlineData("File the expenses", ActionState.Done)] // - [x] ~~…~~
    [InlineData("Write the summary", ActionState.Open)]
    [InlineData("Call ~~the vendor~~ the supplier", ActionState.Open)] // a word struck is an edit, not the task
    public void Should_read_a_struck_through_step_as_done(string text, ActionState state)
    {
        var doc = Fixture("struck-steps.md");
        Task(doc, text).State.ShouldBe(state);

        // A struck bullet under a heading that is no action list stays a note
        doc.Actions.ShouldNotContain(a => a.Text.Contains("offsite", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_lines_opening_with_an_action_prefix_as_tasks()
    {
        var doc = Fixture("action-prefixes.md");

        var rubric = Task(doc, "Sam to send the rubric");
        rubric.Owner.ShouldBe(ActionOwner.Them);
        rubric.Due.ShouldBe(new DateOnly(2025, 3, 14));
        Task(doc, "Jordan to book the room").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "update the onboarding checklist").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "draft the offer letter").State.ShouldBe(ActionState.Open);
        Task(doc, "collect the interview notes").Owner.ShouldBe(ActionOwner.Them);
        // A paragraph's line of its own, under the meeting
        var bands = Task(doc, "Sam to share the salary bands");
        bands.Owner.ShouldBe(ActionOwner.Them);
        bands.Due.ShouldBe(new DateOnly(2025, 3, 13));

        // Prose about actions, and a label with nothing to do, are no tasks
        doc.Actions.Count.ShouldBe(6);
    }

    [Fact]
    public void Should_read_action_prefixes_in_a_note_without_headings()
    {
        var doc = Fixture("action-prefixes-plain.md");

        var draft = Task(doc, "Ravi to share the draft");
        draft.Owner.ShouldBe(ActionOwner.Them);
        draft.Due.ShouldBe(new DateOnly(2024, 3, 15));
        Task(doc, "send the meeting notes").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "Jordan to review the budget").Owner.ShouldBe(ActionOwner.Me);
        doc.Actions.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_mark_a_line_of_text_done_by_its_completion_date()
    {
        var doc = DocumentFixtures.ParseAs(Owner, "# 1:1 with Sam Rivera\n\nAction: Sam to send the deck\n");
        var editor = new DocumentEditor(doc);

        editor.MarkDone(doc.Actions.Single(), new DateOnly(2025, 3, 12));
        string text = editor.Apply().Text;

        text.ShouldBe("# 1:1 with Sam Rivera\n\nAction: Sam to send the deck (completed 2025-03-12)\n");
        var again = DocumentFixtures.ParseAs(Owner, text).Actions.Single();
        again.State.ShouldBe(ActionState.Done);
        again.Completed.ShouldBe(new DateOnly(2025, 3, 12));
    }

    [Theory]
    [InlineData("Action items were reviewed at the start.")]
    [InlineData("Action items:")]
    [InlineData("Actions: none")]
    [InlineData("TODO")]
    [InlineData("The AI: a tool we discussed")]
    public void Should_read_no_task_in_prose_about_actions(string line)
    {
        DocumentFixtures.Parse($"# 1:1 with Sam Rivera\n\n## 2025-03-11\n\n{line}\n\n- {line}\n").Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("skip-level-title.md", "Maria Gonzalez")]
    [InlineData("mentoring-log.md", "Olu Bello")]
    [InlineData("email-recap.md", "Priya Shah")]
    [InlineData("email-recap-team.md", "Wei Zhang")] // "To:" a team names no one; the attendees line does
    public void Should_name_the_person_in_a_titles_kind_of_meeting_or_an_email_header(string file, string person)
    {
        Fixture(file).Person.ShouldBe(person);
    }

    [Theory]
    [InlineData("# Skip-level: Maria Gonzalez (Dev Patel's manager)", "Maria Gonzalez")]
    [InlineData("# Skip-level with Maria Gonzalez", "Maria Gonzalez")]
    [InlineData("# Mentoring log — Olu Bello (mentor)", "Olu Bello")]
    [InlineData("# Mentoring: Olu Bello", "Olu Bello")]
    [InlineData("# Coaching sessions with Ana Lima", "Ana Lima")]
    public void Should_name_the_person_after_the_kind_of_meeting(string title, string person)
    {
        DocumentFixtures.Parse($"{title}\n\n## 2025-03-03\n- talked\n").Person.ShouldBe(person);
    }

    [Fact]
    public void Should_name_the_other_person_in_a_1_1_title_naming_both()
    {
        DocumentFixtures.ParseAs(Owner, "# 1:1 — Priya / Jordan\n\n## 2025-03-03\n- talked\n").Person.ShouldBe("Priya");
    }

    [Fact]
    public void Should_read_the_email_recaps_steps_as_tasks()
    {
        var doc = Fixture("email-recap.md");
        Task(doc, "Share the hiring plan with finance").Owner.ShouldBe(ActionOwner.Me);
        Task(doc, "book the room for the launch review").Owner.ShouldBe(ActionOwner.Me);
        doc.Actions.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_read_german_meeting_headings_and_due_dates()
    {
        var doc = Fixture("german-meetings.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 11), new DateOnly(2025, 3, 4)]);
        var draft = Task(doc, "Entwurf schicken");
        draft.Owner.ShouldBe(ActionOwner.Them);
        draft.Due.ShouldBe(new DateOnly(2025, 3, 14)); // (bis 14.03.): day first, the year of its meeting
        Task(doc, "Budget prüfen").Due.ShouldBe(new DateOnly(2025, 3, 14)); // bis Freitag, from Tuesday 11 March
    }

    [Fact]
    public void Should_read_spanish_meeting_headings_and_due_dates()
    {
        var doc = Fixture("spanish-meetings.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 4), new DateOnly(2025, 2, 25)]);
        var report = Task(doc, "enviar el informe");
        report.Owner.ShouldBe(ActionOwner.Them);
        report.Due.ShouldBe(new DateOnly(2025, 3, 14));
        Task(doc, "Revisar el presupuesto").Due.ShouldBe(new DateOnly(2025, 3, 7)); // antes del viernes, from Tuesday 4 March
    }

    [Fact]
    public void Should_read_french_meeting_headings_and_due_dates()
    {
        var doc = Fixture("french-meetings.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 4), new DateOnly(2025, 2, 1)]);
        Task(doc, "préparer la démo").Due.ShouldBe(new DateOnly(2025, 3, 14));
        // "Mars" with no day after it is no date
        doc.Actions.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_date_an_iso_week_heading_by_its_monday()
    {
        var doc = Fixture("iso-week-log.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2025, 3, 3), new DateOnly(2025, 2, 24)]);
        Task(doc, "Send the notes").Due.ShouldBe(new DateOnly(2025, 3, 7));
    }

    [Theory]
    [InlineData("## Besprechung vom 11. März 2025", 2025, 3, 11)]
    [InlineData("## 11. Maerz 2025", 2025, 3, 11)]
    [InlineData("## Reunión del 4 de marzo de 2025", 2025, 3, 4)]
    [InlineData("## 4 mars 2025", 2025, 3, 4)]
    [InlineData("## Vergadering 4 maart 2025", 2025, 3, 4)]
    [InlineData("## Reunião de 4 de março de 2025", 2025, 3, 4)]
    [InlineData("## 17 décembre 2024", 2024, 12, 17)]
    [InlineData("## 2025-W01", 2024, 12, 30)]
    [InlineData("## 2026-W53", 2026, 12, 28)]
    public void Should_date_meeting_headings_written_in_other_languages_and_weeks(string heading, int year, int month, int day)
    {
        DocumentFixtures.Parse($"# Sam Rivera\n\n{heading}\n- talked\n").Meetings.Single().Date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("## Mars rover demo")]
    [InlineData("## 2025-W54")]
    [InlineData("## Version 2.5 roadmap")]
    public void Should_date_no_heading_without_a_whole_date_in_another_language(string heading)
    {
        DocumentFixtures.Parse($"# Sam Rivera\n\n{heading}\n- talked\n").Meetings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, "11. März 2025")]
    [InlineData(3, "4 de marzo de 2025")]
    [InlineData(8, "3 août 2025")]
    [InlineData(10, "1 oktober 2025")]
    [InlineData(12, "5 dezembro 2025")]
    public void Should_find_the_month_of_each_language_in_the_month_table(int month, string text)
    {
        DateText.Find(text).Single().Resolve(false, null)!.Value.Month.ShouldBe(month);
    }

    [Fact]
    public void Should_keep_every_month_word_a_month_of_its_row()
    {
        // The month words are a table: each word names its row's month and is read in a date.
        foreach (var (month, names) in DateText.MonthWords)
            foreach (var name in names)
                DateText.Find($"3 {name} 2025").Single().Resolve(false, null).ShouldBe(new DateOnly(2025, month, 3), name);
    }
}
