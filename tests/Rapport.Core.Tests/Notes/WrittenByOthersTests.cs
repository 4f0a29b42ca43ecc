using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// New labelled notes in the shapes other people write (not the dev set's): each test names the
/// contract line (<c>../shared/eval/README.md</c>) it checks.
/// </summary>
public sealed class WrittenByOthersTests
{
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 1, 15), "Sarah Chen", Frequency.Weekly);

    [Fact]
    public void Should_keep_a_win_emoji_whole_at_the_start_of_an_item()
    {
        // Contract, "Wins", signal 1: a win emoji anywhere in the line. The bullet-emoji reader used a
        // character class, which took the first half of 💪 (it shares it with 👉) and left half a character.
        var extraction = NotesEngine.Extract("- 💪 Sarah led the incident review\n- 👉 Renewal dashboard: I'll ping data eng\n", Meeting);
        extraction.Wins.Single().Text.ShouldBe("💪 Sarah led the incident review");
        extraction.Actions.Single().Text.ShouldBe("ping data eng");
        foreach (var item in extraction.Items)
            item.Item.Text.EnumerateRunes().ShouldNotContain(System.Text.Rune.ReplacementChar);
    }

    [Fact]
    public void Should_read_wins_not_actions_from_lines_that_report_one()
    {
        // Contract, "Wins", signals 1 and 4: went live, won, 🎉, 🏆 are wins, never actions.
        var extraction = NotesEngine.Extract("- 🎉 Acme renewal went live\n- won the Globex deal 🏆\n- ~~send the old deck~~\n", Meeting);
        extraction.Actions.ShouldBeEmpty();
        extraction.Wins.Select(w => w.Text).ShouldBe(["Acme renewal went live", "won the Globex deal 🏆"]);
        extraction.Cancellations.Single().Text.ShouldBe("send the old deck");
    }

    [Theory]
    [InlineData("owner: Sarah", ActionOwner.Them)]
    [InlineData("Who: me", ActionOwner.Me)]
    [InlineData("[[Sarah Chen]]", ActionOwner.Them)]
    [InlineData("@sarah", ActionOwner.Them)]
    [InlineData("[me]", ActionOwner.Me)]
    [InlineData("(SC)", ActionOwner.Them)]
    [InlineData("Sarah (PM)", ActionOwner.Them)]
    public void Should_read_an_owner_cell_by_the_owner_rules(string cell, ActionOwner owner)
    {
        // Contract, "Tables": the owner cell is read by the owner rules; a label, a mention, brackets or a wiki link are not the name.
        string notes = $"| Task | Owner | Due |\n| --- | --- | --- |\n| update the roadmap | {cell} | fri |\n";
        var action = NotesEngine.Extract(notes, Meeting).Actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe(owner);
        action.Due.ShouldBe(new DateOnly(2026, 1, 16));
    }

    [Fact]
    public void Should_leave_a_team_in_an_owner_cell_to_the_team()
    {
        string notes = "| Task | Owner |\n| --- | --- |\n| book the venue | owner: Marketing |\n";
        NotesEngine.Extract(notes, Meeting).Actions.ShouldBeEmpty();
    }

    [Fact]
    public void Should_commit_the_speaker_who_accepts_a_request()
    {
        // Contract, "Conversations": a request becomes the addressee's action when they accept it in the
        // next turn; the action's text is the request, its due the reply's or else the request's.
        string chat = """
            Sarah: can you send the pricing sheet to Acme by Friday?
            Me: yep, on it
            Sarah: also could you book the offsite venue?
            Me: sure, I can take it
            Me: can you fill in the survey?
            Sarah: will do
            """;
        var actions = NotesEngine.Extract(chat + "\n", Meeting).Actions;
        actions.Select(a => (a.Owner, a.Text, a.Due)).ShouldBe(
        [
            (ActionOwner.Me, "send the pricing sheet to Acme", new DateOnly(2026, 1, 16)),
            (ActionOwner.Me, "book the offsite venue", null),
            (ActionOwner.Them, "fill in the survey", null),
        ]);
    }

    [Fact]
    public void Should_tag_every_item_with_its_kind()
    {
        // Issue 16, "Architecture": the extraction is one list of items tagged with a kind.
        var extraction = NotesEngine.Extract("- I'll send the deck by Fri\n- Win: shipped the beta\n- Decided: we go with Postgres\n- mood 4/5\n", Meeting);
        extraction.Items.Select(i => i.Kind).ShouldBe([ItemKind.Action, ItemKind.Win, ItemKind.Decision]);
        extraction.Of(ItemKind.Win).Single().Text.ShouldBe("shipped the beta");
        extraction.Mood.ShouldBe(4);
        extraction.With(ItemKind.Win, []).Wins.ShouldBeEmpty();
        ItemKind.All.Select(k => k.Name).ShouldBeUnique();
        ItemKind.All.Select(k => k.Index).ShouldBe(Enumerable.Range(0, ItemKind.All.Count));
    }
}
