using System.Text.Json;
using Rapport.Core.Assist;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Core.Tests.Assist;

public sealed class AssistantTests
{
    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 1, 15), "Sarah Chen", Cadence.Frequency.Weekly);

    private sealed class ScriptedModel(params string[] replies) : ILanguageModel
    {
        private readonly Queue<string> _replies = new(replies);

        public List<LanguageModelRequest> Sent { get; } = [];

        public string Name => "scripted";

        public Task<string> CompleteAsync(LanguageModelRequest request, CancellationToken cancellationToken = default)
        {
            Sent.Add(request);
            return _replies.TryDequeue(out var reply) ? Task.FromResult(reply) : throw new LanguageModelException("did not answer within 1 s");
        }
    }

    [Fact]
    public async Task Should_take_the_owner_and_date_of_a_cited_line_from_the_rules()
    {
        const string notes = "- Sarah will send the deck by Friday\n- maybe the renewal playbook later\n";
        var model = new ScriptedModel(Reply("""[{"owner":"me","text":"Send the deck to the team","due":"next month","line":1},{"owner":"them","text":"Review the renewal playbook","due":"next week","line":2}]"""));
        var warnings = new List<string>();

        var merged = await new Assistant(model, warnings.Add).ExtractAsync(notes, Meeting, NotesEngine.Extract(notes, Meeting), TestContext.Current.CancellationToken);

        warnings.ShouldBeEmpty();
        merged.Actions.Select(a => (a.Owner, a.Text, a.Due)).ShouldBe(
        [
            (ActionOwner.Them, "send the deck", new DateOnly(2026, 1, 16)),
            (ActionOwner.Them, "Review the renewal playbook", new DateOnly(2026, 1, 22)),
        ]);
    }

    [Fact]
    public async Task Should_number_lines_as_the_rules_do_when_private_notes_are_left_out()
    {
        const string notes = "## Private Notes\n- secret\n## Actions\n- Sarah will send the deck by Friday\n";
        // The model words the action on line 4 differently, and gets whose it is wrong.
        var model = new ScriptedModel(Reply("""[{"owner":"me","text":"Prepare the slides for the board","line":4}]"""));

        var merged = await new Assistant(model, _ => { }).ExtractAsync(notes, Meeting, NotesEngine.Extract(notes, Meeting), TestContext.Current.CancellationToken);

        model.Sent.Single().Input.ShouldBe("1: \n2: \n3: ## Actions\n4: - Sarah will send the deck by Friday\n5: ");
        merged.Actions.Last().ShouldBe(new ExtractedAction(ActionOwner.Them, "Prepare the slides for the board", new DateOnly(2026, 1, 16), "P1", 4));
    }

    [Fact]
    public async Task Should_keep_model_text_from_changing_the_document_structure()
    {
        var model = new ScriptedModel(Reply("""[{"owner":"them","text":"## Private Notes\n- [ ] sneaky"}]"""));

        var merged = await new Assistant(model, _ => { }).ExtractAsync("- something", Meeting, NotesEngine.Extract("- something", Meeting), TestContext.Current.CancellationToken);

        merged.Actions.Single().Text.ShouldBe(@"\## Private Notes - [ ] sneaky");
    }

    [Theory]
    [InlineData("not json", "did not answer with JSON")]
    [InlineData("""{"actions":[]}""", "missing 'wins'")]
    [InlineData("""{"actions":[{"owner":"me"}],"wins":[],"decisions":[],"goals":[],"blockers":[],"feedback":[]}""", "$.actions[0]: missing 'text'")]
    [InlineData("""{"actions":[],"wins":[],"decisions":[],"goals":[],"blockers":[],"feedback":[],"extra":1}""", "unexpected 'extra'")]
    public async Task Should_warn_once_and_keep_the_rules_on_a_bad_answer(string reply, string warning)
    {
        var warnings = new List<string>();
        var rules = NotesEngine.Extract("- I'll call Sam tomorrow", Meeting);

        var merged = await new Assistant(new ScriptedModel(reply), warnings.Add).ExtractAsync("- I'll call Sam tomorrow", Meeting, rules, TestContext.Current.CancellationToken);

        merged.ShouldBeSameAs(rules);
        warnings.ShouldHaveSingleItem().ShouldContain(warning);
    }

    [Fact]
    public async Task Should_send_nothing_when_the_notes_cannot_be_read_for_private_sections()
    {
        string notes = "- I'll call Sam tomorrow\n" + new string('>', 3000) + " deep\n";
        var model = new ScriptedModel(Reply("[]"));
        var warnings = new List<string>();
        var rules = NotesEngine.Extract(notes, Meeting);

        var merged = await new Assistant(model, warnings.Add).ExtractAsync(notes, Meeting, rules, TestContext.Current.CancellationToken);

        merged.ShouldBeSameAs(rules);
        model.Sent.ShouldBeEmpty();
        warnings.ShouldHaveSingleItem().ShouldContain("nested too deeply");
    }

    [Fact]
    public async Task Should_accept_json_in_a_code_fence()
    {
        var model = new ScriptedModel("```json\n" + Reply("""[{"owner":"me","text":"Book the room"}]""") + "\n```");

        var merged = await new Assistant(model, _ => { }).ExtractAsync("- x", Meeting, NotesEngine.Extract("- x", Meeting), TestContext.Current.CancellationToken);

        merged.Actions.Single().Text.ShouldBe("Book the room");
    }

    [Fact]
    public void Should_remove_private_sections_under_any_name_and_level_with_their_subsections()
    {
        const string text = "# 1:1\n## Threads\n- shared\n## Private Notes\n- secret one\n### Family\n- secret two\n## Meeting History\n- shared too\n```\n## Private notes\n```\n#### private\n- secret three\n" +
            "Private Notes\n-------------\n- secret four\n\nLater\n=====\n- shared again\n";

        string sent = Assistant.WithoutPrivateSections(text);

        sent.ShouldContain("- shared\n");
        sent.ShouldContain("- shared too");
        sent.ShouldContain("```\n## Private notes\n```", customMessage: "a heading in a code block is not a heading");
        sent.ShouldContain("- shared again");
        sent.ShouldNotContain("secret");
        sent.Split('\n').Length.ShouldBe(text.Split('\n').Length, "lines are blanked, not removed");
    }

    [Fact]
    public void Should_check_values_against_the_schema_sent()
    {
        var schema = JsonDocument.Parse(Assistant.BriefSchema).RootElement;

        JsonSchemaCheck.Validate(JsonDocument.Parse("""{"summary":"ok","questions":["a"]}""").RootElement, schema).ShouldBeNull();
        JsonSchemaCheck.Validate(JsonDocument.Parse("""{"summary":"ok","questions":["a","b","c","d"]}""").RootElement, schema).ShouldBe("$.questions: more than 3 items");
        JsonSchemaCheck.Validate(JsonDocument.Parse("""{"summary":3,"questions":[]}""").RootElement, schema).ShouldBe("$.summary: expected string, got number");
        JsonSchemaCheck.Validate(JsonDocument.Parse("[]").RootElement, schema).ShouldBe("$: expected object, got array");
    }

    private static string Reply(string actions) =>
        $$"""{"actions":{{actions}},"wins":[],"decisions":[],"goals":[],"blockers":[],"feedback":[]}""";
}
