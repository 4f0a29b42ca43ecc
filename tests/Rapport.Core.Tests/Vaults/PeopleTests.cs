using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Vaults;

public sealed class PeopleTests : IDisposable
{
    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    private People People => Vault.Open(_vault.Path, PhysicalFileSystem.Instance).People;

    [Theory]
    [InlineData("sarah-chen")]
    [InlineData("Sarah Chen")]
    [InlineData("sarah chen")]
    [InlineData("Sarah")]
    [InlineData("sar")]
    [InlineData("Chen")]
    public void Should_find_a_person_by_slug_full_name_first_name_or_prefix(string name)
    {
        People.Resolve(name).Document.Person.ShouldBe("Sarah Chen");
    }

    /// <summary>Every example of docs/cli.md's table of the ways to name a person (the second column's code spans).</summary>
    public static TheoryData<string> DocumentedNames()
    {
        var data = new TheoryData<string>();
        foreach (var cells in DocTables.Rows("cli.md", "| stage | example"))
            foreach (System.Text.RegularExpressions.Match example in System.Text.RegularExpressions.Regex.Matches(cells[1], "`([^`]+)`"))
                data.Add(example.Groups[1].Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedNames))]
    public void Should_find_a_person_by_each_documented_way_of_naming_them(string name)
    {
        People.Resolve(name).Document.Person.ShouldBe("Sarah Chen");
    }

    [Theory]
    [InlineData("Dr. Sarah Chen")]
    [InlineData("Ms Chen")]
    [InlineData("S. Chen")]
    [InlineData("Chen, Sarah")]
    [InlineData("sar ch")]
    [InlineData("sarah-chen.md")]
    [InlineData("Career/1-on-1s/sarah-chen.md")]
    [InlineData("./Career/1-on-1s/sarah-chen.md")]
    [InlineData("Career\\1-on-1s\\Sarah-Chen.MD")]
    public void Should_find_a_person_by_initials_titles_words_in_any_order_or_their_file(string name)
    {
        People.Resolve(name).Document.Person.ShouldBe("Sarah Chen");
    }

    [Fact]
    public void Should_find_a_person_by_the_full_path_of_their_file()
    {
        People.Resolve(_vault.File("Career", "1-on-1s", "sarah-chen.md")).Document.Person.ShouldBe("Sarah Chen");
    }

    [Fact]
    public void Should_refuse_the_path_of_a_file_outside_the_vault_though_its_name_is_a_person_s()
    {
        using var elsewhere = new TempDirectory();

        var ex = Should.Throw<RapportException>(() => People.Resolve(elsewhere.File("sarah-chen.md")));

        ex.Code.ShouldBe(ErrorCode.UnsafePath);
        ex.Message.ShouldContain("is outside the vault");
    }

    [Fact]
    public void Should_find_a_folder_of_meeting_notes_by_its_path_or_a_note_in_it()
    {
        _vault.Write("Career/1-on-1s/jai-menon/2026-01-05.md", "---\nperson: Jai Menon\n---\n# 1:1 with Jai Menon\n\n- [ ] Send the deck\n");

        People.Resolve("Career/1-on-1s/jai-menon/").Document.Person.ShouldBe("Jai Menon");
        People.Resolve("Career/1-on-1s/jai-menon/2026-01-05.md").Document.Person.ShouldBe("Jai Menon");
    }

    [Fact]
    public void Should_list_the_candidates_when_initials_fit_several_people()
    {
        _vault.Write("Career/1-on-1s/sam-chen.md", "---\nperson: Sam Chen\n---\n# 1:1 with Sam Chen\n");

        var ex = Should.Throw<RapportException>(() => People.Resolve("S. Chen"));

        ex.Message.ShouldBe("'S. Chen' matches 2 people: Sam Chen (sam-chen), Sarah Chen (sarah-chen); name one of them in full");
    }

    [Theory]
    [InlineData("Sarha", "did you mean Sarah Chen (sarah-chen)?")]
    [InlineData("Sarah Chne", "did you mean Sarah Chen (sarah-chen)?")]
    [InlineData("Marko", "did you mean Marco Rossi (marco-rossi)?")]
    public void Should_suggest_the_person_a_slip_of_the_keyboard_away(string name, string suggestion)
    {
        var ex = Should.Throw<RapportException>(() => People.Resolve(name));

        ex.Code.ShouldBe(ErrorCode.UnknownPerson);
        ex.Message.ShouldBe($"no person '{name}' in Career/1-on-1s; {suggestion} 'rapport list' shows who is there");
    }

    [Theory]
    [InlineData("Jurgen")]
    [InlineData("juergen")]
    [InlineData("JÜRGEN")]
    [InlineData("Mueller")]
    [InlineData("Juergen Mueller")]
    [InlineData("j mueller")]
    public void Should_find_a_name_with_umlauts_typed_without_them_either_way(string name)
    {
        _vault.Write("Career/1-on-1s/jurgen-muller.md", "---\nperson: Jürgen Müller\n---\n# 1:1 with Jürgen Müller\n");

        People.Resolve(name).Document.Person.ShouldBe("Jürgen Müller");
    }

    [Fact]
    public void Should_name_at_most_five_candidates_when_a_first_name_is_shared_by_many()
    {
        foreach (var last in new[] { "Adler", "Brook", "Cole", "Diaz", "Evans", "Fox", "Gray" })
            _vault.Write($"Career/1-on-1s/ada-{last.ToLowerInvariant()}.md", $"---\nperson: Ada {last}\n---\n# 1:1 with Ada {last}\n");

        var ex = Should.Throw<RapportException>(() => People.Resolve("ada"));

        ex.Code.ShouldBe(ErrorCode.UnknownPerson);
        ex.Message.ShouldBe("'ada' matches 7 people: Ada Adler (ada-adler), Ada Brook (ada-brook), Ada Cole (ada-cole), Ada Diaz (ada-diaz), Ada Evans (ada-evans) and 2 more; name one of them in full");
    }

    [Fact]
    public void Should_say_the_vault_has_no_one_yet_rather_than_suggest_the_list()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_vault.Path, "Career", "1-on-1s"), "*.md")) File.Delete(file);

        var ex = Should.Throw<RapportException>(() => People.Resolve("Sarah"));

        ex.Code.ShouldBe(ErrorCode.UnknownPerson);
        ex.Message.ShouldBe("no person 'Sarah' in Career/1-on-1s: there are no relationships yet; add one with 'rapport add NAME'");
    }

    [Fact]
    public void Should_not_suggest_anyone_for_a_name_far_from_every_person()
    {
        Should.Throw<RapportException>(() => People.Resolve("Zed")).Message.ShouldNotContain("did you mean");
        Should.Throw<RapportException>(() => People.Resolve("Bartholomew")).Message.ShouldNotContain("did you mean");
    }

    [Fact]
    public void Should_list_the_candidates_when_a_name_is_ambiguous()
    {
        _vault.Write("Career/1-on-1s/sarah-okafor.md", "---\nperson: Sarah Okafor\n---\n# 1:1 with Sarah Okafor\n");

        var ex = Should.Throw<RapportException>(() => People.Resolve("sarah"));

        ex.Code.ShouldBe(ErrorCode.UnknownPerson);
        ex.Message.ShouldBe("'sarah' matches 2 people: Sarah Chen (sarah-chen), Sarah Okafor (sarah-okafor); name one of them in full");
    }

    [Fact]
    public void Should_say_who_to_ask_about_an_unknown_person()
    {
        var ex = Should.Throw<RapportException>(() => People.Resolve("Zed"));
        ex.Code.ShouldBe(ErrorCode.UnknownPerson);
        ex.Message.ShouldContain("'rapport list' shows who is there");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("..\\secrets")]
    [InlineData("../sarah-chen.md")]
    [InlineData("Career/../../sarah-chen.md")]
    public void Should_refuse_names_that_look_like_paths(string name)
    {
        Should.Throw<RapportException>(() => People.Resolve(name)).Code.ShouldBe(ErrorCode.UnsafePath);
    }

    [Fact]
    public void Should_skip_unreadable_documents_and_report_them()
    {
        File.WriteAllBytes(_vault.File("Career", "1-on-1s", "broken.md"), [0xff, 0xfe, 0x00]);

        People.All.Count.ShouldBe(5);
        People.Unreadable.ShouldHaveSingleItem().ToDisplayString().ShouldStartWith("Career/1-on-1s/broken.md:1: not valid UTF-8");
    }
}
