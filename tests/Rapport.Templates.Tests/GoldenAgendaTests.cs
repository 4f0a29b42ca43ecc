using System.Text;
using Rapport.Core.Prep;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Templates.Tests;

/// <summary>
/// Every built-in framework, and a template using every documented field and block form
/// (<c>Templates/everything.md</c>), rendered for every person of the example vault on two days.
/// The expected files under <c>Golden/</c> were recorded with Handlebars.Net 2.4.3, the engine
/// Rapport used before its own renderer: the output is the same, byte for byte.
/// <c>RAPPORT_GOLDEN_UPDATE=1</c> re-records them (review the diff).
/// </summary>
public sealed class GoldenAgendaTests
{
    private static readonly DateOnly[] Days = [new(2026, 1, 14), new(2026, 3, 2)];

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Rapport.Templates.Tests");

    public static TheoryData<string> Templates() => [.. FrameworkLibrary.BuiltIn, "everything"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Should_render_as_recorded(string framework)
    {
        using var copy = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        copy.Write(Path.Combine(".rapport", "templates", "everything.md"), File.ReadAllText(Path.Combine(Folder, "Templates", "everything.md")));
        var vault = Vault.Open(copy.Path, PhysicalFileSystem.Instance);
        var rendered = new StringBuilder();
        foreach (var day in Days)
        {
            foreach (var person in vault.People.All.OrderBy(p => p.Slug, StringComparer.Ordinal))
            {
                var agenda = new AgendaBuilder(vault).Build(person, day, framework: framework);
                rendered.Append($"<!-- {person.Slug} {day:yyyy-MM-dd} -->\n").Append(AgendaMarkdown.Render(agenda)).Append("<!-- end -->\n");
            }
        }

        string path = Path.Combine(Folder, "Golden", framework + ".md");
        if (Environment.GetEnvironmentVariable("RAPPORT_GOLDEN_UPDATE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rendered.ToString());
        }
        rendered.ToString().ShouldBe(File.ReadAllText(path));
    }
}
