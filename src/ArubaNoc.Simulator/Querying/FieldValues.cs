using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Querying;

/// <summary>Compares wire values for filters and sorting, whatever JSON type Central used for them.</summary>
internal static class FieldValues
{
    /// <summary>Returns the value as filter text (numbers and booleans as JSON text), or null for null and containers.</summary>
    public static string? AsText(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
    }

    /// <summary>Orders nulls first, numbers numerically, text case-insensitively then ordinally.</summary>
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        var leftText = AsText(left);
        var rightText = AsText(right);
        if (leftText is null || rightText is null)
        {
            return (leftText is null ? 0 : 1) - (rightText is null ? 0 : 1);
        }

        if (left!.GetValueKind() == JsonValueKind.Number && right!.GetValueKind() == JsonValueKind.Number)
        {
            return double.Parse(leftText, CultureInfo.InvariantCulture).CompareTo(double.Parse(rightText, CultureInfo.InvariantCulture));
        }

        var result = StringComparer.OrdinalIgnoreCase.Compare(leftText, rightText);
        return result != 0 ? result : StringComparer.Ordinal.Compare(leftText, rightText);
    }
}
