using Rapport.Core.Cadence;
using Rapport.Core.Documents;

namespace Rapport.Core.Tests.Documents;

public sealed class RunningDocumentParserTests
{
    [Theory]
    [InlineData("running-document.md")]
    [InlineData("crlf.md")]
    [InlineData("bom.md")]
    [InlineData("mixed-endings.md")]
    public void Should_read_every_part_of_a_running_document_whatever_its_line_endings(string file)
    {
        var doc = DocumentFixtures.Load("documents", file);

        doc.Problems.ShouldBeEmpty();
        doc.Person.ShouldBe("Lena Fischer");
        doc.Role.ShouldBe("Staff Engineer");
        doc.Kind.ShouldBe(RelationshipKind.Direct);
        doc.Frequency.ShouldBe(Frequency.Biweekly);
        doc.Duration.ShouldBe(45);
        doc.Started.ShouldBe(new DateOnly(2025, 3, 3));
        doc.FrontMatter!.Find("pronouns")!.Value.ShouldBe("she/her");

        doc.FocusAreas.Select(f => f.Text).ShouldBe(["Platform migration, phase 2", "Growing into the staff role"]);
        doc.Threads.Select(t => t.Topic).ShouldBe(["Platform Migration", "Staff Growth"]);
        var migration = doc.Threads[0];
        migration.Entries[0].Date.ShouldBe(new DateOnly(2025, 10, 14));
        migration.Entries[0].Text.ShouldBe("Cutover plan reviewed; risk in the billing service");
        migration.Entries[0].Details.ShouldBe(["- Needs a rollback drill first"]);

        var mine = doc.Actions.Where(a => a.Owner == ActionOwner.Me).ToList();
        mine.Select(a => a.Text).ShouldBe(["Ask finance about the tooling budget", "Book the rollback drill", "Share the staff rubric"]);
        mine[0].Priority.ShouldBe("P1");
        mine[0].Due.ShouldBe(new DateOnly(2025, 10, 21));
        mine[1].Due.ShouldBeNull();
        mine[2].Done.ShouldBeTrue();
        mine[2].Completed.ShouldBe(new DateOnly(2025, 10, 1));

        var theirs = doc.Actions.Where(a => a.Owner == ActionOwner.Them).ToList();
        theirs.Select(a => (a.Text, a.Done)).ShouldBe([("Draft the billing cutover runbook", false), ("Close out phase 1 tickets", true)]);

        doc.Accomplishments.Count.ShouldBe(2);
        doc.MeetingHistory.Select(m => m.Date).ShouldBe([new DateOnly(2025, 10, 14), new DateOnly(2025, 9, 30)]);
        doc.LastMet.ShouldBe(new DateOnly(2025, 10, 14));

        foreach (var kind in new[] { SectionKind.NextMeeting, SectionKind.Goals, SectionKind.Feedback, SectionKind.PrivateNotes })
            doc.FindSection(kind).ShouldNotBeNull($"{kind} section");
    }

    [Fact]
    public void Should_not_take_tasks_inside_code_fences_or_indented_code()
    {
        var doc = DocumentFixtures.Load("documents", "code-fences.md");

        doc.Actions.Select(a => a.Text).ShouldBe(["Real task"]);
        doc.Person.ShouldBe("Omar");
    }

    [Fact]
    public void Should_read_obsidian_tasks_and_dataview_dates()
    {
        var doc = DocumentFixtures.Load("documents", "obsidian-and-dataview.md");

        doc.Actions.Select(a => (a.Owner, a.Text, a.Due, a.Completed, a.Syntax)).ShouldBe(
        [
            (ActionOwner.Me, "Send the RFC draft", new DateOnly(2025, 6, 10), (DateOnly?)null, ActionSyntax.ObsidianTasks),
            (ActionOwner.Me, "Review the ADR", (DateOnly?)null, new DateOnly(2025, 6, 1), ActionSyntax.ObsidianTasks),
            (ActionOwner.Them, "Book the design review", new DateOnly(2025, 6, 12), (DateOnly?)null, ActionSyntax.Dataview),
            (ActionOwner.Them, "Share the benchmark", (DateOnly?)null, new DateOnly(2025, 6, 2), ActionSyntax.Dataview),
        ]);
        doc.Actions[0].Priority.ShouldBe("P1");
    }

