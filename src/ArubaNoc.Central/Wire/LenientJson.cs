using System.Globalization;
using System.Text.Json;

namespace ArubaNoc.Central.Wire;

/// <summary>
/// Shared helpers of the lenient converters. Central sends empty values as <c>null</c>, <c>""</c> or
/// <c>"-"</c>, numbers as strings and strings as numbers, also in fields its OpenAPI files mark required.
/// </summary>
internal static class LenientJson
{
    /// <summary>Returns true for the texts Central uses to mean "no value": empty, blank or <c>-</c>.</summary>
    public static bool IsAbsentText(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        return trimmed.IsEmpty || trimmed.SequenceEqual("-");
    }

    /// <summary>
    /// Parses the leading numeric part of <paramref name="text"/> (<c>"0.942 ms"</c> → 0.942, <c>"-50"</c> → -50,
    /// <c>"87%"</c> → 87). Returns false when the text does not start with a number.
    /// </summary>
    public static bool TryParseLeadingNumber(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        var length = 0;
        if (length < trimmed.Length && (trimmed[length] == '-' || trimmed[length] == '+'))
        {
            length++;
        }

        var digits = 0;
        while (length < trimmed.Length && char.IsAsciiDigit(trimmed[length]))
        {
            length++;
            digits++;
        }

        if (length < trimmed.Length && trimmed[length] == '.')
        {
            var afterPoint = length + 1;
            var fractionDigits = 0;
            while (afterPoint < trimmed.Length && char.IsAsciiDigit(trimmed[afterPoint]))
            {
                afterPoint++;
                fractionDigits++;
            }

            if (fractionDigits > 0)
            {
                length = afterPoint;
                digits += fractionDigits;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        return double.TryParse(trimmed[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>
    /// Reads the current token as text whatever its JSON type: strings as they are, numbers and booleans
    /// as their JSON text. Returns null for null, objects and arrays (which are skipped).
    /// </summary>
    public static string? ReadAsText(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(
                    reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return null;
            default:
                return null;
        }
    }

    /// <summary>Reads the current token as a number, or returns null when it carries none.</summary>
    public static double? ReadAsNumber(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetDouble(out var number) && double.IsFinite(number) ? number : null;
        }

        var text = ReadAsText(ref reader);
        if (text is null || IsAbsentText(text))
        {
            return null;
        }

        return TryParseLeadingNumber(text, out var parsed) ? parsed : null;
    }
}
