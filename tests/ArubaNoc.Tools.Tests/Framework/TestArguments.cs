using System.Text.Json;

namespace ArubaNoc.Tools.Tests.Framework;

/// <summary>Builds argument dictionaries the way the MCP server passes them to tools.</summary>
internal static class TestArguments
{
    /// <summary>Parses a JSON object into name → value.</summary>
    public static Dictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>Parses one JSON value.</summary>
    public static JsonElement Value(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The JSON string literal of <paramref name="text"/>.</summary>
    public static string Quote(string text) => JsonEncodedTextLiteral(text);

    private static string JsonEncodedTextLiteral(string text)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(text);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
