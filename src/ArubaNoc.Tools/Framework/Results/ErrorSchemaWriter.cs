using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>Writes the schema of the envelope's <c>error</c> object, shared by every tool.</summary>
internal static class ErrorSchemaWriter
{
    public static void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("error");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("kind");
        writer.WriteStartArray("enum");
        foreach (var kind in ToolErrorKind.All)
        {
            writer.WriteStringValue(kind);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        foreach (var (name, type) in new[]
        {
            ("argument", "string"), ("rule", "string"), ("httpStatus", "integer"), ("errorCode", "string"),
            ("message", "string"), ("debugId", "string"), ("retryAfterSeconds", "integer"),
        })
        {
            writer.WriteStartObject(name);
            OutputSchemaBuilder.WriteTypes(writer, type, nullable: true);
            writer.WriteEndObject();
        }

        OutputSchemaBuilder.WriteArrayOfObjects(writer, "violations", ("argument", "string"), ("rule", "string"), ("message", "string"));
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue("kind");
        writer.WriteStringValue("message");
        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }
}
