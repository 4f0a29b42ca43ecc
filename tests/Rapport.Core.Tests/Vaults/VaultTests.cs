using Rapport.Core.Cadence;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Vaults;

public sealed class VaultTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_read_the_time_zone_and_refuse_an_unknown_one()
    {
        VaultConfig.Parse("owner: Jo\ntimezone: Europe/London\n", "config.yml").TimeZone.ShouldBe("Europe/London");

        var ex = Should.Throw<RapportException>(() => VaultConfig.Parse("owner: Jo\ntimezone: Mars/Olympus\n", ".rapport/config.yml"));

        ex.ToDisplayString().ShouldBe(".rapport/config.yml:2: unknown time zone 'Mars/Olympus'; use an IANA name such as Europe/Berlin or America/New_York");
    }

    [Fact]
    public void Should_prefer_the_option_then_the_environment_then_the_nearest_ancestor()
    {
        var fs = PhysicalFileSystem.Instance;
        Directory.CreateDirectory(_dir.File("v", ".rapport"));
        Directory.CreateDirectory(_dir.File("v", "a", "b"));
        Directory.CreateDirectory(_dir.File("x", ".rapport"));
        Directory.CreateDirectory(_dir.File("y", ".rapport"));

        VaultLocator.Locate("x", "y", _dir.Path, fs).ShouldBe(_dir.File("x"));
        VaultLocator.Locate(null, "y", _dir.Path, fs).ShouldBe(_dir.File("y"));
        VaultLocator.Locate(null, null, _dir.File("v", "a", "b"), fs).ShouldBe(_dir.File("v"));
        Should.Throw<RapportException>(() => VaultLocator.Locate(null, null, _dir.Path, fs)).Code.ShouldBe(ErrorCode.NoVault);
    }

    [Theory]
    [InlineData("plain", "plain is not a Rapport vault (run rapport init plain)")]
    [InlineData("note.md", "note.md is a file, not a Rapport vault folder")]
    [InlineData("missing", "vault folder 'missing' does not exist")]
    public void Should_refuse_a_named_folder_that_is_not_a_vault(string named, string message)
    {
        Directory.CreateDirectory(_dir.File("plain"));
        File.WriteAllText(_dir.File("note.md"), "# A note\n");
        foreach (var (option, environment) in new[] { (named, (string?)null), (null, named) })
        {
            var ex = Should.Throw<RapportException>(() => VaultLocator.Locate(option, environment, _dir.Path, PhysicalFileSystem.Instance));
            ex.Code.ShouldBe(ErrorCode.NoVault);
            ex.Message.ShouldBe(message);
        }
        Directory.Exists(_dir.File("plain", "Career")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_the_file_system_root_as_a_vault() =>
        Should.Throw<RapportException>(() => VaultLocator.Locate("/", null, _dir.Path, PhysicalFileSystem.Instance))
            .Message.ShouldBe("/ is not a Rapport vault (run rapport init /)");

    [Fact]
    public void Should_create_settings_relationships_and_archive_on_init()
    {
        var created = VaultSetup.Initialise(_dir.Path, new VaultConfig { Owner = "Jordan Lee", Cadence = Frequency.Biweekly }, PhysicalFileSystem.Instance);

        created.ShouldBe([
            ".rapport/config.yml", ".rapport/.gitignore",
            ".rapport/templates/support.md", ".rapport/templates/introductory.md", ".rapport/templates/lead-chat.md",
            ".rapport/templates/my-manager.md", ".rapport/templates/customer-check-in.md", ".rapport/templates/performance.md",
            ".rapport/questions.md", "Career/1-on-1s/", "Career/1-on-1s/archive/"]);
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);
        vault.Config.Owner.ShouldBe("Jordan Lee");
        vault.Config.Cadence.ShouldBe(Frequency.Biweekly);
        Directory.Exists(vault.ArchiveDirectory).ShouldBeTrue();
        File.ReadAllText(_dir.File(".rapport", "templates", "support.md")).ShouldStartWith("---\nname: Support meeting\n");
        Should.Throw<RapportException>(() => VaultSetup.Initialise(_dir.Path, new VaultConfig(), PhysicalFileSystem.Instance)).Code.ShouldBe(ErrorCode.Conflict);
    }

    [Theory]
    [InlineData("Jordan\nLee", "Career/1-on-1s", ErrorCode.Usage)]
    [InlineData(" ", "Career/1-on-1s", ErrorCode.Usage)]
    [InlineData("Jordan Lee", "../escape", ErrorCode.UnsafePath)]
    [InlineData("Jordan Lee", "/tmp/x", ErrorCode.UnsafePath)]
    [InlineData("Jordan Lee", ".rapport", ErrorCode.Usage)]
    [InlineData("Jordan Lee", "", ErrorCode.Usage)]
    public void Should_refuse_settings_that_make_an_unreadable_vault_before_creating_anything(string owner, string folder, ErrorCode code)
    {
        // A probe: a newline in --owner left a half-made vault whose settings could not be read, and init then said "already a vault".
        Should.Throw<RapportException>(() => VaultSetup.Initialise(_dir.Path, new VaultConfig { Owner = owner, RelationshipsFolder = folder }, PhysicalFileSystem.Instance))
            .Code.ShouldBe(code);
        Directory.EnumerateFileSystemEntries(_dir.Path).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Jordan #1 Lee")]
    [InlineData("null")]
    [InlineData("O'Brien: Sam")]
    public void Should_write_an_owner_that_reads_back_as_written(string owner)
    {
        VaultSetup.Initialise(_dir.Path, new VaultConfig { Owner = owner }, PhysicalFileSystem.Instance);
        Vault.Open(_dir.Path, PhysicalFileSystem.Instance).Config.Owner.ShouldBe(owner);
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("Career/../../outside.md")]
    [InlineData("/etc/passwd")]
    public void Should_refuse_paths_outside_the_vault(string relative)
    {
        var vault = Vault.Open(_dir.Path, PhysicalFileSystem.Instance);
        Should.Throw<RapportException>(() => vault.Resolve(relative)).Code.ShouldBe(ErrorCode.UnsafePath);
    }

    [Fact]
    public void Should_refuse_a_relationships_folder_outside_the_vault()
    {
        _dir.Write(".rapport/config.yml", "relationships: ../elsewhere\n");
        Should.Throw<RapportException>(() => Vault.Open(_dir.Path, PhysicalFileSystem.Instance)).Code.ShouldBe(ErrorCode.UnsafePath);
    }

    [Fact]
    public void Should_report_malformed_settings_with_file_and_line()
    {
        _dir.Write(".rapport/config.yml", "owner: Jo\ncadence: hourly\n");
        var ex = Should.Throw<RapportException>(() => Vault.Open(_dir.Path, PhysicalFileSystem.Instance));
        ex.ToDisplayString().ShouldBe(".rapport/config.yml:2: unknown cadence 'hourly'; use weekly, biweekly or monthly");
    }

    [Theory]
    [InlineData("Sarah Chen", "sarah-chen")]
    [InlineData("Tomás O'Brien", "tomas-obrien")]
    [InlineData("  Ana  María ", "ana-maria")]
    [InlineData("李小龙", "李小龙")]
    [InlineData("CON", "con-1on1")]
    public void Should_make_file_names_from_names(string name, string slug)
    {
        Slug.From(name).ShouldBe(slug);
    }
}
