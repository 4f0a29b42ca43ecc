using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Session 15: the person named only in a document's opening prose, meetings dated by a bold line or a dated paragraph and
/// the tasks written under them, and due dates that name a week by its first day. Each case failed before its rule.
/// </summary>
public sealed class ProseAndDateLinesTests
{
    [Theory]
    [InlineData("Description\n-----------\n\nLog of the PhD meetings with Jiayuan Huang.\n\n| Meeting reason | Date |\n| --- | --- |\n| Intro | 06 Oct 2025 |\n", "Jiayuan Huang")]
    [InlineData("1:1s with Dana Whitfield\n\n2025-03-03: roadmap\n", "Dana Whitfield")]
    [InlineData("Notes from my meetings with Sam, my mentor. We meet\nevery other week.\n\n- talked about the launch\n", "Sam")]
    [InlineData("---\ntags: [work]\n---\n\nMy weekly catch-ups with Ana de la Cruz about the platform.\n", "Ana de la Cruz")]
    [InlineData("# Log of the PhD meetings with Jiayuan Huang\n\n- talked\n", "Jiayuan Huang")]
    public void Should_read_the_person_from_the_opening_prose_when_nothing_else_names_one(string text, string person)
    {
        DocumentFixtures.Parse(text).Person.ShouldBe(person);
    }

    [Theory]
    [InlineData("Notes from my meetings with the platform team.\n")]
    [InlineData("notes from my meetings with sam.\n")]
    [InlineData("I met with Sam about the launch.\n")]
    [InlineData("Some context first.\n\nNotes from my meetings with Sam.\n")]
    [InlineData("| Notes from my meetings with Sam |\n| --- |\n")]
    public void Should_not_read_a_person_from_prose_that_is_not_the_opening_or_names_no_one(string text)
    {
        DocumentFixtures.Parse(text).Person.ShouldBeNull();
    }

    [Fact]
    public void Should_prefer_the_front_matter_person_to_the_opening_prose()
    {
        DocumentFixtures.Parse("---\nperson: Ana Ruiz\n---\nNotes from my meetings with Sam Lee.\n").Person.ShouldBe("Ana Ruiz");
    }
}
