using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a 32-bit integer the way <see cref="LenientInt64Converter"/> reads a 64-bit one: numbers or
/// strings with a leading number, fractions truncated toward zero; out-of-range values and absent values
/// (<c>""</c>, <c>"-"</c>, null) read as null.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientInt32Converter))]</c> on an <c>int?</c> property.</remarks>
public sealed class LenientInt32Converter : JsonConverter<int?>
{
    private static readonly LenientInt64Converter Wide = new();

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wide = Wide.Read(ref reader, typeof(long?), options);
        return wide is >= int.MinValue and <= int.MaxValue ? (int)wide.Value : null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteNumberValue(value.Value);
    }
}
