using Rapport.Core.Sharing;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Sharing;

public sealed class ShareLinksTests : IDisposable
{
    private readonly TempDirectory _dir = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _dir.Dispose();

    private Vault Vault() => Core.Vaults.Vault.Open(_dir.Path, PhysicalFileSystem.Instance);

    [Fact]
    public void Should_open_the_relationship_a_token_was_made_for()
    {
        string sarah = ShareLinks.Create(Vault(), "sarah-chen");
        string noah = ShareLinks.Create(Vault(), "noah-patel");

        ShareLinks.Resolve(Vault(), sarah).ShouldBe("sarah-chen");
        ShareLinks.Resolve(Vault(), noah).ShouldBe("noah-patel");
        sarah.Length.ShouldBe(43);
    }

    [Fact]
    public void Should_keep_only_a_hash_of_the_token()
    {
        string token = ShareLinks.Create(Vault(), "sarah-chen");

        string stored = File.ReadAllText(ShareLinks.PathIn(Vault()));
        stored.ShouldNotContain(token);
        stored.ShouldContain("sarah-chen: ");
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../etc/passwd")]
    public void Should_open_nothing_for_an_unknown_token(string token)
    {
        ShareLinks.Create(Vault(), "sarah-chen");

        ShareLinks.Resolve(Vault(), token).ShouldBeNull();
    }

    [Fact]
    public void Should_end_a_link_when_revoked_or_replaced()
    {
        string first = ShareLinks.Create(Vault(), "sarah-chen");
        string second = ShareLinks.Create(Vault(), "sarah-chen");

        ShareLinks.Resolve(Vault(), first).ShouldBeNull();
        ShareLinks.Resolve(Vault(), second).ShouldBe("sarah-chen");
        ShareLinks.Revoke(Vault(), "sarah-chen").ShouldBeTrue();
        ShareLinks.Resolve(Vault(), second).ShouldBeNull();
        ShareLinks.Revoke(Vault(), "sarah-chen").ShouldBeFalse();
    }

    [Fact]
    public void Should_share_the_agenda_their_actions_and_nothing_private()
    {
        var vault = Vault();
        var noah = vault.People.Resolve("Noah");

        var shared = SharedAgenda.Of(noah, vault.Config.Owner, new DateOnly(2026, 1, 30));

        shared.Person.ShouldBe("Noah Patel");
        shared.LastMet.ShouldBe(new DateOnly(2026, 1, 13));
        shared.Points.Select(p => p.Text).ShouldBe(["Workload on Fridays, can we move the team sync?"]);
        shared.TheirActions.Select(a => (a.Text, a.IsOverdue)).ShouldBe([("Lead the Acme Freight QBR", true), ("Find exec sponsors for the 6 unsponsored accounts", false)]);
        shared.AgendaLines.ShouldBeEmpty();
    }

    [Fact]
    public void Should_share_the_agenda_prep_wrote_without_its_markers()
    {
        var vault = Vault();
        string path = vault.RelationshipPath("noah-patel");
        File.WriteAllText(path, File.ReadAllText(path).Replace("## Next Meeting\n", "## Next Meeting\n<!-- rapport:agenda 2026-01-20: published for the shared link; written by rapport prep -->\n**Agenda for 2026-01-20** · Support, 30 min\n<!-- /rapport:agenda -->\n", StringComparison.Ordinal));

        var shared = SharedAgenda.Of(vault.Store.Load(path), null, new DateOnly(2026, 1, 14));

        shared.AgendaDate.ShouldBe(new DateOnly(2026, 1, 20));
        shared.AgendaLines.ShouldBe(["**Agenda for 2026-01-20** · Support, 30 min"]);
    }
}
