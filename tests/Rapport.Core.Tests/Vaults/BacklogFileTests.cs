using Rapport.Core.Tests.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Vaults;

public sealed class BacklogFileTests : IDisposable
{
    private const string Backlog = """
        # Backlog

        - [x] [P2] Update the renewal playbook (done: 2026-01-12)
        - [ ] [P3] Book the team offsite venue
        - [ ] [P1] Send the renewal deck (due: 2026-01-14) — 1:1 Sarah Chen

        """;

    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_read_each_task_with_its_box_priority_dates_and_meeting()
    {
        _vault.WriteAt(BacklogFile.FileName, Backlog);

        BacklogFile.Read(_vault.Open()).ShouldBe([
            new BacklogItem(2, true, "P2", "Update the renewal playbook", null, new DateOnly(2026, 1, 12), null),
            new BacklogItem(3, false, "P3", "Book the team offsite venue", null, null, null),
            new BacklogItem(4, false, "P1", "Send the renewal deck", new DateOnly(2026, 1, 14), null, "Sarah Chen"),
        ]);
    }

    [Fact]
    public void Should_tick_a_task_in_the_backlog_another_writer_changed_meanwhile()
    {
        string path = _vault.WriteAt(BacklogFile.FileName, Backlog);
        int interruptions = 0;
        _vault.Files.BeforeLock = locked =>
        {
            if (locked == path && interruptions++ == 0) _vault.Files.AddFile(path, Backlog + "- [ ] Added by hand\n");
        };

        BacklogFile.MarkDone(_vault.Open(), "Sarah Chen", "Send the renewal deck", new DateOnly(2026, 1, 15)).ShouldBeTrue();

        interruptions.ShouldBe(2);
        _vault.ReadAt(BacklogFile.FileName).ShouldEndWith(
            "- [x] [P1] Send the renewal deck (due: 2026-01-14) (done: 2026-01-15) — 1:1 Sarah Chen\n- [ ] Added by hand\n");
    }

    [Fact]
    public void Should_append_a_task_once_and_only_to_a_backlog_the_vault_keeps()
    {
        var vault = _vault.Open();
        BacklogFile.Append(vault, "Bo Kim", "Fix the alerts", null, "P2").ShouldBeFalse();
        _vault.Exists(BacklogFile.FileName).ShouldBeFalse();

        _vault.WriteAt(BacklogFile.FileName, "");
        BacklogFile.Append(vault, "Bo Kim", "Fix the alerts", new DateOnly(2026, 1, 20), "P2").ShouldBeTrue();
        BacklogFile.Append(vault, "Bo Kim", "Fix the alerts", new DateOnly(2026, 1, 20), "P2").ShouldBeFalse();

        _vault.ReadAt(BacklogFile.FileName).ShouldBe("- [ ] [P2] Fix the alerts (due: 2026-01-20) — 1:1 Bo Kim\n");
    }

    [Fact]
    public void Should_leave_the_backlog_untouched_when_no_open_task_matches()
    {
        _vault.WriteAt(BacklogFile.FileName, Backlog);

        BacklogFile.MarkDone(_vault.Open(), "Bo Kim", "Send the renewal deck", new DateOnly(2026, 1, 15)).ShouldBeFalse();

        _vault.ReadAt(BacklogFile.FileName).ShouldBe(Backlog);
    }
}
