using Rapport.Core.Documents;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// Issue 17, the shapes left: a flat folder of several people's meeting notes grouped by <c>person:</c>, writes on
/// folder relationships, the vault's <c>dates:</c> setting, and meeting logs kept as tables.
/// </summary>
public sealed class SharedFolderAndTableTests
{
    private static readonly DateOnly Today = new(2026, 1, 21);

    private static Vault OpenShared(TempDirectory dir)
    {
        var vault = Vault.Open(dir.Path, PhysicalFileSystem.Instance);
        vault.Store.Today = Today;
        return vault;
    }

    private static string Meetings(TempDirectory dir) => Path.Combine(dir.Path, "Career", "1-on-1s", "meetings");

    [Fact]
    public void A_folder_of_several_peoples_notes_is_one_relationship_per_person_named_in_front_matter()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shared-folder-vault"));
        var vault = OpenShared(dir);

        var all = vault.People.All;
        all.Select(r => (r.Slug, r.Document.Person)).ShouldBe([("sam-lee", "Sam Lee"), ("ana-ruiz", "Ana Ruiz")], ignoreOrder: true);
        var sam = vault.People.Resolve("sam");
        sam.Folder.ShouldBe(Meetings(dir));
        sam.Document.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        sam.Document.Role.ShouldBe("Product Manager");
        sam.Document.Meetings.Count.ShouldBe(2);
        // Carried over: ticked in the later note, so done in the earlier one too.
        sam.Document.OpenActions(ActionOwner.Me).Select(a => a.Text).ShouldBe(["Review the pricing experiment results"]);
        sam.Document.OpenActions(ActionOwner.Them).Select(a => a.Text).ShouldBe(["set up the analytics access", "write up the churn interviews"]);

