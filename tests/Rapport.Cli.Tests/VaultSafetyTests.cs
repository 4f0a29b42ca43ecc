using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// What the file system refuses: every write command against a read-only vault ends with one plain
/// line and exit 7, changing nothing; paths given on the command line are relative to the current
/// folder; a folder that is not a vault is refused.
/// </summary>
public sealed class VaultSafetyTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    public static TheoryData<string> WriteCommands() =>
    [
        "add|Alex Kim",
        "process|sarah|--date|2026-01-20",
        "done|noah|1",
        "action|add|noah|Book the venue",
        "topic|add|sarah|Promotion timeline",
        "win|Closed the renewal|--person|sarah",
        "feedback|noah|high-five|Great QBR deck",
        "goal|noah|add|Run a renewal solo|--horizon|medium",
        "score|noah|presenting|4",
        "mood|noah|4",
        "prep|sarah|--write",
        "review|sarah|--period|2025-Q4",
        "review|sarah|--period|2025-Q4|--out|packet.md",
        "archive|--before|2026-01-01",
        "calendar|plan|--day|wed|--start|10:00|--apply",
        "calendar|export|--out|1on1s.ics",
        "calendar|import|{fixtures}/calendar/work.ics",
        "share|noah",
    ];

    [Theory]
    [MemberData(nameof(WriteCommands))]
    public void Should_refuse_every_write_to_a_read_only_vault_with_one_plain_line_and_exit_7(string command)
    {
        var args = command.Replace("{fixtures}", RepoPaths.Fixtures, StringComparison.Ordinal).Split('|');
        var before = Snapshot();

        var result = CliRunner.Run(new ReadOnlyFileSystem(PhysicalFileSystem.Instance), _vault.Path, Today,
            args[0] == "process" ? "- I will book the venue by Friday\n" : null, new Dictionary<string, string>(), args);

        result.ExitCode.ShouldBe(7, result.Error);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        lines[^1].ShouldStartWith("error: cannot write ");
        lines[^1].ShouldEndWith(": permission denied");
        result.Error.ShouldNotContain("Exception");
        result.Error.ShouldNotContain("_");
        Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Should_write_review_out_relative_to_the_current_folder_anywhere_the_user_can_write()
    {
        using var elsewhere = new TempDirectory();
        var result = CliRunner.Run(elsewhere.Path, Today, null, "review", "sarah", "--period", "2025-Q4", "--out", "packet.md", "--vault", _vault.Path);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldStartWith("wrote packet.md: ");
        File.Exists(elsewhere.File("packet.md")).ShouldBeTrue();
        File.Exists(_vault.File("packet.md")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("review", "sarah", "--period", "2025-Q4", "--out")]
    [InlineData("calendar", "export", "--out")]
    public void Should_refuse_an_output_file_in_a_folder_that_does_not_exist(params string[] args)
    {
        var result = CliRunner.Run(_vault.Path, Today, null, [.. args, "/nonexistent/dir/x.md"]);

        result.ExitCode.ShouldBe(7);
        result.Error.ShouldBe("error: cannot write /nonexistent/dir/x.md: folder /nonexistent/dir does not exist\n");
    }

    [Fact]
    public void Should_write_no_calendar_file_when_no_relationship_has_a_slot()
    {
        foreach (var file in Directory.GetFiles(_vault.File("Career", "1-on-1s"), "*.md"))
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("slot:", StringComparison.Ordinal)));

        var result = CliRunner.Run(_vault.Path, Today, null, "calendar", "export", "--out", "1on1s.ics");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldEndWith("error: nothing to export: no relationship has a slot; plan them with 'rapport calendar plan --apply', or pass --default-slot \"tue 09:00\"\n");
        File.Exists(_vault.File("1on1s.ics")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_vault_option_naming_a_folder_that_is_not_a_vault_and_create_nothing_there()
    {
        using var plain = new TempDirectory();

        var result = CliRunner.Run(_vault.Path, Today, null, "add", "Alex Kim", "--vault", plain.Path);

        result.ExitCode.ShouldBe(3);
        result.Error.ShouldBe($"error: {plain.Path} is not a Rapport vault (run rapport init {plain.Path})\n");
        Directory.EnumerateFileSystemEntries(plain.Path).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("review|noah|--period|2025-Q4|--out|Career/1-on-1s/noah-patel.md", "Career/1-on-1s/noah-patel.md")]
    [InlineData("calendar|export|--default-slot|fri 14:00|--out|.rapport/config.yml", ".rapport/config.yml")]
    [InlineData("review|noah|--period|2025-Q4|--out|BACKLOG.md", "BACKLOG.md")]
    public void Should_refuse_to_write_an_output_over_one_of_the_vaults_own_files(string command, string target)
    {
        // A probe: --out replaced the running document (or the settings, after which every command failed), and exited 0.
        string before = File.ReadAllText(_vault.File(target.Split('/')));

        var result = CliRunner.Run(_vault.Path, Today, null, command.Split('|'));

        result.ExitCode.ShouldBe(2, result.Output + result.Error);
        result.Error.ShouldBe($"error: cannot write {target}: it is one of the vault's own files (settings, a running document, the backlog or the wins log); name another file\n");
        File.ReadAllText(_vault.File(target.Split('/'))).ShouldBe(before);
    }

    [Fact]
    public void Should_keep_lock_files_in_the_vault_with_its_permissions()
    {
        var result = CliRunner.Run(_vault.Path, Today, null, "mood", "noah", "4");

        result.ExitCode.ShouldBe(0, result.Error);
        Directory.GetFiles(_vault.File(".rapport", "locks"), "*.lock").ShouldNotBeEmpty();
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(_vault.File(".rapport", "locks")).ShouldBe(File.GetUnixFileMode(_vault.File(".rapport")));
    }

    [Fact]
    public void Should_keep_a_malformed_front_matter_byte_for_byte_and_warn_naming_its_line()
    {
        const string front = "---\nperson: Jo Bloggs\nkind: direct\nrole: Lead: Platform\nslot: wed 09:00\n---\n";
        string path = _vault.Write("Career/1-on-1s/jo-bloggs.md", front + "\n# 1:1 with Jo Bloggs\n\n## Mood\n- 2026-01-13: 4/5\n");

        var mood = CliRunner.Run(_vault.Path, Today, null, "mood", "jo", "3");

        mood.ExitCode.ShouldBe(0, mood.Error);
        mood.Error.ShouldStartWith("warning: Career/1-on-1s/jo-bloggs.md:4: malformed front matter");
        mood.Error.ShouldEndWith("the front matter was kept as written\n");
        File.ReadAllText(path).ShouldStartWith(front);
        File.ReadAllText(path).ShouldContain("- 2026-01-20: 3/5");

        // An edit of the front matter itself is refused, and nothing is written.
        string before = File.ReadAllText(path);
        var plan = CliRunner.Run(_vault.Path, Today, null, "calendar", "plan", "--day", "thu", "--start", "09:00", "--people", "jo", "--apply");
        plan.ExitCode.ShouldBe(5, plan.Output + plan.Error);
        plan.Error.ShouldContain("Career/1-on-1s/jo-bloggs.md:4: malformed front matter");
        File.ReadAllText(path).ShouldBe(before);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_vault.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}index.db", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(_vault.Path, f), File.ReadAllText);
}
