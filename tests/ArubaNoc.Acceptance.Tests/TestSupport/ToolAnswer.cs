using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>One tool result reduced to what the acceptance checks read.</summary>
internal sealed record ToolAnswer(string Tool, bool IsError, string Text, JsonElement? Structured)
{
    public static ToolAnswer From(string tool, CallToolResult result)
    {
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(block => block.Text));
        return new ToolAnswer(tool, result.IsError == true, text, result.StructuredContent?.Clone());
    }

    /// <summary>The structured <c>error</c> object of an error result, if any.</summary>
    public JsonElement? Error =>
        Structured is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? error
            : null;

    /// <summary>A string member of the structured error, or null.</summary>
    public string? ErrorString(string name) =>
        Error is { } error && error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <inheritdoc />
    public override string ToString() => $"{Tool}: {(IsError ? "error" : "ok")}: {Text.Split('\n')[0]}";
}
