using Rapport.Core.Notes;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Notes;

public sealed class NotesProcessorTests : IDisposable
{
    private static readonly DateOnly Meeting = new(2026, 1, 15);

    private const string SeedNotes = """
        - Sarah loved the renewal story
        - Q1 goal: increase NRR by 10%
        - She wants me to lead customer advisory board
        - Training budget approved - find courses by next week
        - Talked about promotion criteria

        """;

    private const string Sarah = """
        ---
        person: Sarah Chen
        frequency: weekly
        ---

        # 1:1 with Sarah Chen

        ## Current Focus Areas
        - Promotion track: targeting Senior CSM by Q3

        ## Ongoing Threads

        ### Career Development
        - 2025-12-10: Training budget approved ($2K/year)
        - 2025-11-13: Asked about the promotion packet

        ### Team & Process
        - 2026-01-08: New onboarding flow feedback - very positive

        ## Action Items

        ### My Actions
        - [ ] Draft the advisory board invite list (by 2026-01-14)
        - [x] Draft Q1 account plan (completed 2025-12-20)

        ### Sarah's Actions
        - [ ] Review promotion packet requirements
        - [ ] Approve training budget

        ## Recent Accomplishments Shared
        - 2026-01-08: New onboarding flow launched

        ## Meeting History
        - 2026-01-08: Year planning, onboarding retrospective

        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_apply_the_seed_notes_as_the_seed_describes()
    {
        // Given Sarah's document before the 2026-01-15 1:1
        string path = Write("sarah-chen.md", Sarah);

        // When the seed's brain dump is processed
        var plan = Process("sarah-chen", SeedNotes);

        // Then the document gains exactly these lines, and nothing else moves
        File.ReadAllText(path).ShouldBe("""
            ---
            person: Sarah Chen
            frequency: weekly
            ---

            # 1:1 with Sarah Chen

            ## Current Focus Areas
            - Promotion track: targeting Senior CSM by Q3

            ## Ongoing Threads

            ### Career Development
            - 2026-01-15: Promotion criteria
            - 2025-12-10: Training budget approved ($2K/year)
            - 2025-11-13: Asked about the promotion packet

            ### Team & Process
            - 2026-01-08: New onboarding flow feedback - very positive

            ### Notes
            - 2026-01-15: Sarah loved the renewal story

            ## Action Items

            ### My Actions
            - [ ] Draft the advisory board invite list (by 2026-01-14)
            - [ ] Lead customer advisory board
            - [ ] Find courses (by 2026-01-22)
            - [x] Draft Q1 account plan (completed 2025-12-20)

            ### Sarah's Actions
            - [ ] Review promotion packet requirements
            - [x] Approve training budget (completed 2026-01-15)

            ## Recent Accomplishments Shared
            - 2026-01-08: New onboarding flow launched

            ## Goals
            - [ ] Increase NRR by 10%

            ## Meeting History
            - 2026-01-15: Sarah loved the renewal story, increase NRR by 10%, promotion criteria ([notes](notes/sarah-chen/2026-01-15.md))
            - 2026-01-08: Year planning, onboarding retrospective