    [Fact]
    public void Should_read_templates_without_reporting_their_placeholders()
    {
        var doc = DocumentFixtures.Load("documents", "template.md");

        doc.FrontMatter!.IsTemplate.ShouldBeTrue();
        doc.Problems.ShouldBeEmpty();
        doc.Person.ShouldBeNull();
    }

    [Fact]
    public void Should_report_front_matter_whose_closing_fence_was_lost()
    {
        var doc = RunningDocumentParser.Parse(new("---\nperson: Marco Rossi\nkind: customer\n\n# 1:1 with Marco\n\n## Meeting History\n- 2026-01-12: Depot go-live\n"), "marco.md");

        doc.FrontMatter.ShouldBeNull();
        doc.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("front matter is not closed");
        doc.Problems[0].Line.ShouldBe(1);
    }

    [Fact]
    public void Should_read_a_leading_rule_before_text_as_a_rule()
    {
        var doc = RunningDocumentParser.Parse(new("---\nNotes from our 1:1s, newest first.\n\n## 2026-01-12\n- Depot go-live\n"), "marco.md");

        doc.FrontMatter.ShouldBeNull();
        doc.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_report_malformed_front_matter_at_its_line()
    {
        var doc = DocumentFixtures.Load("bad", "malformed-front-matter.md");

        doc.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("malformed front matter");
        doc.Problems[0].Line.ShouldBeInRange(3, 5);
    }

    [Fact]
    public void Should_report_impossible_dates_at_their_lines()
    {
        var doc = DocumentFixtures.Load("bad", "bad-date.md");

        doc.Problems.Select(p => (p.Line, p.Message)).ShouldBe(
        [
            (9, "invalid date '2026-13-45' in action item"),
            (12, "invalid date '2026-02-30'"),
        ]);
    }

    [Fact]
    public void Should_report_unknown_kind_and_frequency_in_a_running_document()
    {
        var doc = DocumentFixtures.Load("bad", "bad-kind.md");

        doc.Problems.Select(p => p.Line).ShouldBe([3, 4]);
        doc.Problems[0].Message.ShouldContain("unknown kind 'friend'");
        doc.Problems[1].Message.ShouldContain("unknown frequency 'daily'");
    }

    [Fact]
    public void Should_leave_other_tools_front_matter_keys_alone()
    {
        var doc = DocumentFixtures.Parse("---\ntype: meeting\nkind: meeting\n---\n# Notes\n");
        doc.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("# 1:1 with Sarah Chen", "Sarah Chen")]
    [InlineData("# 1-on-1: Sarah Chen - 2025-12-19", "Sarah Chen")]
    [InlineData("# 1:1 — [Person Name]", null)]
    [InlineData("# 1:1 with {{person}}", null)]
    [InlineData("# Weekly sync", null)]
    public void Should_take_the_person_from_the_title_when_front_matter_has_none(string title, string? person)
    {
        DocumentFixtures.Parse(title + "\n").Person.ShouldBe(person);
    }

    [Fact]
    public void Should_treat_a_leading_rule_without_a_closing_fence_as_content()
    {
        var doc = DocumentFixtures.Parse("---\n# Title\n\nSome text\n");
        doc.FrontMatter.ShouldBeNull();
        doc.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_nested_headings_under_their_parent()
    {
        var doc = DocumentFixtures.Parse("# T\n## Action Items\n### My Actions\n- [ ] a\n### Bo's Actions\n- [ ] b\n## Meeting History\n- 2025-01-01: x\n");

        var actions = doc.FindSection(SectionKind.ActionItems)!;
        actions.Children.Select(c => c.Kind).ShouldBe([SectionKind.MyActions, SectionKind.TheirActions]);
        actions.EndLine.ShouldBe(6);
        doc.Actions.Select(a => (a.Owner, a.Text)).ShouldBe([(ActionOwner.Me, "a"), (ActionOwner.Them, "b")]);
    }
}
