using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Prep;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Core.Assist;

/// <summary>What the model adds to a prepared 1:1: a short briefing and questions worth asking.</summary>
public sealed record Briefing(string Summary, IReadOnlyList<string> Questions, string Model);

/// <summary>
/// Asks the optional language model for richer extraction, a prep briefing and a review summary,
/// and keeps the rules in charge: the model only adds items the rules missed, the rules still
/// resolve owners and due dates, and any failure (no answer, a timeout, malformed JSON, a reply
/// that breaks the schema) leaves the rules' result as it is, with one warning line. Private
/// Notes are never part of what is sent.
/// </summary>
public sealed partial class Assistant(ILanguageModel model, Action<string> warn)
{
    public ILanguageModel Model => model;

    /// <summary>The rules' extraction, with what the model found that the rules did not.</summary>
    public async Task<Extraction> ExtractAsync(string notes, MeetingContext meeting, Extraction rules, CancellationToken cancellationToken = default)
    {
        string sent;
        try
        {
            sent = WithoutPrivateSections(notes);
        }
        catch (RapportException ex)
        {
            // What cannot be read cannot be checked for private sections, so none of it is sent.
            warn($"the notes could not be read to leave out private sections ({ex.Message}); used the rules alone");
            return rules;
        }
        var reply = await AskAsync(new LanguageModelRequest(ExtractInstructions(meeting), Numbered(sent), "notes_extraction", ExtractSchema), cancellationToken);
        return reply is null ? rules : Merge(rules, reply.Value, sent.Count(c => c == '\n') + 1, meeting);
    }

    /// <summary>A briefing for the next 1:1 from the document's shared sections, or null when the model gave none.</summary>
    public async Task<Briefing?> BriefAsync(RunningDocument document, Agenda agenda, CancellationToken cancellationToken = default)
    {
        string input = $"1:1 with {agenda.Person} on {IsoDate.Format(agenda.Date)} ({agenda.Framework.Name}).\n\n{WithoutPrivateSections(document.Body)}";
        var reply = await AskAsync(new LanguageModelRequest(BriefInstructions, input, "prep_briefing", BriefSchema), cancellationToken);
        if (reply is not { } json) return null;
        var questions = json.GetProperty("questions").EnumerateArray().Select(q => Clean(q.GetString())).Where(q => q.Length > 0).ToList();
        return new Briefing(Clean(json.GetProperty("summary").GetString()), questions, model.Name);
    }

    /// <summary>A few paragraphs summing up a review packet from its cited lines, or null.</summary>
    public async Task<string?> SummarizeAsync(ReviewPacket packet, DateOnly today, CancellationToken cancellationToken = default)
    {
        string input = WithoutPrivateSections(packet.ToMarkdown(today));
        var reply = await AskAsync(new LanguageModelRequest(ReviewInstructions, input, "review_summary", ReviewSchema), cancellationToken);
        return reply is { } json ? json.GetProperty("summary").GetString()!.Trim() : null;
    }

    /// <summary>
    /// The text with every <c>## Private Notes</c> section (under any of its names, at any heading
    /// level, ATX or setext, with its sub-sections) blanked: what may be sent. The sections are the
    /// document parser's, so headings in code blocks are not headings. The lines stay, empty, so a
    /// line number the model cites is the line number the rules gave.
    /// </summary>
    public static string WithoutPrivateSections(string markdown)
    {
        var source = new SourceText(markdown);
        var document = RunningDocumentParser.Parse(source, "the text sent to the language model");
        var blank = new bool[source.LineCount];
        foreach (var section in document.Sections.Where(s => SectionAliases.Classify(s.Title) == SectionKind.PrivateNotes))
            Array.Fill(blank, true, section.HeadingLine, section.EndLine - section.HeadingLine);
        var kept = new StringBuilder(markdown.Length);
        for (int line = 0; line < source.LineCount; line++)
        {
            if (!blank[line]) kept.Append(source.Text, source.LineStart(line), source.LineContentEnd(line) - source.LineStart(line));
            kept.Append(source.Text, source.LineContentEnd(line), source.LineEnd(line) - source.LineContentEnd(line));
        }
        return kept.ToString();
    }