        var ana = vault.People.Resolve("ana-ruiz");
        ana.Document.LastMet.ShouldBe(new DateOnly(2026, 1, 13)); // the note of 2026-01-27 is the next meeting
        ana.FullPath.ShouldEndWith("2026-01-27 Ana.md");
        ana.Document.Kind.ShouldBe(RelationshipKind.Mentee);
    }

    [Theory]
    [InlineData("jai-menon", null, "jai-menon")]
    [InlineData("jai-menon", "Jai Menon", "jai-menon")]
    [InlineData("jai", "Jai Menon", "jai")]
    [InlineData("meetings", "Sam Lee", "sam-lee")]
    [InlineData("meetings", "[[Sam Lee]]", "sam-lee")]
    [InlineData("coach", "Dana White", "dana-white")]
    public void A_note_belongs_to_its_folder_unless_it_names_someone_else(string folder, string? named, string slug) =>
        MeetingFolder.GroupOf(folder, named is null ? null : NameRules.StripLinks(named)).ShouldBe(slug);

    [Fact]
    public void A_wiki_link_as_the_person_is_read_quoted_or_not()
    {
        DocumentFixtures.Parse("---\nperson: \"[[Sam Lee]]\"\n---\n# Notes\n").Person.ShouldBe("Sam Lee");
        DocumentFixtures.Parse("---\nperson: [[Sam Lee]]\n---\n# Notes\n").Person.ShouldBe("Sam Lee");
    }

    [Fact]
    public void A_note_that_names_nobody_and_a_file_that_cannot_be_read_stay_with_the_folder()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shared-folder-vault"));
        File.WriteAllText(Path.Combine(Meetings(dir), "2026-01-14 team.md"), "# Team sync\n\n- [ ] Plan the offsite\n");
        File.WriteAllBytes(Path.Combine(Meetings(dir), "broken.md"), [0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x0a]);
        var store = new DocumentStore(PhysicalFileSystem.Instance) { Today = Today };

        var groups = MeetingFolder.Read(PhysicalFileSystem.Instance, store, Meetings(dir), p => Path.GetRelativePath(dir.Path, p)).ByPerson();

        groups.Select(g => g.Slug).ShouldBe(["sam-lee", "ana-ruiz", "meetings"], ignoreOrder: true);
        var rest = groups.Single(g => g.Slug == "meetings");
        rest.Notes.Single().FullPath.ShouldEndWith("2026-01-14 team.md");
        rest.Problems.Single().File.ShouldEndWith("broken.md");
        rest.Problems.Single().Problem.Line.ShouldBe(2);
        groups.Single(g => g.Slug == "sam-lee").Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Writes_on_a_shared_folder_follow_its_notes()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shared-folder-vault"));
        var vault = OpenShared(dir);
        var sam = vault.People.Resolve("sam");

        // done ticks the note that holds the task, not the latest one.
        string holder = OpenActions.FileOf(sam, ActionOwner.Them, "set up the analytics access");
        holder.ShouldEndWith("2026-01-06 1-1.md");
        OpenActions.MarkDone(vault, holder, ActionOwner.Them, "set up the analytics access", Today);
        File.ReadAllText(holder).ShouldContain("- [x] Sam: set up the analytics access (completed 2026-01-21)");

        // action add goes into the latest note, and an action open in an earlier note is not added again.
        NewAction.Add(vault, sam, ActionOwner.Them, "write up the churn interviews", null, null).ShouldBeNull();
        NewAction.Add(vault, sam, ActionOwner.Me, "Share the pricing deck", null, null).ShouldNotBeNull();
        File.ReadAllText(Path.Combine(Meetings(dir), "2026-01-20 1-1.md")).ShouldContain("- [ ] Share the pricing deck");

        // A new meeting's note among other people's is named and marked with its person.
        var note = MeetingFolder.NoteFor(vault, sam, new DateOnly(2026, 1, 28));
        note.FullPath.ShouldEndWith("2026-01-28 Sam Lee.md");
        note.Document.Source.Text.ShouldBe("---\nperson: Sam Lee\n---\n");
        MeetingFolder.GroupOf("meetings", MeetingFolder.NamedPerson(note.Document)).ShouldBe("sam-lee");

        // archive keeps a folder of meeting notes as it is.
        Archive.IsKept(sam).ShouldBeTrue();
        Archive.Plan(vault, sam, new Period(DateOnly.MinValue, new DateOnly(2025, 12, 31), "before 2026-01-01"), new DateOnly(2026, 4, 2)).ShouldBeNull();
    }

    [Fact]
    public void The_other_person_ticks_and_unticks_their_action_in_the_note_that_holds_it()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shared-folder-vault"));
        var vault = OpenShared(dir);
        string older = Path.Combine(Meetings(dir), "2026-01-06 1-1.md");
        string before = File.ReadAllText(older);

        var tick = Core.Sharing.SharedAgenda.Tick(vault, vault.People.Resolve("sam"), "set up the analytics access", Today);
        File.ReadAllText(older).ShouldContain("- [x] Sam: set up the analytics access (completed 2026-01-21)");

        var fresh = OpenShared(dir); // as the next request reads it
        Core.Sharing.SharedAgenda.Undo(fresh, fresh.People.Resolve("sam"), tick);
        File.ReadAllText(older).ShouldBe(before);
    }

    [Fact]
    public void The_vault_setting_reads_ambiguous_dates_day_first_only_without_evidence()
    {
        const string ambiguous = "# Sam\n\n## 03/04/2026\n- a\n\n## 05/04/2026\n- b\n";
        RunningDocumentParser.Parse(new(ambiguous), "sam.md").LastMet.ShouldBe(new DateOnly(2026, 5, 4));
        RunningDocumentParser.Parse(new(ambiguous), "sam.md", dayFirst: true).LastMet.ShouldBe(new DateOnly(2026, 4, 5));
        RunningDocumentParser.Parse(new(ambiguous), "sam.md", dayFirst: false).LastMet.ShouldBe(new DateOnly(2026, 5, 4));

        // A day above 12 is evidence: the setting does not overrule it.
        const string evident = "# Sam\n\n## 03/04/2026\n- a\n\n## 04/13/2026\n- b\n";
        RunningDocumentParser.Parse(new(evident), "sam.md", dayFirst: true).Meetings.Select(m => m.Date)
            .ShouldBe([new DateOnly(2026, 3, 4), new DateOnly(2026, 4, 13)]);

        // Dots read day first by themselves; month-first says otherwise.
        RunningDocumentParser.Parse(new("# Sam\n\n## 03.04.2026\n- a\n"), "sam.md", dayFirst: false).LastMet.ShouldBe(new DateOnly(2026, 3, 4));
        // A file name and a Date: line follow the setting too.
        RunningDocumentParser.Parse(new("# Notes\n"), "03-04-2026 Sam.md", dayFirst: true).LastMet.ShouldBe(new DateOnly(2026, 4, 3));
        RunningDocumentParser.Parse(new("# Notes\n\nDate: 03/04/2026\n"), "sam.md", dayFirst: true).LastMet.ShouldBe(new DateOnly(2026, 4, 3));
    }

    [Theory]
    [InlineData("dates: day-first", true)]
    [InlineData("dates: Month-First", false)]
    [InlineData("owner: Jo", null)]
    public void The_dates_setting_is_read_from_the_vaults_config(string yaml, bool? dayFirst) =>
        VaultConfig.Parse(yaml, ".rapport/config.yml").DayFirst.ShouldBe(dayFirst);

    [Fact]
    public void An_unknown_dates_setting_is_refused_with_its_file_and_line()
    {
        var ex = Should.Throw<RapportException>(() => VaultConfig.Parse("owner: Jo\ndates: sometimes\n", ".rapport/config.yml"));
        ex.ToDisplayString().ShouldBe(".rapport/config.yml:2: dates 'sometimes' is not day-first or month-first");
    }

    [Fact]
    public void The_vault_setting_reaches_every_document_it_reads()
    {
        using var dir = TempDirectory.CopyFrom(RepoPaths.Fixture("shared-folder-vault"));
        File.AppendAllText(Path.Combine(dir.Path, ".rapport", "config.yml"), "dates: day-first\n");
        File.WriteAllText(Path.Combine(dir.Path, "Career", "1-on-1s", "lee.md"), "# Lee Park\n\n## 02/01/2026\n- a\n\n## 09/01/2026\n- b\n");
        var vault = OpenShared(dir);
        vault.People.Resolve("lee").Document.LastMet.ShouldBe(new DateOnly(2026, 1, 9));
    }

    [Fact]
    public void A_meeting_log_kept_as_a_table_gives_its_meetings_last_met_and_tasks()
    {
        var doc = DocumentFixtures.Load("shapes", "meeting-table.md");

        doc.Person.ShouldBe("Lena Ortiz");
        doc.Meetings.Select(m => m.Date).ShouldBe([new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 13), new DateOnly(2026, 1, 20)]);
        doc.Meetings.Select(m => m.Title).ShouldBe(["Kickoff, goals for Q1", "Hiring loop feedback", "Roadmap"]);
        doc.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        doc.Actions.Select(a => (a.Text, a.Done, a.Meeting)).ShouldBe([
            ("Share the Q1 goals doc", false, new DateOnly(2026, 1, 6)),
            ("Send the interview rubric", true, new DateOnly(2026, 1, 13)),
            ("draft the roadmap", false, new DateOnly(2026, 1, 20)),
        ]);
        doc.Actions.Single(a => a.Text == "draft the roadmap").Owner.ShouldBe(ActionOwner.Them);
        doc.Actions.ShouldAllBe(a => a.Due == null); // the date column dates the meeting, not the task
    }

    [Fact]
    public void A_table_row_links_title_reads_as_its_text()
    {
        var doc = DocumentFixtures.Parse("# Log\n\n| Meeting | Date |\n| --- | --- |\n| [Progress update](minutes/06_oct.md) | 06<sup>th</sup> Oct 2025 |\n");
        doc.Meetings.Single().Title.ShouldBe("Progress update");
        doc.LastMet.ShouldBe(new DateOnly(2025, 10, 6));
    }

    [Fact]
    public void A_plain_item_over_task_boxes_is_a_group_not_a_task()
    {
        var doc = DocumentFixtures.Parse("## Todo\n\n- Research\n  - [ ] Design the experiment\n- Write the report\n");
        doc.Actions.Select(a => a.Text).ShouldBe(["Design the experiment", "Write the report"]);
    }

    [Fact]
    public void A_block_saying_meeting_with_someone_names_the_person_of_a_page_without_headings()
    {
        DocumentFixtures.Parse("- Meeting with [[J. McPeak]] about the project\n\t- Look at the data\n").Person.ShouldBe("J. McPeak");
        DocumentFixtures.Parse("# Notes\n\n- Meeting with Sam Lee\n").Person.ShouldBeNull();
    }

    [Fact]
    public void A_table_with_an_owner_or_status_column_stays_a_task_table()
    {
        var doc = DocumentFixtures.Parse("# Lena Ortiz\n\n| Date | Notes | Owner |\n| --- | --- | --- |\n| 2026-01-30 | Send the deck | Lena |\n");
        doc.Meetings.ShouldBeEmpty();
        doc.Actions.Single().Due.ShouldBe(new DateOnly(2026, 1, 30));
    }

    [Fact]
    public void Bad_input_is_one_line_naming_the_file_and_the_line()
    {
        string Message(string file)
        {
            string path = RepoPaths.Fixture("shapes", file);
            var result = DocumentCheck.Check(new DocumentStore(PhysicalFileSystem.Instance), path, $"shapes/{file}");
            return string.Join("\n", result.Problems.Select(p => Location.Format(result.Path, p.Line, p.Message)));
        }

        Message("two-titles.md").ShouldBe("shapes/two-titles.md:5: two titles name different people: 'Jai Menon' (line 1) and 'Chloe Park'; the first is the person");
        Message("out-of-order.md").ShouldBe("shapes/out-of-order.md:9: meeting '2026-01-13' is out of date order: the log runs oldest first, and it follows '2026-01-20'");
        Message("latest-undated.md").ShouldBe("shapes/latest-undated.md:9: the latest meeting 'Meeting 3' has no date; last met is taken from '2026-01-13 1:1'");
        // Tasks inside code are no tasks, and nothing to report.
        Message("tasks-in-code.md").ShouldBeEmpty();
        DocumentFixtures.Load("shapes", "tasks-in-code.md").Actions.Select(a => a.Text).ShouldBe(["A real task"]);
    }
}
