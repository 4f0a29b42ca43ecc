using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

public sealed class SectionAliasesTests
{
    public static TheoryData<string, SectionKind> EveryAlias()
    {
        var data = new TheoryData<string, SectionKind>();
        foreach (var kind in Enum.GetValues<SectionKind>())
            foreach (var alias in SectionAliases.AliasesOf(kind)) data.Add(alias, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAlias))]
    public void Should_recognise_every_alias_as_a_heading(string alias, SectionKind kind)
    {
        var doc = DocumentFixtures.Parse($"# 1:1 with Bo\n\n## {alias.ToUpperInvariant()}\n");
        doc.Sections[1].Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("📋 Action Items", SectionKind.ActionItems)]
    [InlineData("Action Items (You & Counterpart)", SectionKind.ActionItems)]
    [InlineData("Follow-ups:", SectionKind.ActionItems)]
    [InlineData("  Recent   Accomplishments  Shared ", SectionKind.Accomplishments)]
    [InlineData("✅ Next Steps", SectionKind.ActionItems)]
    [InlineData("Retro", SectionKind.Other)]
    public void Should_ignore_decoration_case_and_spacing(string heading, SectionKind kind)
    {
        SectionAliases.Classify(heading).ShouldBe(kind);
    }

    [Theory]
    [InlineData("My Actions", SectionKind.MyActions)]
    [InlineData("Mine", SectionKind.MyActions)]
    [InlineData("Me", SectionKind.MyActions)]
    [InlineData("Sarah's Actions", SectionKind.TheirActions)]
    [InlineData("Sarah’s Actions", SectionKind.TheirActions)]
    [InlineData("Manager's Action Items", SectionKind.TheirActions)]
    [InlineData("Their Actions", SectionKind.TheirActions)]
    [InlineData("Sarah", SectionKind.TheirActions)]
    [InlineData("For Sarah", SectionKind.TheirActions)]
    [InlineData("Later", SectionKind.Other)]
    public void Should_tell_whose_list_a_heading_under_action_items_is(string heading, SectionKind kind)
    {
        SectionAliases.ClassifyActionList(heading, ["Sarah Chen", "Sarah"]).ShouldBe(kind);
    }

    [Fact]
    public void Should_treat_every_heading_under_threads_as_a_topic()
    {
        var doc = DocumentFixtures.Parse("## Ongoing Threads\n### Feedback\n- 2025-01-02: a\n### Goals\n");
        doc.Threads.Select(t => t.Topic).ShouldBe(["Feedback", "Goals"]);
    }
}
