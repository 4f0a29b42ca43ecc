using Markdig;
using Markdig.Syntax;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

/// <summary>The shapes people keep 1:1 notes in (issue 17): each M (reading) and D (writing) case, on fixtures of our own.</summary>
public sealed class DocumentShapesTests
{
    private static RunningDocument Shape(string file) => DocumentFixtures.Load("shapes", file);

    private static RunningDocument Edited(RunningDocument doc, DocumentEditor editor) =>
        RunningDocumentParser.Parse(editor.Apply(), doc.Path);

    [Fact]
    public void M1_tasks_under_any_heading_bold_label_or_none_are_actions_with_their_owner()
    {
        var doc = Shape("meeting-log.md");
        var open = doc.Actions.Where(a => !a.Done).ToList();

        open.Select(a => a.Text).ShouldContain("Plan the migration");
        var priya = doc.Actions.Single(a => a.Text == "draft the release tooling proposal");
        priya.Owner.ShouldBe(ActionOwner.Them);
        priya.Assignee.ShouldBe("priya");
        priya.Due.ShouldBe(new DateOnly(2026, 1, 16));
        doc.Actions.Single(a => a.Text == "pair with Tomas on the CI cache").Owner.ShouldBe(ActionOwner.Them);
        doc.Actions.Single(a => a.Text == "Write up the roadmap notes").Owner.ShouldBe(ActionOwner.Them);
        doc.Actions.Single(a => a.Text.StartsWith("Ask finance", StringComparison.Ordinal)).Owner.ShouldBe(ActionOwner.Them);
        doc.Actions.Single(a => a.Text == "Review the proposal draft").Owner.ShouldBe(ActionOwner.Me);

        var labelled = Shape("newest-first-log.md");
        labelled.Actions.Single(a => a.Text == "Update the team wiki").Owner.ShouldBe(ActionOwner.Me);
        labelled.Actions.Single(a => a.Text.Contains("hiring plan", StringComparison.Ordinal)).Owner.ShouldBe(ActionOwner.Them);

        var untitled = Shape("two-titles.md");
        untitled.Actions.Count.ShouldBe(2);
    }

    [Fact]
    public void M1_task_states_nesting_and_block_ids_are_read()
    {
        var doc = Shape("meeting-log.md");
        doc.Actions.Single(a => a.Text == "Review the proposal draft").State.ShouldBe(ActionState.InProgress);
        var cancelled = doc.Actions.Single(a => a.Text == "Book the offsite room");
        cancelled.State.ShouldBe(ActionState.Cancelled);
        cancelled.Done.ShouldBeTrue(); // no longer open
        doc.OpenActions(ActionOwner.Me).ShouldNotContain(cancelled);

        var parent = doc.Actions.Single(a => a.Text == "Plan the migration");
        var children = doc.Actions.Where(a => a.Parent == parent).ToList();
        children.Select(c => c.Text).ShouldBe(["Inventory the old scripts", "Ask ops for access"]);
        children[1].State.ShouldBe(ActionState.Done);
        parent.Meeting.ShouldBe(new DateOnly(2026, 1, 13));
    }

