using System.Buffers;
using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Writes a tool's JSON input schema (draft 2020-12) from its parameter declarations: an object with
/// <c>additionalProperties: false</c>, one property per name and alias, and the rule expressed as
/// type, range, length, pattern or enum where JSON Schema can express it. Defaults are documentation only.
/// </summary>
public static class InputSchemaWriter
{
    /// <summary>Builds the schema for <paramref name="parameters"/>.</summary>
    public static JsonElement Build(IReadOnlyList<ToolParameter> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var parameter in parameters)
            {
                WriteProperty(writer, parameter, parameter.Name, parameter.Description);
                if (parameter.Alias is { } alias)
                {
                    WriteProperty(writer, parameter, alias, $"Alias of '{parameter.Name}'. {parameter.Description}");
                }
            }

            writer.WriteEndObject();
            WriteRequired(writer, parameters);
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteEndObject();
        }

        // One parse into an element that owns its data, without the second copy that Clone() of a document makes.
        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>
    /// Lists required arguments by their primary name. The binder also accepts a required argument under its
    /// alias, but the schema does not say so with anyOf because several model APIs reject combinators at the
    /// top level of a tool's input schema.
    /// </summary>
    private static void WriteRequired(Utf8JsonWriter writer, IReadOnlyList<ToolParameter> parameters)
    {
        writer.WriteStartArray("required");
        foreach (var parameter in parameters.Where(parameter => parameter.IsRequired))
        {
            writer.WriteStringValue(parameter.Name);
        }

        writer.WriteEndArray();
    }

    private static void WriteProperty(Utf8JsonWriter writer, ToolParameter parameter, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        ParameterSchemaRules.Write(writer, parameter);
        if (parameter.IsDeprecated)
        {
            writer.WriteBoolean("deprecated", true);
        }

        WriteDefault(writer, parameter);
        if (parameter.Example is { } example)
        {
            writer.WriteStartArray("examples");
            if (parameter.Kind is ParameterKind.Integer or ParameterKind.Offset)
            {
                writer.WriteNumberValue(long.Parse(example, System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (parameter.Kind == ParameterKind.Boolean)
            {
                writer.WriteBooleanValue(example == "true");
            }
            else
            {
                writer.WriteStringValue(example);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteDefault(Utf8JsonWriter writer, ToolParameter parameter)
    {
        if (parameter.DefaultInteger is { } integer)
        {
            writer.WriteNumber("default", integer);
        }
        else if (parameter.DefaultBoolean is { } flag)
        {
            writer.WriteBoolean("default", flag);
        }
        else if (parameter.DefaultText is { } text)
        {
            writer.WriteString("default", text);
        }
    }
}
