using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Writes the schema keywords that express one parameter's rule. The binder is more lenient than the
/// schema in documented ways: digit strings for integers, case-insensitive enums, surrounding spaces.
/// NOTE: JSON Schema counts lengths in code points and the binder in UTF-16 units, so text with
/// characters outside the BMP can pass the schema's maxLength and still be rejected.
/// </summary>
internal static class ParameterSchemaRules
{
    private const string HexPair = "[0-9A-Fa-f]{2}";
    private const string HexQuad = "[0-9A-Fa-f]{4}";

    public static void Write(Utf8JsonWriter writer, ToolParameter parameter)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.Integer:
            case ParameterKind.Offset:
                writer.WriteString("type", "integer");
                writer.WriteNumber("minimum", parameter.Minimum);
                writer.WriteNumber("maximum", parameter.Maximum);
                return;

            case ParameterKind.Boolean:
                writer.WriteString("type", "boolean");
                return;

            case ParameterKind.Cursor:
                SchemaTypeWriter.Write(writer, "string", "integer");
                writer.WriteNumber("minimum", 1);
                writer.WriteNumber("maximum", int.MaxValue);
                writer.WriteNumber("minLength", 1);
                writer.WriteNumber("maxLength", 10);
                writer.WriteString("pattern", "^[0-9]+$");
                return;

            case ParameterKind.Time:
                SchemaTypeWriter.Write(writer, "string", "integer");
                writer.WriteString("format", "date-time");
                writer.WriteNumber("minimum", TimeArgument.Earliest.ToUnixTimeMilliseconds());
                return;

            case ParameterKind.Enum:
                writer.WriteString("type", "string");
                writer.WriteStartArray("enum");
                foreach (var option in parameter.Options)
                {
                    writer.WriteStringValue(option.Value);
                }

                writer.WriteEndArray();
                return;
        }

        writer.WriteString("type", "string");
        writer.WriteNumber("minLength", parameter.MinLength);
        writer.WriteNumber("maxLength", parameter.EffectiveMaxLength);
        if (Pattern(parameter) is { } pattern)
        {
            writer.WriteString("pattern", pattern);
        }

        if (parameter.Kind == ParameterKind.TaskId)
        {
            writer.WriteString("format", "uuid");
        }
    }

    private static string? Pattern(ToolParameter parameter) => parameter.Kind switch
    {
        ParameterKind.Serial => "^[A-Za-z0-9]{1,16}$",
        ParameterKind.StackRef => "^([A-Za-z0-9]{1,16}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{1,8})$",
        ParameterKind.SiteId => $"^[A-Za-z0-9_-]{{1,{parameter.EffectiveMaxLength}}}$",
        ParameterKind.Mac => $"^({HexPair}(:{HexPair}){{5}}|{HexPair}(-{HexPair}){{5}}|{HexQuad}(\\.{HexQuad}){{2}}|[0-9A-Fa-f]{{12}})$",
        ParameterKind.TaskId => "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
        ParameterKind.Host => "^[A-Za-z0-9.:-]+$",
        ParameterKind.Text or ParameterKind.SiteName or ParameterKind.Name when parameter.IsPathSegment => "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]+$",
        ParameterKind.Text or ParameterKind.SiteName or ParameterKind.Name or ParameterKind.Filter or ParameterKind.Sort => "^[^\\u0000-\\u001F\\u007F-\\u009F]+$",
        _ => null,
    };
}
