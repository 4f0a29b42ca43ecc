using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Rapport.Core.Documents;

namespace Rapport.Cli.Rendering;

/// <summary>Shapes of the <c>--json</c> output. Property names are camelCase; dates are <c>YYYY-MM-DD</c>.</summary>
public static class JsonOutput
{
    // Names and notes are full of '&', '<' and quotes: keep them readable rather than HTML-safe.
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, typeof(T), Context));
    }
}

/// <summary>An action: <c>state</c> is open, in-progress, done or cancelled; <c>parent</c> the line of the task it is nested under; <c>meeting</c> the date of the meeting it was written in.</summary>
public sealed record ActionJson(
    string Id, ActionOwner Owner, string Text, bool Done, DateOnly? Due, DateOnly? Completed, string? Priority, bool Overdue, int Line,
    string State, string? Assignee, int? Parent, DateOnly? Meeting);

public sealed record DatedJson(DateOnly? Date, string Text, int Line);

public sealed record ThreadJson(string Topic, IReadOnlyList<DatedJson> Entries);

public sealed record ProblemJson(int Line, string Message);

public sealed record ShowJson(
    string Person, string Slug, string Path, string? Role, string? Kind, string? Frequency, int? Duration, DateOnly? Started, DateOnly? LastMet,
    IReadOnlyList<string> FocusAreas,
    IReadOnlyList<ThreadJson> Threads,
    OpenActionsJson Actions,
    IReadOnlyList<ActionJson> Completed,
    IReadOnlyList<DatedJson> Accomplishments,
    IReadOnlyList<DatedJson> Meetings,
    IReadOnlyList<ProblemJson> Problems);

public sealed record OpenActionsJson(IReadOnlyList<ActionJson> Mine, IReadOnlyList<ActionJson> Theirs);

public sealed record CheckFileJson(string Path, bool Readable, bool RoundTrip, IReadOnlyList<ProblemJson> Problems);

public sealed record CheckJson(IReadOnlyList<CheckFileJson> Files);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, Converters = [typeof(OwnerConverter)])]
[JsonSerializable(typeof(IReadOnlyList<Rapport.Core.Vaults.RelationshipSummary>))]
[JsonSerializable(typeof(ShowJson))]
[JsonSerializable(typeof(CheckJson))]
[JsonSerializable(typeof(ExtractionJson))]
[JsonSerializable(typeof(ExtractedActionJson))]
[JsonSerializable(typeof(NoteItemJson))]
[JsonSerializable(typeof(FeedbackJson))]
[JsonSerializable(typeof(PrepJson))]
[JsonSerializable(typeof(VaultStatusJson))]
[JsonSerializable(typeof(List<OpenActionJson>))]
[JsonSerializable(typeof(List<SearchHitJson>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>Whose an action is, as the extraction contract spells it: <c>"me"</c> or <c>"them"</c>.</summary>
internal sealed class OwnerConverter : JsonConverter<ActionOwner>
{
    public override ActionOwner Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() == "me" ? ActionOwner.Me : ActionOwner.Them;

    public override void Write(Utf8JsonWriter writer, ActionOwner value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value == ActionOwner.Me ? "me" : "them");
}
