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
