using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

/// <summary>
/// Derives, from any tool's input schema alone, a valid baseline call and one call per schema rule that
/// breaks exactly that rule. A tool whose validation rejects every such call with a message naming the
/// argument has a schema and a validation that agree. Only keywords this framework writes are read:
/// type (alone or one per anyOf branch), required, enum, minimum, maximum, minLength, maxLength, pattern, format and additionalProperties.
/// </summary>
public static class SchemaViolations
{
    private static readonly string[] PatternBreakers = ["a!b", "a/b", "a\\b", "a b", "a'b", "a%2Fb", "a\u0001b", "abc.", "-abc"];

    /// <summary>The baseline: every required argument set to its first schema example.</summary>
    public static JsonObject Baseline(JsonElement schema)
    {
        var baseline = new JsonObject();
        foreach (var name in RequiredNames(schema))
        {
            baseline[name] = JsonNode.Parse(schema.GetProperty("properties").GetProperty(name).GetProperty("examples")[0].GetRawText());
        }

        return baseline;
    }

    /// <summary>
    /// Every call that breaks one rule of <paramref name="schema"/>, starting from <paramref name="baseline"/>
    /// (default: <see cref="Baseline"/>).
    /// </summary>
    public static IEnumerable<SchemaViolation> Generate(JsonElement schema, JsonObject? baseline = null)
    {
        baseline ??= Baseline(schema);
        foreach (var name in RequiredNames(schema))
        {
            yield return Without(baseline, name, "required (missing)");
            yield return With(baseline, name, "required (null)", JsonValue.Create((string?)null));
        }

        yield return With(baseline, "no_such_argument", "additionalProperties", JsonValue.Create(1));

        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            foreach (var (rule, value) in BreakingValues(property.Value))
            {
                yield return With(baseline, property.Name, rule, value);
            }
        }
    }

    private static IEnumerable<(string Rule, JsonNode? Value)> BreakingValues(JsonElement property)
    {
        var types = Types(property);
        yield return ("type (object)", new JsonObject());
        yield return ("type (array)", new JsonArray());

        if (!types.Contains("integer") && !types.Contains("boolean"))
        {
            yield return ("type (number)", JsonValue.Create(12));
        }

        if (!types.Contains("string"))
        {
            yield return ("type (string)", JsonValue.Create("not-a-" + string.Join("-", types)));
        }

        if (types.Contains("integer"))
        {
            yield return ("type (fraction)", JsonValue.Create(1.5));
            if (property.TryGetProperty("minimum", out var minimum) && minimum.GetInt64() > long.MinValue)
            {
                yield return ("minimum", JsonValue.Create(minimum.GetInt64() - 1));
            }

            if (property.TryGetProperty("maximum", out var maximum) && maximum.GetInt64() < long.MaxValue)
            {
                yield return ("maximum", JsonValue.Create(maximum.GetInt64() + 1));
            }
        }

        if (!types.Contains("string"))
        {
            yield break;
        }

        if (property.TryGetProperty("enum", out _))
        {
            yield return ("enum", JsonValue.Create("no-such-value"));
        }

        if (property.TryGetProperty("maxLength", out var maxLength))
        {
            yield return ("maxLength", JsonValue.Create(new string('a', maxLength.GetInt32() + 1)));
        }

        yield return ("control character", JsonValue.Create("a\u0007b"));
        if (property.TryGetProperty("pattern", out var pattern) && PatternBreaker(pattern.GetString()!, property) is { } breaker)
        {
            yield return ($"pattern ({breaker})", JsonValue.Create(breaker));
        }

        if (property.TryGetProperty("format", out var format) && format.GetString() == "date-time")
        {
            yield return ("format date-time", JsonValue.Create("not-a-time"));
            yield return ("format date-time (no offset)", JsonValue.Create("2026-01-15T08:00:00"));
        }
    }

    private static string? PatternBreaker(string pattern, JsonElement property)
    {
        var maxLength = property.TryGetProperty("maxLength", out var max) ? max.GetInt32() : int.MaxValue;
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        return PatternBreakers.FirstOrDefault(candidate => candidate.Length <= maxLength && !regex.IsMatch(candidate));
    }

    private static string[] Types(JsonElement property)
    {
        if (property.TryGetProperty("anyOf", out var branches))
        {
            return branches.EnumerateArray().SelectMany(Types).ToArray();
        }

        if (!property.TryGetProperty("type", out var type))
        {
            return ["string"];
        }

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
    }

    private static IEnumerable<string> RequiredNames(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(name => name.GetString()!) : [];

    private static SchemaViolation With(JsonObject baseline, string name, string rule, JsonNode? value)
    {
        var copy = (JsonObject)baseline.DeepClone();
        copy[name] = value;
        return new SchemaViolation(name, rule, ToDictionary(copy));
    }

    private static SchemaViolation Without(JsonObject baseline, string name, string rule)
    {
        var copy = (JsonObject)baseline.DeepClone();
        copy.Remove(name);
        return new SchemaViolation(name, rule, ToDictionary(copy));
    }

    /// <summary>Converts a JSON object to the argument dictionary tools receive.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ToDictionary(JsonObject arguments) =>
        TestArguments.Parse(arguments.ToJsonString());
}
