using Rapport.Core.Notes;
using Rapport.Core.Notes.Planning;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// The plan's steps beyond the seed: due moves, the review checklist, transcripts kept with their own
/// extension, the backlog written through DocumentStore.Update, and a meeting processed again after
/// it was archived (issue 18).
/// </summary>
public sealed class NotesPlanStepsTests : IDisposable
{
    private static readonly DateOnly Meeting = new(2026, 1, 14);

    private const string Sam = """
        ---
        person: Sam Ortiz
        ---

        # 1:1 with Sam Ortiz

        ## Action Items

        ### My Actions
        - [ ] Draft the hiring plan (by 2026-01-20)

        ### Sam's Actions
        - [ ] Migrate the payments service to the new cluster (by 2026-01-30)
        - [ ] Write the onboarding doc

        ## Meeting History
        - 2026-01-07: Kickoff

        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_move_the_due_date_of_an_open_action_the_notes_say_will_be_finished_by_then()
    {
        // Given Sam's open migration, due on the 30th
        string path = Write("sam-ortiz.md", Sam);

        // When the notes say he is half way and will finish it by Friday
        var plan = Process("sam-ortiz", "- Sam is ~50% done with the payments migration, will finish the payments service migration by Fri\n");

        // Then the due date moves in the document's own syntax, no second action appears, nothing is ticked
        string text = File.ReadAllText(path);
        text.ShouldContain("- [ ] Migrate the payments service to the new cluster (by 2026-01-16)\n");
        text.Split('\n').Count(l => l.Contains("payments", StringComparison.OrdinalIgnoreCase) && l.StartsWith("- [", StringComparison.Ordinal)).ShouldBe(1);
        text.ShouldNotContain("[x]");
        plan.Changes.Single(c => c.Kind == ChangeKind.DueMoved).Describe("Sam Ortiz").ShouldBe("→ Due moved: Migrate the payments service to the new cluster (Sam), 2026-01-30 → 2026-01-16");
    }

    [Theory]
    [InlineData("- [ ] Ship it 📅 2026-01-30\n", "- [ ] Ship it 📅 2026-01-16\n")]
    [InlineData("- [ ] Ship it [due:: 2026-01-30] ^a1\n", "- [ ] Ship it [due:: 2026-01-16] ^a1\n")]
    [InlineData("- [ ] Ship it\n", "- [ ] Ship it (by 2026-01-16)\n")]
    [InlineData("- TODO Ship it\n  DEADLINE: <2026-01-30 Fri>\n", "- TODO Ship it\n  DEADLINE: <2026-01-16 Fri>\n")]
    public void Should_write_a_moved_due_date_in_the_syntax_the_action_uses(string before, string after)
    {
        string path = Write("sam-ortiz.md", "---\nperson: Sam Ortiz\n---\n\n## Action Items\n\n### Sam's Actions\n" + before);

        Process("sam-ortiz", "- Sam will finish ship it by Friday\n");

        File.ReadAllText(path).ShouldContain("### Sam's Actions\n" + after);
    }

    [Fact]
    public void Should_not_move_a_due_date_when_the_notes_only_restate_the_action()
    {
        string path = Write("sam-ortiz.md", Sam);
        var plan = Process("sam-ortiz", "- I'll draft the hiring plan by Friday\n");

        File.ReadAllText(path).Split('\n').Where(l => l.Contains("hiring plan", StringComparison.Ordinal) && l.StartsWith("- [", StringComparison.Ordinal))
            .ShouldBe(["- [ ] Draft the hiring plan (by 2026-01-20)"]);
        plan.Changes.ShouldNotContain(c => c.Kind == ChangeKind.DueMoved || c.Kind == ChangeKind.ActionAdded);
    }

    [Fact]
    public void Should_apply_only_the_items_a_review_keeps_and_tick_a_possibly_done_item_it_confirms()
    {
        // Given a plan with new actions and an unsure completion
        string path = Write("sam-ortiz.md", Sam);
        var vault = Open();
        var processor = new NotesProcessor(vault);
        const string notes = "- I'll book the offsite venue by Friday\n- Sam will update the runbook by Monday\n- onboarding doc done\n";
        var plan = processor.Plan(vault.People.Resolve("sam-ortiz"), notes, Meeting);
        plan.Reviewable.Select(c => c.Kind).ShouldContain(ChangeKind.ActionAdded);

        // When the checklist comes back with the runbook unticked and everything else kept
        string checklist = PlanChecklist.Write(plan);
        checklist.ShouldContain("- [x] My action: [P1] Book the offsite venue (due 2026-01-16)\n");
        string edited = checklist.Replace("- [x] Sam's action: [P1] Update the runbook", "- [ ] Sam's action: [P1] Update the runbook", StringComparison.Ordinal);
        var reviewed = processor.Plan(vault.People.Resolve("sam-ortiz"), notes, Meeting, review: PlanChecklist.Read(plan, edited, "plan.md"));
        processor.Apply(reviewed);

        // Then the runbook is not added, the venue is
        string text = File.ReadAllText(path);
        text.ShouldContain("Book the offsite venue");
        text.ShouldNotContain("- [ ] Update the runbook");
        text.ShouldContain("- [x] Write the onboarding doc (completed 2026-01-14)");
    }

    [Fact]
    public void Should_tick_an_unsure_completion_only_when_the_review_ticks_it()
    {
        string path = Write("sam-ortiz.md", "---\nperson: Sam Ortiz\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the Q1 deck to finance\n- [ ] Send the Q1 deck to legal\n");
        var vault = Open();
        var processor = new NotesProcessor(vault);
        var plan = processor.Plan(vault.People.Resolve("sam-ortiz"), "- sent the Q1 deck\n", Meeting);
        var possibly = plan.Changes.Where(c => c.Kind == ChangeKind.PossiblyDone).ToList();
        possibly.ShouldNotBeEmpty();
        string checklist = PlanChecklist.Write(plan);
        checklist.ShouldContain("- [ ] Possibly done: " + possibly[0].Text);

        var confirmed = PlanChecklist.Read(plan, checklist.Replace("- [ ] Possibly done: " + possibly[0].Text, "- [x] Possibly done: " + possibly[0].Text, StringComparison.Ordinal), "plan.md");
        processor.Apply(processor.Plan(vault.People.Resolve("sam-ortiz"), "- sent the Q1 deck\n", Meeting, review: confirmed));

        File.ReadAllText(path).ShouldContain($"- [x] {possibly[0].Text} (completed 2026-01-14)");
    }

    [Fact]
    public void Should_refuse_a_checklist_line_that_is_not_an_item_of_the_plan()
    {
        Write("sam-ortiz.md", Sam);
        var vault = Open();
        var plan = new NotesProcessor(vault).Plan(vault.People.Resolve("sam-ortiz"), "- I'll book the offsite venue by Friday\n", Meeting);

        var ex = Should.Throw<RapportException>(() => PlanChecklist.Read(plan, "<!-- hint -->\n\n- [x] My action: book a castle\n", "plan.md"));

        ex.ToDisplayString().ShouldStartWith("plan.md:3: 'My action: book a castle' is not an item of the plan");
    }

    [Theory]
    [InlineData("meeting.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam Ortiz>I will send the deck by Friday.\n\n00:00:05.000 --> 00:00:07.000\n<v Alex Kim>Great, thanks.\n", ".vtt")]
    [InlineData("meeting.srt", "1\n00:00:01,000 --> 00:00:04,000\nSam Ortiz: I will send the deck by Friday.\n\n2\n00:00:05,000 --> 00:00:07,000\nAlex Kim: Great, thanks.\n", ".srt")]
    [InlineData("otter.txt", "Sam Ortiz  0:01\nI will send the deck by Friday.\n\nAlex Kim  0:05\nGreat, thanks.\n", ".txt")]
    public void Should_keep_a_transcript_under_notes_with_its_own_extension(string file, string text, string extension)
    {
        Write("sam-ortiz.md", Sam);
        var vault = Open();
        var processor = new NotesProcessor(vault);
        var transcript = Transcript.Of(file, text, file, "Sam Ortiz");
        transcript.ShouldNotBeNull().Extension.ShouldBe(extension);

        var plan = processor.Plan(vault.People.Resolve("sam-ortiz"), text, Meeting, transcript: transcript);
        processor.Apply(plan);

        File.ReadAllText(_dir.File("Career", "1-on-1s", "notes", "sam-ortiz", "2026-01-14" + extension)).ShouldBe(text);
        File.ReadAllText(_dir.File("Career", "1-on-1s", "sam-ortiz.md")).ShouldContain($"([notes](notes/sam-ortiz/2026-01-14{extension}))");
        plan.Changes.ShouldContain(c => c.Kind == ChangeKind.ActionAdded && c.Owner == Rapport.Core.Documents.ActionOwner.Them);
    }

    [Theory]
    [InlineData("meeting.vtt", "WEBVTT\n\nNOTE nothing was said\n", "meeting.vtt:1: no cues")]
    [InlineData("meeting.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n\n", "meeting.vtt:1: no cues")]
    [InlineData("meeting.vtt", "\n1\n00:00:01,000 --> 00:00:04,000\nhi\n", "meeting.vtt:2: not a WebVTT file")]
    [InlineData("meeting.srt", "just words\n", "meeting.srt:1: no cues")]
    public void Should_refuse_a_subtitle_file_without_cues_in_one_line(string file, string text, string message)
    {
        var ex = Should.Throw<RapportException>(() => Transcript.Of(file, text, file, "Sam Ortiz"));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.ToDisplayString().ShouldStartWith(message);
        ex.ToDisplayString().ShouldNotContain("\n");
    }

    [Fact]
    public void Should_warn_about_a_speaker_who_is_neither_me_nor_the_person()
    {
        const string text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sam Ortiz>I will send the deck by Friday.\n\n00:00:05.000 --> 00:00:08.000\n<v Dana Li>I can book the room by Monday.\n\n00:00:09.000 --> 00:00:12.000\n<v Alex Kim>Thanks both.\n";

        var transcript = Transcript.Of("m.vtt", text, "m.vtt", "Sam Ortiz")!;

        transcript.Warnings("Sam Ortiz").ShouldContain("m.vtt:7: speaker 'Dana Li' is neither you nor Sam Ortiz; nothing they take on is recorded as an action");
    }

    [Fact]
    public void Should_write_the_backlog_through_the_store_on_its_text_as_it_is_when_applied()
    {
        // Given a backlog, a plan that copies my new action to it, and an edit to the backlog meanwhile
        Write("sam-ortiz.md", Sam);
        string backlog = _dir.Write("BACKLOG.md", "# Backlog\n- [ ] Old task\n");
        var vault = Open();
        var processor = new NotesProcessor(vault);
        var plan = processor.Plan(vault.People.Resolve("sam-ortiz"), "- I'll book the offsite venue by Friday\n", Meeting);
        File.AppendAllText(backlog, "- [ ] Added by hand\n");

        // When the plan is applied
        processor.Apply(plan);

        // Then both the hand edit and the new task are there
        File.ReadAllText(backlog).ShouldBe("# Backlog\n- [ ] Old task\n- [ ] Added by hand\n- [ ] [P1] Book the offsite venue (due: 2026-01-16) — 1:1 Sam Ortiz\n");
    }

    [Fact]
    public void Should_recognise_a_meeting_processed_again_after_it_was_archived()
    {
        // Given a December meeting processed, its action done later, a January meeting, then archive
        const string december = "- Sam will send the pricing deck by Friday\n- Talked about the hiring plan for Q1\n- Offsite went really well 🎉\n- mood 4/5\n";
        string path = ProcessDecemberThenArchive(december);
        string archived = File.ReadAllText(path);
        archived.ShouldNotContain("pricing deck");

        // When the December notes are processed again
        var plan = Process("sam-ortiz", december, new DateOnly(2025, 12, 10));

        // Then it is the same meeting: nothing is written, and the plan says why
        plan.IsEmpty.ShouldBeTrue();
        plan.AlreadyProcessed.ShouldBe("these notes were processed before (Career/1-on-1s/notes/sam-ortiz/2025-12-10.md, now in the archive); nothing changed");
        File.ReadAllText(path).ShouldBe(archived);
    }

    [Fact]
    public void Should_add_only_what_is_new_when_other_notes_of_an_archived_meeting_are_processed()
    {
        // Given a December meeting whose action was finished, archived
        const string december = "- Sam will send the pricing deck by Friday\n- Talked about the hiring plan for Q1\n- mood 4/5\n";
        string path = ProcessDecemberThenArchive(december);

        // When the December notes come again with one more line
        var plan = Process("sam-ortiz", december + "- Sam will review the interview rubric by Friday\n", new DateOnly(2025, 12, 10));

        // Then only the new action is added: the finished deck is not reopened, nor the thread or mood repeated
        plan.Changes.Where(c => c.Kind is ChangeKind.ActionAdded or ChangeKind.ThreadEntry or ChangeKind.MoodAdded).Select(c => c.Text)
            .ShouldBe(["Review the interview rubric"]);
        File.ReadAllText(path).ShouldNotContain("pricing deck");
    }

    [Fact]
    public void Should_run_the_steps_in_the_order_docs_notes_md_lists_them()
    {
        // Given the table under "How process plans" in docs/notes.md
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "notes.md"));
        int heading = Array.IndexOf(lines, "### How process plans");
        heading.ShouldBeGreaterThan(0);
        var documented = lines.Skip(heading).SkipWhile(l => !l.StartsWith("| step", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('|')[1].Trim()).ToList();

        // Then the planner runs exactly those steps, in that order
        PlanSteps.InOrder.Select(s => s.Name).ShouldBe(documented);
    }

    /// <summary>Sam's document with <paramref name="december"/> processed on 2025-12-10, the deck sent on the 17th, a January meeting, then 2025 archived.</summary>
    private string ProcessDecemberThenArchive(string december)
    {
        string path = Write("sam-ortiz.md", Sam);
        Process("sam-ortiz", december, new DateOnly(2025, 12, 10));
        Process("sam-ortiz", "- Sam sent the pricing deck\n", new DateOnly(2025, 12, 17));
        Process("sam-ortiz", "- Talked about the team offsite\n", new DateOnly(2026, 1, 8));
        var vault = Open();
        var archive = Archive.Plan(vault, vault.People.Resolve("sam-ortiz"), new Period(DateOnly.MinValue, new DateOnly(2025, 12, 31), "before 2026-01-01"), new DateOnly(2026, 1, 20));
        Archive.Apply(vault, archive.ShouldNotBeNull());
        return path;
    }

    private string Write(string name, string content) => _dir.Write(Path.Combine("Career", "1-on-1s", name), content);

    private Vault Open() => Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

    private NotesPlan Process(string person, string notes, DateOnly? date = null)
    {
        var vault = Open();
        var processor = new NotesProcessor(vault);
        var plan = processor.Plan(vault.People.Resolve(person), notes, date ?? Meeting);
        processor.Apply(plan);
        return plan;
    }
}
