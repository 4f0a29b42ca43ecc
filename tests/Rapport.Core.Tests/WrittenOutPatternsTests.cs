using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests;

/// <summary>
/// Patterns built from word tables are written out as constants for the regex generator (a pattern built at run time is
/// interpreted under Native AOT). The tables stay the rules; these tests keep each constant equal to what its table gives,
/// so a row added to a table and not to its constant fails here, with the pattern to write.
/// </summary>
public sealed class WrittenOutPatternsTests
{
    [Fact]
    public void Should_look_for_exactly_the_due_date_lead_words_of_the_table() =>
        DueText.LeadPatternText.ShouldBe(DueText.LeadSource);

    [Fact]
    public void Should_look_for_exactly_the_acceptance_words_of_the_table() =>
        NoteWords.AcceptanceWordText.ShouldBe(NoteWords.AcceptanceWordPattern);

    [Fact]
    public void Should_look_for_exactly_the_move_words_of_the_table() =>
        NoteWords.MoveWordText.ShouldBe(NoteWords.MoveWordPattern);

    [Fact]
    public void Should_look_for_exactly_the_action_prefixes_of_the_table() =>
        ActionItemReader.ActionPrefixText.ShouldBe(ActionItemReader.ActionPrefixSource);
}
