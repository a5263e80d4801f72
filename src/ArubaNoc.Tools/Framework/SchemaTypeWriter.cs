using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// Writes the type of a JSON Schema node. A node that allows several types gets an <c>anyOf</c> with one
/// <c>type</c> per branch instead of a type array such as <c>["string", "null"]</c>: both are valid JSON Schema,
/// but clients that map tool schemas onto a single-type dialect (such as the OpenAPI subset of some model APIs)
/// reject or drop type arrays. Keywords written beside the <c>anyOf</c> (pattern, minimum, properties, items)
/// apply only to values of their own type, so the contract is the same as with a type array.
/// </summary>
internal static class SchemaTypeWriter
{
    public static void Write(Utf8JsonWriter writer, params ReadOnlySpan<string> types)
    {
        if (types.Length == 1)
        {
            writer.WriteString("type", types[0]);
            return;
        }

        writer.WriteStartArray("anyOf");
        foreach (var type in types)
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
