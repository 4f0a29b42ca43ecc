using Rapport.Core.Documents;
using Rapport.Core.Prep;

namespace Rapport.Core.Tests.Prep;

public sealed class PublicationTests
{
    [Theory]
    [InlineData(AgendaPart.Starter, true)]
    [InlineData(AgendaPart.Points, true)]
    [InlineData(AgendaPart.TheirActions, true)]
    [InlineData(AgendaPart.Wins, false)]
    [InlineData(AgendaPart.Done, false)]
    [InlineData(AgendaPart.MyActions, false)]
    [InlineData(AgendaPart.Threads, false)]
    [InlineData(AgendaPart.Goals, false)]
    [InlineData(AgendaPart.Feedback, false)]
    public void Should_publish_only_the_shared_parts_by_default(AgendaPart part, bool published) =>
        Publication.Default(RelationshipKind.Direct).Includes(new AgendaItem("x", part)).ShouldBe(published);

    [Theory]
    [InlineData(RelationshipKind.Manager, true)]
    [InlineData(RelationshipKind.Skip, true)]
    [InlineData(RelationshipKind.Direct, false)]
    [InlineData(null, false)]
    public void Should_include_my_wins_by_default_only_upward(RelationshipKind? kind, bool wins) =>
        Publication.Default(kind).Includes(new AgendaItem("Share: x", AgendaPart.Wins)).ShouldBe(wins);

    [Fact]
    public void Should_never_publish_feedback_or_an_unlinked_backlog_item_even_when_asked()
    {
        var all = Publication.Parse("wins,done,mine,threads,goals");

        all.Includes(new AgendaItem("High five: x", AgendaPart.Feedback)).ShouldBeFalse();
        all.Includes(new AgendaItem("Share: x", AgendaPart.Wins) { Publishable = false }).ShouldBeFalse();
        new Publication(new HashSet<AgendaPart>(), new HashSet<string> { "High five: x" }).Includes(new AgendaItem("High five: x", AgendaPart.Feedback)).ShouldBeFalse();
        all.Includes(new AgendaItem("Goal: x", AgendaPart.Goals)).ShouldBeTrue();
    }

    [Fact]
    public void Should_publish_an_item_the_owner_ticked() =>
        new Publication(new HashSet<AgendaPart>(), new HashSet<string> { "Follow up on Workload: x" })
            .Includes(new AgendaItem("Follow up on Workload: x", AgendaPart.Threads)).ShouldBeTrue();

    [Fact]
    public void Should_name_the_parts_that_exist_when_one_does_not() =>
        Should.Throw<RapportException>(() => Publication.Parse("threads,secrets")).Message.ShouldContain("wins, done, mine, threads, goals");
}
