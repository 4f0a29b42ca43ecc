using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Testing;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// The spec is the doc (as Markdig's specs are): every row of the "by example" tables in
/// docs/notes.md is a test case, so a phrase or an owner shape is added to the engine's tests by
/// adding a row to the documentation.
/// </summary>
public sealed class DocsSpecTests
{
    private static readonly DateOnly Wednesday = new(2026, 2, 11);

    public static TheoryData<string, string> DuePhrases() => Rows("Due phrases by example", cells => (cells[0], cells[1]));

    public static TheoryData<string, string, string, string> Owners() => Rows("Owners by example", cells => (cells[0], cells[1], cells[2], cells[3]));

    [Theory]
    [MemberData(nameof(DuePhrases))]
    public void Should_resolve_each_due_phrase_of_the_docs_table(string written, string due)
    {
        // Given a weekly 1:1 on Wednesday 2026-02-11; When the phrase is read; Then its date is the row's.
        var found = Core.Notes.DuePhrases.Find(written, new MeetingContext(Wednesday, "Ben Adler", Frequency.Weekly));
        if (due == "none") found?.Date.ShouldBeNull();
        else found.ShouldNotBeNull().Date.ShouldBe(DateOnly.Parse(due, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Owners))]
    public void Should_give_each_owner_shape_of_the_docs_table_its_owner(string written, string owner, string text, string due)
    {
        var actions = NotesEngine.Extract(written + "\n", new MeetingContext(Wednesday, "Sam Rivera", Frequency.Weekly)).Actions;
        if (owner == "none")
        {
            actions.ShouldBeEmpty();
            return;
        }
        var expected = owner == "me" ? ActionOwner.Me : ActionOwner.Them;
        var action = actions.ShouldHaveSingleItem();
        action.Owner.ShouldBe(expected);
        action.Text.ShouldContain(text, Case.Insensitive);
        if (due == "none") action.Due.ShouldBeNull();
        else if (due != "–") action.Due.ShouldBe(DateOnly.Parse(due, CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> Doubts() => Rows("Unsure by example", cells => (cells[0], cells[1]));

    public static TheoryData<string, string, string, string> Answers() => Rows("Acceptances by example", cells => (cells[0], cells[1], cells[2], cells[3]));

    [Theory]
    [MemberData(nameof(Doubts))]
    public void Should_say_why_it_guessed_as_the_docs_table_says(string written, string reason)
    {
        // Contract, "Saying when unsure".
        var action = NotesEngine.Extract(written + "\n", new MeetingContext(Wednesday, "Sam Rivera", Frequency.Weekly)).Actions.ShouldHaveSingleItem();
        if (reason == "none") action.Unsure.ShouldBeNull();
        else action.Unsure.ShouldNotBeNull().ShouldContain(reason);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Should_read_each_answer_of_the_docs_table(string conversation, string owner, string text, string due) =>
        Should_give_each_owner_shape_of_the_docs_table_its_owner(conversation.Replace(" ⏎ ", "\n", StringComparison.Ordinal), owner, text, due);

    [Fact]
    public void Should_list_the_kinds_as_the_table_of_kinds_does()
    {
        // A kind is one row of ItemKind; the docs' table is that table, in order.
        Table("Kinds").Select(c => (c[0], c[1] == "–" ? null : c[1], c[2], c[3])).ShouldBe(
            ItemKind.All.Select(k => (k.Name, k.Json, k.Title, k.Document)));
    }

    [Fact]
    public void Should_list_the_acceptance_words_as_the_table_of_acceptances_does()
    {
        Table("Acceptances").Select(c => (c[0], c[1], c[2])).ShouldBe(
            NoteWords.Acceptances.Select(a => (a.Form, string.Join(", ", a.Words), a.Contract)));
    }

    public static TheoryData<string, string> PointedTo() => Rows("What \"it\" points to", cells => (cells[0], cells[1]));

    [Theory]
    [MemberData(nameof(PointedTo))]
    public void Should_read_what_a_pronoun_points_to_as_the_docs_table_says(string context, string thing)
    {
        // Contract, "The action's text": where the commitment points back, take the words it points to.
        Rules.ContextObject(context).ShouldBe(thing);
    }

    public static TheoryData<string, string> ThreadTitles() => Rows("Thread titles", cells => (cells[0], cells[1]));

    [Theory]
    [MemberData(nameof(ThreadTitles))]
    public void Should_name_a_new_thread_only_after_a_heading_as_the_docs_table_says(string entry, string thread)
    {
        // A sentence is prose, not a heading: it joins the general thread.
        Core.Notes.Planning.ThreadsStep.NewThreadTitle(entry).ShouldBe(thread);
    }

    [Fact]
    public void Should_list_the_move_verbs_as_the_table_of_new_slots_does()
    {
        // A verb of moving makes "to Thursday" a new slot, not a due date; the docs' list is NoteWords.Moves.
        Table("New slots").Single()[0].Split(", ").ShouldBe(NoteWords.Moves);
    }

    [Fact]
    public void Should_list_the_item_symbols_as_the_table_of_item_symbols_does()
    {
        Table("Item symbols").Select(c => (c[0], c[1], c[2])).ShouldBe(
            NoteWords.ItemSymbols.Select(s => (s.State, $"[{s.Mark}]", string.Join(", ", s.Symbols))));
    }

    public static TheoryData<string, string> ItemSymbols() =>
        [.. Table("Item symbols").SelectMany(c => c[2].Split(", ").Select(symbol => (symbol, c[0])))];

    [Theory]
    [MemberData(nameof(ItemSymbols))]
    public void Should_give_an_item_the_state_its_symbol_says(string symbol, string state)
    {
        // Given an item opened by a symbol instead of a box; When it is read; Then it is done, cancelled or open as the table says.
        var extraction = NotesEngine.Extract($"{symbol} send the deck\n", new MeetingContext(Wednesday, "Sam Rivera", Frequency.Weekly));
        extraction.Actions.Count.ShouldBe(state == "open" ? 1 : 0);
        extraction.Completions.Count.ShouldBe(state == "done" ? 1 : 0);
        extraction.Cancellations.Count.ShouldBe(state == "cancelled" ? 1 : 0);
        if (state != "open") return;
        extraction.Actions[0].Owner.ShouldBe(ActionOwner.Me);
        extraction.Actions[0].Text.ShouldBe("send the deck");
    }

    [Fact]
    public void Should_find_both_tables_with_rows()
    {
        DuePhrases().Count.ShouldBeGreaterThan(50);
        Doubts().Count.ShouldBeGreaterThan(4);
        Answers().Count.ShouldBeGreaterThan(6);
        Owners().Count.ShouldBeGreaterThan(20);
        PointedTo().Count.ShouldBeGreaterThan(10);
        ThreadTitles().Count.ShouldBeGreaterThan(8);
    }

    /// <summary>The rows of the table under the heading <paramref name="title"/>, cells without their backticks.</summary>
    private static TheoryData<T1, T2> Rows<T1, T2>(string title, Func<string[], (T1, T2)> row)
    {
        var data = new TheoryData<T1, T2>();
        foreach (var cells in Table(title))
        {
            var (a, b) = row(cells);
            data.Add(a, b);
        }
        return data;
    }

    private static TheoryData<T1, T2, T3, T4> Rows<T1, T2, T3, T4>(string title, Func<string[], (T1, T2, T3, T4)> row)
    {
        var data = new TheoryData<T1, T2, T3, T4>();
        foreach (var cells in Table(title))
        {
            var (a, b, c, d) = row(cells);
            data.Add(a, b, c, d);
        }
        return data;
    }

    private static IEnumerable<string[]> Table(string title)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "notes.md"));
        int heading = Array.FindIndex(lines, l => l.TrimStart('#', ' ') == title && l.StartsWith('#'));
        if (heading < 0) throw new InvalidOperationException($"docs/notes.md has no heading \"{title}\"");
        int start = Array.FindIndex(lines, heading, l => l.StartsWith('|'));
        for (int i = start + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
            yield return [.. lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`'))];
    }
}
