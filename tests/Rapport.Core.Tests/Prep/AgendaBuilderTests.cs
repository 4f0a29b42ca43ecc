using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Prep;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Prep;

public sealed class AgendaBuilderTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    private const string Noah = """
        ---
        person: Noah Patel
        kind: direct
        frequency: weekly
        duration: 30
        started: 2025-06-01
        ---

        # 1:1 with Noah Patel

        ## Ongoing Threads

        ### Workload
        - 2026-01-07: Fridays are meeting-heavy
        - 2025-12-01: Too many escalations

        ## Action Items

        ### My Actions
        - [ ] Review his QBR deck (by 2026-01-10)
        - [x] Get him billing access (by 2026-01-09) (completed 2026-01-08)
        - [x] Old thing (completed 2026-01-07)

        ### Noah's Actions
        - [ ] Find exec sponsors (by 2026-01-31)
        - [x] Finish health-score training (completed 2026-01-12)

        ## Recent Accomplishments Shared
        - 2026-01-10: Renewed Corvid Labs solo
        - 2026-01-07: Shared at the last meeting

        ## Goals
        - [ ] Short: lead a QBR without shadow support (by 2026-01-31)
          - 2025-12-20: Shadowed three QBRs
          - 2026-01-06: Acme Freight QBR booked
        - [x] Short: finish onboarding
        - [ ] Medium: own the mid-market book

        ## Feedback
        - [ ] High five (QBR prep): the deck told the customer's story
        - [ ] Watch out (follow-ups): two emails waited three days. Path: answer within a day
        - 2026-01-07: High five (calls): delivered already

        ## Next Meeting
        - Intention: agree the QBR plan
        - Workload on Fridays (added by Noah, 2025-12-20)
        - Career path chat (added by me, 2026-01-10)
        - Untracked point

        ## Meeting History
        - 2026-01-07: Workload, QBR shadowing
          - Intention: check in on workload
          - Outcome: drop one Friday meeting
        - 2025-12-30: Holiday cover
        - 2025-12-16: QBR shadowing recap
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_list_only_what_was_accomplished_after_the_last_meeting()
    {
        Write("noah-patel.md", Noah);
        _dir.Write("BACKLOG.md", """
            - [x] [P1] Send Noah the QBR template (done: 2026-01-11) — 1:1 Noah Patel
            - [x] [P2] Update the playbook (done: 2026-01-11)
            - [x] [P2] Old backlog item (done: 2026-01-02) — 1:1 Noah Patel
            - [x] [P2] Someone else's (done: 2026-01-11) — 1:1 Sarah Chen
            """);

        var agenda = Build("noah");

        agenda.Wins.Select(w => (w.Text, w.Source)).ShouldBe([("Send Noah the QBR template", "backlog"), ("Renewed Corvid Labs solo", "accomplishments")]);
        agenda.Done.Select(d => (d.Owner, d.Text)).ShouldBe([(ActionOwner.Me, "Get him billing access"), (ActionOwner.Them, "Finish health-score training")]);
    }

    [Fact]
    public void Should_share_untagged_backlog_work_only_with_my_manager()
    {
        Write("sarah-chen.md", "---\nperson: Sarah Chen\nkind: manager\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");
        _dir.Write("BACKLOG.md", "- [x] [P2] Update the playbook (done: 2026-01-11)\n");

        Build("sarah").Wins.Select(w => w.Text).ShouldBe(["Update the playbook"]);
    }

    [Fact]
    public void Should_flag_overdue_actions_with_their_age_on_the_meeting_date()
    {
        Write("noah-patel.md", Noah);

        var agenda = Build("noah", new DateOnly(2026, 1, 14));

        agenda.MyActions.ShouldBe([new AgendaAction("Review his QBR deck", new(2026, 1, 10), 4, null)]);
        agenda.TheirActions.ShouldBe([new AgendaAction("Find exec sponsors", new(2026, 1, 31), null, null)]);
    }

    [Fact]
    public void Should_carry_talking_points_over_every_meeting_held_since_they_were_added()
    {
        Write("noah-patel.md", Noah);

        var points = Build("noah").Points;

        points.Select(p => (p.Text, p.By, p.CarriedOver)).ShouldBe([
            ("Workload on Fridays", "Noah", 2),
            ("Career path chat", "me", 0),
            ("Untracked point", null, 0),
        ]);
    }

    [Fact]
    public void Should_check_in_on_open_goals_with_their_latest_progress()
    {
        Write("noah-patel.md", Noah);

        var agenda = Build("noah");

        agenda.GoalsAreFocusAreas.ShouldBeFalse();
        agenda.Goals.ShouldBe([
            new AgendaGoal("Short: lead a QBR without shadow support", new(2026, 1, 31), "Acme Freight QBR booked", new(2026, 1, 6)),
            new AgendaGoal("Medium: own the mid-market book", null, null, null),
        ]);
    }

    [Fact]
    public void Should_fall_back_to_focus_areas_without_goals()
    {
        Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Current Focus Areas\n- Ship the importer\n\n## Meeting History\n- 2026-01-08: Kickoff\n");

        var agenda = Build("bo");

        agenda.GoalsAreFocusAreas.ShouldBeTrue();
        agenda.Goals.Select(g => g.Text).ShouldBe(["Ship the importer"]);
    }

    [Fact]
    public void Should_recall_the_last_meeting_held_not_one_written_ahead()
    {
        // A history line written ahead for after today, and the latest 1:1 held kept as a dated heading
        Write("noah-patel.md", Noah.Replace("## Meeting History\n", "## Meeting History\n- 2026-02-02: Planned: Q2 goals\n") + "\n## 2026-01-12 · Onboarding review\n- notes\n");

        var last = Build("noah").Last;

        last.ShouldBe(new LastMeeting(new(2026, 1, 12), "Onboarding review", null, null));
    }

    [Fact]
    public void Should_queue_undelivered_feedback_with_skill_and_path()
    {
        Write("noah-patel.md", Noah);

        Build("noah").Feedback.ShouldBe([
            new AgendaFeedback("high-five", "QBR prep", "the deck told the customer's story", null),
            new AgendaFeedback("watch-out", "follow-ups", "two emails waited three days", "answer within a day"),
        ]);
    }

    [Fact]
    public void Should_recall_the_last_intention_and_outcome_and_this_meetings_intention()
    {
        Write("noah-patel.md", Noah);

        var agenda = Build("noah");

        agenda.Last.ShouldBe(new LastMeeting(new(2026, 1, 7), "Workload, QBR shadowing", "check in on workload", "drop one Friday meeting"));
        agenda.Intention.ShouldBe("agree the QBR plan");
        agenda.Threads.ShouldBe([new AgendaThread("Workload", "Fridays are meeting-heavy")]);
    }

    [Fact]
    public void Should_order_the_suggested_agenda_by_the_framework()
    {
        Write("noah-patel.md", Noah);

        var agenda = Build("noah");

        agenda.Framework.Id.ShouldBe("support");
        agenda.Steps.Select(s => s.Title).ShouldBe(["Personal connection", "Progress & wins", "Challenges & roadblocks", "Two-way feedback", "Development & growth"]);
        agenda.Steps[0].Question.ShouldBe(agenda.Starter);
        agenda.Steps[3].Items.Select(i => i.Part).ShouldAllBe(p => p == AgendaPart.Feedback);
        agenda.Steps.Count(s => s.Question is not null && s.Question != agenda.Starter).ShouldBe(AgendaBuilder.QuestionsPerMeeting);
    }

    [Theory]
    [InlineData("manager", 30, "my-manager")]
    [InlineData("skip", 30, "my-manager")]
    [InlineData("mentor", 30, "my-manager")]
    [InlineData("customer", 30, "customer-check-in")]
    [InlineData("direct", 25, "lead-chat")]
    [InlineData("direct", 30, "support")]
    [InlineData("mentee", 45, "support")]
    [InlineData("peer", 30, "support")]
    public void Should_choose_the_framework_by_kind_once_they_have_met(string kind, int minutes, string expected)
    {
        Write("bo.md", $"---\nperson: Bo Kim\nkind: {kind}\nduration: {minutes}\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");

        Build("bo").Framework.Id.ShouldBe(expected);
    }

    [Fact]
    public void Should_make_a_first_meeting_an_introductory_one_of_45_minutes()
    {
        Write("bo.md", "---\nperson: Bo Kim\nkind: direct\nduration: 30\nstarted: 2026-01-02\n---\n\n## Meeting History\n");

        var agenda = Build("bo");

        agenda.Framework.Id.ShouldBe("introductory");
        agenda.Minutes.ShouldBe(45);
        agenda.Last.ShouldBeNull();
        var welcome = QuestionBank.Parse(FrameworkLibrary.Default(FrameworkLibrary.QuestionsFile)!)["welcome"];
        welcome.Select(q => q.Replace("{name}", "Bo", StringComparison.Ordinal)).ShouldContain(agenda.Starter);
    }

    [Theory]
    [InlineData("started: 2024-10-01", "support")]   // managed for 15 months, no history written down: not new
    [InlineData("started: 2025-12-15", "support")]   // 30 days ago: no longer new
    [InlineData("started: 2025-12-16", "introductory")]
    [InlineData("", "support")]                      // no started: not known to be new
    public void Should_make_only_a_new_relationship_with_no_meeting_introductory(string started, string expected)
    {
        Write("bo.md", $"---\nperson: Bo Kim\nkind: direct\nrole: Senior Engineer\n{started}\n---\n\n## Meeting History\n");

        Build("bo").Framework.Id.ShouldBe(expected);
    }

    [Fact]
    public void Should_say_each_thread_entry_of_last_time_once_and_decisions_as_decided()
    {
        Write("bo.md", """
            ---
            person: Bo Kim
            kind: direct
            ---

            ## Ongoing Threads

            ### Promotion criteria
            - 2026-01-08: Promotion criteria
            - 2026-01-08: Promotion criteria

            ### Q1 Goals
            - 2026-01-08: Decided: move the QBR to March
            - 2026-01-08: Book the customer visits

            ## Meeting History
            - 2026-01-08: Kickoff
            """);

        var agenda = Build("bo");

        agenda.Threads.Select(t => t.Describe()).ShouldBe(["Promotion criteria", "Q1 Goals: Decided: move the QBR to March", "Q1 Goals: Book the customer visits"]);
        var items = agenda.Steps.SelectMany(s => s.Items).Select(i => i.Text).ToList();
        items.ShouldContain("Follow up on Promotion criteria");
        items.ShouldContain("Decided (Q1 Goals): move the QBR to March");
        items.ShouldContain("Follow up on Q1 Goals: Book the customer visits");
        items.ShouldNotContain(i => i.Contains("Follow up on Q1 Goals: Decided", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_follow_up_an_action_that_names_its_owner_as_written()
    {
        Write("sam.md", """
            ---
            person: Sam Rivera
            kind: direct
            ---

            ## Action Items

            ### Sam's Actions
            - [ ] Sam to draft the Q2 hiring rubric
            - [ ] Close out the vendor contract

            ## Meeting History
            - 2026-01-08: Planning
            """);

        var items = Build("sam").Steps.SelectMany(s => s.Items).Select(i => i.Text).ToList();

        items.ShouldContain("Follow up: Sam to draft the Q2 hiring rubric");
        items.ShouldContain("Follow up: Sam to close out the vendor contract");
        items.ShouldNotContain(i => i.Contains("Sam to sam", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Should_share_as_wins_only_my_own_finished_actions_never_theirs()
    {
        Write("sam.md", """
            ---
            person: Sam Lee
            kind: manager
            ---

            ## Action Items

            ### My Actions
            - [x] Draft the Q1 plan (completed 2026-01-10)

            ### Sam's Actions
            - [x] Approve the training budget (completed 2026-01-12)

            ## Meeting History
            - 2026-01-08: Planning
            """);

        var agenda = Build("sam");

        var wins = agenda.Steps.Single(s => s.Title == "Share recent wins").Items.Select(i => i.Text).ToList();
        wins.ShouldBe(["Done: Draft the Q1 plan"]);
        agenda.Steps.Single(s => s.Title == "Follow up on commitments").Items.Select(i => i.Text).ShouldContain("Sam done: Approve the training budget");
    }

    [Fact]
    public void Should_use_the_framework_named_in_the_front_matter_or_asked_for()
    {
        Write("bo.md", "---\nperson: Bo Kim\nkind: direct\nframework: lead-chat\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");

        Build("bo").Framework.Id.ShouldBe("lead-chat");
        Build("bo", framework: "performance").Framework.Id.ShouldBe("performance");
    }

    [Fact]
    public void Should_rotate_questions_so_none_returns_within_three_meetings()
    {
        var history = new List<string>();
        var seen = new List<HashSet<string>>();
        for (int meeting = 0; meeting < 8; meeting++)
        {
            Write("bo.md", $"---\nperson: Bo Kim\nkind: mentee\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n{string.Concat(history)}");
            seen.Add([.. Build("bo").Questions]);
            history.Add($"- 2025-{12 - meeting:00}-01: Earlier\n");
        }

        for (int i = 1; i < seen.Count; i++)
            for (int back = 1; back <= Math.Min(3, i); back++)
                seen[i].Overlaps(seen[i - back]).ShouldBeFalse($"meeting {i} repeats a question of meeting {i - back}");
    }

    [Fact]
    public void Should_not_ask_a_question_found_in_the_last_meetings_notes()
    {
        Write("bo.md", "---\nperson: Bo Kim\nkind: mentee\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");
        string starter = Build("bo").Starter!;
        _dir.Write(Path.Combine("Career", "1-on-1s", "notes", "bo", "2026-01-08.md"), $"- asked: {starter}\n");

        Build("bo").Starter.ShouldNotBe(starter);
    }

    [Fact]
    public void Should_prepare_the_most_overdue_relationship_first()
    {
        Write("a.md", "---\nperson: Ann Ames\nfrequency: monthly\n---\n\n## Meeting History\n- 2026-01-10: x\n");
        Write("b.md", "---\nperson: Bob Burr\nfrequency: weekly\n---\n\n## Meeting History\n- 2026-01-01: x\n");
        Write("c.md", "---\nperson: Cy Cole\nfrequency: weekly\n---\n\n## Meeting History\n- 2026-01-05: x\n");
        var vault = Open();

        new AgendaBuilder(vault).NextToMeet(vault.People.All, Today)!.Slug.ShouldBe("b");
    }

    [Fact]
    public void Should_default_the_date_to_when_the_meeting_is_due_or_today_if_that_passed()
    {
        Write("bo.md", "---\nperson: Bo Kim\nfrequency: weekly\n---\n\n## Meeting History\n- 2026-01-10: x\n");
        Build("bo").Date.ShouldBe(new DateOnly(2026, 1, 17));

        Write("bo.md", "---\nperson: Bo Kim\nfrequency: weekly\n---\n\n## Meeting History\n- 2025-12-01: x\n");
        var agenda = Build("bo");
        agenda.Date.ShouldBe(Today);
        agenda.Due.ShouldBe(new DateOnly(2025, 12, 8));
    }

    [Fact]
    public void Should_write_the_agenda_into_next_meeting_keep_the_points_and_replace_it_next_time()
    {
        // Given Noah's document with talking points
        string path = Write("noah-patel.md", Noah);
        var vault = Open();
        var loaded = vault.People.Resolve("noah");
        var agenda = new AgendaBuilder(vault).Build(loaded, Today);

        // When the agenda is written, twice
        Save(vault, loaded, NextMeeting.BlockLines(agenda));
        string once = File.ReadAllText(path);
        var again = vault.Store.Load(path);
        Save(vault, again, NextMeeting.BlockLines(new AgendaBuilder(vault).Build(again, Today)));

        // Then the block sits above the points, holds nothing private, and writing it again changes nothing
        File.ReadAllText(path).ShouldBe(once);
        var next = NextMeeting.Read(vault.Store.Load(path).Document);
        next.Block.ShouldNotBeNull().Date.ShouldBe(agenda.Date);
        next.Points.Select(p => p.Text).ShouldBe(["Workload on Fridays", "Career path chat", "Untracked point"]);
        string block = string.Join("\n", NextMeeting.BlockLines(agenda));
        block.ShouldNotContain("High five");
        block.ShouldNotContain("Watch out");
        block.ShouldContain("\n1. **Personal connection**: _“");
        once.Replace(block + "\n", "", StringComparison.Ordinal).ShouldBe(Noah);
    }

    [Fact]
    public void Should_clear_the_met_agenda_and_covered_points_when_the_notes_are_processed()
    {
        // Given an agenda written for 2026-01-14
        string path = Write("noah-patel.md", Noah);
        var vault = Open();
        var loaded = vault.People.Resolve("noah");
        Save(vault, loaded, NextMeeting.BlockLines(new AgendaBuilder(vault).Build(loaded, Today, Today)));

        // When that meeting's notes are processed
        vault = Open();
        var processor = new NotesProcessor(vault);
        processor.Apply(processor.Plan(vault.People.Resolve("noah"), "- Talked about workload on Fridays\n- Outcome: QBR plan agreed\n", Today));

        // Then the block, the intention and the covered point are gone; the others stay
        var text = File.ReadAllText(path);
        var next = NextMeeting.Read(vault.Store.Load(path).Document);
        next.Block.ShouldBeNull();
        next.Intention.ShouldBeNull();
        next.Points.Select(p => p.Text).ShouldBe(["Career path chat", "Untracked point"]);
        text.ShouldContain("""
            - 2026-01-14: Workload on Fridays ([notes](notes/noah-patel/2026-01-14.md))
              - Intention: agree the QBR plan
              - Outcome: QBR plan agreed
            - 2026-01-07: Workload, QBR shadowing
            """);
    }

    private string Write(string name, string content) => _dir.Write(Path.Combine("Career", "1-on-1s", name), content);

    private Vault Open() => Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

    private Agenda Build(string person, DateOnly? date = null, string? framework = null)
    {
        var vault = Open();
        return new AgendaBuilder(vault).Build(vault.People.Resolve(person), Today, date, framework);
    }

    private static void Save(Vault vault, LoadedDocument loaded, List<string> block)
    {
        var editor = new DocumentEditor(loaded.Document);
        NextMeeting.Read(loaded.Document).WriteBlock(editor, block);
        vault.Store.Save(loaded, editor.Apply());
    }
}
