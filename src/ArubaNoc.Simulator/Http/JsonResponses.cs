using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Http;

/// <summary>Writes JSON bodies with Utf8JsonWriter, independent of any client DTO.</summary>
internal static class JsonResponses
{
    // Non-ASCII text is written as UTF-8, not as \u escapes, as Central does.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SimResponse Write(int status, Action<Utf8JsonWriter> write, bool isCursorList = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new SimResponse(status, buffer.WrittenSpan.ToArray()) { IsCursorList = isCursorList };
    }

    public static SimResponse Node(int status, JsonNode? node) => Write(status, writer => WriteNode(writer, node));

    public static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer);
        }
    }

    /// <summary>Parses a body produced by <see cref="Write"/>, for fault scripts that rewrite it.</summary>
    public static JsonNode? Parse(byte[] body) => JsonNode.Parse(body);

    public static byte[] Serialize(JsonNode? node) => Write(200, writer => WriteNode(writer, node)).Body;
}
