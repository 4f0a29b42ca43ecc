using Rapport.Core.Cadence;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// Lines that read like actions but report a win (contract, "Wins": "an item is a win when it has a
/// win signal and is not excluded"). Each note opens with a title line, as notes do; the lines are
/// written here in shapes of their own.
/// </summary>
public sealed class ReportedWinTests
{
    // A weekly 1:1 with Dana Okafor on Monday 2026-03-02.
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 3, 2), "Dana Okafor", Frequency.Weekly);

    private static Extraction Read(string line) => NotesEngine.Extract($"Dana 1:1 - wk 10\n- talked about the hiring plan\n{line}\n", Meeting);

    [Theory]
    // A win emoji and an achievement verb: a name that is also a modal ("Will") is the subject, not "will".
    [InlineData("- 🏆 Will won the customer-obsession award")]
    // Another person's achievement with a win emoji and a measured result.
    [InlineData("- Marco's squad cut build time by 40% with remote caching 💪")]
    // A metric that moved, with a win emoji, and no one committing to anything.
    [InlineData("- support tickets down 15% after the FAQ rewrite 🎉")]
    [InlineData("- onboarding NPS → 62, up from 48 🚀")]
    // A third party's achievement, no emoji: an achievement verb and nobody committed.
    [InlineData("- Northwind went live on the new billing flow on Thursday, no incidents")]
    public void Should_read_a_reported_achievement_as_a_win_not_an_action(string line)
    {
        var extraction = Read(line);

        extraction.Actions.ShouldBeEmpty();
        // The win is the line as written, less its bullet and any emoji bullet (arrows are normalised).
        string win = extraction.Wins.ShouldHaveSingleItem().Text;
        win.Replace("->", "→", StringComparison.Ordinal).ShouldEndWith(line[(line.IndexOf(' ', 2) + 1)..]);
    }

    [Theory]
    // A plan with an emoji is still a plan: "will launch" is excluded from wins, and mine to do.
    [InlineData("- ship the beta to the pilot group by Friday 🚀", "ship the beta to the pilot group")]
    [InlineData("- I'll hit the Q2 hiring target by end of March 💪", "hit the Q2 hiring target")]
    public void Should_keep_a_commitment_with_a_win_emoji_as_an_action(string line, string action)
    {
        var extraction = Read(line);

        extraction.Actions.ShouldHaveSingleItem().Text.ShouldStartWith(action);
    }

    [Fact]
    public void Should_keep_a_third_partys_plan_out_of_both_actions_and_wins()
    {
        // Contract, "Not actions": third parties' plans; and "Wins": plans are not wins.
        var extraction = Read("- Legal will send the redlines Friday");

        extraction.Actions.ShouldBeEmpty();
        extraction.Wins.ShouldBeEmpty();
    }
}
