using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads an integer that Central may send as a JSON number or as a string, parsing the leading numeric
/// part of a string (<c>"87"</c> → 87). A fractional value is truncated toward zero (<c>"12.9 s"</c> → 12).
/// Values outside the <see cref="long"/> range, text without a number, <c>""</c>, <c>"-"</c>, null,
/// booleans, objects and arrays read as null.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientInt64Converter))]</c> on a <c>long?</c> property.</remarks>
public sealed class LenientInt64Converter : JsonConverter<long?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var exact))
        {
            return exact;
        }

        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return null;
        }

        var number = LenientJson.ReadAsNumber(ref reader);
        if (number is null)
        {
            return null;
        }

        var truncated = Math.Truncate(number.Value);

        // 2^63 is exactly representable as a double; anything at or above it does not fit in a long.
        return truncated >= -9.2233720368547758E18 && truncated < 9.2233720368547758E18 ? (long)truncated : null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteNumberValue(value.Value);
    }
}
