using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

public sealed class ArchiveTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);

    private const string Noah = """
        ---
        person: Noah Patel
        ---

        # 1:1 with Noah Patel

        ## Ongoing Threads

        ### Workload
        - 2026-01-13: Fridays are heavy
        - 2025-11-24: Six accounts without a sponsor
          * follow up in December

        ### Career
        - 2025-07-02: Q3 entry

        ## Action Items

        ### My Actions
        - [ ] Open and old (by 2025-10-01)
        - [x] Done last quarter (completed 2025-12-02)
        - [x] Done this quarter (completed 2026-01-05)

        ### Noah's Actions
        - [x] Theirs (completed 2025-11-30)

        ## Recent Accomplishments Shared
        - 2026-01-13: This quarter's win
        - 2025-12-12: Certification

        ## Feedback
        - [ ] High five (queued): never moves
        - 2025-11-24: Watch out (escalations): late. Path: same day

        ## Mood
        - 2025-12-16: 3/5

        ## Meeting History
        - 2026-01-13: This quarter
        - 2025-12-16: Last quarter
        - 2025-07-02: Q3 meeting

        """;

    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_rewrite_relative_links_so_they_still_resolve_from_the_archive()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Meeting History\n- 2026-01-13: This quarter\n- 2025-12-16: Pricing ([notes](notes/bo/2025-12-16.md)), see [deck](../decks/q4%20plan.pdf#p2) and [site](https://example.com/a) [top](#history)\n");
        _vault.Write("notes/bo/2025-12-16.md", "- notes\n");
        var vault = _vault.Open();

        var plan = Archive.Plan(vault, vault.People.Resolve("bo"), Rapport.Core.Tracking.Period.Parse("2025"), Today)!;
        Archive.Apply(vault, plan);

        string archived = _vault.Read(Path.Combine("archive", "bo-2025-Q4.md"));
        archived.ShouldContain("- 2025-12-16: Pricing ([notes](../notes/bo/2025-12-16.md)), see [deck](../../decks/q4%20plan.pdf#p2) and [site](https://example.com/a) [top](#history)\n");
        _vault.Files.FileExists(Path.Combine(_vault.Root, "Career", "1-on-1s", "archive", "../notes/bo/2025-12-16.md")).ShouldBeTrue();
    }

    [Fact]
    public void Should_move_every_older_dated_line_to_exactly_one_archive_and_lose_none()
    {
        _vault.Write("noah.md", Noah);
        var before = DatedLines(_vault.Read("noah.md"));

        Run();

        string doc = _vault.Read("noah.md");
        var q4 = _vault.Read("archive/noah-2025-Q4.md");
        var q3 = _vault.Read("archive/noah-2025-Q3.md");
        var union = DatedLines(doc).Concat(DatedLines(q4)).Concat(DatedLines(q3)).ToList();
        union.Order().ShouldBe(before.Order());
        union.Distinct().Count().ShouldBe(union.Count);
        DatedLines(doc).ShouldBe([
            "- 2026-01-13: Fridays are heavy", "- [x] Done this quarter (completed 2026-01-05)", "- 2026-01-13: This quarter's win",
            "- 2026-01-13: This quarter"]);
        doc.ShouldContain("- [ ] Open and old (by 2025-10-01)\n");
        doc.ShouldContain("- [ ] High five (queued): never moves\n");
        q4.ShouldContain("### Workload\n- 2025-11-24: Six accounts without a sponsor\n  * follow up in December\n");
        q4.ShouldContain("### Noah's Actions\n- [x] Theirs (completed 2025-11-30)\n");
        q3.ShouldContain("## Ongoing Threads\n\n### Career\n- 2025-07-02: Q3 entry\n");
    }

    [Fact]
    public void Should_keep_the_latest_meeting_so_the_document_knows_when_they_last_met()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Meeting History\n- 2025-11-02: Latest\n- 2025-10-01: Older\n");

        Run();

        _vault.Load("bo").Document.LastMet.ShouldBe(new DateOnly(2025, 11, 2));
        _vault.Read("archive/bo-2025-Q4.md").ShouldContain("- 2025-10-01: Older\n");
    }

    [Fact]
    public void Should_move_nothing_more_when_run_again()
    {
        _vault.Write("noah.md", Noah);
        Run();
        var vault = _vault.Open();

        Archive.Plan(vault, vault.People.Resolve("noah"), Period(), Today).ShouldBeNull();
    }

    [Fact]
    public void Should_append_to_an_existing_archive_without_duplicating_lines_an_interrupted_run_left()
    {
        // Given an archive holding one line already (a run that wrote the archive, then stopped)
        _vault.Write("noah.md", Noah);
        _vault.Write("archive/noah-2025-Q4.md", "---\nperson: Noah Patel\narchive-of: Career/1-on-1s/noah.md\n---\n\n# 1:1 with Noah Patel — 2025-Q4 archive\n\n## Meeting History\n- 2025-12-16: Last quarter\n\n## Notes kept by hand\nkeep me\n");

        Run();

        var q4 = _vault.Read("archive/noah-2025-Q4.md");
        q4.Split('\n').Count(l => l == "- 2025-12-16: Last quarter").ShouldBe(1);
        q4.ShouldContain("## Notes kept by hand\nkeep me\n");
        q4.ShouldContain("- 2025-12-12: Certification\n");
        _vault.Read("noah.md").ShouldNotContain("Last quarter");
    }

    [Fact]
    public void Should_archive_one_quarter_and_refuse_the_current_one()
    {
        _vault.Write("noah.md", Noah);
        var vault = _vault.Open();

        var plan = Archive.Plan(vault, vault.People.Resolve("noah"), Core.Tracking.Period.Parse("2025-Q3"), Today)!;

        plan.Archives.ShouldBe([("Career/1-on-1s/archive/noah-2025-Q3.md", 2)]);
        Should.Throw<RapportException>(() => Archive.Plan(vault, vault.People.Resolve("noah"), Core.Tracking.Period.Parse("2026-Q1"), Today))
            .Message.ShouldContain("before the current quarter (2026-Q1");
    }

    private void Run()
    {
        var vault = _vault.Open();
        foreach (var relationship in vault.People.All)
            if (Archive.Plan(vault, relationship, Period(), Today) is { } plan) Archive.Apply(vault, plan);
    }

    private static Core.Tracking.Period Period() => new(DateOnly.MinValue, new DateOnly(2025, 12, 31), "before 2026-01-01");

    /// <summary>Every list line that carries a date, as the archive test counts them.</summary>
    private static List<string> DatedLines(string text) =>
        text.Split('\n').Where(l => l.StartsWith('-') && System.Text.RegularExpressions.Regex.IsMatch(l, @"\d{4}-\d{2}-\d{2}") && !l.StartsWith("- [ ]", StringComparison.Ordinal)).ToList();
}
