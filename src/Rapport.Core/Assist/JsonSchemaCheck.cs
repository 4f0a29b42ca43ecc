using System.Text.Json;

namespace Rapport.Core.Assist;

/// <summary>
/// Checks a JSON value against the subset of JSON Schema that Rapport's own schemas use: type
/// (object, array, string, integer, number, boolean, null or a list of them), properties,
/// required, additionalProperties: false, items, enum, maxItems, maxLength, minimum, maximum.
/// The schema sent to the model is the schema the reply is checked against.
/// </summary>
public static class JsonSchemaCheck
{
    /// <summary>The first way <paramref name="value"/> breaks <paramref name="schema"/>, as "$.actions[2].owner: …", or null.</summary>
    public static string? Validate(JsonElement value, JsonElement schema, string path = "$")
    {
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
            return $"{path}: expected {type}, got {value.ValueKind.ToString().ToLowerInvariant()}";
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            return $"{path}: {value} is not one of {allowed}";
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = schema.TryGetProperty("properties", out var p) ? p : default;
                if (schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                        if (!value.TryGetProperty(name, out _)) return $"{path}: missing '{name}'";
                }
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var inner))
                    {
                        if (Validate(property.Value, inner, $"{path}.{property.Name}") is { } error) return error;
                    }
                    else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                    {
                        return $"{path}: unexpected '{property.Name}'";
                    }
                }
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("maxItems", out var maxItems) && value.GetArrayLength() > maxItems.GetInt32())
                    return $"{path}: more than {maxItems.GetInt32()} items";
                if (schema.TryGetProperty("items", out var items))
                {
                    int i = 0;
                    foreach (var item in value.EnumerateArray())
                        if (Validate(item, items, $"{path}[{i++}]") is { } error) return error;
                }
                break;
            case JsonValueKind.String:
                if (schema.TryGetProperty("maxLength", out var maxLength) && value.GetString()!.Length > maxLength.GetInt32())
                    return $"{path}: longer than {maxLength.GetInt32()} characters";
                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var min) && value.GetDouble() < min.GetDouble()) return $"{path}: below {min.GetDouble()}";
                if (schema.TryGetProperty("maximum", out var max) && value.GetDouble() > max.GetDouble()) return $"{path}: above {max.GetDouble()}";
                break;
        }
        return null;
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
        : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
