using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

public sealed class VaultIndexTests : IDisposable
{
    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private readonly List<string> _warnings = [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _vault.Dispose();
    }

    [Fact]
    public void Should_index_every_file_then_sync_only_what_changed()
    {
        using var index = Open();

        var first = index.Sync();
        var again = index.Sync();
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "- 2026-01-20: added later\n");
        File.Delete(_vault.File("Career", "1-on-1s", "marco-rossi.md"));
        _vault.Write(Path.Combine("Career", "1-on-1s", "lena-fischer.md"), "---\nperson: Lena Fischer\n---\n\n## Meeting History\n- 2026-01-05: Intro\n");
        var changed = index.Sync();

        first.ShouldBe(new SyncResult(Files(), 0, 0, Files()));
        again.Changed.ShouldBeFalse();
        changed.ShouldBe(new SyncResult(1, 1, 1, Files()));
        index.Relationships().Select(r => r.Slug).ShouldBe(["dana-whitfield", "lena-fischer", "noah-patel", "priya-raman", "sarah-chen"]);
    }

    [Fact]
    public void Should_treat_a_rename_as_a_removal_and_an_addition()
    {
        using var index = Open();
        index.Sync();

        File.Move(_vault.File("Career", "1-on-1s", "dana-whitfield.md"), _vault.File("Career", "1-on-1s", "dana-w.md"));

        index.Sync().ShouldBe(new SyncResult(1, 0, 1, Files()));
        index.Relationships().Select(r => r.Slug).ShouldContain("dana-w");
    }

    [Fact]
    public void Should_only_restamp_a_touched_file_whose_content_is_the_same()
    {
        using var index = Open();
        index.Sync();

        File.SetLastWriteTimeUtc(_vault.File("Career", "1-on-1s", "noah-patel.md"), DateTime.UtcNow.AddMinutes(5));

        index.Sync().Changed.ShouldBeFalse();
    }

    [Fact]
    public void Should_see_a_same_size_edit_that_leaves_the_modified_time_as_it_was()
    {
        // A coarse clock (FAT's 2 seconds, a few milliseconds elsewhere) gives an edit right after a sync the time it had.
        // (A same-size edit that puts back an older time, as `touch -r` can, is beyond what any walk of stamps sees.)
        string file = _vault.File("Career", "1-on-1s", "noah-patel.md");
        var time = DateTime.UtcNow;
        File.SetLastWriteTimeUtc(file, time);
        using var index = Open();
        index.Sync();

        string text = File.ReadAllText(file);
        int at = text.IndexOf("Noah", StringComparison.Ordinal);
        File.WriteAllText(file, string.Concat(text.AsSpan(0, at), "Zorq", text.AsSpan(at + 4)));
        File.SetLastWriteTimeUtc(file, time);

        index.Sync().ShouldBe(new SyncResult(0, 1, 0, Files()));
        index.Relationships().Single(r => r.Slug == "noah-patel").Person.ShouldStartWith("Zorq");
    }

    [Fact]
    public void Should_not_read_again_a_file_modified_long_before_the_sync()
    {
        foreach (var file in Directory.EnumerateFiles(_vault.Path, "*.md", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        using var index = Open();
        index.Sync();
        long before = new FileInfo(VaultIndex.PathIn(Vault())).Length + new FileInfo(VaultIndex.PathIn(Vault()) + "-wal").Length;

        index.Sync().Changed.ShouldBeFalse();

        // Nothing written: neither the database nor its log grew.
        (new FileInfo(VaultIndex.PathIn(Vault())).Length + new FileInfo(VaultIndex.PathIn(Vault()) + "-wal").Length).ShouldBe(before);
    }

    [Fact]
    public void Should_keep_the_write_ahead_log_when_the_index_closes()
    {
        // A reading command that found them gone created both files and deleted them again, every run.
        string path = VaultIndex.PathIn(Vault());
        using (var index = Open()) index.Sync();
        File.Exists(path + "-wal").ShouldBeTrue();
        File.Exists(path + "-shm").ShouldBeTrue();

        using (var index = Open()) index.Sync().Changed.ShouldBeFalse();
        new FileInfo(path + "-wal").Length.ShouldBe(0);
    }

    [Fact]
    public void Should_see_a_file_replaced_by_a_link_to_another()
    {
        using var index = Open();
        index.Sync();
        string noah = _vault.File("Career", "1-on-1s", "noah-patel.md");
        string outside = Path.Combine(_vault.Path, "..", Path.GetFileName(_vault.Path) + "-outside.md");
        File.WriteAllText(outside, "---\nperson: Someone Else\n---\n");
        try
        {
            File.Delete(noah);
            File.CreateSymbolicLink(noah, _vault.File("Career", "1-on-1s", "sarah-chen.md"));
            index.Sync().Modified.ShouldBe(1);
            index.Relationships().Single(r => r.Slug == "noah-patel").Person.ShouldBe("Sarah Chen");

            // A link that leads out of the vault is not the vault's file.
            File.Delete(noah);
            File.CreateSymbolicLink(noah, outside);
            index.Sync().Removed.ShouldBe(1);
            index.Relationships().ShouldNotContain(r => r.Slug == "noah-patel");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Theory]
    [InlineData("DELETE FROM stamps")]
    [InlineData("UPDATE stamps SET data = x'0102030405'")]
    [InlineData("UPDATE stamps SET files = files + 1")]
    public void Should_compare_with_the_files_table_when_the_stamps_row_is_missing_or_damaged(string damage)
    {
        using (var index = Open()) index.Sync();
        using (var connection = new SqliteConnection($"Data Source={VaultIndex.PathIn(Vault())};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = damage;
            command.ExecuteNonQuery();
        }
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "- 2026-01-20: added later\n");
        File.Delete(_vault.File("Career", "1-on-1s", "marco-rossi.md"));

        using var again = Open();

        again.Sync().ShouldBe(new SyncResult(0, 1, 1, Files()));
        again.Sync().Changed.ShouldBeFalse();
    }

    [Fact]
    public void Should_report_what_reading_each_document_found_wrong_as_reading_the_file_does()
    {
        _vault.Write(Path.Combine("Career", "1-on-1s", "sam-ortiz.md"), "---\nperson: Sam Ortiz\nrole: \"Staff Engineer\nkind: direct\n---\n# 1:1 with Sam Ortiz\n");
        var vault = Vault();
        using var index = Open();
        index.Sync();

        var fromFiles = vault.People.All.OrderBy(p => p.FullPath, StringComparer.Ordinal)
            .SelectMany(p => p.Document.Problems.Select(problem => Location.Format(problem.File ?? vault.Display(p.FullPath), problem.Line, problem.Message)))
            .ToList();
        fromFiles.ShouldHaveSingleItem().ShouldStartWith("Career/1-on-1s/sam-ortiz.md:3: malformed front matter");
        index.Problems().ShouldBe(fromFiles);

        // Mended, the warning goes with the next sync.
        _vault.Write(Path.Combine("Career", "1-on-1s", "sam-ortiz.md"), "---\nperson: Sam Ortiz\nrole: \"Staff Engineer\"\nkind: direct\n---\n# 1:1 with Sam Ortiz\n");
        File.SetLastWriteTimeUtc(_vault.File("Career", "1-on-1s", "sam-ortiz.md"), DateTime.UtcNow.AddMinutes(1));
        index.Sync();
        index.Problems().ShouldBeEmpty();
    }

    [Fact]
    public void Should_sync_past_a_file_nested_too_deeply_to_read_and_report_it_as_unreadable()
    {
        // Given a 10 KB clipping with a list nested 100 deep, in the relationships folder and elsewhere (a probe: every sync
        // stopped at it, so search, list and the web app failed for the whole vault)
        string nested = "# Clipped\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- x\n"));
        _vault.Write(Path.Combine("Career", "1-on-1s", "clip.md"), nested);
        _vault.Write(Path.Combine("Inbox", "clip.md"), nested);
        var vault = Vault();
        using var index = Open();

        index.Sync();

        index.Unreadable().ShouldBe(vault.People.Unreadable.Select(e => e.ToDisplayString()).ToList());
        index.Unreadable().ShouldHaveSingleItem().ShouldContain("nested too deeply");
        index.Relationships().Count.ShouldBe(vault.People.All.Count);
        index.Search(new SearchQuery("promotion")).ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_list_and_number_actions_exactly_as_reading_the_files_does()
    {
        _vault.Write(Path.Combine("Career", "1-on-1s", "broken.md"), "");
        var vault = Vault();
        using var index = Open();
        index.Sync();

        index.Relationships().ShouldBe(vault.People.All.Select(p => RelationshipSummary.Of(p, vault.Display(p.FullPath))).ToList());
        OpenActions.Select(index.OpenActions()).ShouldBe(OpenActions.Select(OpenActions.Rows(vault.People.All, vault.Display)));
        OpenActions.Select(index.OpenActions("noah-patel"), ActionOwner.Them).ShouldBe(
            OpenActions.Select(OpenActions.Rows([vault.People.Resolve("noah")], vault.Display), ActionOwner.Them));
        index.Unreadable().ShouldBe(vault.People.Unreadable.Select(e => e.ToDisplayString()).ToList());
    }

    [Theory]
    [InlineData("promotion", 4)]
    [InlineData("\"training budget\"", 5)]
    [InlineData("promot*", 4)]
    [InlineData("renewal OR churn", 20)] // with the backlog's "Update the renewal playbook" task
    [InlineData("renewal NOT process", 15)]
    public void Should_pass_fts5_syntax_through(string query, int expected)
    {
        using var index = Synced();

        index.Search(new SearchQuery(query)).Count.ShouldBe(expected);
    }

    [Fact]
    public void Should_filter_by_person_dates_and_scope_and_mark_the_matches()
    {
        using var index = Synced();

        var hits = index.Search(new SearchQuery("renewal", "sarah-chen", new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 31), SearchScope.History));

        var hit = hits.ShouldHaveSingleItem();
        int line = Array.IndexOf(File.ReadAllLines(_vault.File("Career", "1-on-1s", "sarah-chen.md")), "- 2025-11-20: Renewal process ideas") + 1;
        (hit.Person, hit.Path, hit.Line, hit.Kind).ShouldBe(("Sarah Chen", "Career/1-on-1s/sarah-chen.md", line, "history"));
        hit.Snippet.ShouldBe($"{SearchHit.MatchStart}Renewal{SearchHit.MatchEnd} process ideas");
    }

    [Fact]
    public void Should_find_raw_notes_and_archives_with_their_person()
    {
        _vault.Write(Path.Combine("Career", "1-on-1s", "notes", "sarah-chen", "2026-01-15.md"), "- Talked about the zeppelin pilot\n");
        using var index = Synced();

        var note = index.Search(new SearchQuery("zeppelin", Scope: SearchScope.Notes)).ShouldHaveSingleItem();
        var archived = index.Search(new SearchQuery("Globex")).First();

        (note.Person, note.Date, note.Line).ShouldBe(("Sarah Chen", new DateOnly(2026, 1, 15), 1));
        (archived.Person, archived.Path).ShouldBe(("Sarah Chen", "Career/1-on-1s/archive/sarah-chen-2025-Q3.md"));
    }

    [Fact]
    public void Should_name_a_hit_in_a_meeting_note_by_its_folder_s_person_as_list_and_actions_do()
    {
        // The folder goes by its first note's person: (MeetingFolder.PersonOf); a later note without one reads "Jordan" from its title.
        string folder = Path.Combine("Career", "1-on-1s", "jordan-lee");
        _vault.Write(Path.Combine(folder, "2026-01-05.md"), "---\nperson: Jordan Lee\n---\n\n## Action Items\n- [ ] Book the offsite\n");
        _vault.Write(Path.Combine(folder, "2026-01-19.md"), "# 1:1 with Jordan\n\n## Action Items\n- [ ] Draft the zeppelin launch plan\n");
        using var index = Synced();

        var hit = index.Search(new SearchQuery("zeppelin")).ShouldHaveSingleItem();
        var action = index.OpenActions("jordan-lee").Single(a => a.Text.Contains("zeppelin", StringComparison.Ordinal));
        var relationship = index.Relationships().Single(r => r.Slug == "jordan-lee");

        (hit.Person, hit.Slug, hit.Path).ShouldBe(("Jordan Lee", "jordan-lee", "Career/1-on-1s/jordan-lee/2026-01-19.md"));
        action.Person.ShouldBe(hit.Person);
        relationship.Person.ShouldBe(hit.Person);
        MeetingFolder.Read(Vault().Files, Vault().Store, _vault.File(folder), Vault().Display).Person.ShouldBe(hit.Person);
    }

    [Fact]
    public void Should_index_the_wins_log_as_WinsLog_reads_it()
    {
        var vault = Vault();
        WinsLog.Add(vault, "Closed the zeppelin renewal", new DateOnly(2026, 1, 12), "Sarah Chen");
        WinsLog.Add(vault, "Shipped the zeppelin importer", new DateOnly(2026, 1, 15), null);
        using var index = Synced();

        var hits = index.Search(new SearchQuery("zeppelin")).OrderBy(h => h.Line).ToList();

        var wins = WinsLog.Read(vault).Where(w => w.Text.Contains("zeppelin", StringComparison.Ordinal));
        hits.Select(h => (h.Kind, h.Line, h.Date)).ShouldBe(wins.Select(w => ("win", w.Line + 1, (DateOnly?)w.Date)));
        hits.Select(h => h.Path).Distinct().ShouldBe([vault.Display(WinsLog.PathIn(vault))]);
        hits[1].Snippet.ShouldContain("(for Sarah Chen)");
    }

    [Fact]
    public void Should_index_the_backlog_as_BacklogFile_reads_it()
    {
        var vault = Vault();
        using var index = Synced();

        var hits = index.Search(new SearchQuery("Draft")).Where(h => h.Kind == "backlog").OrderBy(h => h.Line).ToList();

        var tasks = BacklogFile.Read(vault).Where(t => t.Text.Contains("Draft", StringComparison.Ordinal)).ToList();
        tasks.ShouldNotBeEmpty();
        hits.Select(h => (h.Line, h.Date, h.Path)).ShouldBe(tasks.Select(t => (t.Line + 1, t.DoneOn ?? t.Due, BacklogFile.FileName)));
        hits.Select(h => h.Topic).ShouldBe(tasks.Select(t => t.From is null ? null : $"1:1 {t.From}"));
    }

    [Fact]
    public void Should_rebuild_an_index_of_another_schema_version_with_a_warning()
    {
        using (var old = Open()) old.Sync();
        using (var connection = new SqliteConnection($"Data Source={VaultIndex.PathIn(Vault())};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        using var index = Open();

        _warnings.ShouldHaveSingleItem().ShouldContain("rebuilt");
        index.Sync().Added.ShouldBe(Files());
    }

    [Theory]
    [InlineData("dates: day-first\n", "2026-04-03", "Lena Fischer")]
    [InlineData("relationships: People\n", "2026-03-04", "Marta Silva")]
    public void Should_rebuild_an_index_read_under_other_settings_than_the_config_s(string config, string lastMet, string person)
    {
        // The same files, read again: a numeric date by the vault's date order, running documents from the vault's relationships folder.
        foreach (var folder in new[] { Path.Combine("Career", "1-on-1s"), "People" })
            _vault.Write(Path.Combine(folder, "lena-fischer.md"), "---\nperson: Lena Fischer\n---\n\n## Meeting History\n\n### 03/04/2026\n- Intro\n");
        _vault.Write(Path.Combine("People", "marta-silva.md"), "---\nperson: Marta Silva\n---\n\n## Meeting History\n\n### 2026-03-04\n- Intro\n");
        using (var before = Synced()) before.Relationships().Single(r => r.Slug == "lena-fischer").LastMet.ShouldBe(new DateOnly(2026, 3, 4));

        _vault.Write(Path.Combine(".rapport", "config.yml"), config);
        using var index = Synced();

        _warnings.ShouldHaveSingleItem().ShouldContain("other settings");
        index.Relationships().Where(r => r.Person == person).ShouldHaveSingleItem().LastMet.ShouldBe(DateOnly.Parse(lastMet, System.Globalization.CultureInfo.InvariantCulture));
        using (Synced()) _warnings.Count.ShouldBe(1, "the settings are the index's own now");
    }

    [Fact]
    public void Should_rebuild_an_index_read_before_the_owner_was_set_and_read_the_owners_marks_as_mine()
    {
        // Given a task marked with the owner's name, indexed while the vault named no owner: theirs
        _vault.Write(Path.Combine(".rapport", "config.yml"), "relationships: Career/1-on-1s\n");
        _vault.Write(Path.Combine("Career", "1-on-1s", "lena-fischer.md"), "---\nperson: Lena Fischer\n---\n\n## 2026-03-04\n- [ ] @jordan book the offsite\n");
        using (var before = Synced()) before.OpenActions("lena-fischer").Single().Owner.ShouldBe(ActionOwner.Them);

        // When the owner is set, the index is read again and the task is mine
        _vault.Write(Path.Combine(".rapport", "config.yml"), "owner: Jordan Lee\n");
        using var index = Synced();

        _warnings.ShouldHaveSingleItem().ShouldContain("other settings");
        index.OpenActions("lena-fischer").Single().Owner.ShouldBe(ActionOwner.Me);
    }

    [Theory]
    [InlineData("this is not a database, just text that happens to be long enough to fill a header........................")]
    [InlineData("")]
    public void Should_rebuild_a_corrupt_or_foreign_index(string content)
    {
        Directory.CreateDirectory(_vault.File(".rapport"));
        File.WriteAllText(VaultIndex.PathIn(Vault()), content);

        using var index = Open();

        index.Sync().Added.ShouldBe(Files());
        index.InMemory.ShouldBeFalse();
    }

    [Fact]
    public void Should_index_in_memory_when_the_index_file_cannot_be_written()
    {
        // A directory where the database file should be: SQLite cannot open it, whoever runs the test.
        Directory.CreateDirectory(VaultIndex.PathIn(Vault()));

        using var index = Open();

        index.InMemory.ShouldBeTrue();
        _warnings.ShouldHaveSingleItem().ShouldContain("indexing in memory for this run");
        index.Sync().Added.ShouldBe(Files());
        index.Search(new SearchQuery("promotion")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_let_two_writers_sync_at_once_without_an_error()
    {
        using (var first = Open()) first.Sync();
        File.AppendAllText(_vault.File("Career", "1-on-1s", "noah-patel.md"), "- 2026-01-20: more\n");

        var syncs = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            using var index = Open();
            return index.Sync();
        })).ToArray();
        var results = await Task.WhenAll(syncs);

        results.Sum(s => s.Modified).ShouldBe(1);
    }

    [Fact]
    public void Should_read_a_file_again_on_a_day_it_reads_otherwise_though_it_did_not_change()
    {
        // Given Sarah's document with a 1:1 written ahead for 2026-01-20, indexed on 2026-01-14
        var (vault, sarah) = WithAOneOnOneWrittenAhead();
        using (var index = VaultIndex.Open(vault, _warnings.Add))
            index.SyncRelationships();

        // When the same index is read on 2026-01-25, the file untouched
        vault.Store.Today = new DateOnly(2026, 1, 25);
        using var later = VaultIndex.Open(vault, _warnings.Add);
        later.ReadOnAnotherDay(relationshipsOnly: true).ShouldBeTrue();
        var synced = later.SyncRelationships();

        // Then that file alone is read again, and the index says what reading it today says: met on the 20th
        synced.ShouldBe(new SyncResult(0, 1, 0, synced.Files));
        later.ReadOnAnotherDay(relationshipsOnly: true).ShouldBeFalse();
        var digest = later.Digests().Single(d => d.Slug == "sarah-chen");
        digest.LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        digest.Describe().ShouldBe(RelationshipDigest.Of(vault.Store.Load(sarah), vault.Display(sarah)).Describe());
        later.SyncRelationships().Changed.ShouldBeFalse();
    }

    [Fact]
    public void Should_not_read_a_file_again_on_a_day_it_reads_the_same()
    {
        var (vault, _) = WithAOneOnOneWrittenAhead();
        using var index = VaultIndex.Open(vault, _warnings.Add);
        index.Sync();

        // Up to the day before the 1:1 written ahead, nothing reads otherwise
        foreach (var day in new[] { new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 19) })
        {
            vault.Store.Today = day;
            index.ReadOnAnotherDay(relationshipsOnly: false).ShouldBeFalse();
            index.Sync().Changed.ShouldBeFalse();
        }

        // On its day, that file is read again (it is met); before the last 1:1 held, the files read again say so too
        vault.Store.Today = new DateOnly(2026, 1, 20);
        index.Sync().Modified.ShouldBe(1);
        index.Digests().Single(d => d.Slug == "sarah-chen").LastMet.ShouldBe(new DateOnly(2026, 1, 20));
        vault.Store.Today = new DateOnly(2026, 1, 7);
        index.Sync().Modified.ShouldBeGreaterThanOrEqualTo(1);
        index.Digests().Single(d => d.Slug == "sarah-chen").LastMet.ShouldBe(new DateOnly(2025, 12, 18));
    }

    /// <summary>Sarah's document with a 1:1 written ahead for 2026-01-20, and the vault read on 2026-01-14.</summary>
    private (Vault Vault, string Sarah) WithAOneOnOneWrittenAhead()
    {
        string sarah = _vault.File("Career", "1-on-1s", "sarah-chen.md");
        File.WriteAllText(sarah, File.ReadAllText(sarah).Replace("## Meeting History\n", "## Meeting History\n- 2026-01-20: Goals check-in\n"));
        var vault = Vault();
        vault.Store.Today = new DateOnly(2026, 1, 14);
        return (vault, sarah);
    }

    private Vault Vault() => Core.Vaults.Vault.Open(_vault.Path, PhysicalFileSystem.Instance);

    private VaultIndex Open() => VaultIndex.Open(Vault(), _warnings.Add);

    private VaultIndex Synced()
    {
        var index = Open();
        index.Sync();
        return index;
    }

    private int Files() => Directory.EnumerateFiles(_vault.Path, "*.md", SearchOption.AllDirectories).Count(f => !f.Contains(".rapport", StringComparison.Ordinal));
}
