using Rapport.Core.Documents;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Core.Tests.Tracking;

public sealed class OpenActionsTests : IDisposable
{
    private const string Sarah = """
        ---
        person: Sarah Chen
        ---

        ## Action Items

        ### My Actions
        - [ ] Send the renewal deck (by 2026-01-22)
        - [ ] Draft the QBR slides for Acme (by 2026-01-16)
        - [ ] Draft the QBR slides for Globex
        - [x] Old thing (completed 2026-01-02)

        ### Sarah's Actions
        - [ ] Review promotion packet requirements (by 2026-01-10)

        """;

    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_list_open_actions_across_the_vault_by_due_date()
    {
        _vault.Write("sarah-chen.md", Sarah);
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### Bo's Actions\n- [ ] Fix the alerts (by 2026-01-12)\n");
        var vault = _vault.Open();

        var rows = OpenActions.Rows(vault.People.All, vault.Display).ToList();
        var all = OpenActions.Select(rows);
        var overdueMine = OpenActions.Select(rows, ActionOwner.Me, new DateOnly(2026, 1, 20));

        all.Select(a => (a.Person, a.Text)).ShouldBe([
            ("Sarah Chen", "Review promotion packet requirements"),
            ("Bo Kim", "Fix the alerts"),
            ("Sarah Chen", "Draft the QBR slides for Acme"),
            ("Sarah Chen", "Send the renewal deck"),
            ("Sarah Chen", "Draft the QBR slides for Globex"),
        ]);
        overdueMine.Select(a => a.Text).ShouldBe(["Draft the QBR slides for Acme"]);
    }

