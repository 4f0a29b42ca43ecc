using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// Styles the labelled cases barely hold (session 16's probe): emailed recaps written to the person, tasks written as fields,
/// "Action for …:" labels, passives with a third party as agent, conditions after the commitment, shorthand with task
/// labels and arrows, Q/A lines. Each rule is checked on notes written for these tests, not on the probe's notes.
/// Meeting: Tuesday 2026-03-10, with Marisol Ibáñez, weekly.
/// </summary>
public sealed class NotesInMoreStylesTests
{
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 3, 10), "Marisol Ibáñez", Frequency.Weekly);

    private static List<(string Owner, string Text, string? Due)> Actions(string notes) =>
        NotesEngine.Extract(notes, Meeting).Actions
            .Select(a => (a.Owner == ActionOwner.Me ? "me" : "them", a.Text, a.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public void Should_read_a_task_written_as_fields_on_one_line()
    {
        var actions = Actions("""
            Marisol / me
            Action: Refresh the pricing sheet | Owner: Marisol | Due: 3/20
            Task: Book the onsite room | Owner: me | Due: next wk
            Action: Renew the SSL certificate | Owner: Ops team | Due: 3/17
            """);

        actions.ShouldBe([
            ("them", "Refresh the pricing sheet", "2026-03-20"),
            ("me", "Book the onsite room", "2026-03-17"),
        ]);
    }

    [Fact]
    public void Should_read_owner_and_due_fields_on_the_lines_under_an_item()
    {
        var actions = Actions("""
            Weekly
            - Move the nightly exports to the new bucket
              Owner: Mari
              Due: 3/19
            - Write the sunset notice
              Owner: me
            - Rotate the API keys
              - Who: Security team
            """);

        actions.ShouldBe([
            ("them", "Move the nightly exports to the new bucket", "2026-03-19"),
            ("me", "Write the sunset notice", null),
        ]);
    }

    [Fact]
    public void Should_read_you_in_an_emailed_recap_as_the_person()
    {
        var actions = Actions("""
            Hi Marisol,

            Thanks for today. Recap:
            - You'll send me the vendor shortlist by Friday.
            - You're going to set up the intro with the data team.
            - I'll review your rollout plan tomorrow.
            """);

        actions.ShouldBe([
            ("them", "send me the vendor shortlist", "2026-03-13"),
            ("them", "set up the intro with the data team", null),
            ("me", "review your rollout plan", "2026-03-11"),
        ]);
    }

    [Fact]
    public void Should_read_action_for_and_homework_for_labels_as_owner_markers()
    {
        var actions = Actions("""
            Topic: hiring loop
            Action for Marisol: draft the take-home rubric by Thursday
            Action for me: book the calibration slot
            Homework for Marisol: collect three impact stories before we meet next week
            """);

        actions.ShouldBe([
            ("them", "draft the take-home rubric", "2026-03-12"),
            ("me", "book the calibration slot", null),
            ("them", "collect three impact stories", "2026-03-17"),
        ]);
    }

    [Fact]
    public void Should_make_getting_the_person_to_act_mine()
    {
        var actions = Actions("""
            - remind Marisol to file her travel expenses
            - tell the team about the new rota on Monday
            """);

        actions.ShouldBe([
            ("me", "remind Marisol to file her travel expenses", null),
            ("me", "tell the team about the new rota", "2026-03-16"),
        ]);
    }

    [Fact]
    public void Should_read_a_passive_by_its_agent()
    {
        var actions = Actions("""
            - budget memo to be sent to the VP by Friday
            - pricing page to be reviewed by Marisol before Thursday
            - renewal contract to be signed by the customer next week
            - order form to be countersigned by Legal
            - It was agreed that the demo will be facilitated by Marisol
            """);

        actions.ShouldBe([
            ("me", "send budget memo to the VP", "2026-03-13"),
            ("them", "review pricing page", "2026-03-12"),
            ("them", "facilitate the demo", null),
        ]);
    }

    [Fact]
    public void Should_hold_back_a_commitment_whose_condition_comes_after_it()
    {
        var actions = Actions("""
            - Marisol to call the vendor if the patch isn't out by noon
            - I'll cover her travel only if the talk is accepted
            - ask Dev if he can shadow the on-call week
            - Marisol will send the numbers by Friday if possible
            """);

        actions.ShouldBe([
            ("me", "ask Dev if he can shadow the on-call week", null),
            ("them", "send the numbers if possible", "2026-03-13"),
        ]);
    }

    [Fact]
    public void Should_read_will_not_as_no_action()
    {
        var actions = Actions("""
            - Marisol will not need the spare monitor anymore
            - I will not send the survey until the reorg is announced
            - should we split the platform team? open question
            - I'll tell her manager on Monday
            """);

        actions.ShouldBe([("me", "tell her manager", "2026-03-16")]);
    }

    [Fact]
    public void Should_not_read_a_weekday_that_names_a_thing_as_the_due()
    {
        var actions = Actions("""
            - I'll cancel the Thursday room booking today
            - Marisol will post the status update every Friday
            """);

        actions.ShouldBe([
            ("me", "cancel the Thursday room booking", "2026-03-10"),
            ("them", "post the status update every Friday", null),
        ]);
    }

    [Fact]
    public void Should_read_shorthand_with_a_task_label_before_the_owner_and_answers_after_a_question()
    {
        var actions = Actions("""
            MI 1:1
            AI: MI -> cost model draft, EOW
            Q: plan for the migration? A: Marisol will share a plan by next Wed
            Marisol she will prepare the customer deck until Friday
            """);

        actions.ShouldBe([
            ("them", "cost model draft", "2026-03-13"),
            ("them", "share a plan", "2026-03-18"),
            ("them", "prepare the customer deck", "2026-03-13"),
        ]);
    }

    [Fact]
    public void Should_keep_a_commitment_after_a_dropped_item_in_the_same_sentence()
    {
        var actions = Actions("She wants to drop the side project; I told her that's fine and I'll let Tomas know.");

        actions.ShouldBe([("me", "let Tomas know", null)]);
    }

    [Fact]
    public void Should_read_a_metric_that_went_up_or_down_by_a_percentage_as_a_win()
    {
        var wins = NotesEngine.Extract("""
            - Adoption: 64% of seats active, up from 51% last month
            - She mentioned the team's deploy frequency is up 20% since we cut meetings
            - page volume down 35% after the alert cleanup
            """, Meeting).Wins.Select(w => w.Text).ToList();

        wins.ShouldBe([
            "Adoption: 64% of seats active, up from 51% last month",
            "She mentioned the team's deploy frequency is up 20% since we cut meetings",
            "page volume down 35% after the alert cleanup",
        ]);
    }
}
