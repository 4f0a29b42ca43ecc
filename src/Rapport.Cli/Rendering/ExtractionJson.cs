using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Rapport.Core.Documents;
using Rapport.Core.Notes;

namespace Rapport.Cli.Rendering;

/// <summary>An action of <c>extract --json</c>; <c>confidence</c> and <c>unsure</c> only when the engine guessed (contract, "Saying when unsure").</summary>
public sealed record ExtractedActionJson(
    ActionOwner Owner, string Text, DateOnly? Due, string Priority, int Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unsure = null);

/// <summary>A plain item (a win, a decision, a topic…) of <c>extract --json</c>.</summary>
public sealed record NoteItemJson(
    string Text, int Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unsure = null);

/// <summary>Feedback of <c>extract --json</c>: <c>high-five</c> or <c>watch-out</c>.</summary>
public sealed record FeedbackJson(
    string Kind, string Text, int Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unsure = null);

/// <summary>
/// The extraction contract's JSON: one array per kind that has a JSON key in <see cref="ItemKind.All"/>,
/// in the table's order, then the mood. Nothing here names a kind: a new kind's row is enough.
/// </summary>
[JsonConverter(typeof(ExtractionJsonConverter))]
public sealed record ExtractionJson(Extraction Extraction)
{
    public static ExtractionJson From(Extraction e) => new(e);
}

/// <summary>Writes <see cref="ExtractionJson"/> from the kinds' table, each item through its source-generated shape (no reflection).</summary>
public sealed class ExtractionJsonConverter : JsonConverter<ExtractionJson>
{
    public override ExtractionJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("extract's JSON is written, never read");

    public override void Write(Utf8JsonWriter writer, ExtractionJson value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var kind in ItemKind.All)
        {
            if (kind.Json is not { } key) continue;
            writer.WritePropertyName(key);
            writer.WriteStartArray();
            foreach (var item in value.Extraction.Of(kind)) WriteItem(writer, item, options);
            writer.WriteEndArray();
        }
        writer.WritePropertyName("mood");
        if (value.Extraction.Mood is { } mood) writer.WriteNumberValue(mood);
        else writer.WriteNullValue();
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, NoteItem item, JsonSerializerOptions options)
    {
        double? confidence = item.Unsure is null ? null : item.Confidence;
        switch (item)
        {
            case ExtractedAction a:
                JsonSerializer.Serialize(writer, new ExtractedActionJson(a.Owner, a.Text, a.Due, a.Priority, a.Line, confidence, a.Unsure), Info<ExtractedActionJson>(options));
                break;
            case ExtractedFeedback f:
                JsonSerializer.Serialize(writer, new FeedbackJson(f.Kind, f.Text, f.Line, confidence, f.Unsure), Info<FeedbackJson>(options));
                break;
            default:
                JsonSerializer.Serialize(writer, new NoteItemJson(item.Text, item.Line, confidence, item.Unsure), Info<NoteItemJson>(options));
                break;
        }
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
