using System.Globalization;
using System.Text;
using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Server.Tests.BadInput;

/// <summary>
/// Hostile argument values derived from each tool's declared parameters: wrong JSON types, null and empty
/// values, overlong text, control characters, path tricks, OData injection, huge and fractional numbers,
/// Unicode edge cases and unknown argument names. Each case states whether the declared rule of its
/// parameter accepts it: most are rejected, but free text legitimately accepts Unicode, path-like text and
/// quotes, and null or blank values of optional arguments mean "not given".
/// </summary>
internal static class BadInputCorpus
{
    /// <summary>
    /// Every case for <paramref name="tool"/>. <paramref name="schema"/> is the input schema the server
    /// published for it, which supplies the length limits.
    /// </summary>
    public static IEnumerable<BadInputCase> For(NocTool tool, JsonElement schema)
    {
        var baseline = Baseline(tool);
        foreach (var parameter in tool.Parameters)
        {
            var maxLength = MaxLength(schema.GetProperty("properties").GetProperty(parameter.Name));
            foreach (var value in ValuesFor(parameter, maxLength))
            {
                var arguments = new Dictionary<string, string>(baseline, StringComparer.Ordinal) { [parameter.Name] = value.Json };
                var accepted = value.IsAbsent ? !parameter.IsRequired : value.IsValidFor(parameter) && FitsTextLength(parameter, value.Json);
                yield return new BadInputCase(tool.Name, parameter.Name, value.Label, ToObject(arguments), accepted, parameter.Name);
            }
        }

        foreach (var (label, name, reportedName) in UnknownNames(tool))
        {
            var arguments = new Dictionary<string, string>(baseline, StringComparer.Ordinal) { [name] = "1" };
            yield return new BadInputCase(tool.Name, name, label, ToObject(arguments), false, reportedName);
        }
    }

    /// <summary>The required arguments set to their declared examples, so only the argument under test is wrong.</summary>
    private static Dictionary<string, string> Baseline(NocTool tool) =>
        tool.Parameters.Where(parameter => parameter.IsRequired)
            .ToDictionary(parameter => parameter.Name, ExampleJson, StringComparer.Ordinal);

    private static string ExampleJson(ToolParameter parameter) => parameter.Kind switch
    {
        ParameterKind.Integer or ParameterKind.Offset or ParameterKind.Boolean => parameter.Example!,
        _ => Quote(parameter.Example!),
    };

    private static string ToObject(Dictionary<string, string> arguments)
    {
        var builder = new StringBuilder("{");
        foreach (var (name, json) in arguments)
        {
            if (builder.Length > 1)
            {
                builder.Append(',');
            }

            builder.Append(Quote(name)).Append(':').Append(json);
        }

        return builder.Append('}').ToString();
    }

    private static int? MaxLength(JsonElement property)
    {
        if (property.TryGetProperty("maxLength", out var maxLength))
        {
            return maxLength.GetInt32();
        }

        if (property.TryGetProperty("anyOf", out var branches))
        {
            foreach (var branch in branches.EnumerateArray())
            {
                if (branch.TryGetProperty("maxLength", out var branchMaxLength))
                {
                    return branchMaxLength.GetInt32();
                }
            }
        }

        return null;
    }

    private static IEnumerable<CorpusValue> ValuesFor(ToolParameter parameter, int? maxLength)
    {
        foreach (var value in SharedValues)
        {
            yield return value;
        }

        yield return new CorpusValue("100,000 characters", Quote(new string('a', 100_000)), Never);
        if (maxLength is { } max)
        {
            // One character over the limit is the first rejected length for every string kind.
            yield return new CorpusValue($"overlong ({max + 1} characters)", Quote(new string('a', max + 1)), Never);
        }

        if (parameter.Filter is { } filter)
        {
            yield return new CorpusValue("OData injection into a filter", Quote($"{filter.Fields[0]} eq 'a' or '1' eq '1'"), Never);
            yield return new CorpusValue("OData function call", Quote($"contains({filter.Fields[0]},'a')"), Never);
        }

        if (parameter.Options.Count > 0)
        {
            yield return new CorpusValue("option with a zero-width space", Quote(parameter.Options[0].Value + "\u200B"), Never);
        }
    }

