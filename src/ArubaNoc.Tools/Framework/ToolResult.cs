using System.Text.Json;

namespace ArubaNoc.Tools.Framework;

/// <summary>
/// The outcome of one tool call: the text summary the model reads and the structured content that
/// matches the tool's output schema. <see cref="IsError"/> marks results the model should treat as failures.
/// </summary>
public sealed record ToolResult(string Text, JsonElement? StructuredContent, bool IsError);
