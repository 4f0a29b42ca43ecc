using Rapport.Core;
using Rapport.Core.Prep;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Templates.Tests;

public sealed class AgendaMarkdownTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    public static TheoryData<string> Frameworks() => [.. FrameworkLibrary.BuiltIn];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Should_render_every_framework_with_its_steps_in_order(string framework)
    {
        var agenda = Build("noah", framework);

        string markdown = AgendaMarkdown.Render(agenda);

        markdown.ShouldContain("Noah Patel");
        markdown.ShouldContain("2026-01-20");
        var positions = agenda.Steps.Select(s => markdown.IndexOf($"### {s.Number}. {s.Title}", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
        markdown.ShouldNotContain("{{");
    }

    [Fact]
    public void Should_write_markdown_without_html_escaping()
    {
        _vault.Write(Path.Combine("Career", "1-on-1s", "noah-patel.md"),
            File.ReadAllText(_vault.File("Career", "1-on-1s", "noah-patel.md")).Replace("Workload on Fridays, can we move", "Q&A <Fridays> \"sync\", can we move", StringComparison.Ordinal));

        AgendaMarkdown.Render(Build("noah", "support")).ShouldContain("Q&A <Fridays> \"sync\", can we move");
    }

    [Fact]
    public void Should_name_the_template_file_and_line_of_a_handlebars_error()
    {
        _vault.Write(Path.Combine(".rapport", "templates", "support.md"), "---\nname: Mine\nsteps:\n  - title: A\n    shows: [wins]\n---\n# {{person}}\n\n{{#each steps}}\n{{/if}}\n");

        var ex = Should.Throw<RapportException>(() => AgendaMarkdown.Render(Build("noah", "support")));

        ex.Code.ShouldBe(ErrorCode.InvalidFile);
        ex.Path.ShouldBe(".rapport/templates/support.md");
        ex.Line.ShouldBe(10);
    }

    [Fact]
    public void Should_expose_the_documented_model()
    {
        var model = AgendaMarkdown.Model(Build("noah", "support"));

        model.Keys.ShouldBe([
            "person", "firstName", "date", "when", "due", "kind", "framework", "frameworkName", "minutes", "cadence", "lastMet",
            "intention", "last", "wins", "done", "myActions", "theirActions", "points", "threads", "goals", "feedback", "starter",
            "questions", "steps",
        ], ignoreOrder: true);
    }

    private Agenda Build(string person, string framework)
    {
        var vault = Vault.Open(_vault.Path, PhysicalFileSystem.Instance);
        return new AgendaBuilder(vault).Build(vault.People.Resolve(person), Today, framework: framework);
    }
}
