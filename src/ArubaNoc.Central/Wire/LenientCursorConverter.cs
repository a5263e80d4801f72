using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a pagination cursor (<c>next</c>, interface <c>offset</c>) that Central sends as a string, as an
/// integer or as null, always as a string. Unlike <see cref="LenientStringConverter"/> it keeps <c>"-"</c>
/// verbatim, because a cursor is opaque; only null and empty text mean "last page".
/// </summary>
public sealed class LenientCursorConverter : JsonConverter<string?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = LenientJson.ReadAsText(ref reader);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
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
