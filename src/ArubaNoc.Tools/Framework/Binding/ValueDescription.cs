using System.Globalization;
using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Short, printable descriptions of rejected values for the "(got …)" part of validation messages.
/// A description never contains control characters and never splits a surrogate pair.
/// </summary>
public static class ValueDescription
{
    private const int MaxQuotedLength = 40;

    /// <summary>Describes a JSON value by its type, or a string by its content.</summary>
    public static string Of(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "no value",
    };

    /// <summary>Quotes short printable text; describes long or unprintable text by its length.</summary>
    public static string Of(string text)
    {
        if (text.Length == 0)
        {
            return "an empty string";
        }

        if (text.Length > MaxQuotedLength || text.Any(char.IsControl) || TextRules.HasLoneSurrogate(text))
        {
            return Length(text);
        }

        return $"'{text}'";
    }

    /// <summary>Describes the length of <paramref name="text"/>, such as "18 characters".</summary>
    public static string Length(string text) =>
        text.Length == 1 ? "1 character" : string.Create(CultureInfo.InvariantCulture, $"{text.Length} characters");

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters plus "...", keeping surrogate pairs whole.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut] + "...";
    }
}
