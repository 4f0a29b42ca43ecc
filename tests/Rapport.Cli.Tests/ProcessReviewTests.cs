using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// <c>rapport process</c> at a terminal shows its plan and asks apply, edit or cancel (the answers are
/// typed on the test's input, the editor is a script); transcripts; a meeting processed again after
/// <c>rapport archive</c>.
/// </summary>
public sealed class ProcessReviewTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    /// <summary>The seed's brain dump of the 2026-01-15 1:1 (examples/notes).</summary>
    private static readonly string Notes = File.ReadAllText(Path.Combine(RepoPaths.Root, "examples", "notes", "sarah-chen-2026-01-15.md"));

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    private string Sarah => File.ReadAllText(_vault.File("Career", "1-on-1s", "sarah-chen.md"));

    [Fact]
    public void Should_show_the_plan_and_apply_it_when_the_answer_is_apply()
    {
        string notes = _vault.Write("notes.md", Notes);

        var result = Terminal("a\n", [], "process", "sarah", "--file", notes);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Plan for the notes from 2026-01-15 with Sarah Chen");
        result.Output.ShouldContain("  + My action: [P2] Lead customer advisory board");
        result.Output.ShouldContain("  ✓ Done: Approve training budget (Sarah)");
        result.Output.ShouldContain("Apply these changes? [a]pply, [e]dit, [c]ancel: ");
        result.Output.ShouldContain("Processed notes from 2026-01-15 with Sarah Chen");
        Sarah.ShouldContain("- [ ] Lead customer advisory board");
    }

    [Fact]
    public void Should_change_nothing_when_the_answer_is_cancel()
    {
        string notes = _vault.Write("notes.md", Notes);
        var before = Snapshot();

        var result = Terminal("what\nc\n", [], "process", "sarah", "--file", notes);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Type a to apply, e to edit the plan, or c to cancel.");
        result.Output.ShouldEndWith("Cancelled: nothing was written.\n");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_apply_only_the_lines_left_ticked_in_the_editor()
    {
        // Given an editor that unticks the advisory board action in the plan's checklist
        string notes = _vault.Write("notes.md", Notes);
        string editor = Script("untick.sh", "#!/bin/sh\nsed -i.bak '/Lead customer advisory board/s/\\[x\\]/[ ]/' \"$1\"\nrm -f \"$1.bak\"\n");

        // When the plan is edited
        var result = Terminal("e\n", new() { ["EDITOR"] = editor }, "process", "sarah", "--file", notes);

        // Then the unticked action is dropped and the rest applied; no draft is left
        result.Error.ShouldBeEmpty();
        result.ExitCode.ShouldBe(0);
        Sarah.ShouldNotContain("Lead customer advisory board");
        Sarah.ShouldContain("- [ ] Find courses (by 2026-01-22)");
        Sarah.ShouldContain("- [x] Approve training budget (completed 2026-01-15)");
        Directory.GetFiles(_vault.File(".rapport", "drafts")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_reworded_plan_line_and_change_nothing()
    {
        string notes = _vault.Write("notes.md", Notes);
        string editor = Script("reword.sh", "#!/bin/sh\nsed -i.bak 's/Lead customer advisory board/Lead the whole company/' \"$1\"\nrm -f \"$1.bak\"\n");
        var before = Snapshot().Where(f => !f.Key.Contains(".rapport", StringComparison.Ordinal)).ToDictionary();

        var result = Terminal("e\n", new() { ["EDITOR"] = editor }, "process", "sarah", "--file", notes);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith("error: .rapport/drafts/plan-sarah-chen-2026-01-15.md:");
        result.Error.ShouldContain("is not an item of the plan");
        result.Error.Count(c => c == '\n').ShouldBe(1);
        Snapshot().Where(f => !f.Key.Contains(".rapport", StringComparison.Ordinal)).ToDictionary().ShouldBe(before);
    }

    [Fact]
    public void Should_apply_without_asking_with_yes()
    {
        string notes = _vault.Write("notes.md", Notes);

        var result = Terminal("", [], "process", "sarah", "--file", notes, "--yes");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldNotContain("Apply these changes?");
        Sarah.ShouldContain("- [ ] Lead customer advisory board");
    }

    [Fact]
    public void Should_keep_the_example_transcript_as_vtt_and_move_the_due_date_it_restates()
    {
        // Given the example WebVTT transcript of the 2026-01-15 1:1
        string vtt = Path.Combine(RepoPaths.Root, "examples", "transcripts", "sarah-chen-2026-01-15.vtt");

        // When it is processed
        var result = CliRunner.Run(_vault.Path, Today, null, new Dictionary<string, string>(), "process", "sarah", "--file", vtt);

        // Then it is kept byte for byte as notes/sarah-chen/2026-01-15.vtt, linked from the history,
        // and Sarah's "I'll finish reviewing … by Friday" moves her open action's due date
        result.ExitCode.ShouldBe(0);
        File.ReadAllText(_vault.File("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15.vtt")).ShouldBe(File.ReadAllText(vtt));
        Sarah.ShouldContain("([notes](notes/sarah-chen/2026-01-15.vtt))");
        Sarah.ShouldContain("- [ ] Review promotion packet requirements (by 2026-01-16)");
        Sarah.Split('\n').Count(l => l.Contains("promotion packet requirements", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
        result.Output.ShouldContain("→ Due moved: Review promotion packet requirements (Sarah), no date → 2026-01-16");
    }

    [Fact]
    public void Should_refuse_a_vtt_without_cues_in_one_line_and_change_nothing()
    {
        string vtt = _vault.Write("empty.vtt", "WEBVTT\n\nNOTE the recording failed\n");
        var before = Snapshot();

        var result = CliRunner.Run(_vault.Path, Today, null, new Dictionary<string, string>(), "process", "sarah", "--file", vtt);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldStartWith($"error: {vtt}:1: no cues: a WebVTT file needs at least one timing line");
        result.Error.Count(c => c == '\n').ShouldBe(1);
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_warn_about_an_unknown_speaker()
    {
        string vtt = _vault.Write("three.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Sarah Chen>I will send the deck by Friday.\n\n00:00:05.000 --> 00:00:08.000\n<v Dana Li>I can book the room by Monday.\n\n00:00:09.000 --> 00:00:12.000\n<v Jordan Lee>Thanks both.\n");

        var result = CliRunner.Run(_vault.Path, Today, null, new Dictionary<string, string>(), "process", "sarah", "--file", vtt);

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain($"warning: {vtt}:7: speaker 'Dana Li' is neither you nor Sarah Chen; nothing they take on is recorded as an action\n");
        Sarah.ShouldNotContain("Book the room");
    }

    [Fact]
    public void Should_recognise_a_meeting_processed_again_after_archive()
    {
        // Given the notes processed, then everything before the next quarter archived
        string notes = _vault.Write("notes.md", Notes);
        CliRunner.Run(_vault.Path, Today, null, new Dictionary<string, string>(), "process", "sarah", "--file", notes).ExitCode.ShouldBe(0);
        var april = new DateOnly(2026, 4, 10);
        CliRunner.Run(_vault.Path, april, null, new Dictionary<string, string>(), "archive", "sarah").ExitCode.ShouldBe(0);
        var before = Snapshot();

        // When the same notes are processed again for that date
        var result = CliRunner.Run(_vault.Path, april, null, new Dictionary<string, string>(), "process", "sarah", "--file", notes, "--date", "2026-01-15");

        // Then nothing is duplicated or reopened, and the message says why
        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe("Nothing to change: these notes were processed before (Career/1-on-1s/notes/sarah-chen/2026-01-15.md); nothing changed.\n");
        Snapshot().ShouldBe(before);
    }

    private CliRunner.Result Terminal(string typed, Dictionary<string, string> environment, params string[] args) =>
        CliRunner.RunInTerminal(_vault.Path, Today, typed, new Dictionary<string, string>(environment) { ["NO_COLOR"] = "1" }, args);

    private string Script(string name, string content) => VaultScripts.Script(_vault, name, content);

    private Dictionary<string, string> Snapshot() => VaultScripts.Snapshot(_vault);
}
