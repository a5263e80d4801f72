using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Reads a boolean that Central may send as <c>true</c>/<c>false</c>, as the strings <c>"true"</c>,
/// <c>"false"</c>, <c>"yes"</c>, <c>"no"</c> in any case (<c>isProvisioned</c> arrives as <c>YES</c> and
/// <c>Yes</c>), or as the numbers 1 and 0. Anything else reads as null.
/// </summary>
/// <remarks>Apply with <c>[JsonConverter(typeof(LenientBooleanConverter))]</c> on a <c>bool?</c> property.</remarks>
public sealed class LenientBooleanConverter : JsonConverter<bool?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) && number is 0 or 1 ? number == 1 : null;
        }

        var text = LenientJson.ReadAsText(ref reader)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return null;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteBooleanValue(value.Value);
    }
}
