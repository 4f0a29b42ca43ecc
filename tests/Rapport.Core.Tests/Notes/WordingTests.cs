using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Notes;

public sealed class WordingTests
{
    [Theory]
    [InlineData("approved", "approve")]
    [InlineData("approving", "approves")]
    [InlineData("sent", "send")]
    [InlineData("planned", "plan")]
    [InlineData("courses", "course")]
    [InlineData("process", "processes")]
    [InlineData("reviewed", "review")]
    public void Should_reduce_forms_of_a_word_to_one_stem(string a, string b) =>
        Wording.Stem(a).ShouldBe(Wording.Stem(b));

    [Fact]
    public void Should_ignore_stop_words_and_the_given_names()
    {
        Wording.Stems("Sarah will send the deck to Ben", new HashSet<string> { "sarah" })
            .ShouldBe(new HashSet<string> { "send", "deck", "ben" }, ignoreOrder: true);
    }

    [Theory]
    [InlineData("Training budget approved", "Approve training budget", 1.0)]
    [InlineData("Training budget approved", "Find 3 courses for the training budget", 0.5)]
    [InlineData("Lunch", "Approve training budget", 0.0)]
    public void Should_score_shared_content_words(string a, string b, double expected) =>
        Wording.Similarity(Wording.Stems(a), Wording.Stems(b)).ShouldBe(expected, 0.01);
}
