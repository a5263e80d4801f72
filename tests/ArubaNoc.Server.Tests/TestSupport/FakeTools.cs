using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Server.Tests.TestSupport;

/// <summary>Small tools for exercising the MCP wiring without Central: they echo, fail, throw or report progress.</summary>
internal static class FakeTools
{
    public static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static ToolCatalog CreateCatalog() => new([new EchoTool(), new FailingTool(), new ThrowingTool(), new ProgressTool()]);

    /// <summary>Returns the <c>text</c> argument in the summary and in structured content.</summary>
    internal sealed class EchoTool : INocTool
    {
        public ToolDefinition Definition { get; } = new(
            "echo",
            "Echo a text",
            "Returns the given text.",
            Json("""{"type":"object","properties":{"text":{"type":"string"}},"additionalProperties":false}"""),
            Json("""{"type":"object","properties":{"tool":{"type":"string"},"ok":{"type":"boolean"},"text":{"type":["string","null"]}},"required":["tool","ok"]}"""),
            ToolSafety.ReadOnlyQuery);

        public ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken)
        {
            var text = arguments is not null && arguments.TryGetValue("text", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : string.Empty;

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("tool", "echo");
                writer.WriteBoolean("ok", true);
                writer.WriteString("text", text);
                writer.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return ValueTask.FromResult(new ToolResult($"[INFO] {text}", document.RootElement.Clone(), IsError: false));
        }
    }

    /// <summary>Always returns an error result, as a tool does for invalid arguments.</summary>
    internal sealed class FailingTool : INocTool
    {
        public ToolDefinition Definition { get; } = new(
            "fail",
            "Always fail",
            "Returns an error result.",
            Json("""{"type":"object","additionalProperties":false}"""),
            null,
            ToolSafety.ReadOnlyQuery);

        public ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new ToolResult("[ERR] Invalid argument 'x': must be given. No request was sent.", null, IsError: true));
    }

    /// <summary>Throws an exception whose message must never reach the client.</summary>
    internal sealed class ThrowingTool : INocTool
    {
        public const string SecretMessage = "connection string with password=hunter2";

        public ToolDefinition Definition { get; } = new(
            "throw",
            "Throw an exception",
            "Throws.",
            Json("""{"type":"object","additionalProperties":false}"""),
            null,
            ToolSafety.DeviceAction);

        public ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(SecretMessage);
    }

    /// <summary>Reports three progress steps, then succeeds.</summary>
    internal sealed class ProgressTool : INocTool
    {
        public ToolDefinition Definition { get; } = new(
            "progress",
            "Report progress",
            "Reports progress 1, 2 and 3 of 3.",
            Json("""{"type":"object","additionalProperties":false}"""),
            null,
            ToolSafety.ReadOnlyQuery);

        public ValueTask<ToolResult> InvokeAsync(IReadOnlyDictionary<string, JsonElement>? arguments, ToolCallContext context, CancellationToken cancellationToken)
        {
            for (var step = 1; step <= 3; step++)
            {
                context.Progress?.Report(new ToolProgress(step, 3, $"step {step}"));
            }

            return ValueTask.FromResult(new ToolResult("[OK] done", null, IsError: false));
        }
    }
}