    /// <summary>Whether a string value of a text parameter is within its maximum length once trimmed.</summary>
    private static bool FitsTextLength(ToolParameter parameter, string json)
    {
        if (!IsText(parameter) || parameter.MaxLength is not { } maxLength)
        {
            return true;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.String || document.RootElement.GetString()!.Trim().Length <= maxLength;
    }

    private static bool IsText(ToolParameter parameter) =>
        parameter.Kind is ParameterKind.Text or ParameterKind.SiteName or ParameterKind.Name;

    private static bool IsFreeText(ToolParameter parameter) => IsText(parameter) && !parameter.IsPathSegment;

    private static bool IsWholeNumberKind(ToolParameter parameter) =>
        parameter.Kind is ParameterKind.Integer or ParameterKind.Offset;

    private static bool InRange(ToolParameter parameter, long value) =>
        IsWholeNumberKind(parameter) && value >= parameter.Minimum && value <= parameter.Maximum;

    private static readonly Func<ToolParameter, bool> Never = _ => false;

    /// <summary>Values tried on every parameter, each with the rule that decides whether it is valid.</summary>
    private static readonly CorpusValue[] SharedValues =
    [
        // Absent: JSON null and blank strings mean "not given".
        CorpusValue.Absent("null", "null"),
        CorpusValue.Absent("empty string", "\"\""),
        CorpusValue.Absent("spaces only", "\"   \""),
        CorpusValue.Absent("no-break space only", "\"\\u00a0\""),

        // Wrong JSON types.
        new("object", "{}", Never),
        new("nested object", "{\"a\":{\"b\":[null]}}", Never),
        new("empty array", "[]", Never),
        new("array of strings", "[\"a\",\"b\"]", Never),
        new("true", "true", parameter => parameter.Kind == ParameterKind.Boolean),
        new("false", "false", parameter => parameter.Kind == ParameterKind.Boolean),
        new("number 12", "12", parameter => InRange(parameter, 12) || parameter.Kind == ParameterKind.Cursor),
        new("text with a space and '!'", "\"a b!\"", IsText),
        new("string 'yes'", "\"yes\"", parameter => IsText(parameter) || parameter.Kind is ParameterKind.Serial or ParameterKind.StackRef or ParameterKind.SiteId or ParameterKind.Host),

        // Numbers beyond every range, fractions and odd spellings.
        new("1e309 (beyond double)", "1e309", Never),
        new("-1e309", "-1e309", Never),
        new("2^63", "9223372036854775808", Never),
        new("-2^63 - 1", "-9223372036854775809", Never),
        new("2^63 - 1", "9223372036854775807", parameter => InRange(parameter, long.MaxValue)),
        new("1e30", "1e30", Never),
        new("1.5", "1.5", Never),
        new("-0.5", "-0.5", Never),
        new("1e-7", "1e-7", Never),
        new("-0", "-0", parameter => InRange(parameter, 0)),
        new("5.0 (whole number with a fraction part)", "5.0", parameter => InRange(parameter, 5) || parameter.Kind == ParameterKind.Cursor),
        new("digit string with a sign", "\"+5\"", IsText),
        new("digit string of 2^63", "\"9223372036854775808\"", parameter => IsText(parameter) || (parameter.Kind == ParameterKind.SiteId && parameter.MaxLength >= 19)),
        new("full-width digits", "\"\uFF11\uFF12\"", IsText),
        new("Arabic-Indic digit", "\"\u0663\"", IsText),
        new("NaN", "\"NaN\"", parameter => IsText(parameter) || parameter.Kind is ParameterKind.Serial or ParameterKind.StackRef or ParameterKind.SiteId or ParameterKind.Host),

        // Control characters.
        new("NUL", "\"\\u0000\"", Never),
        new("NUL inside text", "\"abc\\u0000def\"", Never),
        new("bell", "\"a\\u0007b\"", Never),
        new("line feed inside text", "\"a\\nb\"", Never),
        new("carriage return inside text", "\"a\\rb\"", Never),
        new("tab inside text", "\"a\\tb\"", Never),
        new("ANSI escape sequence", "\"\\u001b[31mred\"", Never),
        new("DEL", "\"a\\u007fb\"", Never),
        new("C1 next line (U+0085)", "\"a\\u0085b\"", Never),

        // Path tricks: free text may contain them, a path segment rejects '/', '\' and dot segments, and identifiers reject all.
        new("../", "\"../\"", IsFreeText),
        new("../../etc/passwd", "\"../../etc/passwd\"", IsFreeText),
        new("..\\..\\windows", "\"..\\\\..\\\\windows\"", IsFreeText),
        new("..", "\"..\"", IsFreeText),
        new(".", "\".\"", IsFreeText),
        new("%2F", "\"%2F\"", IsText),
        new("..%2F..%2Fadmin", "\"..%2F..%2Fadmin\"", IsText),
        new("%00", "\"%00\"", IsText),
        new("slash", "\"/\"", IsFreeText),
        new("backslash", "\"\\\\\"", IsFreeText),
        new("a/b", "\"a/b\"", IsFreeText),
        new("query and fragment", "\"a?limit=1#x\"", IsText),

        // OData injection into text that the server places inside a quoted filter value.
        new("OData injection", "\"x' or '1' eq '1\"", IsText),
        new("OData query option", "\"x&$filter=1\"", IsText),
        new("doubled quote", "\"O''Hare\"", IsText),

        // Unicode edge cases: lone surrogates are never valid text, and the rest is valid free text.
        new("lone high surrogate", "\"a\\ud800b\"", Never),
        new("lone low surrogate", "\"\\udc00\"", Never),
        new("reversed surrogate pair", "\"\\ude80\\ud83d\"", Never),
        new("right-to-left mark", "\"a\\u200fb\"", IsText),
        new("right-to-left override", "\"\\u202eabc\"", IsText),
        new("zero-width space", "\"a\\u200bb\"", IsText),
        new("zero-width joiner", "\"a\\u200db\"", IsText),
        new("byte order mark", "\"\\ufeffabc\"", IsText),
        new("combining acute accent", "\"e\\u0301\"", IsText),
        new("stacked combining marks", "\"a" + string.Concat(Enumerable.Repeat("\\u0301\\u0308\\u0327", 10)) + "\"", parameter => IsText(parameter) && parameter.MaxLength >= 31),
        new("emoji as an escaped surrogate pair", "\"\\ud83d\\ude80\"", IsText),
        new("emoji with a variation selector", "\"\u2764\uFE0F site\"", IsText),
        new("line separator (U+2028)", "\"a\\u2028b\"", IsText),
        new("noncharacter U+FFFF", "\"\\uffff\"", IsText),
        new("Cyrillic look-alike serial", "\"\u0421N12345678\"", IsText),
    ];

    /// <summary>Argument names that no tool declares, with the name the rejection must report.</summary>
    private static IEnumerable<(string Label, string Name, string ReportedName)> UnknownNames(NocTool tool)
    {
        yield return ("unknown argument", "no_such_argument", "no_such_argument");
        yield return ("prototype name", "__proto__", "__proto__");
        yield return ("empty name", "", "");
        yield return ("name with a trailing space", "limit ", "limit ");
        if (tool.Parameters.Count > 0)
        {
            var upper = tool.Parameters[0].Name.ToUpperInvariant();
            yield return ("declared name in upper case", upper, upper);
        }

        // Unprintable names are reported by their length only.
        yield return ("name with NUL", "a\u0000b", "(unprintable name of 3 characters)");
        yield return ("name with a lone surrogate", "a\ud800", "(unprintable name of 2 characters)");
        var longName = new string('n', 300);
        yield return ("300-character name", longName, "(unprintable name of 300 characters)");
    }

    /// <summary>Writes <paramref name="text"/> as a JSON string, escaping lone surrogates as <c>\uXXXX</c>.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var character in text)
        {
            if (character is '"' or '\\')
            {
                builder.Append('\\').Append(character);
            }
            else if (character < 0x20 || char.IsSurrogate(character))
            {
                builder.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.Append('"').ToString();
    }

    private sealed record CorpusValue(string Label, string Json, Func<ToolParameter, bool> IsValidFor)
    {
        public bool IsAbsent { get; private init; }

        public static CorpusValue Absent(string label, string json) => new(label, json, Never) { IsAbsent = true };
    }
}
