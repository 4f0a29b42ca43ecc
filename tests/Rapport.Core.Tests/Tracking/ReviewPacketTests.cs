using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

public sealed class ReviewPacketTests : IDisposable
{
    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_compile_my_review_from_my_managers_document_and_its_archives()
    {
        _vault.WriteAt(".rapport/config.yml", "owner: Jordan Lee\n");
        _vault.Write("sarah-chen.md", """
            ---
            person: Sarah Chen
            kind: manager
            ---

            ## Ongoing Threads

            ### Career Development
            - 2025-12-10: Training budget approved ($2K/year)
            - 2025-09-01: Outside the period

            ## Action Items

            ### My Actions
            - [x] Draft Q1 account plan (completed 2025-12-20)

            ### Sarah's Actions
            - [x] Approve budget (completed 2025-12-10)

            ## Recent Accomplishments Shared
            - 2026-01-15: Next quarter's win
            - 2025-12-18: Q4 NRR: 108% (exceeded goal)

            ## Feedback
            - 2025-12-18: High five (strategy): clearest NRR story

            ## Meeting History
            - 2025-12-18: Q4 review
            """);
        _vault.Write("archive/sarah-chen-2025-Q4.md", "---\nperson: Sarah Chen\narchive-of: Career/1-on-1s/sarah-chen.md\n---\n\n## Recent Accomplishments Shared\n- 2025-11-20: Customer Y renewal, $300K\n\n## Meeting History\n- 2025-11-20: Renewals\n");
        _vault.WriteAt("Career/wins.md", "# Wins\n\n- 2025-10-05: Spoke at the CS summit\n- 2025-10-06: Someone else's (for Bo Kim)\n");
        var vault = _vault.Open();

        var packet = ReviewPacket.For(vault, vault.People.Resolve("sarah"), Period.Parse("2025-Q4"));

        packet.Subject.ShouldBe("Jordan Lee");
        packet.Highlights.Select(h => $"{h.Text} | {h.Path}:{h.Line}").ShouldBe([
            "Spoke at the CS summit | Career/wins.md:3",
            "Customer Y renewal, $300K | Career/1-on-1s/archive/sarah-chen-2025-Q4.md:7",
            "Q4 NRR: 108% (exceeded goal) | Career/1-on-1s/sarah-chen.md:22",
        ]);
        packet.Career.Select(c => c.Text).ShouldBe(["Career Development: Training budget approved ($2K/year)"]);
        packet.Completed.Select(c => c.Text).ShouldBe(["Draft Q1 account plan"]);
        packet.FeedbackReceived.Select(c => c.Text).ShouldBe(["High five (strategy): clearest NRR story (from Sarah Chen)"]);
        packet.Meetings.Count.ShouldBe(2);
        packet.ToMarkdown(new DateOnly(2026, 1, 20)).ShouldContain("- Q4 NRR: 108% (exceeded goal) (2025-12-18, Career/1-on-1s/sarah-chen.md:22)\n");
    }

    [Fact]
    public void Should_count_the_1_1s_held_as_last_met_counts_them()
    {
        // A log of dated headings, a Meeting History line, and a 1:1 written ahead for a day after the one read on
        _vault.Write("priya.md", """
            ---
            person: Priya Raman
            kind: mentee
            ---

            ## Meeting History
            - 2026-01-21: Talk dry-run plan
            - 2026-01-07: Conference talk

            ## 2026-01-14 · Speaker notes
            - went through the outline

            ## Feb 3
            - agenda written ahead
            """);
        var vault = _vault.Open();
        vault.Store.Today = new DateOnly(2026, 1, 20);

        var packet = ReviewPacket.For(vault, vault.People.Resolve("priya"), Period.Parse("2026-Q1"));

        // Held by the 20th: the 7th (a history line) and the 14th (a heading, by what it was about), not the 21st nor Feb 3
        packet.Meetings.Select(m => $"{m.Date:yyyy-MM-dd} {m.Text} | {m.Line}").Order().ShouldBe([
            "2026-01-07 Priya Raman: Conference talk | 8",
            "2026-01-14 Priya Raman: Speaker notes | 10",
        ]);
        vault.People.Resolve("priya").Document.LastMet.ShouldBe(new DateOnly(2026, 1, 14));
    }

    [Fact]
    public void Should_compile_a_direct_reports_review_from_their_side()
    {
        _vault.Write("noah.md", """
            ---
            person: Noah Patel
            kind: direct
            ---

            ## Action Items

            ### My Actions
            - [x] Mine (completed 2026-01-05)

            ### Noah's Actions
            - [x] Finish training (completed 2026-01-12)

            ## Goals
            - [x] Short: lead a QBR (completed 2026-02-01)
              - 2026-01-13: QBR booked

            ## Feedback
            - 2026-01-13: High five (calls): calm renewals
            """);
        var vault = _vault.Open();

        var packet = ReviewPacket.For(vault, vault.People.Resolve("noah"), Period.Parse("2026-Q1"));

        packet.Subject.ShouldBe("Noah Patel");
        packet.Completed.Select(c => c.Text).ShouldBe(["Finish training"]);
        packet.FeedbackGiven.Select(c => c.Text).ShouldBe(["High five (calls): calm renewals (to Noah Patel)"]);
        packet.Goals.Select(c => c.Text).ShouldBe(["Short: lead a QBR: QBR booked", "Done: Short: lead a QBR"]);
    }
}
