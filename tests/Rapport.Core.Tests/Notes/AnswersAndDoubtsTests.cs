using System.Text.RegularExpressions;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Testing;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// Answers that point back (a request, then its acceptance), what the engine says when unsure, and
/// the rule that every rule row names the contract line it implements. The notes are written here, in
/// shapes of their own (not the dev set's); each test names the contract line it checks.
/// </summary>
public sealed class AnswersAndDoubtsTests
{
    // A weekly 1:1 with Priya Raman on Wednesday 2026-02-11.
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 2, 11), "Priya Raman", Frequency.Weekly);

    private static List<(string Owner, string Text, string? Due)> Actions(string notes) =>
        [.. NotesEngine.Extract(notes, Meeting).Actions.Select(a => (a.Owner == ActionOwner.Me ? "me" : "them", a.Text, a.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))];

    [Fact]
    public void Should_give_an_accepted_request_the_requests_words_not_the_pronoun()
    {
        // Contract, "Inside a conversation": the action's text is the request; its due is the request's when the reply gives none.
        Actions("Me: can you fill in the security questionnaire by Tue?\nPriya: yes, I'll fill it in\nMe: thanks\n")
            .ShouldBe([("them", "fill in the security questionnaire", "2026-02-17")]);
    }

    [Fact]
    public void Should_give_the_accepted_request_to_the_one_who_accepts()
    {
        // Contract, "Inside a conversation": "I'll take it" accepts; the one who accepts owns it (here me, in a Slack paste).
        Actions("Priya Raman  9:02 AM\ncould you cover her escalations next week?\nMe  9:03 AM\nsure, I'll take it\n")
            .ShouldBe([("me", "cover her escalations", "2026-02-18")]);
    }

    [Fact]
    public void Should_read_an_acceptance_that_is_only_a_pronoun_commitment()
    {
        // Contract, "Inside a conversation": "I'll do it / take it / handle it", alone; a due in the reply overrides the request's.
        Actions("Me: can you draft the hiring rubric?\nPriya: I'll do it tmrw\n").ShouldBe([("them", "draft the hiring rubric", "2026-02-12")]);
    }

    [Fact]
    public void Should_take_the_due_of_a_sentence_that_points_back_after_the_acceptance()
    {
        // Contract, "More on dates": a due phrase in the reply overrides the one in the request ("I'll have it done by the 17th").
        Actions("Priya: can you review my promo doc before the 20th?\nMe: Sure. I'll get it back to you by the 18th.\n")
            .ShouldBe([("me", "review my promo doc", "2026-02-18")]);
    }

    [Fact]
    public void Should_wait_one_turn_when_the_addressee_asks_back()
    {
        // Contract, "Inside a conversation": the acceptance comes "in the next turn(s)"; a question back keeps the request open.
        Actions("Me: Could you send me the vendor comparison?\nPriya: When do you need it?\nMe: by Friday ideally\nPriya: ok, I'll have it done by Thursday\n")
            .ShouldBe([("them", "send me the vendor comparison", "2026-02-12")]);
    }

    [Fact]
    public void Should_make_nothing_of_a_declined_request()
    {
        // Contract, "Inside a conversation": a declined one ("can't this week") is not an action.
        Actions("Me: could you book the offsite room for March?\nPriya: can't this week, sorry\n").ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_what_one_side_needs_from_you_as_a_request()
    {
        // Contract, "Inside a conversation": "you" is the other speaker; the need is theirs to meet once they accept it.
        Actions("Me: great update. Also need the headcount plan from you by Friday\nPriya: will do\nMe: thanks\n")
            .ShouldBe([("them", "the headcount plan", "2026-02-13")]);
    }

    [Theory]
    [InlineData("- asked Priya to own the Q3 roadmap review — she said yes", "own the Q3 roadmap review", null)]
    [InlineData("- asked her if she could present at the guild next month; said yes", "present at the guild next month", null)]
    [InlineData("- can she cover the on-call rota next week? she agreed", "cover the on-call rota", "2026-02-18")]
    [InlineData("- I asked Priya whether she could mentor the new hire and she agreed", "mentor the new hire", null)]
    [InlineData("- asked her to review the SLA doc by Friday -> said she'd do it", "review the SLA doc", "2026-02-13")]
    public void Should_read_a_request_and_its_acceptance_reported_on_one_line(string notes, string text, string? due)
    {
        // Contract, "Inside a conversation": a request accepted is the addressee's action, in running notes as in a chat.
        Actions(notes + "\n").ShouldBe([("them", text, due)]);
    }

    [Fact]
    public void Should_read_a_bare_verb_with_a_win_emoji_as_a_win()
    {
        // Contract, "Wins", signal 1: a win emoji anywhere in the line; "cut CI time by 35%" is a metric improved, not a task.
        var extraction = NotesEngine.Extract("- cut CI time by 35% 💪\n- hit the onboarding target 🚀\n", Meeting);
        extraction.Actions.ShouldBeEmpty();
        extraction.Wins.Select(w => w.Text).ShouldBe(["cut CI time by 35% 💪", "hit the onboarding target 🚀"]);
    }

    [Theory]
    [InlineData("- cut p95 latency from 900ms to 300ms", true)]
    [InlineData("- hit 99.9% uptime in March", true)]
    [InlineData("- cut the deck to 10 slides by Friday", false)]
    [InlineData("- cut CI time by 20% by end of Q2", false)]
    public void Should_read_a_measured_result_with_no_due_as_a_win(string notes, bool win)
    {
        // Contract, "Wins", signal 4: a metric improved ("cut 429s by 70%") is a win; with a due it is still a task.
        var extraction = NotesEngine.Extract(notes + "\n", Meeting);
        extraction.Wins.Count.ShouldBe(win ? 1 : 0);
        extraction.Actions.Count.ShouldBe(win ? 0 : 1);
    }

    [Theory]
    [InlineData("- She wants me to lead the customer advisory board", "a wish nobody accepted")]
    [InlineData("- I'll probably rewrite the onboarding guide", "a hedged plan")]
    [InlineData("- send the numbers by 3/6", "'3/6' read as month/day")]
    [InlineData("- send the numbers by thrusday", "'thrusday' read as Thursday")]
    [InlineData("- she's halfway through the migration runbook, will finish by Fri", "taken from the line before")]
    public void Should_say_why_it_guessed(string notes, string reason)
    {
        // Contract, "Saying when unsure": an item may carry confidence and a short reason; the optional kinds are the ones to mark.
        var action = NotesEngine.Extract(notes + "\n", Meeting).Actions.ShouldHaveSingleItem();
        action.Unsure.ShouldNotBeNull().ShouldContain(reason);
        action.Confidence.ShouldBeLessThan(1);
    }

    [Theory]
    [InlineData("- I'll send the deck by Fri")]
    [InlineData("- Priya will review the draft tomorrow")]
    [InlineData("- send the numbers by 16/3")]
    public void Should_not_doubt_what_the_notes_say_plainly(string notes)
    {
        var action = NotesEngine.Extract(notes + "\n", Meeting).Actions.ShouldHaveSingleItem();
        action.Unsure.ShouldBeNull();
        action.Confidence.ShouldBe(1);
    }

    [Fact]
    public void Should_cite_the_contract_on_every_kind_doubt_and_acceptance_row()
    {
        // Issue 16, "Done when": any rule added names the contract line it implements.
        foreach (var (file, row) in new[]
        {
            ("Extraction.cs", new Regex(@"^\s*public static readonly ItemKind \w+ = new\(")),
            ("Rules.cs", new Regex(@"^\s*public const string \w+ = ")),
        })
        {
            var lines = File.ReadAllLines(Path.Combine(NotesSource, file));
            var rows = Enumerable.Range(0, lines.Length).Where(i => row.IsMatch(lines[i])).ToList();
            rows.ShouldNotBeEmpty();
            foreach (int i in rows)
                lines[i - 1].Trim().ShouldStartWith("// contract: ", customMessage: $"{file}:{i + 1} has no contract citation above it");
        }
        foreach (var (form, words, contract) in NoteWords.Acceptances)
        {
            words.ShouldNotBeEmpty();
            contract.ShouldStartWith("Inside a conversation", customMessage: $"acceptance row '{form}' cites no contract line");
        }
    }

    [Fact]
    public void Should_cite_the_contract_above_every_pattern()
    {
        // Issue 16, "Done when": any rule added names the contract line it implements; a pattern that
        // only parses (a word splitter, a cue timing) says it is machinery.
        var citation = new Regex(@"^// contract: (?:""(?<section>[^""]+)"": |none \(machinery\): )\S");
        var cited = new List<(string Where, string Section)>();
        foreach (string file in Directory.GetFiles(NotesSource, "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].TrimStart().StartsWith("[GeneratedRegex(", StringComparison.Ordinal)) continue;
                string where = $"{Path.GetRelativePath(NotesSource, file)}:{i + 1}";
                string above = i > 0 ? lines[i - 1].Trim() : "";
                above.ShouldStartWith("// contract: ", customMessage: $"{where} has no contract citation directly above its pattern");
                var m = citation.Match(above);
                m.Success.ShouldBeTrue($"{where}: a citation is // contract: \"Section\": line, or // contract: none (machinery): what it does");
                if (m.Groups["section"].Success) cited.Add((where, m.Groups["section"].Value));
            }
        }
        cited.ShouldNotBeEmpty();
        var headings = ContractText().Split('\n').Select(l => Regex.Match(l, @"^#{2,3}\s+(?<h>.+?)\s*$")).Where(m => m.Success).Select(m => m.Groups["h"].Value).ToHashSet();
        foreach (var (where, section) in cited)
            headings.ShouldContain(section, $"{where} cites \"{section}\", which is not a section heading of the contract");
    }

    [Fact]
    public void Should_cite_only_sections_the_contract_has()
    {
        string text = ContractText();
        var cited = Directory.GetFiles(NotesSource, "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Select(l => Regex.Match(l, @"//\s*contract:\s*""(?<section>[^""]+)""")).Where(m => m.Success).Select(m => m.Groups["section"].Value).Distinct().ToList();
        cited.ShouldNotBeEmpty();
        foreach (var section in cited)
            text.ShouldContain(section, customMessage: $"the contract has no section or words \"{section}\"");
    }

    private static readonly string NotesSource = Path.Combine(RepoPaths.Root, "src", "Rapport.Core", "Notes");

    /// <summary>The contract's text; the test is skipped when ../shared is not beside the repository.</summary>
    private static string ContractText()
    {
        string contract = Path.Combine(RepoPaths.Root, "..", "shared", "eval", "README.md");
        if (!File.Exists(contract)) Assert.Skip("../shared/eval/README.md is not beside the repository");
        return File.ReadAllText(contract);
    }
}
