using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// The contract's formats and owner rules on notes written for these tests (other names, topics and
/// phrasings than the labelled cases), so the rules are checked for what they say, not for one case.
/// Meeting: Tuesday 2026-03-10, with Marisol Ibáñez, weekly.
/// </summary>
public sealed class NoteFormatsTests
{
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 3, 10), "Marisol Ibáñez", Frequency.Weekly);

    private static List<(string Owner, string Text, string? Due)> Actions(string notes, MeetingContext? meeting = null) =>
        NotesEngine.Extract(notes, meeting ?? Meeting).Actions
            .Select(a => (a.Owner == ActionOwner.Me ? "me" : "them", a.Text, a.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public void Should_read_logseq_blocks_with_their_planning_lines()
    {
        var actions = Actions("""
            - weekly [[Marisol Ibáñez]] #one-on-one
            	- TODO [[Marisol]] rewrite the vendor scorecard
            	  SCHEDULED: <2026-03-12 Thu>
            	- LATER order the spare laptops
            	- WAITING on procurement for the laptop quote
            	  DEADLINE: <2026-03-20 Fri>
            	  SCHEDULED: <2026-03-13 Fri>
            	- DONE sent the floor plan
            	- CANCELLED book the offsite bus
            	- TODO send [[Marisol]] the hiring rubric
            """);

        actions.ShouldBe([
            ("them", "rewrite the vendor scorecard", "2026-03-12"),
            ("me", "order the spare laptops", null),
            ("me", "wait on procurement for the laptop quote", "2026-03-20"),
            ("me", "send Marisol the hiring rubric", null),
        ]);
    }

    [Fact]
    public void Should_read_a_task_table_by_its_columns()
    {
        var actions = Actions("""
            | Action | Who | ETA | Status |
            | --- | --- | --- | --- |
            | Update the pricing sheet | Mari | tmrw | |
            | Share the churn analysis | me | 19/3 | WIP |
            | Renew the SSL certificate | Ops team | Fri | |
            | Archive the old wiki | me | | ✅ |
            | Draft the launch email | | next wk | dropped |
            """);

        actions.ShouldBe([
            ("them", "Update the pricing sheet", "2026-03-11"),
            ("me", "Share the churn analysis", "2026-03-19"),
        ]);
    }

    [Fact]
    public void Should_hold_no_actions_in_a_table_without_a_header_row()
    {
        Actions("| Update the pricing sheet | me | tmrw |\n| Share the churn analysis | Mari | Fri |\n").ShouldBeEmpty();
    }

    [Fact]
    public void Should_turn_an_accepted_request_in_a_chat_into_the_addressees_action()
    {
        var actions = Actions("""
            Marisol: morning! could you forward the audit checklist to my team?
            me: sure, by Thursday
            Marisol: and I'll book the walkthrough with facilities this wk
            me: can you also send me the floor plan?
            Marisol: can't this week, sorry
            """);

        actions.ShouldBe([
            ("me", "forward the audit checklist to my team", "2026-03-12"),
            ("them", "book the walkthrough with facilities", "2026-03-13"),
        ]);
    }

    [Fact]
    public void Should_read_webvtt_speakers_as_me_and_them()
    {
        var actions = Actions("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Marisol Ibanez>I'll circulate the survey results by Friday.</v>

            00:00:04.500 --> 00:00:09.000
            <v Dara Quinn>Great. Could you add the regional split as well?</v>

            00:00:09.500 --> 00:00:11.000
            <v Marisol Ibanez>Will do.</v>

            00:00:11.500 --> 00:00:15.000
            <v Dara Quinn>And I'll ask legal about the retention clause tomorrow.</v>
            """);

        actions.ShouldBe([
            ("them", "circulate the survey results", "2026-03-13"),
            ("them", "add the regional split as well", null),
            ("me", "ask legal about the retention clause", "2026-03-11"),
        ]);
    }

    [Fact]
    public void Should_read_the_vault_owners_name_as_me_when_three_people_speak()
    {
        // Contract (transcripts): a commitment is owned by its speaker, mapped to me or them by the vault owner's and the person's names.
        const string notes = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Marisol Ibanez>I'll circulate the survey results by Friday.</v>

            00:00:04.500 --> 00:00:08.000
            <v Priyanka Rao>I'll check the budget.</v>

            00:00:08.500 --> 00:00:12.000
            <v Dara Quinn>And I'll ask legal about the retention clause tomorrow.</v>
            """;

        Actions(notes, Meeting with { Me = "Dara Quinn" }).ShouldBe([
            ("them", "circulate the survey results", "2026-03-13"),
            ("me", "ask legal about the retention clause", "2026-03-11"),
        ]);
        // Without the owner's name, the third speaker's words and mine cannot be told apart: neither is mine.
        Actions(notes).ShouldNotContain(a => a.Owner == "me");
    }

    [Fact]
    public void Should_not_make_topics_or_actions_of_greetings_thanks_and_short_answers_in_a_conversation()
    {
        var extraction = NotesEngine.Extract("""
            Marisol Ibanez  0:01
            Morning! How was your week?

            Dara Quinn  0:05
            Good, busy. The vendor migration plan slipped two weeks because legal still reviews the contract.

            Marisol Ibanez  0:12
            Okay. Anything else?

            Dara Quinn  0:15
            No, that's it. Thanks, Marisol.
            """, Meeting);

        extraction.Topics.Select(t => t.Text).ShouldBe(["The vendor migration plan slipped two weeks because legal still reviews the contract"]);
        extraction.Actions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_srt_and_otter_transcripts()
    {
        Actions("""
            1
            00:00:01,000 --> 00:00:03,000
            MARISOL: I will draft the rota proposal next Tues.

            2
            00:00:03,500 --> 00:00:06,000
            DARA: Thanks. I'll review it once it lands.
            """).ShouldBe([("them", "draft the rota proposal", "2026-03-17"), ("me", "review it once it lands", null)]);

        Actions("""
            Mari Ibáñez  0:03
            I'll send the vendor shortlist tmrw.

            Dara Quinn  0:09
            Thanks, I'll book a slot with procurement for Thursday.
            """).ShouldBe([("them", "send the vendor shortlist", "2026-03-11"), ("me", "book a slot with procurement", "2026-03-12")]);
    }

    [Fact]
    public void Should_give_a_third_speaker_no_actions_and_still_read_the_others()
    {
        Actions("""
            Marisol: I'll send the deck Friday
            Priyanka: I'll check the budget
            me: I'll update the roadmap tmrw
            Priyanka: ok
            """).ShouldBe([("them", "send the deck", "2026-03-13"), ("me", "update the roadmap", "2026-03-11")]);
    }

    [Fact]
    public void Should_read_nothing_from_a_webvtt_file_without_cues()
    {
        NotesEngine.Extract("WEBVTT\n\n", Meeting).Actions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("- vendor scorecard => Marisol, thurs", "them", "vendor scorecard", "2026-03-12")]
    [InlineData("- quarterly roadmap -> me, by EOM", "me", "quarterly roadmap", "2026-03-31")]
    [InlineData("- Check the backup restore — Mari", "them", "Check the backup restore", null)]
    [InlineData("- Rewrite the FAQ (Marisol) 📅 2026-04-02", "them", "Rewrite the FAQ", "2026-04-02")]
    [InlineData("- Collect the survey answers [me] 📅 2026-03-20", "me", "Collect the survey answers", "2026-03-20")]
    [InlineData("- @marisol: send the invoice copies", "them", "send the invoice copies", null)]
    [InlineData("- @marisol will send the invoice copies", "them", "send the invoice copies", null)]
    [InlineData("- Marisol + me to plan the offsite agenda, next 1:1", "me", "plan the offsite agenda", "2026-03-17")]
    [InlineData("- yo: call the venue -> mañana", "me", "call the venue", "2026-03-11")]
    [InlineData("- Budget review: I'll ask finance for the Q2 numbers", "me", "ask finance for the Q2 numbers", null)]
    [InlineData("- she wants a bigger scope -> I'll check the headcount plan", "me", "check the headcount plan", null)]
    [InlineData("- I said I'd send her the interview notes, COB Thursday", "me", "send her the interview notes", "2026-03-12")]
    [InlineData("- I still owe Marisol the offer letter draft", "me", "owe Marisol the offer letter draft", null)]
    [InlineData("- Remind me: renew the team license by the 20th", "me", "renew the team license", "2026-03-20")]
    [InlineData("- Mari said she'd share the vendor list in a fortnight", "them", "share the vendor list", "2026-03-24")]
    [InlineData("- she is halfway through the style guide, will finish it by wedensday", "them", "finish the style guide", "2026-03-11")]
    [InlineData("- couldn't reach the landlord, will try again Freitag", "me", "try again reach the landlord", "2026-03-13")]
    public void Should_read_owners_markers_and_dues_the_contract_names(string notes, string owner, string text, string? due)
    {
        Actions(notes).ShouldBe([(owner, text, due)]);
    }

    [Theory]
    [InlineData("Marisol // 3/10")]
    [InlineData("1:1 w/ Mari - tues")]
    [InlineData("- Onboarding retro went fine")]
    [InlineData("- Review cycle opens Apr 2")]
    [InlineData("- we should probably rethink the release cadence at some point")]
    [InlineData("- if the budget clears, I'll hire a contractor")]
    [InlineData("- she'd rather not lead the guild")]
    [InlineData("- Her manager (Tom) will move the audit to Q3")]
    [InlineData("- let's revisit the tooling question next time")]
    [InlineData("- pinged legal -> no reply yet")]
    [InlineData("- Marisol's pager rota -> Ahmed")]
    [InlineData("- invoice dispute resolved ✅")]
    [InlineData("- no longer need to order the banners")]
    [InlineData("- hire a designer? not this year")]
    public void Should_find_no_action_where_the_contract_says_none(string notes)
    {
        Actions(notes).ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_wins_with_an_emoji_or_under_a_wins_heading()
    {
        var e = NotesEngine.Extract("""
            ## Wins
            - Marisol led the supplier negotiation
            ## Notes
            - the new intake form went live 🎉
            - expense report approved
            """, Meeting);

        e.Wins.Select(w => w.Text).ShouldBe(["Marisol led the supplier negotiation", "the new intake form went live 🎉"]);
    }

    [Fact]
    public void Should_read_nicknames_from_aliases_and_accents_loosely()
    {
        var meeting = Meeting with { Aliases = ["Sol"] };
        Actions("- Sol will tidy the shared drive by Fri", meeting).ShouldBe([("them", "tidy the shared drive", "2026-03-13")]);
        Actions("- Marisol Ibanez will tidy the shared drive").ShouldBe([("them", "tidy the shared drive", null)]);
    }
}
