using System.Buffers;
using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Builds a tool's <c>outputSchema</c>: the shared envelope with only <c>tool</c> and <c>ok</c> required, the
/// tool's declared facts and item row, and the error object. Every fact and item field is nullable
/// because Central omits or nulls fields its own specification marks as required.
/// </summary>
public static class OutputSchemaBuilder
{
    /// <summary>Builds the schema for <paramref name="shape"/>.</summary>
    public static JsonElement Build(OutputShape shape)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            writer.WriteStartObject("tool");
            writer.WriteString("type", "string");
            writer.WriteEndObject();
            writer.WriteStartObject("ok");
            writer.WriteString("type", "boolean");
            writer.WriteEndObject();
            writer.WriteStartObject("api");
            writer.WriteStartArray("enum");
            writer.WriteStringValue("v1");
            writer.WriteStringValue("v1alpha1");
            writer.WriteEndArray();
            writer.WriteEndObject();
            WriteObject(writer, "scope", ["siteId", "siteName", "serialNumber", "startAt", "endAt", "filter", "sort"], "string");

            writer.WritePropertyName("facts");
            WriteFields(writer, shape.Facts, nullable: false);
            writer.WriteStartObject("items");
            writer.WriteString("type", "array");
            writer.WriteNumber("maxItems", ToolResultBuilder.MaxItems);
            writer.WritePropertyName("items");
            WriteFields(writer, shape.ItemFields, nullable: false);
            writer.WriteEndObject();
            WriteType(writer, "itemsTruncated", "boolean");

            WritePage(writer);
            WriteFindings(writer);
            WriteType(writer, "partial", "boolean");
            WriteArrayOfObjects(writer, "subErrors", ("path", "string"), ("httpStatus", "integer"), ("errorCode", "string"), ("message", "string"), ("debugId", "string"));
            ErrorSchemaWriter.Write(writer);
            writer.WriteEndObject();

            writer.WriteStartArray("required");
            writer.WriteStringValue("tool");
            writer.WriteStringValue("ok");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // One parse into an element that owns its data, without the second copy that Clone() of a document makes.
        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>Writes an object schema whose properties are <paramref name="fields"/>, no others allowed.</summary>
    internal static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<OutputField> fields, bool nullable)
    {
        writer.WriteStartObject();
        WriteTypes(writer, "object", nullable);
        writer.WriteStartObject("properties");
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            WriteField(writer, field);
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, OutputField field)
    {
        switch (field.Kind)
        {
            case OutputKind.Object:
                WriteFields(writer, field.Children, nullable: true);
                return;

            case OutputKind.Map:
                writer.WriteStartObject();
                WriteTypes(writer, "object", nullable: true);
                writer.WritePropertyName("additionalProperties");
                WriteFields(writer, field.Children, nullable: false);
                writer.WriteEndObject();
                return;

            case OutputKind.Counts:
                writer.WriteStartObject();
                WriteTypes(writer, "object", nullable: true);
                writer.WriteStartObject("additionalProperties");
                writer.WriteString("type", "integer");
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;

            case OutputKind.TextList or OutputKind.NumberList:
                writer.WriteStartObject();
                WriteTypes(writer, "array", nullable: true);
                writer.WriteStartObject("items");
                WriteTypes(writer, field.Kind == OutputKind.TextList ? "string" : "number", nullable: true);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
        }

        writer.WriteStartObject();
        WriteTypes(writer, ScalarType(field.Kind), nullable: true);
        if (field.Kind == OutputKind.Time)
        {
            writer.WriteString("format", "date-time");
        }

        writer.WriteEndObject();
    }

    private static string ScalarType(OutputKind kind) => kind switch
    {
        OutputKind.Integer or OutputKind.Bytes or OutputKind.DurationMs => "integer",
        OutputKind.Number or OutputKind.Percent or OutputKind.Availability or OutputKind.Mbps => "number",
        OutputKind.Boolean => "boolean",
        _ => "string",
    };

    internal static void WriteTypes(Utf8JsonWriter writer, string type, bool nullable)
    {
        if (nullable)
        {
            SchemaTypeWriter.Write(writer, type, "null");
        }
        else
        {
            SchemaTypeWriter.Write(writer, type);
        }
    }

    private static void WriteType(Utf8JsonWriter writer, string name, string type)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", type);
        writer.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter writer, string name, string[] properties, string type)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var property in properties)
        {
            writer.WriteStartObject(property);
            WriteTypes(writer, type, nullable: true);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("page");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        WriteType(writer, "returned", "integer");
        foreach (var (name, type) in new[] { ("total", "integer"), ("next", "string"), ("nextOffset", "integer") })
        {
            writer.WriteStartObject(name);
            WriteTypes(writer, type, nullable: true);
            writer.WriteEndObject();
        }

        WriteType(writer, "hasMore", "boolean");
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("findings");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("level");
        writer.WriteStartArray("enum");
        foreach (var level in new[] { "OK", "INFO", "WARN", "CRIT" })
        {
            writer.WriteStringValue(level);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteType(writer, "code", "string");
        WriteType(writer, "message", "string");
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue("level");
        writer.WriteStringValue("code");
        writer.WriteStringValue("message");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteArrayOfObjects(Utf8JsonWriter writer, string name, params (string Name, string Type)[] properties)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var (property, type) in properties)
        {
            writer.WriteStartObject(property);
            WriteTypes(writer, type, nullable: true);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
