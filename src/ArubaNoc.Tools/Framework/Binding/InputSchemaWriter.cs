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

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void WriteRequired(Utf8JsonWriter writer, IReadOnlyList<ToolParameter> parameters)
    {
        writer.WriteStartArray("required");
        foreach (var parameter in parameters.Where(parameter => parameter.IsRequired && parameter.Alias is null))
        {
            writer.WriteStringValue(parameter.Name);
        }

        writer.WriteEndArray();

        // A required argument with an alias may be given under either name.
        var aliased = parameters.Where(parameter => parameter.IsRequired && parameter.Alias is not null).ToList();
        if (aliased.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("allOf");
        foreach (var parameter in aliased)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("anyOf");
            foreach (var name in new[] { parameter.Name, parameter.Alias! })
            {
                writer.WriteStartObject();
                writer.WriteStartArray("required");
                writer.WriteStringValue(name);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
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