            """);
        File.ReadAllText(_dir.File("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15.md")).ShouldBe(SeedNotes);
        plan.Changes.Count(c => c.Kind == ChangeKind.ActionDone).ShouldBe(1);
    }

    [Fact]
    public void Should_change_nothing_when_the_same_notes_are_processed_again()
    {
        Write("sarah-chen.md", Sarah);
        File.WriteAllText(_dir.File("BACKLOG.md"), "# Backlog\n");
        Process("sarah-chen", SeedNotes);
        var after = Snapshot();

        var again = Plan("sarah-chen", SeedNotes);

        again.IsEmpty.ShouldBeTrue();
        again.Changes.ShouldBeEmpty();
        Snapshot().ShouldBe(after);
    }

    [Fact]
    public void Should_keep_a_second_set_of_notes_for_the_same_day_in_its_own_file()
    {
        Write("sarah-chen.md", Sarah);
        Process("sarah-chen", SeedNotes);

        Process("sarah-chen", "- Talked about the offsite agenda\n");

        File.Exists(_dir.File("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15-2.md")).ShouldBeTrue();
        File.ReadAllText(_dir.File("Career", "1-on-1s", "sarah-chen.md")).ShouldContain("([notes](notes/sarah-chen/2026-01-15-2.md))");
    }

    [Theory]
    [InlineData("Approve training budget", "Training budget approved")]
    [InlineData("Send Ben the deck", "Deck sent to Ben")]
    [InlineData("Review his QBR deck for Acme Freight", "Reviewed his QBR deck for Acme Freight - done")]
    [InlineData("Book the offsite venue", "- [x] book offsite venue")]
    [InlineData("Share the hiring plan with Sam", "hiring plan shared")]
    public void Should_tick_the_action_the_notes_report_done(string action, string notes)
    {
        string path = Write("sarah-chen.md", $"---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Find 3 courses for the training budget\n- [ ] {action}\n");

        Process("sarah-chen", notes + "\n");

        var text = File.ReadAllText(path);
        text.ShouldContain($"- [x] {action} (completed 2026-01-15)");
        text.ShouldContain("- [ ] Find 3 courses for the training budget\n");
    }

    [Theory]
    [InlineData("Intro her to Alex (did TL->Staff path)", "- [x] intro her to Alex")]
    [InlineData("Send the vendor comparison to Mia", "- sent ✅ the vendor comparison to Mia")]
    public void Should_tick_an_action_whatever_its_parentheticals_and_status_marks(string action, string notes)
    {
        string path = Write("sarah-chen.md", $"---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] {action}\n");

        Process("sarah-chen", notes + "\n");

        File.ReadAllText(path).ShouldContain($"- [x] {action} (completed 2026-01-15)");
    }

    [Theory]
    [InlineData("- planning template not sent yet")]
    [InlineData("- planning template: ~50% done, will finish by Fri")]
    [InlineData("- planning template review done, ready for the Dec rota")]
    [InlineData("- couldn't send the planning template, will try Thu")]
    [InlineData("- still haven't sent the planning template")]
    public void Should_never_tick_an_action_for_progress_intent_readiness_failure_or_negation(string notes)
    {
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the planning template\n");

        Process("sarah-chen", notes + "\n");

        File.ReadAllText(path).ShouldContain("- [ ] Send the planning template");
        File.ReadAllText(path).ShouldNotContain("- [x] Send the planning template");
    }

    [Fact]
    public void Should_report_an_ambiguous_completion_as_possibly_done_and_tick_nothing()
    {
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the hiring plan to finance\n- [ ] Send the hiring plan to legal\n");

        var plan = Plan("sarah-chen", "- hiring plan sent\n");

        plan.Changes.ShouldContain(c => c.Kind == ChangeKind.PossiblyDone);
        plan.Changes.ShouldNotContain(c => c.Kind == ChangeKind.ActionDone);
        plan.Changes.First(c => c.Kind == ChangeKind.PossiblyDone).Describe("Sarah Chen")!.ShouldStartWith("? Possibly done:");
        File.ReadAllText(path).ShouldNotContain("[x]");
    }

    [Theory]
    [InlineData("- [ ] Book the offsite bus\n", "- [-] Book the offsite bus\n")]
    [InlineData("- [ ] Book the offsite bus 📅 2026-01-20\n", "- [-] Book the offsite bus 📅 2026-01-20 ❌ 2026-01-15\n")]
    public void Should_mark_a_no_longer_needed_action_cancelled_in_the_documents_syntax(string item, string cancelled)
    {
        string path = Write("sarah-chen.md", $"---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n{item}");

        Process("sarah-chen", "- no longer need to book the offsite bus, it's cancelled\n");

        File.ReadAllText(path).ShouldContain(cancelled);
        File.ReadAllText(path).ShouldNotContain("[x]");
    }

    [Fact]
    public void Should_add_a_next_time_point_to_the_next_meeting()
    {
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck\n");

        var plan = Process("sarah-chen", "- next time: the pricing experiment results\n");

        plan.Changes.ShouldContain(c => c.Kind == ChangeKind.PointAdded && c.Text == "The pricing experiment results");
        File.ReadAllText(path).ShouldContain("## Next Meeting");
        File.ReadAllText(path).ShouldContain("The pricing experiment results");
    }

    [Fact]
    public void Should_file_a_sentence_under_the_general_thread_and_name_a_thread_only_after_a_heading()
    {
        // Given notes with a sentence about the mood and a topic heading; When processed; Then the sentence is an
        // entry of "### Notes" (the new-user trial saw "### Noah seemed upbeat today") and the heading names its thread.
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Ongoing Threads\n\n### Workload\n- 2026-01-08: Fridays are busy\n");

        Process("sarah-chen", "Sarah seemed upbeat today.\nShe was relaxed about the reorg.\n\nOffsite budget\n");

        string text = File.ReadAllText(path);
        text.ShouldNotContain("### Sarah seemed");
        text.ShouldContain("### Notes\n- 2026-01-15: Sarah seemed upbeat today\n- 2026-01-15: She was relaxed about the reorg\n");
        text.ShouldContain("### Offsite budget\n- 2026-01-15: Offsite budget\n");
    }

    [Fact]
    public void Should_file_a_headline_completion_under_the_thread_its_noun_phrase_names()
    {
        // Given a document with no action to tick and no thread about it; When the notes report "Training budget
        // approved" (a noun phrase and its participle, written as a heading is); Then the noun phrase names a new thread,
        // rather than the entry joining the general "### Notes" as a sentence would.
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Ongoing Threads\n\n### Workload\n- 2026-01-08: Fridays are busy\n");

        Process("sarah-chen", "- Training budget approved\n- Sarah seemed upbeat today\n");

        string text = File.ReadAllText(path);
        text.ShouldContain("### Training budget\n- 2026-01-15: Training budget approved\n");
        text.ShouldContain("### Notes\n- 2026-01-15: Sarah seemed upbeat today\n");
    }

    [Theory]
    [InlineData("Training budget approved")]
    [InlineData("Courses are great")]
    public void Should_not_tick_an_action_that_merely_shares_a_word(string notes)
    {
        string path = Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Find 3 courses for the training budget\n");

        Process("sarah-chen", notes + "\n");

        File.ReadAllText(path).ShouldContain("- [ ] Find 3 courses for the training budget\n");
    }

    [Theory]
    [InlineData("- [ ] Review the deck 📅 2026-01-16", "- [x] Review the deck 📅 2026-01-16 ✅ 2026-01-15")]
    [InlineData("- [ ] Review the deck [due:: 2026-01-16]", "- [x] Review the deck [due:: 2026-01-16] [completion:: 2026-01-15]")]
    [InlineData("* [ ] Review the deck (by 2026-01-16)", "* [x] Review the deck (by 2026-01-16) (completed 2026-01-15)")]
    public void Should_write_the_completion_in_the_items_own_syntax(string item, string expected)
    {
        string path = Write("noah.md", $"---\nperson: Noah Patel\n---\n\n## Action Items\n\n### My Actions\n{item}\n");

        Process("noah", "Deck reviewed - done\n");

        File.ReadAllText(path).ShouldContain(expected + "\n");
    }

    [Fact]
    public void Should_write_new_actions_in_the_documents_own_date_syntax()
    {
        string path = Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Action Items\n\n### My Actions\n- [ ] Old thing 📅 2026-01-02\n\n### Noah's Actions\n- [x] Training ✅ 2025-12-12\n");

        Process("noah", "- I'll send the QBR template by Friday\n- Noah will draft the renewal plan by end of month\n");

        var text = File.ReadAllText(path);
        text.ShouldContain("- [ ] Old thing 📅 2026-01-02\n- [ ] Send the QBR template 📅 2026-01-16\n");
        text.ShouldContain("### Noah's Actions\n- [ ] Draft the renewal plan 📅 2026-01-31\n- [x] Training ✅ 2025-12-12\n");
    }

    [Fact]
    public void Should_not_add_an_action_already_open_in_other_words()
    {
        string path = Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Action Items\n\n### My Actions\n- [ ] Intro Noah to the solutions-consulting lead (by 2026-01-23)\n");
        string before = File.ReadAllText(path);

        Process("noah", "- I'll intro him to the solutions consulting lead by Friday\n");

        File.ReadAllText(path).Split('\n').Count(l => l.Contains("consulting lead", StringComparison.Ordinal)).ShouldBe(1);
        File.ReadAllText(path).ShouldStartWith(before.TrimEnd('\n'));
    }

    [Fact]
    public void Should_create_the_sections_a_bare_document_lacks_in_rapports_layout()
    {
        string path = Write("bo.md", "---\nperson: Bo Kim\n---\n\n# 1:1 with Bo Kim\n\n## Private Notes\n- keep me last\n");

        Process("bo", "- Win: shipped the importer\n- Bo will write the runbook by Friday\n- I'll review it\n- Goal: own the data platform\n- High five: calm incident handling\n- Talked about the on-call rota\n");

        File.ReadAllText(path).ShouldBe("""
            ---
            person: Bo Kim
            ---

