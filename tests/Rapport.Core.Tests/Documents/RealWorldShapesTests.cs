using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Shapes found by writing 1:1 documents as exports and note apps leave them (Notion, Google Docs, Obsidian callouts,
/// Logseq heading blocks) and reading them back: each case failed before its rule.
/// </summary>
public sealed class RealWorldShapesTests
{
    private static RunningDocument Shape(string file) => DocumentFixtures.Load("shapes", file);

    [Theory]
    [InlineData("- [ ] Write the runbook (due March 10, 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (by 10 March 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (Due: Mar 10th, 2025)", 2025, 3, 10)]
    [InlineData("- [ ] Write the runbook (due:: 2025-03-10)", 2025, 3, 10)]
    public void Should_read_a_due_date_written_with_the_month_name_or_as_a_parenthesised_dataview_field(string line, int year, int month, int day)
    {
        var action = DocumentFixtures.Parse($"# Sam Lee\n\n## Action Items\n{line}\n").Actions.Single();
        action.Due.ShouldBe(new DateOnly(year, month, day));
        action.Text.ShouldBe("Write the runbook");
    }

    [Fact]
    public void Should_keep_a_parenthesis_that_is_not_one_whole_date_in_the_text()
    {
        var action = DocumentFixtures.Parse("# Sam Lee\n\n## Action Items\n- [ ] Plan the launch (due March 10 or later)\n").Actions.Single();
        action.Due.ShouldBeNull();
        action.Text.ShouldBe("Plan the launch (due March 10 or later)");
    }
}