    [Fact]
    public void Should_keep_each_actions_id_while_others_are_ticked_so_the_same_id_never_ticks_two()
    {
        _vault.Write("sarah-chen.md", Sarah);
        var before = OpenActions.Of(_vault.Load("sarah")).ToDictionary(a => a.Action.Text, a => a.Id);
        before.Values.ShouldBeUnique();
        before.Values.ShouldAllBe(id => ActionId.IsShaped(id) && char.IsLetter(id[0]));

        var first = OpenActions.Find(_vault.Load("sarah"), before["Draft the QBR slides for Acme"]);
        OpenActions.MarkDone(_vault.Open(), first, new DateOnly(2026, 1, 20));

        var after = OpenActions.Of(_vault.Load("sarah"));
        after.Select(a => a.Id).ShouldBe(before.Where(b => b.Key != "Draft the QBR slides for Acme").Select(b => b.Value), ignoreOrder: true);
        var again = Should.Throw<RapportException>(() => OpenActions.Find(_vault.Load("sarah"), before["Draft the QBR slides for Acme"]));
        again.Message.ShouldBe($"action {before["Draft the QBR slides for Acme"]} ('Draft the QBR slides for Acme (by 2026-01-16)') is already done in Sarah Chen's document".Replace(" (by 2026-01-16)", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_take_an_id_written_in_the_line_as_obsidian_tasks_does()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Book the venue 🆔 venue1\n- [ ] Send the deck\n");

        var found = OpenActions.Find(_vault.Load("bo"), "venue1");

        found.Action.Text.ShouldStartWith("Book the venue");
        found.Id.ShouldBe("venue1");
    }

    [Fact]
    public void Should_add_an_action_to_my_list_or_theirs_creating_the_list_if_missing()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck (by 2026-01-22)\n- [x] Old (completed 2026-01-02)\n");
        var vault = _vault.Open();
        string path = vault.People.Resolve("bo").FullPath;

        NewAction.Add(vault, path, ActionOwner.Me, "book the venue", new DateOnly(2026, 1, 30), "p1").ShouldNotBeNull();
        NewAction.Add(vault, path, ActionOwner.Them, "Share the churn numbers", null, null).ShouldNotBeNull();
        NewAction.Add(vault, path, ActionOwner.Me, "Book the venue", null, null).ShouldBeNull();

        _vault.Read("bo.md").ShouldBe("---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck (by 2026-01-22)\n- [ ] [P1] Book the venue (by 2026-01-30)\n- [x] Old (completed 2026-01-02)\n\n### Bo's Actions\n- [ ] Share the churn numbers\n");
        Should.Throw<RapportException>(() => NewAction.Add(vault, path, ActionOwner.Me, " ", null, null)).Code.ShouldBe(ErrorCode.Usage);
    }

    [Theory]
    [InlineData("Renew the licence (due 2026-03-07)", "Renew the licence")]
    [InlineData("Renew the licence (due 3/7)", "Renew the licence")]
    [InlineData("Check the runbook ^blockid", "Check the runbook")]
    [InlineData("Send the memo [P1]", "Send the memo")]
    [InlineData("Pay the invoice 📅 2027-01-01", "Pay the invoice")]
    public void Should_add_an_action_whose_text_holds_task_metadata_and_back_it_up_as_read(string typed, string read)
    {
        // Given a vault with a backlog (a probe: each of these crashed after writing both files, and again at each retry); a
        // due date without a year is read from the document's last meeting, as the document will read it
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck\n\n## Meeting History\n- 2026-01-10: Intro\n");
        _vault.WriteAt("BACKLOG.md", "# Backlog\n");
        var vault = _vault.Open();
        string path = vault.People.Resolve("bo").FullPath;

        var added = NewAction.Add(vault, path, ActionOwner.Me, typed, null, null).ShouldNotBeNull();

        // Then the action is the document's reading of it, the backlog holds it once, and a second add changes nothing
        added.Action.Text.ShouldBe(read);
        BacklogFile.Read(vault).Count(i => i.Text == read).ShouldBe(1);
        NewAction.Add(vault, path, ActionOwner.Me, typed, null, null).ShouldBeNull();
        _vault.Read("bo.md").Split('\n').Count(l => l.Contains(read, StringComparison.Ordinal)).ShouldBe(1);
    }

    [Theory]
    [InlineData("Call @bo", ActionOwner.Me)]
    [InlineData("Bo: call the vendor", ActionOwner.Me)]
    [InlineData("Me: call the vendor", ActionOwner.Them)]
    public void Should_refuse_an_action_whose_owner_mark_names_the_other_side_and_change_nothing(string typed, ActionOwner owner)
    {
        string bo = "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck\n";
        _vault.Write("bo.md", bo);
        _vault.WriteAt("BACKLOG.md", "# Backlog\n");
        var vault = _vault.Open();
        string path = vault.People.Resolve("bo").FullPath;

        var error = Should.Throw<RapportException>(() => NewAction.Add(vault, path, owner, typed, null, null));

        error.Code.ShouldBe(ErrorCode.Usage);
        error.Message.ShouldContain("marks its owner");
        _vault.Read("bo.md").ShouldBe(bo);
        _vault.ReadAt("BACKLOG.md").ShouldBe("# Backlog\n");
    }

    [Fact]
    public void Should_leave_the_document_as_it_was_when_the_backlog_cannot_be_written()
    {
        // Given a backlog that is not UTF-8 (the probe: the action was written into the document, then the command failed)
        string bo = "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck\n";
        _vault.Write("bo.md", bo);
        _vault.Files.WriteAllBytesAtomic(Path.Combine(_vault.Root, "BACKLOG.md"), [0x2D, 0x20, 0xFF, 0xFE, 0x0A]);
        var vault = _vault.Open();
        string path = vault.People.Resolve("bo").FullPath;

        Should.Throw<RapportException>(() => NewAction.Add(vault, path, ActionOwner.Me, "Book the venue", null, null));
        Should.Throw<RapportException>(() => OpenActions.MarkDone(vault, path, ActionOwner.Me, "Send the deck", new DateOnly(2026, 1, 14)));

        _vault.Read("bo.md").ShouldBe(bo);
    }

    [Fact]
    public void Should_tick_the_backlog_line_of_the_action_ticked_not_one_that_starts_the_same()
    {
        _vault.Write("bo.md", "---\nperson: Bo Kim\n---\n\n## Action Items\n\n### My Actions\n- [ ] Send the deck\n");
        _vault.WriteAt("BACKLOG.md", "# Backlog\n");
        var vault = _vault.Open();
        string path = vault.People.Resolve("bo").FullPath;
        NewAction.Add(vault, path, ActionOwner.Me, "Call Bob 2026-01-20", null, null).ShouldNotBeNull();
        NewAction.Add(vault, path, ActionOwner.Me, "Call Bob", null, null).ShouldNotBeNull();

        OpenActions.MarkDone(vault, path, ActionOwner.Me, "Call Bob", new DateOnly(2026, 1, 14));

        BacklogFile.Read(vault).Select(i => (i.Text, i.Done)).ShouldBe([("Call Bob 2026-01-20", false), ("Call Bob", true)]);
    }

    [Theory]
    [InlineData("1", "Send the renewal deck")]
    [InlineData("4", "Review promotion packet requirements")]
    [InlineData("send the renewal deck", "Send the renewal deck")]
    [InlineData("renewal", "Send the renewal deck")]
    [InlineData("Globex", "Draft the QBR slides for Globex")]
    [InlineData("promotion packet reviewed", "Review promotion packet requirements")]
    public void Should_find_an_action_by_number_or_words(string query, string expected)
    {
        _vault.Write("sarah-chen.md", Sarah);

        OpenActions.Find(_vault.Load("sarah"), query).Action.Text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("QBR slides", "matches 2 open actions of Sarah Chen: 2. [")]
    [InlineData("QBR slides", "] Draft the QBR slides for Acme (due 2026-01-16); 3. [")]
    [InlineData("9", "Sarah Chen has no open action 9; 'rapport actions sarah-chen' numbers them 1 to 4")]
    [InlineData("old thing", "'old thing' is already done in Sarah Chen's document")]
    [InlineData("lunch", "no open action of Sarah Chen matches 'lunch'")]
    public void Should_say_why_it_cannot_pick_one(string query, string message)
    {
        _vault.Write("sarah-chen.md", Sarah);

        var ex = Should.Throw<RapportException>(() => OpenActions.Find(_vault.Load("sarah"), query));

        ex.Code.ShouldBe(ErrorCode.Usage);
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Should_mark_my_action_done_in_the_document_and_the_backlog()
    {
        _vault.Write("sarah-chen.md", Sarah);
        _vault.WriteAt("BACKLOG.md", "- [ ] [P1] Send the renewal deck (due: 2026-01-22) — 1:1 Sarah Chen\n");
        var vault = _vault.Open();

        var written = OpenActions.MarkDone(vault, OpenActions.Find(vault.People.Resolve("sarah"), "1"), new DateOnly(2026, 1, 20));

        written.ShouldBe(["Career/1-on-1s/sarah-chen.md", "BACKLOG.md"]);
        _vault.Read("sarah-chen.md").ShouldContain("- [x] Send the renewal deck (by 2026-01-22) (completed 2026-01-20)\n");
        _vault.ReadAt("BACKLOG.md").ShouldBe("- [x] [P1] Send the renewal deck (due: 2026-01-22) (done: 2026-01-20) — 1:1 Sarah Chen\n");
    }
}
