using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Reliability;

/// <summary>Names and links that try to make Rapport read or write outside the vault.</summary>
public sealed class HostilePathTests : IDisposable
{
    private readonly TempDirectory _outside = new();
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        _dir.Dispose();
        _outside.Dispose();
    }

    [Theory]
    [InlineData("../../etc/passwd", ErrorCode.UnsafePath)]
    [InlineData("a/b", ErrorCode.UnsafePath)]
    [InlineData("a\\b", ErrorCode.UnsafePath)]
    [InlineData("..", ErrorCode.UnsafePath)]
    [InlineData("nul\0byte", ErrorCode.Usage)]
    [InlineData("bell\u0007", ErrorCode.Usage)]
    [InlineData("line\nbreak", ErrorCode.Usage)]
    [InlineData("Sаrah Chen", ErrorCode.Usage)] // Cyrillic а
    [InlineData("Ωmega Smith", ErrorCode.Usage)] // Greek Ω with Latin letters
    [InlineData("!!!", ErrorCode.Usage)]
    [InlineData("   ", ErrorCode.Usage)]
    public void Should_refuse_a_hostile_name(string name, ErrorCode code) =>
        Should.Throw<RapportException>(() => PersonName.Validate(name)).Code.ShouldBe(code);

    [Theory]
    [InlineData("Ана Петрова")]
    [InlineData("李小龍")]
    [InlineData("Tomás O'Brien")]
    [InlineData("Connor Doe")]
    public void Should_accept_real_names_in_any_one_script(string name) => PersonName.Validate(name).ShouldBe(name);

    [Theory]
    [InlineData("CON", "con-1on1")]
    [InlineData("lpt1", "lpt1-1on1")]
    [InlineData("Aux", "aux-1on1")]
    public void Should_give_windows_device_names_a_safe_file_name(string name, string slug) => Slug.From(PersonName.Validate(name)).ShouldBe(slug);

    [Fact]
    public void Should_refuse_a_name_too_long_for_a_file_name() =>
        Should.Throw<RapportException>(() => PersonName.Validate(string.Concat(Enumerable.Repeat("龍", 100)))).Message.ShouldContain("too long");

    [Fact]
    public void Should_not_read_a_document_that_links_outside_the_vault()
    {
        if (OperatingSystem.IsWindows()) return;
        string secret = _outside.Write("secret.md", "---\nperson: Secret Person\n---\n\n## Meeting History\n- 2026-01-01: top secret\n");
        Directory.CreateDirectory(_dir.File("Career", "1-on-1s"));
        File.CreateSymbolicLink(_dir.File("Career", "1-on-1s", "secret.md"), secret);
        _dir.Write(Path.Combine("Career", "1-on-1s", "bo.md"), "---\nperson: Bo Kim\n---\n");
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

        Should.Throw<RapportException>(() => vault.People.Resolve("secret")).Code.ShouldBe(ErrorCode.UnsafePath);
        vault.People.All.Select(p => p.Slug).ShouldBe(["bo"]);
        vault.People.Unreadable.ShouldHaveSingleItem().Code.ShouldBe(ErrorCode.UnsafePath);
    }

    [Fact]
    public void Should_not_read_through_a_linked_folder_that_leads_outside()
    {
        if (OperatingSystem.IsWindows()) return;
        _outside.Write("elsewhere.md", "---\nperson: Elsewhere\n---\n");
        Directory.CreateDirectory(_dir.File("Career"));
        Directory.CreateSymbolicLink(_dir.File("Career", "1-on-1s"), _outside.Path);
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

        vault.People.All.ShouldBeEmpty();
        vault.People.Unreadable.ShouldHaveSingleItem().Code.ShouldBe(ErrorCode.UnsafePath);
    }

    [Fact]
    public void Should_follow_links_that_stay_inside_the_vault()
    {
        if (OperatingSystem.IsWindows()) return;
        string real = _dir.Write(Path.Combine("people", "bo.md"), "---\nperson: Bo Kim\n---\n");
        Directory.CreateDirectory(_dir.File("Career", "1-on-1s"));
        File.CreateSymbolicLink(_dir.File("Career", "1-on-1s", "bo.md"), real);

        Vault.Open(_dir.Path, PhysicalFileSystem.Instance).People.Resolve("bo").Document.Person.ShouldBe("Bo Kim");
    }
}
