using Rapport.Core.Prep;

namespace Rapport.Core.Tests.Prep;

public sealed class FrameworkLibraryTests
{
    public static TheoryData<string> BuiltIn() => [.. FrameworkLibrary.BuiltIn];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Should_ship_every_framework_with_steps_whose_questions_exist(string id)
    {
        var framework = FrameworkLibrary.Parse(id, FrameworkLibrary.Default(id + ".md")!, id + ".md");
        var bank = QuestionBank.Parse(FrameworkLibrary.Default(FrameworkLibrary.QuestionsFile)!);

        framework.Steps.Count.ShouldBeGreaterThanOrEqualTo(4);
        framework.Body.ShouldContain("{{#each steps}}");
        foreach (var step in framework.Steps.Where(s => s.Ask is not null))
            bank[step.Ask!].Count.ShouldBeGreaterThanOrEqualTo(2, $"{id}: step '{step.Title}' asks from '{step.Ask}'");
    }

    [Theory]
    [InlineData("no front matter", 1, "a framework template starts with front matter")]
    [InlineData("---\nname: x\n", 1, "front matter is not closed")]
    [InlineData("---\nname: x\nsteps:\n  - shows: [wins]\n---\n", 4, "each step needs a 'title'")]
    [InlineData("---\nname: x\nsteps:\n  - title: A\n    shows: [wins, gossip]\n---\n", 5, "unknown part 'gossip'")]
    [InlineData("---\nname: x\nminutes: lots\nsteps:\n  - title: A\n---\n", 3, "minutes 'lots' is not a number")]
    [InlineData("---\nname: x\nname: y\nsteps:\n  - title: A\n---\n", 3, "Duplicate key name")]
    [InlineData("---\nname: x\nsteps:\n  - title: A\n   shows: [wins]\n---\n", 5, "did not find expected '-' indicator")]
    [InlineData("---\nname: x\n---\n", 2, "at least one step")]
    public void Should_name_the_line_of_a_broken_template(string text, int line, string message)
    {
        var ex = Should.Throw<RapportException>(() => FrameworkLibrary.Parse("x", text, "x.md"));

        ex.Code.ShouldBe(ErrorCode.InvalidFile);
        ex.Line.ShouldBe(line);
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Should_read_steps_and_the_body_line()
    {
        var framework = FrameworkLibrary.Parse("mine", "---\nname: Mine\nminutes: 20\nsteps:\n  - title: Wins\n    shows: [wins, done]\n    ask: progress\n---\n# {{person}}\n", "mine.md");

        framework.Name.ShouldBe("Mine");
        framework.Minutes.ShouldBe(20);
        framework.Steps.ShouldHaveSingleItem().ShouldBe(new FrameworkStep("Wins", [AgendaPart.Wins, AgendaPart.Done], "progress"), new StepComparer());
        framework.Body.ShouldBe("# {{person}}\n");
        framework.BodyLine.ShouldBe(9);
    }

    private sealed class StepComparer : IEqualityComparer<FrameworkStep>
    {
        public bool Equals(FrameworkStep? x, FrameworkStep? y) =>
            x!.Title == y!.Title && x.Ask == y.Ask && x.Shows.SequenceEqual(y.Shows);

        public int GetHashCode(FrameworkStep obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
