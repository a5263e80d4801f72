using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Tools.Devices;

/// <summary>
/// Reads a list of strings that Central may send in another form: an array whose entries are strings,
/// numbers or nulls, a single string, or an object (the switch detail example sends <c>fairReasons: {}</c>).
/// Entries that are null, <c>""</c> or <c>"-"</c> are dropped; an object or null reads as an empty list or null.
/// </summary>
internal sealed class LenientTextListConverter : JsonConverter<List<string>?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadEntry(ref reader) is { } entry)
                    {
                        items.Add(entry);
                    }
                }

                return items;
            case JsonTokenType.StartObject:
                reader.Skip();
                return [];
            case JsonTokenType.String:
            case JsonTokenType.Number:
                return ReadEntry(ref reader) is { } single ? [single] : [];
            default:
                return null;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, List<string>? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    private static string? ReadEntry(ref Utf8JsonReader reader)
    {
        string? text;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                text = reader.GetString();
                break;
            case JsonTokenType.Number:
                text = reader.TryGetInt64(out var whole) ? whole.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case JsonTokenType.StartArray:
            case JsonTokenType.StartObject:
                reader.Skip();
                return null;
            default:
                return null;
        }

        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed == "-" ? null : trimmed;
    }
}
