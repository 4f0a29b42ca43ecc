using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Prep;
using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Tracking;

/// <summary>The wins log, feedback queue, goals, scorecard and mood.</summary>
public sealed class RecordsTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 1, 20);

    private readonly TrackingVault _vault = new();

    public void Dispose() => _vault.Dispose();

    [Fact]
    public void Should_keep_the_wins_log_newest_first_and_add_a_win_once()
    {
        var vault = _vault.Open();

        WinsLog.Add(vault, "Closed Customer X renewal, $500K ARR", new(2026, 1, 12), "Sarah Chen").ShouldBeTrue();
        WinsLog.Add(vault, "Shipped the importer", new(2026, 1, 15), null).ShouldBeTrue();
        WinsLog.Add(vault, "Older win", new(2026, 1, 2), null).ShouldBeTrue();
        WinsLog.Add(vault, "Shipped the importer", new(2026, 1, 15), null).ShouldBeFalse();

        _vault.ReadAt("Career/wins.md").ShouldEndWith("""
            - 2026-01-15: Shipped the importer
            - 2026-01-12: Closed Customer X renewal, $500K ARR (for Sarah Chen)
            - 2026-01-02: Older win

            """);
        WinsLog.Read(vault).Select(w => (w.Text, w.For)).ShouldBe([
            ("Shipped the importer", null), ("Closed Customer X renewal, $500K ARR", "Sarah Chen"), ("Older win", null)]);
    }

    [Fact]
    public void Should_re_apply_a_win_to_the_log_another_writer_changed_meanwhile()
    {
        string path = _vault.WriteAt("Career/wins.md", "# Wins\n\n- 2026-01-10: First\n");
        var vault = _vault.Open();
        int interruptions = 0;
        _vault.Files.BeforeLock = locked =>
        {
            // Between this write's read and its lock, someone else logs a newer win.
            if (locked == path && interruptions++ == 0) _vault.Files.AddFile(path, "# Wins\n\n- 2026-01-20: Theirs\n- 2026-01-10: First\n");
        };

        WinsLog.Add(vault, "Mine", new(2026, 1, 15), null).ShouldBeTrue();

        interruptions.ShouldBe(2);
        _vault.ReadAt("Career/wins.md").ShouldBe("# Wins\n\n- 2026-01-20: Theirs\n- 2026-01-15: Mine\n- 2026-01-10: First\n");
    }

    [Fact]
    public void Should_add_a_win_to_an_empty_log()
    {
        _vault.WriteAt("Career/wins.md", "");

        WinsLog.Add(_vault.Open(), "Mine", new(2026, 1, 15), null).ShouldBeTrue();

        _vault.ReadAt("Career/wins.md").ShouldBe("- 2026-01-15: Mine\n");
    }

    [Fact]
    public void Should_show_logged_wins_since_the_last_meeting_in_prep()
    {
        _vault.Write("sarah-chen.md", "---\nperson: Sarah Chen\nkind: manager\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");
        _vault.Write("bo.md", "---\nperson: Bo Kim\nkind: direct\n---\n\n## Meeting History\n- 2026-01-08: Kickoff\n");
        var vault = _vault.Open();
        WinsLog.Add(vault, "For Sarah", new(2026, 1, 12), "Sarah Chen");
        WinsLog.Add(vault, "For anyone upward", new(2026, 1, 13), null);
        WinsLog.Add(vault, "Before the last meeting", new(2026, 1, 7), "Sarah Chen");

        var sarah = new AgendaBuilder(vault).Build(vault.People.Resolve("sarah"), Day).Wins.Select(w => w.Text);
        var bo = new AgendaBuilder(vault).Build(vault.People.Resolve("bo"), Day).Wins.Select(w => w.Text);

        sarah.ShouldBe(["For anyone upward", "For Sarah"]);
        bo.ShouldBeEmpty();
    }

    [Fact]
    public void Should_queue_feedback_then_record_it_dated_once_delivered()
    {
        string path = _vault.Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Feedback\n- 2026-01-13: High five (calls): calm renewal calls\n");

        Edit("noah", e => FeedbackQueue.Add(e, FeedbackQueue.HighFive, "great QBR deck", "presenting", null, null));
        Edit("noah", e => FeedbackQueue.Add(e, FeedbackQueue.WatchOut, "late replies.", "follow-ups", "answer within a day", null));
        _vault.Files.ReadAllText(path).ShouldEndWith("""
            ## Feedback
            - [ ] High five (presenting): great QBR deck
            - [ ] Watch out (follow-ups): late replies. Path: answer within a day
            - 2026-01-13: High five (calls): calm renewal calls

            """);
        FeedbackQueue.Queued(_vault.Load("noah").Document).Select(q => (q.Kind, q.Skill, q.Text, q.Path)).ShouldBe([
            ("high-five", "presenting", "great QBR deck", (string?)null), ("watch-out", "follow-ups", "late replies", "answer within a day")]);

        Edit("noah", e => FeedbackQueue.Add(e, FeedbackQueue.HighFive, "great QBR deck", "presenting", null, Day));

        _vault.Files.ReadAllText(path).ShouldEndWith("""
            ## Feedback
            - [ ] Watch out (follow-ups): late replies. Path: answer within a day
            - 2026-01-20: High five (presenting): great QBR deck
            - 2026-01-13: High five (calls): calm renewal calls

            """);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Should_refuse_a_watch_out_without_a_path(string? path)
    {
        var ex = Should.Throw<RapportException>(() => FeedbackQueue.Validate(FeedbackQueue.WatchOut, "late replies", path));

        ex.Message.ShouldContain("--path");
    }

    [Fact]
    public void Should_deliver_queued_feedback_the_notes_mention_and_record_the_mood()
    {
        string path = _vault.Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Feedback\n- [ ] High five (presenting): great QBR deck for Acme\n- [ ] Watch out (follow-ups): late replies. Path: answer within a day\n");
        var vault = _vault.Open();
        var processor = new NotesProcessor(vault);

        processor.Apply(processor.Plan(vault.People.Resolve("noah"), "- Told him the Acme QBR deck was great\n- mood 4/5\n", Day));

        var text = _vault.Files.ReadAllText(path);
        text.ShouldContain("## Feedback\n- [ ] Watch out (follow-ups): late replies. Path: answer within a day\n- 2026-01-20: High five (presenting): great QBR deck for Acme\n");
        text.ShouldContain("## Mood\n- 2026-01-20: 4/5\n");
    }

    [Fact]
    public void Should_add_goals_note_progress_and_finish_them()
    {
        string path = _vault.Write("noah.md", "---\nperson: Noah Patel\n---\n\n## Goals\n- [ ] Short: lead a QBR (by 2026-01-31)\n  - 2026-01-13: QBR booked\n\n## Feedback\n");

        Edit("noah", e => Goals.Add(e, "medium", "own the mid-market book", new DateOnly(2026, 3, 31)));
        Edit("noah", e => Goals.AddProgress(e, Goals.Find(e.Document, 1), "QBR held; renewal signed", new(2026, 1, 28)));
        Edit("noah", e => Goals.MarkDone(e, Goals.Find(e.Document, 1), new(2026, 1, 29)));

        _vault.Files.ReadAllText(path).ShouldContain("""
            ## Goals
            - [x] Short: lead a QBR (by 2026-01-31) (completed 2026-01-29)
              - 2026-01-13: QBR booked
              - 2026-01-28: QBR held; renewal signed
            - [ ] Medium: own the mid-market book (by 2026-03-31)

            """);
        var goals = Goals.Of(_vault.Load("noah").Document);
        goals.Select(g => (g.Number, g.Horizon, g.Text, g.Done)).ShouldBe([(1, "short", "lead a QBR", true), (2, "medium", "own the mid-market book", false)]);
        goals[0].Progress.Select(p => p.Text).ShouldBe(["QBR booked", "QBR held; renewal signed"]);
        Should.Throw<RapportException>(() => Edit("noah", e => Goals.MarkDone(e, Goals.Find(e.Document, 1), Day))).Message.ShouldContain("already done");
        Should.Throw<RapportException>(() => Goals.Find(_vault.Load("noah").Document, 3)).Message.ShouldContain("numbered 1 to 2");
        Should.Throw<RapportException>(() => Edit("noah", e => Goals.Add(e, "forever", "x", null))).Message.ShouldContain("short, medium or long");
    }

    [Fact]
    public void Should_keep_a_dated_scorecard_and_mood_and_show_their_trend()
    {
        _vault.Write("noah.md", "---\nperson: Noah Patel\n---\n\n# 1:1 with Noah Patel\n\n## Meeting History\n- 2026-01-13: x\n");

        Edit("noah", e => Scores.AddSkill(e, "system design", 2, "needs help on boundaries", new(2025, 12, 1)));
        Edit("noah", e => Scores.AddSkill(e, "system design", 3, null, new(2026, 1, 13)));
        Edit("noah", e => Scores.AddMood(e, 3, null, new(2026, 1, 6)));
        Edit("noah", e => Scores.AddMood(e, 4, "good week", new(2026, 1, 13)));

        var document = _vault.Load("noah").Document;
        Scores.Skills(document).Select(s => (s.Skill, s.Value, s.Note)).ShouldBe([("system design", 2, "needs help on boundaries"), ("system design", 3, (string?)null)]);
        Scores.Trend(Scores.Moods(document)).ShouldBe("3 → 4");
        _vault.Read("noah.md").ShouldContain("## Scorecard\n- 2026-01-13: system design 3/5\n- 2025-12-01: system design 2/5 (needs help on boundaries)\n\n## Mood\n- 2026-01-13: 4/5 (good week)\n- 2026-01-06: 3/5\n\n## Meeting History");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Should_refuse_scores_outside_one_to_five(int value) =>
        Should.Throw<RapportException>(() => Scores.Check(value)).Message.ShouldBe($"a score is 1 to 5, not {value}");

    private void Edit(string person, Action<DocumentEditor> edit)
    {
        var vault = _vault.Open();
        var loaded = vault.People.Resolve(person);
        var editor = new DocumentEditor(loaded.Document);
        edit(editor);
        vault.Store.Save(loaded, editor.Apply());
    }
}
