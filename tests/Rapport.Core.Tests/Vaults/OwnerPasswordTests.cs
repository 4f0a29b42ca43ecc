using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Vaults;

public sealed class OwnerPasswordTests
{
    [Fact]
    public void Should_verify_the_password_a_hash_was_made_from_and_no_other()
    {
        string hash = OwnerPassword.Hash("correct horse battery");

        OwnerPassword.Verify("correct horse battery", hash).ShouldBeTrue();
        OwnerPassword.Verify("correct horse batterY", hash).ShouldBeFalse();
        hash.ShouldNotContain("correct");
        OwnerPassword.Hash("correct horse battery").ShouldNotBe(hash, "each hash has its own salt");
    }

    [Theory]
    [InlineData("")]
    [InlineData("pbkdf2-sha256$1$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$210000$not base64$AAAA")]
    [InlineData("md5$x")]
    public void Should_match_nothing_against_a_malformed_hash(string stored) => OwnerPassword.Verify("anything at all", stored).ShouldBeFalse();

    [Fact]
    public void Should_refuse_a_short_password() =>
        Should.Throw<RapportException>(() => OwnerPassword.Hash("short")).Code.ShouldBe(ErrorCode.Usage);

    [Fact]
    public void Should_keep_the_hash_in_the_settings_and_every_other_line_as_written()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        string path = Vault.ConfigPath(dir.Path);
        string before = File.ReadAllText(path);
        var vault = Vault.Open(dir.Path, PhysicalFileSystem.Instance);

        VaultConfig.Set(vault, OwnerPassword.ConfigKey, OwnerPassword.Hash("first password"));
        VaultConfig.Set(vault, OwnerPassword.ConfigKey, OwnerPassword.Hash("second password"));

        string after = File.ReadAllText(path);
        after.ShouldStartWith(before);
        after.Split('\n').Count(l => l.StartsWith("web-password:", StringComparison.Ordinal)).ShouldBe(1);
        OwnerPassword.Verify("second password", Vault.Open(dir.Path, PhysicalFileSystem.Instance).Config.WebPassword!).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_password_in_clear_in_the_settings()
    {
        var error = Should.Throw<RapportException>(() => VaultConfig.Parse("web-password: hunter2hunter2\n", ".rapport/config.yml"));

        error.Message.ShouldContain("rapport serve --set-password");
        error.Line.ShouldBe(1);
    }
}
