using Rapport.Core.Documents;
using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

public sealed class ActionTickTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 1, 20);

    // CRLF endings, an in-progress box, an Obsidian Tasks date and a block id: a tick changes all of
    // them in ways that cannot be guessed back from the ticked line alone.
    private const string Sarah =
        "---\r\nperson: Sarah Chen\r\n---\r\n\r\n## Action Items\r\n\r\n### My Actions\r\n" +
        "- [/] Send the renewal deck 📅 2026-01-22 ^deck\r\n- [ ] Draft the QBR slides\r\n\r\n" +
        "### Sarah's Actions\r\n- [ ] Review the promotion packet (by 2026-01-10)\r\n";

    private const string Backlog = "# Backlog\n\n- [ ] [P1] Send the renewal deck (due: 2026-01-22) — 1:1 Sarah Chen\n- [ ] Other task — 1:1 Bo Kim\n";

    private readonly TrackingVault _vault = new();

    public ActionTickTests()
    {
        _vault.Write("sarah-chen.md", Sarah);
        _vault.WriteAt("BACKLOG.md", Backlog);
    }

    public void Dispose() => _vault.Dispose();

    private string Path => _vault.Load("sarah").FullPath;

    [Fact]
    public void Should_put_back_the_document_and_backlog_lines_byte_for_byte()
    {
        // Given my in-progress action, ticked in the document and the backlog
        var (tick, written) = OpenActions.Tick(_vault.Open(), Path, ActionOwner.Me, "Send the renewal deck", Day);
        written.Count.ShouldBe(2);
        _vault.Read("sarah-chen.md").ShouldNotBe(Sarah);
        _vault.ReadAt("BACKLOG.md").ShouldNotBe(Backlog);

        // When it is undone
        var undone = OpenActions.Undo(_vault.Open(), Path, tick);

        // Then both files are exactly as before
        undone.Count.ShouldBe(2);
        _vault.Read("sarah-chen.md").ShouldBe(Sarah);
        _vault.ReadAt("BACKLOG.md").ShouldBe(Backlog);
    }

    [Fact]
    public void Should_undo_through_a_token_after_lines_were_added_above()
    {
        var (tick, _) = OpenActions.Tick(_vault.Open(), Path, ActionOwner.Them, "Review the promotion packet", Day);
        string ticked = _vault.Read("sarah-chen.md");
        _vault.Write("sarah-chen.md", ticked.Replace("## Action Items\r\n", "## Action Items\r\nAdded in the editor.\r\n\r\n", StringComparison.Ordinal));

        OpenActions.Undo(_vault.Open(), Path, ActionTick.Parse(tick.ToToken()));

        _vault.Read("sarah-chen.md").ShouldBe(Sarah.Replace("## Action Items\r\n", "## Action Items\r\nAdded in the editor.\r\n\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_to_undo_a_line_changed_since_and_write_nothing()
    {
        var (tick, _) = OpenActions.Tick(_vault.Open(), Path, ActionOwner.Me, "Draft the QBR slides", Day);
        string reworded = _vault.Read("sarah-chen.md").Replace("Draft the QBR slides", "Draft the QBR slides for Acme", StringComparison.Ordinal);
        _vault.Write("sarah-chen.md", reworded);

        var error = Should.Throw<RapportException>(() => OpenActions.Undo(_vault.Open(), Path, tick));

        error.Code.ShouldBe(ErrorCode.Conflict);
        error.Message.ShouldContain("not undone");
        _vault.Read("sarah-chen.md").ShouldBe(reworded);
    }

    [Fact]
    public void Should_write_only_the_exact_inverse_of_a_tick()
    {
        var (tick, _) = OpenActions.Tick(_vault.Open(), Path, ActionOwner.Me, "Draft the QBR slides", Day);
        string ticked = _vault.Read("sarah-chen.md");
        // A made-up undo that would put other words on the line.
        var forged = tick with { Document = tick.Document with { Before = "- [ ] Something else entirely" } };
        var wrongDay = tick with { Date = Day.AddDays(1) };

        Should.Throw<RapportException>(() => OpenActions.Undo(_vault.Open(), Path, forged)).Code.ShouldBe(ErrorCode.Conflict);
        Should.Throw<RapportException>(() => OpenActions.Undo(_vault.Open(), Path, wrongDay)).Code.ShouldBe(ErrorCode.Conflict);
        _vault.Read("sarah-chen.md").ShouldBe(ticked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("dDEKbWUKMjAyNi0wMS0yMAp4")]
    public void Should_refuse_a_token_it_did_not_make(string token) =>
        Should.Throw<RapportException>(() => ActionTick.Parse(token)).Code.ShouldBe(ErrorCode.Usage);

    [Fact]
    public void Should_read_back_every_field_of_a_token()
    {
        var tick = new ActionTick(ActionOwner.Me, "Send the deck — now", Day, new TickedLine(7, "- [ ] Send the deck — now", "- [x] Send the deck — now ✅ 2026-01-20"), new TickedLine(2, "- [ ] a", "- [x] a (done: 2026-01-20)"));

        ActionTick.Parse(tick.ToToken()).ShouldBe(tick);
        tick.ToToken().ShouldMatch("^[A-Za-z0-9_-]+$");
    }
}
