using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a number that Central may send as a JSON number or as a string. For a string the leading numeric
/// part is parsed (<c>"0.942 ms"</c> → 0.942, <c>"-50"</c> → -50); text without one (<c>"*"</c>), <c>""</c>,
/// <c>"-"</c>, null, booleans, objects and arrays read as null.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientDoubleConverter))]</c> on a <c>double?</c> property.</remarks>
public sealed class LenientDoubleConverter : JsonConverter<double?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return null;
        }

        return LenientJson.ReadAsNumber(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteNumberValue(value.Value);
    }
}