            # 1:1 with Bo Kim

            ## Ongoing Threads

            ### The on-call rota
            - 2026-01-15: The on-call rota

            ## Action Items

            ### My Actions
            - [ ] Review it

            ### Bo's Actions
            - [ ] Write the runbook (by 2026-01-16)

            ## Recent Accomplishments Shared
            - 2026-01-15: Shipped the importer

            ## Goals
            - [ ] Own the data platform

            ## Feedback
            - 2026-01-15: High five: calm incident handling

            ## Meeting History
            - 2026-01-15: Own the data platform, the on-call rota ([notes](notes/bo/2026-01-15.md))

            ## Private Notes
            - keep me last

            """);
    }

    [Fact]
    public void Should_keep_crlf_line_endings_and_a_missing_final_newline()
    {
        string path = Write("bo.md", "---\r\nperson: Bo Kim\r\n---\r\n\r\n## Meeting History\r\n- 2026-01-08: Kickoff");

        Process("bo", "- Talked about the roadmap\n");

        File.ReadAllText(path).ShouldBe(
            "---\r\nperson: Bo Kim\r\n---\r\n\r\n" +
            "## Ongoing Threads\r\n\r\n### The roadmap\r\n- 2026-01-15: The roadmap\r\n\r\n" +
            "## Meeting History\r\n- 2026-01-15: The roadmap ([notes](notes/bo/2026-01-15.md))\r\n- 2026-01-08: Kickoff");
    }

    [Fact]
    public void Should_add_history_in_the_lists_own_order_when_oldest_first()
    {
        string path = Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Meeting History\n- 2025-12-01: First\n- 2026-01-08: Second\n- 2026-02-01: Later\n");

        Process("bo", "- Talked about the roadmap\n");

        File.ReadAllText(path).ShouldContain("- 2026-01-08: Second\n- 2026-01-15: The roadmap ([notes](notes/bo/2026-01-15.md))\n- 2026-02-01: Later\n");
    }

    [Fact]
    public void Should_copy_my_new_actions_to_the_backlog_and_tick_the_ones_done()
    {
        Write("sarah-chen.md", "---\nperson: Sarah Chen\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the renewal deck (by 2026-01-14)\n");
        string backlog = _dir.Write("BACKLOG.md", "# Backlog\n\n- [ ] [P1] Send the renewal deck (due: 2026-01-14) — 1:1 Sarah Chen\n");

        Process("sarah-chen", "- Renewal deck sent\n- Training budget approved - find courses by next week\n- I'll draft the board charter [P3]\n");

        File.ReadAllText(backlog).ShouldBe("""
            # Backlog

