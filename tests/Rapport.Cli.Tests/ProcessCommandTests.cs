using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>The inputs of <c>rapport process</c> a transcript cannot express: an editor, huge and binary input.</summary>
public sealed class ProcessCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_process_notes_written_in_the_editor_and_remove_the_draft()
    {
        // Given an editor that writes notes into the file it is given
        string editor = Script("editor.sh", "#!/bin/sh\nprintf -- '- Talked about the offsite\\n- I will book the venue by Friday\\n' >> \"$1\"\n");

        // When the notes are written with --edit
        var result = Run(null, new() { ["EDITOR"] = editor }, "process", "sarah", "--edit");

        // Then they are processed and no draft is left in the vault
        result.Error.ShouldBeEmpty();
        result.ExitCode.ShouldBe(0);
        File.ReadAllText(_vault.File("Career", "1-on-1s", "sarah-chen.md")).ShouldContain("- [ ] Book the venue (by 2026-01-16)");
        File.ReadAllText(_vault.File("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15.md")).ShouldNotContain("<!--");
        Directory.GetFiles(_vault.File(".rapport", "drafts")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_cancel_when_the_editor_leaves_the_notes_empty()
    {
        string editor = Script("editor.sh", "#!/bin/sh\ntrue\n");
        var before = Snapshot();

        var result = Run(null, new() { ["VISUAL"] = editor }, "process", "sarah", "--edit");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: no notes were written; nothing changed\n");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_keep_the_draft_when_the_editor_fails()
    {
        string editor = Script("editor.sh", "#!/bin/sh\necho '- Talked about pay' >> \"$1\"\nexit 3\n");

        var result = Run(null, new() { ["EDITOR"] = editor }, "process", "sarah", "--edit");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("exited with code 3; your notes are kept in .rapport/drafts/sarah-chen-2026-01-15.md");
        File.ReadAllText(_vault.File(".rapport", "drafts", "sarah-chen-2026-01-15.md")).ShouldContain("- Talked about pay");
    }

    [Fact]
    public void Should_refuse_fifty_megabytes_on_standard_input_and_change_nothing()
    {
        var before = Snapshot();
        string notes = string.Concat(Enumerable.Repeat("- Talked about the roadmap and the hiring plan\n", 50 * 1024 * 1024 / 47));

        var result = Run(notes, [], "process", "sarah");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: notes on standard input are larger than 4 MB\n");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_say_latin1_notes_are_not_utf8_and_change_nothing()
    {
        var before = Snapshot();

        var result = Run("- caf\uFFFD with Sarah\n- send the deck\n", [], "process", "sarah");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("not UTF-8 (line 1)");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_binary_notes_and_change_nothing()
    {
        var before = Snapshot();

        var result = Run("PK\u0003\u0004\0\0binary", [], "process", "sarah");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldBe("error: the notes look binary; pass UTF-8 text\n");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_a_notes_file_that_is_not_utf8()
    {
        File.WriteAllBytes(_vault.File("notes.md"), [0x2D, 0x20, 0xE9, 0x74, 0xE9, 0x0A]);

        var result = Run(null, [], "process", "sarah", "--file", "notes.md");

        result.ExitCode.ShouldBe(5);
        result.Error.ShouldStartWith("error: notes.md:1: ");
    }

    [Fact]
    public void Should_refuse_a_huge_calendar_file_and_change_nothing()
    {
        var before = Snapshot();
        using var elsewhere = new TempDirectory();
        using (var file = File.Create(elsewhere.File("huge.ics")))
            file.SetLength(21L * 1024 * 1024);

        var result = Run(null, [], "calendar", "import", elsewhere.File("huge.ics"));

        result.ExitCode.ShouldBe(5);
        result.Error.ShouldEndWith("calendar is larger than 20 MB\n");
        Snapshot().ShouldBe(before);
    }

    private CliRunner.Result Run(string? input, Dictionary<string, string> environment, params string[] args) =>
        CliRunner.Run(_vault.Path, Today, input, environment, args);

    private string Script(string name, string content) => VaultScripts.Script(_vault, name, content);

    private Dictionary<string, string> Snapshot() => VaultScripts.Snapshot(_vault);
}
