using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

public sealed class NotesEngineTests
{
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 3, 3), "Lena Fischer", Frequency.Weekly);

    private static ExtractedAction Single(string notes) => NotesEngine.Extract(notes, Meeting).Actions.ShouldHaveSingleItem();

    [Theory]
    [InlineData("I'll send the deck", "send the deck")]
    [InlineData("I will send the deck", "send the deck")]
    [InlineData("I'm going to send the deck", "send the deck")]
    [InlineData("I need to send the deck", "send the deck")]
    [InlineData("I should send the deck", "send the deck")]
    [InlineData("I owe Lena the deck", "owe Lena the deck")]
    [InlineData("I promised to send the deck", "send the deck")]
    [InlineData("AI(me): send the deck", "send the deck")]
    [InlineData("(me) send the deck", "send the deck")]
    [InlineData("me: send the deck", "send the deck")]
    [InlineData("me - send the deck", "send the deck")]
    [InlineData("Action for me: send the deck", "send the deck")]
    [InlineData("Remind me to send the deck", "send the deck")]
    [InlineData("send Lena the deck", "send Lena the deck")]
    [InlineData("Need to send the deck", "send the deck")]
    [InlineData("Must send the deck", "send the deck")]
    [InlineData("Don't forget to send the deck", "send the deck")]
    [InlineData("TODO: send the deck", "send the deck")]
    [InlineData("- [ ] Send the deck", "Send the deck")]
    [InlineData("Deck to be sent to Lena", "send Deck to Lena")]
    [InlineData("Slides to be reviewed by me", "review Slides")]
    public void Should_give_me_the_actions_the_contract_gives_me(string notes, string text)
    {
        var action = Single(notes);
        action.Owner.ShouldBe(ActionOwner.Me);
        action.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("Lena will draft the runbook")]
    [InlineData("Lena'll draft the runbook")]
    [InlineData("Lena to draft the runbook")]
    [InlineData("Lena needs to draft the runbook")]
    [InlineData("Lena is going to draft the runbook")]
    [InlineData("She's going to draft the runbook")]
    [InlineData("Lena offered to draft the runbook")]
    [InlineData("Lena agreed to draft the runbook")]
    [InlineData("Fischer will draft the runbook")]
    [InlineData("She'll draft the runbook")]
    [InlineData("We agreed she'll draft the runbook")]
    [InlineData("AI(Lena): draft the runbook")]
    [InlineData("(Lena) draft the runbook")]
    [InlineData("- [ ] Lena: draft the runbook")]
    [InlineData("Lena -> draft the runbook")]
    [InlineData("LF - draft the runbook")]
    [InlineData("draft the runbook -> Lena")]
    [InlineData("Runbook will be drafted by Lena")]
    public void Should_give_them_the_actions_the_contract_gives_them(string notes)
    {
        var action = Single(notes);
        action.Owner.ShouldBe(ActionOwner.Them);
        action.Text.ShouldContain("runbook");
    }

    [Theory]
    [InlineData("Talked about the grant. Ask Dr. Okafor to sign the form by Friday.")]
    [InlineData("Talked about the grant. Ask Mrs. Okafor to sign the form by Friday.")]
    public void Should_not_end_a_sentence_at_a_title(string notes)
    {
        var action = Single(notes);
        action.Text.ShouldContain("Okafor");
        action.Text.ShouldContain("sign the form");
        action.Due.ShouldBe(new DateOnly(2026, 3, 6));
    }

    [Fact]
    public void Should_let_a_label_line_own_the_items_below_it()
    {
        var actions = NotesEngine.Extract("Lena:\n- share the runbook\n- confirm the window by Wednesday\nMe:\n- get her a sandbox by end of the week\n", Meeting).Actions;

        actions.Select(a => (a.Owner, a.Text, a.Due)).ShouldBe(
        [
            (ActionOwner.Them, "share the runbook", (DateOnly?)null),
            (ActionOwner.Them, "confirm the window", new DateOnly(2026, 3, 4)),
            (ActionOwner.Me, "get her a sandbox", new DateOnly(2026, 3, 6)),
        ]);
    }

    [Theory]
    [InlineData("- [x] Shared the budget sheet")]
    [InlineData("Talked about the offsite, nothing decided")]
    [InlineData("Lena is nervous about the talk.")]
    [InlineData("Lena confirmed the pilot is expanding")]
    [InlineData("Lena: committee meets 5/4")]
    [InlineData("Should we move the sync?")]
    [InlineData("Mostly personal catch-up")]
    public void Should_not_take_happenings_feelings_or_questions_for_actions(string notes)
    {
        NotesEngine.Extract(notes, Meeting).Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[P3] Send the deck tomorrow", "P3")]
    [InlineData("Send the deck ASAP", "P1")]
    [InlineData("Send the deck tomorrow", "P1")]
    [InlineData("Send the deck in 7 days", "P1")]
    [InlineData("Send the deck in 8 days", "P2")]
    [InlineData("Send the deck", "P2")]
    public void Should_set_priority_from_tag_urgency_or_nearness(string notes, string priority)
    {
        Single(notes).Priority.ShouldBe(priority);
    }

    [Fact]
    public void Should_split_a_done_item_from_the_action_after_a_dash()
    {
        var e = NotesEngine.Extract("- Training budget approved - find courses by next week", Meeting);

        e.Actions.ShouldHaveSingleItem().Text.ShouldBe("find courses");
        e.Actions[0].Due.ShouldBe(new DateOnly(2026, 3, 10));
        e.Completions.ShouldHaveSingleItem().Text.ShouldBe("Training budget approved");
    }

    [Fact]
    public void Should_classify_wins_decisions_goals_feedback_blockers_mood_and_topics()
    {
        var e = NotesEngine.Extract(
            """
            - Lena shipped the billing cutover, zero downtime
            - win: incident count down 30%
            - We decided to move the sync to Tuesdays
            - Q2 goal: cut CI time in half
            - High five: great facilitation of the retro
            - Watch out: rushed the demo; rehearse once first
            - Blocked on the security review
            - mood 4/5
            - Talked about the offsite
            """, Meeting);

        e.Actions.ShouldBeEmpty();
        e.Wins.Select(w => w.Text).ShouldBe(["Lena shipped the billing cutover, zero downtime", "incident count down 30%"]);
        e.Decisions.ShouldHaveSingleItem().Text.ShouldBe("We decided to move the sync to Tuesdays");
        e.Goals.ShouldHaveSingleItem().Text.ShouldBe("cut CI time in half");
        e.Feedback.Select(f => f.Kind).ShouldBe(["high-five", "watch-out"]);
        e.Blockers.ShouldHaveSingleItem();
        e.Mood.ShouldBe(4);
        e.Topics.ShouldHaveSingleItem().Text.ShouldBe("the offsite");
    }

    [Theory]
    [InlineData("- Sorry, my last call ran over", false)]
    [InlineData("- the planning session ran late again", false)]
    [InlineData("- the sprint got pushed a week", false)]
    [InlineData("- Lena ran the incident review for the whole org", true)]
    public void Should_tell_a_setback_from_a_win_by_the_word_after_the_verb(string note, bool win)
    {
        // Contract ("Wins"): an accomplishment verb is a win; "ran over" and "got pushed" are setbacks.
        NotesEngine.Extract(note, Meeting).Wins.Count.ShouldBe(win ? 1 : 0);
    }

    [Fact]
    public void Should_read_prose_sentence_by_sentence_keeping_decimals_whole()
    {
        var e = NotesEngine.Extract("The session got a 9.1/10 rating. Lena will send the recap by Friday. I'll book the room today.", Meeting);

        e.Wins.ShouldHaveSingleItem().Text.ShouldBe("The session got a 9.1/10 rating");
        e.Actions.Select(a => (a.Owner, a.Due)).ShouldBe([(ActionOwner.Them, (DateOnly?)new DateOnly(2026, 3, 6)), (ActionOwner.Me, (DateOnly?)new DateOnly(2026, 3, 3))]);
    }

    [Fact]
    public void Should_ignore_tasks_in_code_fences()
    {
        NotesEngine.Extract("```\n- [ ] not a task\n```\n", Meeting).Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("---\n***\n")]
    public void Should_return_nothing_for_empty_notes(string notes)
    {
        var e = NotesEngine.Extract(notes, Meeting);
        e.Actions.ShouldBeEmpty();
        e.Topics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_binary_and_huge_notes()
    {
        Should.Throw<RapportException>(() => NotesEngine.Extract("a\0b", Meeting)).Code.ShouldBe(ErrorCode.Usage);
        Should.Throw<RapportException>(() => NotesEngine.Extract(new string('a', NotesEngine.MaxNotesLength + 1), Meeting)).Code.ShouldBe(ErrorCode.Usage);
    }

    [Theory]
    [InlineData("Sam Ortiz (old)")]
    [InlineData("Ana [contractor]")]
    [InlineData("Dr. Who? *")]
    public void Should_read_notes_for_a_person_whose_name_has_punctuation(string person)
    {
        // Found by the fuzzer: "(old)" made an initials pattern that was not a valid regex.
        var extraction = NotesEngine.Extract("- I'll send the deck by Friday\n- Sam will book the room\n", new MeetingContext(new DateOnly(2026, 1, 20), person, Rapport.Core.Cadence.Frequency.Weekly));

        extraction.Actions.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("Grace will drop one of the two projects")]
    [InlineData("I had to drop early for the offsite call")]
    [InlineData("Drop Sam a line about the offsite")]
    [InlineData("Lena dropped off the call at 3")]
    [InlineData("I'll drop by the design review on Friday")]
    public void Should_not_read_a_drop_that_names_no_one_item_as_a_cancellation(string notes)
    {
        // "drop" cancels an item only when what follows names one: not a part, a particle or someone a message goes to
        NotesEngine.Extract(notes, Meeting).Cancellations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("We'll drop the weekly status report")]
    [InlineData("Drop the Kafka upgrade, no one needs it")]
    [InlineData("Scrap the old onboarding survey")]
    [InlineData("Price-lock clause dropped")]
    [InlineData("we're dropping the Kafka upgrade this quarter")]
    public void Should_read_a_drop_of_one_item_as_a_cancellation(string notes)
    {
        var extraction = NotesEngine.Extract(notes, Meeting);

        extraction.Cancellations.ShouldHaveSingleItem();
        extraction.Actions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_give_the_person_the_action_of_dropping_one_of_their_projects()
    {
        var action = Single("Lena will drop one of the two projects");

        action.Owner.ShouldBe(ActionOwner.Them);
        action.Text.ShouldBe("drop one of the two projects");
    }

    [Theory]
    [InlineData("I'll send the draft w/c 9 March", 2026, 3, 13)]
    [InlineData("I'll send the draft by w/c 9th March", 2026, 3, 13)]
    [InlineData("I'll send the draft week commencing March 9", 2026, 3, 13)]
    [InlineData("I'll send the draft w/b 16/3", 2026, 3, 20)]
    public void Should_read_a_week_named_by_its_first_day_as_due_that_weeks_friday(string notes, int year, int month, int day)
    {
        var action = Single(notes);

        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("send the draft");
    }

    [Theory]
    [InlineData("I'll ship the fix by end of sprint", "ship the fix by end of sprint")]
    [InlineData("I'll ship the fix by the end of the sprint", "ship the fix by the end of the sprint")]
    public void Should_read_no_due_date_from_the_end_of_a_sprint_whose_length_is_unknown(string notes, string text)
    {
        var action = Single(notes);

        action.Due.ShouldBeNull();
        action.Text.ShouldBe(text);
    }
}
