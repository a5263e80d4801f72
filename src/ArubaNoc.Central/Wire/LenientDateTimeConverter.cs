using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a date-time that Central may send as an RFC 3339 string, as epoch milliseconds (a number or a
/// string of digits; switch <c>lastSeenAt</c>) or as <c>0</c> (client <c>lastSeenAt</c>), which means
/// "never" and reads as null. Negative numbers, unparsable text, <c>""</c>, <c>"-"</c> and null read as null.
/// Values are returned in UTC.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientDateTimeConverter))]</c> on a <c>DateTimeOffset?</c> property.</remarks>
public sealed class LenientDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    // Upper bound for epoch milliseconds: 9999-12-31T23:59:59.999Z.
    private const long MaxEpochMilliseconds = 253_402_300_799_999;

    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt64(out var epochMilliseconds) ? FromEpochMilliseconds(epochMilliseconds) : null;
        }

        var text = LenientJson.ReadAsText(ref reader)?.Trim();
        if (text is null || LenientJson.IsAbsentText(text))
        {
            return null;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
                ? FromEpochMilliseconds(digits)
                : null;
        }

        return DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? parsed.ToUniversalTime()
            : null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }

    private static DateTimeOffset? FromEpochMilliseconds(long value)
    {
        return value is > 0 and <= MaxEpochMilliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }
}