    private async Task<JsonElement?> AskAsync(LanguageModelRequest request, CancellationToken cancellationToken)
    {
        string reply;
        try
        {
            reply = await model.CompleteAsync(request, cancellationToken);
        }
        catch (LanguageModelException ex)
        {
            warn($"the language model ({model.Name}) {ex.Message}; used the rules alone");
            return null;
        }
        var (json, problem) = Read(reply, request.SchemaName, request.Schema);
        if (problem is not null) warn($"the language model ({model.Name}) {problem}; used the rules alone");
        return json;
    }

    /// <summary>
    /// A reply as JSON matching <paramref name="schema"/> (a Markdown code fence around it is fine),
    /// or what is wrong with it: "did not answer with JSON", "answered JSON that does not match …".
    /// </summary>
    public static (JsonElement? Json, string? Problem) Read(string reply, string schemaName, string schema)
    {
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(Unfenced(reply)).RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "did not answer with JSON");
        }
        return JsonSchemaCheck.Validate(json, JsonDocument.Parse(schema).RootElement) is { } error
            ? (null, $"answered JSON that does not match the {schemaName} schema ({error})")
            : (json, null);
    }

    /// <summary>
    /// Adds the model's items to the rules' extraction when no rules item says the same. An action's
    /// owner and due date come from the rules: from the rules' action on the line the model cites
    /// when there is one (the closest in words, when the line holds several), else from the model's
    /// owner word and the due phrase, read by the rules' date grammar against the meeting date.
    /// </summary>
    private static Extraction Merge(Extraction rules, JsonElement reply, int lineCount, MeetingContext meeting)
    {
        var names = Wording.NameWords(meeting.Person);
        bool Known(IEnumerable<string> existing, string text) =>
            existing.Any(e => Wording.Similarity(Wording.Stems(e, names), Wording.Stems(text, names)) >= 0.6);

        var actions = rules.Actions.ToList();
        foreach (var item in reply.GetProperty("actions").EnumerateArray())
        {
            string text = Clean(item.GetProperty("text").GetString());
            if (text.Length == 0 || Known(actions.Select(a => a.Text), text)) continue;
            int line = Line(item, lineCount);
            var stems = Wording.Stems(text, names);
            var fromRules = rules.Actions.Where(a => a.Line == line).MaxBy(a => Wording.Similarity(stems, Wording.Stems(a.Text, names)));
            var owner = fromRules?.Owner ?? (item.GetProperty("owner").GetString() == "me" ? ActionOwner.Me : ActionOwner.Them);
            DateOnly? due = fromRules?.Due
                ?? (item.TryGetProperty("due", out var phrase) && phrase.ValueKind == JsonValueKind.String ? DuePhrases.Find(phrase.GetString()!, meeting)?.Date : null);
            actions.Add(new ExtractedAction(owner, text, due, fromRules?.Priority ?? (due is { } d && d <= meeting.Date.AddDays(7) ? "P1" : "P2"), line));
        }
        return rules
            .With(ItemKind.Action, actions)
            .With(ItemKind.Win, Add(rules.Wins, reply, "wins", lineCount, Known))
            .With(ItemKind.Decision, Add(rules.Decisions, reply, "decisions", lineCount, Known))
            .With(ItemKind.Goal, Add(rules.Goals, reply, "goals", lineCount, Known))
            .With(ItemKind.Blocker, Add(rules.Blockers, reply, "blockers", lineCount, Known))
            .With(ItemKind.Feedback, [.. rules.Feedback, .. reply.GetProperty("feedback").EnumerateArray()
                .Select(f => new ExtractedFeedback(f.GetProperty("kind").GetString()!, Clean(f.GetProperty("text").GetString()), Line(f, lineCount)))
                .Where(f => f.Text.Length > 0 && !Known(rules.Feedback.Select(r => r.Text), f.Text))]);
    }

    private static List<NoteItem> Add(IReadOnlyList<NoteItem> rules, JsonElement reply, string name, int lineCount, Func<IEnumerable<string>, string, bool> known)
    {
        var items = rules.ToList();
        foreach (var item in reply.GetProperty(name).EnumerateArray())
        {
            string text = Clean(item.GetProperty("text").GetString());
            if (text.Length > 0 && !known(items.Select(i => i.Text), text)) items.Add(new NoteItem(text, Line(item, lineCount)));
        }
        return items;
    }

    /// <summary>The notes line an item cites (1-based), or 0 when it cites none that exists.</summary>
    private static int Line(JsonElement item, int lineCount) =>
        item.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number && line.TryGetInt32(out int n) && n >= 1 && n <= lineCount ? n : 0;

    /// <summary>One line of model text, made safe for a list item.</summary>
    private static string Clean(string? text) => MarkdownText.ListItem(text ?? "", 500).Trim();

    private static string Numbered(string notes) =>
        string.Join('\n', notes.Split('\n').Select((line, i) => $"{i + 1}: {line.TrimEnd('\r')}"));


    private static string Unfenced(string reply) => Fenced().Match(reply) is { Success: true } m ? m.Groups["json"].Value : reply;

    private static string ExtractInstructions(MeetingContext meeting) => $"""
        You read the raw notes of a 1:1 meeting held on {IsoDate.Format(meeting.Date)} between the note taker ("me") and {meeting.Person} ("them").
        Each input line starts with its line number. Return JSON only, matching the schema:
        actions: each task someone committed to, with owner "me" or "them", the task as a short imperative ("Send the deck"),
        the due phrase as written in the notes if any ("by Friday", "next week"), and the line number it is on;
        wins: accomplishments; decisions; goals; blockers; feedback: "high-five" (praise) or "watch-out" (something to adjust).
        Leave a list empty when there is nothing for it. Do not invent anything that is not in the notes.
        """;

    private const string BriefInstructions = """
        You help someone prepare a 1:1 meeting. From the running document of the relationship below, return JSON only:
        summary: two to four sentences on where things stand (open commitments on both sides, threads in motion, recent wins);
        questions: up to three open questions worth asking this time. Use only what the document says.
        """;

    private const string ReviewInstructions = """
        You draft the summary of a performance-review packet. Every line of the packet below cites its source.
        Return JSON only: summary: two or three short paragraphs on impact, growth and feedback, using only the packet's lines.
        """;

    private const string Items = """{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","maxLength":500},"line":{"type":"integer","minimum":0}}}}""";

    public static readonly string ExtractSchema = """
        {"type":"object","additionalProperties":false,"required":["actions","wins","decisions","goals","blockers","feedback"],"properties":{
        "actions":{"type":"array","maxItems":50,"items":{"type":"object","additionalProperties":false,"required":["owner","text"],"properties":{
          "owner":{"type":"string","enum":["me","them"]},"text":{"type":"string","maxLength":500},"due":{"type":["string","null"],"maxLength":100},"line":{"type":"integer","minimum":0}}}},
        "wins":ITEMS,"decisions":ITEMS,"goals":ITEMS,"blockers":ITEMS,
        "feedback":{"type":"array","maxItems":20,"items":{"type":"object","additionalProperties":false,"required":["kind","text"],"properties":{
          "kind":{"type":"string","enum":["high-five","watch-out"]},"text":{"type":"string","maxLength":500},"line":{"type":"integer","minimum":0}}}}}}
        """.Replace("ITEMS", Items, StringComparison.Ordinal);

    public const string BriefSchema = """
        {"type":"object","additionalProperties":false,"required":["summary","questions"],"properties":{
        "summary":{"type":"string","maxLength":2000},"questions":{"type":"array","maxItems":3,"items":{"type":"string","maxLength":300}}}}
        """;

    public const string ReviewSchema = """
        {"type":"object","additionalProperties":false,"required":["summary"],"properties":{"summary":{"type":"string","maxLength":6000}}}
        """;



    [GeneratedRegex(@"^\s*```(?:json)?\s*\n(?<json>.*?)\n\s*```\s*$", RegexOptions.Singleline)]
    private static partial Regex Fenced();
}