            - [x] [P1] Send the renewal deck (due: 2026-01-14) (done: 2026-01-15) — 1:1 Sarah Chen
            - [ ] [P1] Find courses (due: 2026-01-22) — 1:1 Sarah Chen
            - [ ] [P3] Draft the board charter — 1:1 Sarah Chen

            """);
    }

    [Fact]
    public void Should_leave_a_vault_without_a_backlog_without_one()
    {
        Write("sarah-chen.md", Sarah);

        Process("sarah-chen", SeedNotes);

        File.Exists(_dir.File("BACKLOG.md")).ShouldBeFalse();
    }

    [Fact]
    public void Should_write_nothing_when_only_planning()
    {
        Write("sarah-chen.md", Sarah);
        var before = Snapshot();

        var plan = Plan("sarah-chen", SeedNotes);

        plan.Files.Select(f => f.DisplayPath).ShouldBe(["Career/1-on-1s/notes/sarah-chen/2026-01-15.md", "Career/1-on-1s/sarah-chen.md"]);
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_apply_on_top_of_a_document_edited_since_it_was_planned()
    {
        // Given a plan made from Sarah's document, which is then edited by hand
        string path = Write("sarah-chen.md", Sarah);
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);
        var processor = new NotesProcessor(vault);
        var plan = processor.Plan(vault.People.Resolve("sarah-chen"), SeedNotes, Meeting);
        File.AppendAllText(path, "- hand edit\n");

        // When the plan is applied (through DocumentStore.Update)
        processor.Apply(plan);

        // Then the plan is made again on the edited document: the hand edit stays and the notes are in
        string text = File.ReadAllText(path);
        text.ShouldContain("- hand edit\n");
        text.ShouldContain("- [ ] Find courses");
        text.Split('\n').Count(l => l.Contains("Find courses", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("- \n- \n* [ ]\n  - \n1.\n")]
    public void Should_refuse_empty_notes(string notes)
    {
        Write("sarah-chen.md", Sarah);

        Should.Throw<RapportException>(() => Plan("sarah-chen", notes)).Code.ShouldBe(ErrorCode.Usage);
    }

    private string Write(string name, string content) => _dir.Write(Path.Combine("Career", "1-on-1s", name), content);

    private NotesPlan Plan(string person, string notes)
    {
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);
        return new NotesProcessor(vault).Plan(vault.People.Resolve(person), notes, Meeting);
    }

    private NotesPlan Process(string person, string notes)
    {
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);
        var processor = new NotesProcessor(vault);
        var plan = processor.Plan(vault.People.Resolve(person), notes, Meeting);
        processor.Apply(plan);
        return plan;
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