    [Fact]
    public void M2_a_per_meeting_log_records_every_meeting_and_last_met_is_the_latest()
    {
        var doc = Shape("meeting-log.md");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 13), new DateOnly(2026, 1, 20)]);
        doc.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        doc.Log.ShouldNotBeNull().NewestFirst.ShouldBeFalse();

        var newest = Shape("newest-first-log.md");
        newest.LastMet.ShouldBe(new DateOnly(2023, 11, 14));
        newest.Log.ShouldNotBeNull().NewestFirst.ShouldBeTrue();
        newest.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("## 2026-01-20", 2026, 1, 20)]
    [InlineData("### 11/14/23", 2023, 11, 14)]
    [InlineData("## Jan 20, 2026", 2026, 1, 20)]
    [InlineData("## 2026-01-20 - Topic", 2026, 1, 20)]
    [InlineData("## Monday, January 5th, 2026", 2026, 1, 5)]
    [InlineData("## 24/11/21", 2021, 11, 24)]
    [InlineData("# Meeting on 19/09/2023 - 1pm", 2023, 9, 19)]
    [InlineData("## Nov. 29th, 2021", 2021, 11, 29)]
    [InlineData("## 20 January 2026", 2026, 1, 20)]
    [InlineData("# Week 5 Meeting Minutes - 20/10/2022", 2022, 10, 20)]
    public void M2_dated_headings_in_any_common_form_are_meetings(string heading, int year, int month, int day)
    {
        var doc = DocumentFixtures.Parse($"# Notes\n\n{heading}\n- talked\n");
        doc.LastMet.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void M2_a_date_without_a_year_takes_the_year_of_its_neighbours()
    {
        var doc = DocumentFixtures.Parse("# Minutes\n\n## December 9th\n- a\n\n## December 3rd, 2021\n- b\n");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2021, 12, 9), new DateOnly(2021, 12, 3)]);
    }

    [Fact]
    public void M2_a_one_meeting_note_is_dated_by_its_date_line()
    {
        var doc = DocumentFixtures.Parse("# 3rd Meeting with Dr. Ada Byron\n\n**Date:** 12<sup>th</sup> Feb 2026\n\n## Notes\n- fine\n");
        doc.LastMet.ShouldBe(new DateOnly(2026, 2, 12));
        doc.Person.ShouldBe("Dr. Ada Byron");

        var timed = DocumentFixtures.Parse("# Team lead 1-1\n## Time: 3/28/20 4 pm PST\n\n**Attendees**\n* Rui Costa\n");
        timed.LastMet.ShouldBe(new DateOnly(2020, 3, 28));
        timed.Person.ShouldBe("Rui Costa");
    }

    [Fact]
    public void M3_the_person_comes_from_front_matter_h1_or_a_1_1_heading_never_from_a_date()
    {
        Shape("meeting-log.md").Person.ShouldBe("Priya Raman");
        Shape("newest-first-log.md").Person.ShouldBe("Marco Bellini");
        Shape("upcoming-topics.md").Person.ShouldBe("Omar Haddad");
        Shape("setext.md").Person.ShouldBe("Lena Ortiz");
        Shape("logseq-page.md").Person.ShouldBe("Ravi");
        var dated = Shape("title-date.md");
        dated.Person.ShouldBeNull();
        dated.FirstName.ShouldBeNull();
        DocumentFixtures.Parse("## 1-1 with Rosa Diaz\n\n**Attendees:** me, Rosa Diaz\n").Person.ShouldBe("Rosa Diaz");
        DocumentFixtures.Parse("# Meeting notes\n\n**Attendees:** me, Tariq Aziz\n").Person.ShouldBe("Tariq Aziz");
        DocumentFixtures.Parse("# Meeting notes\n\nAttendees: Tariq, Mei\n").Person.ShouldBeNull();
    }

    [Fact]
    public void M4_owner_marks_make_actions_theirs_and_me_marks_mine()
    {
        var doc = DocumentFixtures.Parse("---\nperson: Sam Lee\n---\n# 1:1 with Sam Lee\n\n## Notes\n- [ ] @sam send the deck\n- [ ] Sam: book the room\n- [ ] [[Sam Lee]] to call the vendor\n- [ ] Write the brief — Sam\n- [ ] Me: review the brief\n- [ ] Research: compare vendors\n");
        doc.Actions.Select(a => a.Owner).ShouldBe([ActionOwner.Them, ActionOwner.Them, ActionOwner.Them, ActionOwner.Them, ActionOwner.Me, ActionOwner.Me]);
        doc.Actions[5].Text.ShouldBe("Research: compare vendors");
    }

    [Fact]
    public void M5_setext_headings_and_next_meeting_aliases_are_sections()
    {
        var setext = Shape("setext.md");
        string.Join(" | ", setext.Sections.Select(s => s.ToString())).ShouldBe("## Current Focus Areas [FocusAreas] 5..10 | ## Action Items [ActionItems] 10..16 | ## Next Meeting [NextMeeting] 16..20");
        setext.FindSection(SectionKind.NextMeeting).ShouldNotBeNull().Title.ShouldBe("Next Meeting");
        setext.Actions.Count.ShouldBe(2);
        setext.Actions[0].Owner.ShouldBe(ActionOwner.Them);
        setext.Actions[1].Due.ShouldBe(new DateOnly(2026, 1, 30));

        NextMeeting.Read(Shape("upcoming-topics.md")).Points.Single().Text.ShouldBe("Promotion packet");
        NextMeeting.Read(Shape("newest-first-log.md")).Points.Single().Text.ShouldBe("Conference budget");
        foreach (var heading in new[] { "## Next Time", "## [[Next Meeting]]", "**Next Meeting**", "## Upcoming Topics" })
            NextMeeting.Read(DocumentFixtures.Parse($"# 1:1 with Sam\n\n{heading}\n- Topic\n")).Points.Count.ShouldBe(1, heading);
    }

    [Fact]
    public void M6_logseq_pages_have_tasks_with_states_dates_and_meetings()
    {
        var doc = Shape("logseq-page.md");
        var send = doc.Actions.Single(a => a.Text == "Send Ravi the launch checklist");
        send.Syntax.ShouldBe(ActionSyntax.Logseq);
        send.Due.ShouldBe(new DateOnly(2026, 1, 27));
        doc.Actions.Single(a => a.Text == "Review the hiring rubric").State.ShouldBe(ActionState.Done);
        var runbook = doc.Actions.Single(a => a.Text == "update the runbook");
        runbook.Owner.ShouldBe(ActionOwner.Them);
        runbook.Due.ShouldBe(new DateOnly(2026, 2, 2));
        doc.Actions.Single(a => a.Text == "Draft the team charter").State.ShouldBe(ActionState.InProgress);
        doc.Actions.Single(a => a.Text == "Book a team lunch").State.ShouldBe(ActionState.Cancelled);
        doc.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
    }

    [Fact]
    public void Bad_input_is_reported_with_its_line()
    {
        Shape("two-titles.md").Problems.Single().ShouldBe(new Problem(5, "two titles name different people: 'Jai Menon' (line 1) and 'Chloe Park'; the first is the person"));
        Shape("two-titles.md").Person.ShouldBe("Jai Menon");

        var order = Shape("out-of-order.md");
        order.Problems.Single().Line.ShouldBe(9);
        order.LastMet.ShouldBe(new DateOnly(2026, 1, 20));

        var undated = Shape("latest-undated.md");
        undated.Problems.Single().Line.ShouldBe(9);
        undated.LastMet.ShouldBe(new DateOnly(2026, 1, 13));
        undated.Meetings.Count.ShouldBe(3);

        Shape("tasks-in-code.md").Actions.Select(a => a.Text).ShouldBe(["A real task"]);
        Shape("logseq-page.md").Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("unclosed-fence.md", 9, "code fence")]
    [InlineData("unclosed-comment.md", 6, "HTML comment")]
    [InlineData("unclosed-pre.md", 6, "<pre> block")]
    public void D1_nothing_is_written_inside_an_unclosed_block_and_check_reports_it(string file, int line, string what)
    {
        var doc = Shape(file);
        doc.Problems.ShouldContain(p => p.Line == line && p.Message.StartsWith(what, StringComparison.Ordinal));

        var editor = new DocumentEditor(doc);
        NextMeeting.Read(doc).AddPoint(editor, "Hiring", "me", new DateOnly(2026, 1, 21));
        editor.Create(SectionKind.Goals).Lines.Add("- [ ] Short: grow");
        var after = Edited(doc, editor);

        // Both additions land before the open block, so a reader sees them, and the block is untouched.
        NextMeeting.Read(after).Points.Select(p => p.Text).ShouldContain("Hiring");
        after.FindSection(SectionKind.Goals).ShouldNotBeNull();
        after.Source.Text.EndsWith(doc.Source.Text[doc.Source.LineStart(line - 1)..], StringComparison.Ordinal).ShouldBeTrue();
    }

    [Fact]
    public void D2_a_block_id_stays_last_when_an_item_is_ticked()
    {
        var doc = Shape("meeting-log.md");
        var editor = new DocumentEditor(doc);
        editor.MarkDone(doc.Actions.Single(a => a.Text == "Send the deck"), new DateOnly(2026, 1, 21));
        editor.Apply().Text.ShouldContain("- [x] Send the deck (completed 2026-01-21) ^deck1\n");
    }

    [Fact]
    public void D2_an_in_progress_or_logseq_task_is_closed_in_its_own_syntax()
    {
        var doc = Shape("meeting-log.md");
        var editor = new DocumentEditor(doc);
        editor.MarkDone(doc.Actions.Single(a => a.Text == "Review the proposal draft"), new DateOnly(2026, 1, 21));
        editor.MarkCancelled(doc.Actions.Single(a => a.Text == "Plan the migration"));
        var text = editor.Apply().Text;
        text.ShouldContain("- [x] Review the proposal draft (completed 2026-01-21)\n");
        text.ShouldContain("- [-] Plan the migration\n");

        var logseq = Shape("logseq-page.md");
        var logEditor = new DocumentEditor(logseq);
        logEditor.MarkDone(logseq.Actions.Single(a => a.Text == "Send Ravi the launch checklist"), new DateOnly(2026, 1, 21));
        logEditor.Apply().Text.ShouldContain("\t- DONE Send Ravi the launch checklist\n");
    }

    [Fact]
    public void D3_setext_headings_count_so_no_second_next_meeting_is_added()
    {
        var doc = Shape("setext.md");
        var editor = new DocumentEditor(doc);
        NextMeeting.Read(doc).AddPoint(editor, "Budget", "me", new DateOnly(2026, 1, 21));
        var text = editor.Apply().Text;
        text.ShouldNotContain("## Next Meeting");
        text.ShouldEndWith("- Hiring timeline\n- Budget (added by me, 2026-01-21)\n");
    }

    [Fact]
    public void D4_a_zero_byte_file_is_an_empty_document_that_takes_edits()
    {
        var doc = DocumentFixtures.Parse("");
        doc.Problems.ShouldBeEmpty();
        var editor = new DocumentEditor(doc);
        NextMeeting.Read(doc).AddPoint(editor, "First topic", "me", new DateOnly(2026, 1, 21));
        editor.Apply().Text.ShouldBe("## Next Meeting\n- First topic (added by me, 2026-01-21)\n");
    }

    [Fact]
    public void D5_a_new_meeting_goes_in_the_log_order_with_subsections_named_as_the_log_names_them()
    {
        var doc = Shape("meeting-log.md");
        var editor = new DocumentEditor(doc) { MeetingDate = new DateOnly(2026, 1, 27) };
        // As the notes engine does: no action list outside the meetings, so it asks for one.
        doc.FindSection(SectionKind.ActionItems).ShouldBeNull();
        editor.Create(SectionKind.ActionItems).Lines.Add("- [ ] Follow up on the roadmap");
        editor.Create(SectionKind.MeetingHistory).Lines.Add("- 2026-01-27: Roadmap follow-up");
        var text = editor.Apply().Text;
        text.ShouldEndWith("- [ ] Ask finance about the budget [[Priya Raman]]\n\n## 2026-01-27\n- 2026-01-27: Roadmap follow-up\n\n### Action Items\n- [ ] Follow up on the roadmap\n");

        var newest = Shape("newest-first-log.md");
        var newestEditor = new DocumentEditor(newest) { MeetingDate = new DateOnly(2023, 11, 21) };
        newestEditor.Create(SectionKind.ActionItems).Lines.Add("- [ ] Plan the offsite");
        var after = Edited(newest, newestEditor);
        after.Log.ShouldNotBeNull().Meetings[0].Title.ShouldBe("2023-11-21");
        after.LastMet.ShouldBe(new DateOnly(2023, 11, 21));
    }

    [Fact]
    public void D5_topic_add_in_a_log_goes_to_the_next_meeting_never_a_past_meetings_agenda()
    {
        var doc = Shape("meeting-log.md");
        NextMeeting.Read(doc).Section.ShouldBeNull(); // the past meetings' ### Agenda are theirs
        var editor = new DocumentEditor(doc);
        NextMeeting.Read(doc).AddPoint(editor, "Hiring plan", "me", new DateOnly(2026, 1, 21));
        var text = editor.Apply().Text;
        text.ShouldEndWith("- [ ] Ask finance about the budget [[Priya Raman]]\n\n## Next Meeting\n- Hiring plan (added by me, 2026-01-21)\n");
    }

    [Fact]
    public void Prep_never_treats_a_document_with_meetings_as_a_first_meeting()
    {
        // Given relationships that started a week ago, only the one with no meeting written down is new.
        var today = new DateOnly(2026, 1, 21);
        const string started = "---\nstarted: 2026-01-14\n---\n";
        FrameworkLibrary.DefaultFor(DocumentFixtures.Parse(started + File.ReadAllText(RepoPaths.Fixture("shapes", "meeting-log.md"))), today).ShouldNotBe("introductory");
        FrameworkLibrary.DefaultFor(DocumentFixtures.Parse(started + "# Notes\n\n## Meeting 1\n- a\n\n## Meeting 2\n- b\n"), today).ShouldNotBe("introductory");
        FrameworkLibrary.DefaultFor(DocumentFixtures.Parse(started + "# 1:1 with Sam\n"), today).ShouldBe("introductory");
    }

    [Fact]
    public void A_folder_of_meeting_notes_is_one_relationship_and_a_bad_file_is_reported_with_its_line()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shapes", "folder"));
        string folder = Path.Combine(dir.Path, "1-on-1s", "jai-menon");
        File.WriteAllBytes(Path.Combine(folder, "broken.md"), [0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x0a]);
        var store = new DocumentStore(PhysicalFileSystem.Instance);

        var read = MeetingFolder.Read(PhysicalFileSystem.Instance, store, folder, p => Path.GetRelativePath(dir.Path, p));

        read.Person.ShouldBe("Jai Menon");
        read.Notes.Count.ShouldBe(2);
        read.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        read.Meetings.Select(m => m.Meeting.Date).ShouldBe([new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 20)]);
        read.OpenActions(ActionOwner.Them).Single().Action.Text.ShouldBe("write the design doc outline");
        read.OpenActions(ActionOwner.Me).Single().Action.Text.ShouldBe("Book the architecture review");
        var (file, problem) = read.Problems.Single();
        file.ShouldEndWith("broken.md");
        problem.Line.ShouldBe(2);
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { RepoPaths.Fixture("shapes"), RepoPaths.Fixture("documents"), RepoPaths.Fixture("real-world") })
            foreach (var file in Directory.EnumerateFiles(dir, "*.md").Order()) data.Add(file);
        if (RepoPaths.SharedCorpus is { } corpus)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "documents"), "*.md").Order()) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Edits_keep_every_original_line_in_order_and_add_nothing_inside_code_or_comments(string path)
    {
        var doc = RunningDocumentParser.Parse(TextCodec.Decode(File.ReadAllBytes(path), path), path);
        var editor = new DocumentEditor(doc) { MeetingDate = new DateOnly(2026, 3, 2) };
        NextMeeting.Read(doc).AddPoint(editor, "Property topic", "me", new DateOnly(2026, 3, 2));
        (doc.FindSection(SectionKind.ActionItems) is { } list ? null : editor.Create(SectionKind.ActionItems))?.Lines.Add("- [ ] Property action");
        editor.Create(SectionKind.Goals).Lines.Add("- [ ] Short: property goal");
        var after = editor.Apply();

        var original = Lines(doc.Source.Text);
        var edited = Lines(after.Text);
        var added = new List<int>();
        int next = 0;
        for (int i = 0; i < edited.Count; i++)
        {
            if (next < original.Count && edited[i] == original[next]) next++;
            else added.Add(i);
        }
        next.ShouldBe(original.Count, "every original line is kept, in order");

        var markdown = Markdown.Parse(after.Text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var hidden = markdown.Descendants().Where(b => b is CodeBlock or HtmlBlock).ToList();
        foreach (int line in added.Where(l => edited[l].Trim().Length > 0))
            hidden.ShouldNotContain(b => b.Line < line && line <= after.LineOf(Math.Min(b.Span.End, Math.Max(0, after.Length - 1))), $"line {line + 1} '{edited[line]}' was added inside code or a comment");
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
}
