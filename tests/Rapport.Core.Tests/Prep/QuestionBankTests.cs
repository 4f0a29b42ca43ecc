using Rapport.Core.Prep;

namespace Rapport.Core.Tests.Prep;

public sealed class QuestionBankTests
{
    private static readonly QuestionBank Bank = QuestionBank.Parse("# Bank\n\n## Growth\n- One?\n- Two?\n* Three?\n\ntext\n## other\n- Four?\n");

    [Fact]
    public void Should_read_categories_case_insensitively() =>
        Bank["growth"].ShouldBe(["One?", "Two?", "Three?"]);

    [Fact]
    public void Should_walk_a_category_one_step_per_meeting()
    {
        var picks = Enumerable.Range(0, 6).Select(m => Bank.Pick("growth", "bo", m, _ => false)).ToList();

        picks.Take(3).Distinct().Count().ShouldBe(3);
        picks.Skip(3).ShouldBe(picks.Take(3));
    }

    [Fact]
    public void Should_pass_over_questions_asked_recently()
    {
        string first = Bank.Pick("growth", "bo", 0, _ => false)!;

        Bank.Pick("growth", "bo", 0, q => q == first).ShouldNotBe(first);
    }

    [Fact]
    public void Should_find_a_question_in_notes_whatever_the_name_and_punctuation()
    {
        string notes = QuestionBank.Normalise("Asked: Hey Sarah, how's your week going? She laughed.", ["Sarah", "Chen"]);

        notes.ShouldContain(QuestionBank.Gist("Hey {name}, how's your week going? Would you like to start?", ["Sarah", "Chen"]));
    }

    [Fact]
    public void Should_have_nothing_for_an_unknown_category() => Bank.Pick("nope", "bo", 0, _ => false).ShouldBeNull();
}
