using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Tests.Documents;

public sealed class DocumentEditorTests
{
    private static readonly DateOnly Date = new(2026, 1, 15);

    [Theory]
    [InlineData("- 2026-01-20: c\n- 2026-01-10: a\n", "- 2026-01-20: c\n- 2026-01-15: new\n- 2026-01-10: a\n")]
    [InlineData("- 2026-01-10: a\n- 2026-01-20: c\n", "- 2026-01-10: a\n- 2026-01-15: new\n- 2026-01-20: c\n")]
    [InlineData("- 2026-01-10: a\n", "- 2026-01-15: new\n- 2026-01-10: a\n")]
    [InlineData("- 2026-01-20: c\n", "- 2026-01-20: c\n- 2026-01-15: new\n")]
    [InlineData("- 2026-01-15: same day\n- 2026-01-10: a\n", "- 2026-01-15: same day\n- 2026-01-15: new\n- 2026-01-10: a\n")]
    [InlineData("", "- 2026-01-15: new\n")]
    public void Should_insert_a_dated_entry_in_the_lists_own_order(string list, string expected)
    {
        var document = Parse($"# T\n\n## Meeting History\n{list}\n## Private Notes\n");
        var editor = new DocumentEditor(document);

        editor.InsertDated(document.FindSection(SectionKind.MeetingHistory)!, document.MeetingHistory, Date, "- 2026-01-15: new");

        editor.Apply().Text.ShouldBe($"# T\n\n## Meeting History\n{expected}\n## Private Notes\n");
    }

    [Fact]
    public void Should_insert_an_entry_after_a_multi_line_item()
    {
        var document = Parse("## Meeting History\n- 2026-01-20: c\n  * detail\n  * more\n\n## Next\n");
        var editor = new DocumentEditor(document);

        editor.InsertDated(document.FindSection(SectionKind.MeetingHistory)!, document.MeetingHistory, Date, "- 2026-01-15: new");

        editor.Apply().Text.ShouldBe("## Meeting History\n- 2026-01-20: c\n  * detail\n  * more\n- 2026-01-15: new\n\n## Next\n");
    }

    [Fact]
    public void Should_put_a_new_action_after_the_last_open_one()
    {
        var document = Parse("## Action Items\n\n### My Actions\n- [ ] one\n- [x] done (completed 2026-01-01)\n");
        var editor = new DocumentEditor(document);
        var section = document.FindSection(SectionKind.MyActions)!;

        editor.InsertAction(section, document.Actions, "- [ ] two");

        editor.Apply().Text.ShouldBe("## Action Items\n\n### My Actions\n- [ ] one\n- [ ] two\n- [x] done (completed 2026-01-01)\n");
    }

    [Fact]
    public void Should_put_a_new_action_above_done_ones_when_none_is_open()
    {
        var document = Parse("## Action Items\n\n### My Actions\n- [x] done (completed 2026-01-01)\n");
        var editor = new DocumentEditor(document);

        editor.InsertAction(document.FindSection(SectionKind.MyActions)!, document.Actions, "- [ ] two");

        editor.Apply().Text.ShouldBe("## Action Items\n\n### My Actions\n- [ ] two\n- [x] done (completed 2026-01-01)\n");
    }

    [Fact]
    public void Should_append_to_an_empty_section_right_under_its_heading()
    {
        var document = Parse("## Current Focus Areas\n\n## Ongoing Threads\n");
        var editor = new DocumentEditor(document);

        editor.Append(document.FindSection(SectionKind.FocusAreas)!, "- focus");

        editor.Apply().Text.ShouldBe("## Current Focus Areas\n- focus\n\n## Ongoing Threads\n");
    }

    [Fact]
    public void Should_create_a_missing_section_before_the_next_one_in_the_layout()
    {
        var document = Parse("# 1:1 with Bo\n\n## Current Focus Areas\n- x\n\n## Meeting History\n- 2026-01-01: a\n");
        var editor = new DocumentEditor(document);

        editor.Create(SectionKind.Accomplishments).Lines.Add("- 2026-01-15: win");

        editor.Apply().Text.ShouldBe("# 1:1 with Bo\n\n## Current Focus Areas\n- x\n\n## Recent Accomplishments Shared\n- 2026-01-15: win\n\n## Meeting History\n- 2026-01-01: a\n");
    }

    [Fact]
    public void Should_create_a_section_at_the_end_when_nothing_follows_it_in_the_layout()
    {
        var document = Parse("# 1:1 with Bo\n\n## Current Focus Areas\n- x");
        var editor = new DocumentEditor(document);

        editor.Create(SectionKind.MeetingHistory).Lines.Add("- 2026-01-15: a");

        editor.Apply().Text.ShouldBe("# 1:1 with Bo\n\n## Current Focus Areas\n- x\n\n## Meeting History\n- 2026-01-15: a\n");
    }

    [Fact]
    public void Should_tick_a_task_without_touching_the_rest_of_its_line()
    {
        var document = Parse("## Action Items\n- [ ] Ship it **now** (by 2026-01-20)  \n");
        var editor = new DocumentEditor(document);

        editor.MarkDone(document.Actions[0], Date);

        editor.Apply().Text.ShouldBe("## Action Items\n- [x] Ship it **now** (by 2026-01-20) (completed 2026-01-15)  \n");
    }

    [Fact]
    public void Should_not_let_a_lone_cr_newline_swallow_the_blank_line_after_it()
    {
        // Found by the fuzzer: a file whose first line ends in CR, with LF lines further down.
        var document = Parse("# T\r## Next Meeting\n- a\n\n## After\n");
        var editor = new DocumentEditor(document);

        editor.Append(document.FindSection(SectionKind.NextMeeting)!, "- b");

        editor.Apply().Text.ShouldBe("# T\r## Next Meeting\n- a\n- b\r\n\n## After\n");
    }

    private static RunningDocument Parse(string text) => RunningDocumentParser.Parse(new SourceText(text), "t.md");
}
