using System.Globalization;
using System.Text.Json.Nodes;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

/// <summary>
/// Breaking values for the rules that JSON Schema cannot express, derived from each parameter's kind:
/// MAC separators, host label rules, the filter and sort grammars, the time range and so on. Together with
/// <see cref="SchemaViolations"/> this covers every declared rule of a <see cref="NocTool"/>.
/// </summary>
public static class DeclaredRuleViolations
{
    /// <summary>
    /// Calls that each break one kind-specific rule of one parameter of <paramref name="tool"/>, starting from
    /// <paramref name="baseline"/> (default: <see cref="SchemaViolations.Baseline"/>).
    /// </summary>
    public static IEnumerable<SchemaViolation> Generate(NocTool tool, DateTimeOffset now, JsonObject? baseline = null)
    {
        baseline ??= SchemaViolations.Baseline(tool.Definition.InputSchema);
        foreach (var parameter in tool.Parameters)
        {
            foreach (var (rule, value) in BreakingValues(parameter, now))
            {
                var arguments = (JsonObject)baseline.DeepClone();
                arguments[parameter.Name] = value;
                yield return new SchemaViolation(parameter.Name, rule, SchemaViolations.ToDictionary(arguments));
            }
        }
    }

    private static IEnumerable<(string Rule, JsonNode Value)> BreakingValues(ToolParameter parameter, DateTimeOffset now)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.Integer or ParameterKind.Offset:
                if (parameter.Minimum > 0)
                {
                    yield return ("digit string below minimum", JsonValue.Create((parameter.Minimum - 1).ToString(CultureInfo.InvariantCulture)));
                }

                yield return ("digit string above maximum", JsonValue.Create("99999999999999999999"));
                yield return ("signed digit string", JsonValue.Create("+1"));
                break;
            case ParameterKind.Boolean:
                yield return ("not true or false", JsonValue.Create("yes"));
                break;
            case ParameterKind.Enum:
                yield return ("not an option in any case", JsonValue.Create(parameter.Options[0].Value + "x"));
                break;
            case ParameterKind.Serial:
                yield return ("non-ASCII letter", JsonValue.Create("CNÄ123"));
                break;
            case ParameterKind.StackRef:
                yield return ("stack ID tail too long", JsonValue.Create("01000c97-5f80e1c01"));
                yield return ("stack ID head too short", JsonValue.Create("01000c9-5f80e1c0"));
                break;
            case ParameterKind.Mac:
                yield return ("mixed separators", JsonValue.Create("aa:bb-cc:dd:ee:ff"));
                yield return ("not hex", JsonValue.Create("aa:bb:cc:dd:ee:gg"));
                break;
            case ParameterKind.Host:
                yield return ("label starts with '-'", JsonValue.Create("-a.example.com"));
                yield return ("IPv4 octet above 255", JsonValue.Create("256.1.1.1"));
                yield return ("label longer than 63", JsonValue.Create(new string('a', 64) + ".com"));
                break;
            case ParameterKind.TaskId:
                yield return ("UUID without dashes", JsonValue.Create("3f2a1c4e9b7d4e218a0f5c6d7e8f9a0b"));
                break;
            case ParameterKind.Cursor:
                yield return ("zero", JsonValue.Create("0"));
                break;
            case ParameterKind.Time:
                yield return ("before 2015", JsonValue.Create("2014-12-31T23:59:59Z"));
                yield return ("more than 5 minutes ahead", JsonValue.Create(TimeArgument.ToWire(now.AddMinutes(6))));
                break;
            case ParameterKind.Filter:
                yield return ("or", JsonValue.Create($"{parameter.Filter!.Fields[0]} eq 1 or {parameter.Filter.Fields[0]} eq 2"));
                yield return ("unknown field", JsonValue.Create("noSuchField eq 1"));
                yield return ("other operator", JsonValue.Create($"{parameter.Filter.Fields[0]} gt 1"));
                yield return ("unterminated quote", JsonValue.Create($"{parameter.Filter.Fields[0]} eq 'x"));
                break;
            case ParameterKind.Sort:
                yield return ("unknown field", JsonValue.Create("noSuchField asc"));
                yield return ("bad direction", JsonValue.Create($"{parameter.Sort!.Fields[0]} up"));
                break;
            case ParameterKind.Text or ParameterKind.SiteName or ParameterKind.Name when parameter.IsPathSegment:
                yield return ("path separator", JsonValue.Create("a/b"));
                yield return ("dot segment", JsonValue.Create(".."));
                break;
        }
    }
}
