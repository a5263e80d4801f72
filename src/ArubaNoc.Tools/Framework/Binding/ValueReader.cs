using System.Globalization;
using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Reads one non-null JSON value according to its parameter's kind and returns the normalized value
/// (string, long, bool, DateTimeOffset, <see cref="EnumOption"/> or <see cref="FilterExpression"/>).
/// </summary>
internal static class ValueReader
{
    public static ValueBinding Read(ToolParameter parameter, string name, JsonElement element, DateTimeOffset now) => parameter.Kind switch
    {
        ParameterKind.Integer or ParameterKind.Offset => ReadInteger(parameter, name, element),
        ParameterKind.Boolean => ReadBoolean(name, element),
        ParameterKind.Cursor => ReadCursor(name, element),
        ParameterKind.Time => ReadTime(name, element, now),
        _ => ReadText(parameter, name, element),
    };

    /// <summary>The rule text shown when a value of <paramref name="parameter"/> has the wrong form.</summary>
    public static string RuleFor(ToolParameter parameter) => parameter.Kind switch
    {
        ParameterKind.Text or ParameterKind.SiteName or ParameterKind.Name => parameter.IsPathSegment
            ? $"must be {parameter.MinLength}-{parameter.EffectiveMaxLength} characters without control characters, '/' or '\\', and not only dots"
            : $"must be {parameter.MinLength}-{parameter.EffectiveMaxLength} characters without control characters",
        ParameterKind.Integer or ParameterKind.Offset => string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {parameter.Minimum} to {parameter.Maximum}"),
        ParameterKind.Boolean => "must be true or false",
        ParameterKind.Enum => $"must be one of {string.Join(", ", parameter.Options.Select(option => option.Value))}",
        ParameterKind.Serial => "must be 1-16 letters or digits",
        ParameterKind.StackRef => "must be a serial number (1-16 letters or digits) or a stack ID (8 hex digits, '-', 1-8 hex digits)",
        ParameterKind.SiteId => $"must be 1-{parameter.EffectiveMaxLength} letters, digits, '_' or '-'",
        ParameterKind.Mac => "must be a MAC address of 12 hex digits (aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff)",
        ParameterKind.Host => "must be an IPv4 address, an IPv6 address or a DNS name of at most 253 characters",
        ParameterKind.TaskId => "must be a UUID (8-4-4-4-12 hex digits)",
        ParameterKind.Cursor => "must be a whole number from 1 to 2147483647",
        ParameterKind.Time => TimeArgument.FormatRule,
        ParameterKind.Filter => $"must be a filter of at most {parameter.EffectiveMaxLength} characters",
        ParameterKind.Sort => $"must be a sort expression of at most {parameter.EffectiveMaxLength} characters",
        _ => "must be valid",
    };

    private static ValueBinding ReadInteger(ToolParameter parameter, string name, JsonElement element)
    {
        var rule = RuleFor(parameter);
        var value = ReadWholeNumber(element, out var text, out var absent);
        if (absent)
        {
            return ValueBinding.Absent;
        }

        if (value is not { } number || number < parameter.Minimum || number > parameter.Maximum)
        {
            return ValueBinding.Fail(name, rule, text ?? ValueDescription.Of(element));
        }

        return ValueBinding.Of(number);
    }

    private static ValueBinding ReadCursor(string name, JsonElement element)
    {
        var value = ReadWholeNumber(element, out var text, out var absent);
        if (absent)
        {
            return ValueBinding.Absent;
        }

        if (value is not ({ } number and >= 1 and <= int.MaxValue))
        {
            return ValueBinding.Fail(name, "must be a whole number from 1 to 2147483647", text ?? ValueDescription.Of(element));
        }

        return ValueBinding.Of(number.ToString(CultureInfo.InvariantCulture));
    }

