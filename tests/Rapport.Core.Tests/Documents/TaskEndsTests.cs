using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Session 16: what people write at either end of a task in a document, as the notes contract reads it in raw notes. A due
/// phrase that ends the item with no lead word ("send the deck, end of month", "EOD tomorrow", "(end of January)"), an owner
/// written first with an arrow or in parentheses ("Priya → share the deck", "(Priya) write it up"), two owners
/// ("Jordan &amp; Priya:"), and an owner followed by a due date ("— Priya, before EOW"). Each case failed before its rule.
/// </summary>
public sealed class TaskEndsTests
{
    private const string Owner = "Jordan Lee";

    /// <summary>A task of Priya Shah's document, under the meeting of Thursday 6 March 2025.</summary>
    private static ActionItem Read(string line) =>
        DocumentFixtures.ParseAs(Owner, $"# Priya Shah\n\n## 2025-03-06\n- [ ] {line}\n\n## 2025-02-27\n- talked\n").Actions.Single();

    [Theory]
    [InlineData("Send the deck, end of month", 2025, 3, 31)]
    [InlineData("Send the deck EOD tomorrow", 2025, 3, 7)]
    [InlineData("Send the deck in 2 weeks", 2025, 3, 20)]
    [InlineData("Send the deck next Monday", 2025, 3, 10)]
    [InlineData("Send the deck — EOW", 2025, 3, 7)]
    [InlineData("Send the deck -> tomorrow", 2025, 3, 7)]
    [InlineData("Send the deck (end of January)", 2026, 1, 31)]
    [InlineData("Send the deck (next week)", 2025, 3, 13)]
    [InlineData("Send the deck (EOD Fri)", 2025, 3, 7)]
    [InlineData("Send the deck — due: 2025-03-20", 2025, 3, 20)]
    public void Should_read_a_due_phrase_that_ends_the_task_without_a_lead_word(string line, int year, int month, int day)
    {
        var action = Read(line);
        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("Send the deck");
    }

    [Theory]
    [InlineData("Score the take-home: 4/5")]
    [InlineData("Reduce flaky tests to 1/3")]
    [InlineData("Demo scheduled for 3/29")]
    [InlineData("Plan the offsite in May")]
    [InlineData("Review the notes from last week")]
    [InlineData("Book the room for the next 1:1")]
    [InlineData("Tomorrow")]
    public void Should_leave_as_text_what_is_not_clearly_a_due_date_at_the_end(string line)
    {
        var action = Read(line);
        action.Due.ShouldBeNull();
        action.Text.ShouldBe(line);
    }

    [Fact]
    public void Should_read_no_due_phrase_at_the_end_of_a_task_under_no_meeting()
    {
        DocumentFixtures.ParseAs(Owner, "# Priya Shah\n\n## Action Items\n- [ ] Send the deck, end of month\n").Actions.Single().Due.ShouldBeNull();
    }

    [Theory]
    [InlineData("Priya → share the deck", ActionOwner.Them, "share the deck")]
    [InlineData("Priya => share the deck", ActionOwner.Them, "share the deck")]
    [InlineData("(Priya) share the deck", ActionOwner.Them, "share the deck")]
    [InlineData("share the deck [Priya]", ActionOwner.Them, "share the deck")]
    [InlineData("share the deck ➡️ Priya", ActionOwner.Them, "share the deck")]
    [InlineData("share the deck (owner: Priya, due: 3/21)", ActionOwner.Them, "share the deck")]
    [InlineData("share the deck — Priya, before EOW", ActionOwner.Them, "share the deck")]
    [InlineData("Jordan & Priya: share the deck", ActionOwner.Me, "share the deck")]
    [InlineData("Priya & Louis: share the deck", ActionOwner.Them, "share the deck")]
    [InlineData("Priya + me to share the deck", ActionOwner.Me, "Priya + me to share the deck")]
    [InlineData("Priya and I will share the deck", ActionOwner.Me, "Priya and I will share the deck")]
    [InlineData("Search & ranking: share the deck", ActionOwner.Me, "Search & ranking: share the deck")]
    [InlineData("Louis & Ana: share the deck", ActionOwner.Me, "Louis & Ana: share the deck")]
    [InlineData("(optional) share the deck", ActionOwner.Me, "(optional) share the deck")]
    [InlineData("Design → share the deck", ActionOwner.Me, "Design → share the deck")]
    public void Should_read_an_owner_written_first_with_an_arrow_in_parentheses_or_as_a_pair(string line, ActionOwner owner, string text)
    {
        var action = Read(line);
        action.Owner.ShouldBe(owner);
        action.Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("# 1:1 Notes - Sarah Chen (H2 2024)", "Sarah Chen")]
    [InlineData("# 1:1 notes: Sarah Chen", "Sarah Chen")]
    [InlineData("# One-on-one log — Sarah Chen", "Sarah Chen")]
    [InlineData("# 1:1 Notes - H2 2024", null)]
    public void Should_name_the_person_after_the_1_1_word_and_a_word_for_its_notes(string title, string? person)
    {
        // Corpus document 14 ("# 1:1 Notes - Sarah Chen (H2 2024)") read no person before.
        DocumentFixtures.ParseAs(Owner, $"{title}\n\n## 2024-07-08\n- talked\n").Person.ShouldBe(person);
    }
}
