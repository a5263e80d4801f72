using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a string field that Central may send as a number (<c>siteId: 2778382</c> → <c>"2778382"</c>) or
/// a boolean. <c>null</c>, <c>""</c>, <c>"-"</c>, objects and arrays read as null (absent). Writes plain strings.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientStringConverter))]</c> on a <c>string?</c> property.</remarks>
public sealed class LenientStringConverter : JsonConverter<string?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = LenientJson.ReadAsText(ref reader);
        return text is null || LenientJson.IsAbsentText(text) ? null : text;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value);
    }
}