    private static ValueBinding ReadBoolean(string name, JsonElement element)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return ValueBinding.Of(element.ValueKind == JsonValueKind.True);
        }

        var text = element.ValueKind == JsonValueKind.String ? ReadTrimmed(element) : null;
        return text switch
        {
            "" => ValueBinding.Absent,
            _ when string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) => ValueBinding.Of(true),
            _ when string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) => ValueBinding.Of(false),
            _ => ValueBinding.Fail(name, "must be true or false", text is null ? ValueDescription.Of(element) : ValueDescription.Of(text)),
        };
    }

    private static ValueBinding ReadTime(string name, JsonElement element, DateTimeOffset now)
    {
        DateTimeOffset? time;
        string got;
        if (element.ValueKind == JsonValueKind.Number)
        {
            time = element.TryGetInt64(out var milliseconds) ? TimeArgument.FromEpochMilliseconds(milliseconds) : null;
            got = time is null ? "a number that is not epoch milliseconds" : element.GetRawText();
        }
        else if (element.ValueKind == JsonValueKind.String && ReadTrimmed(element) is { } text)
        {
            if (text.Length == 0)
            {
                return ValueBinding.Absent;
            }

            time = text.All(char.IsAsciiDigit) && ShapeRules.Digits(text, 0, long.MaxValue) is { } milliseconds
                ? TimeArgument.FromEpochMilliseconds(milliseconds)
                : TimeArgument.ParseRfc3339(text);
            got = ValueDescription.Of(text);
        }
        else
        {
            time = null;
            got = ValueDescription.Of(element);
        }

        if (time is not { } value)
        {
            return ValueBinding.Fail(name, TimeArgument.FormatRule, got);
        }

        return TimeArgument.CheckRange(value, now) is { } rangeRule ? ValueBinding.Fail(name, rangeRule, got) : ValueBinding.Of(value);
    }

    private static ValueBinding ReadText(ToolParameter parameter, string name, JsonElement element)
    {
        var rule = RuleFor(parameter);
        if (element.ValueKind != JsonValueKind.String)
        {
            return ValueBinding.Fail(name, rule, ValueDescription.Of(element));
        }

        if (ReadTrimmed(element) is not { } text || TextRules.HasLoneSurrogate(text))
        {
            return ValueBinding.Fail(name, "must be valid Unicode text", "a string with a lone surrogate or U+FFFD");
        }

        if (text.Length == 0)
        {
            return ValueBinding.Absent;
        }

        if (TextRules.HasControlCharacter(text))
        {
            return ValueBinding.Fail(name, "must not contain control characters", "text with control characters");
        }

        if (text.Length < parameter.MinLength || text.Length > parameter.EffectiveMaxLength)
        {
            return ValueBinding.Fail(name, rule, ValueDescription.Length(text));
        }

        return TextKinds.Read(parameter, name, text, rule);
    }

    /// <summary>Reads a whole number from a JSON number or a digit string; <paramref name="absent"/> is set for an empty string.</summary>
    private static long? ReadWholeNumber(JsonElement element, out string? description, out bool absent)
    {
        absent = false;
        description = null;
        if (element.ValueKind == JsonValueKind.Number)
        {
            description = ValueDescription.Shorten(element.GetRawText(), 30);
            if (element.TryGetInt64(out var integer))
            {
                return integer;
            }

            // 5.0 is a whole number; values beyond the long range are reported as out of range.
            var isWhole = element.TryGetDouble(out var real) && Math.Floor(real) == real && Math.Abs(real) < 9.2e18;
            return isWhole ? (long)real : null;
        }

        if (element.ValueKind != JsonValueKind.String || ReadTrimmed(element) is not { } text)
        {
            return null;
        }

        absent = text.Length == 0;
        description = ValueDescription.Of(text);
        return ShapeRules.Digits(text, long.MinValue, long.MaxValue);
    }

    /// <summary>Returns the trimmed string, or null when the JSON text is not valid UTF-16 (a lone surrogate escape).</summary>
    private static string? ReadTrimmed(JsonElement element)
    {
        try
        {
            return element.GetString()?.Trim();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
