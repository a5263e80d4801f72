using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.TestSupport;

/// <summary>Reads parts of a tool result's structured content for assertions.</summary>
internal static class ResultReader
{
    /// <summary>Returns the findings as <c>LEVEL CODE</c> strings, in the order the tool added them.</summary>
    public static IReadOnlyList<string> Findings(ToolResult result) =>
        [.. Content(result).GetProperty("findings").EnumerateArray().Select(finding => $"{finding.GetProperty("level").GetString()} {finding.GetProperty("code").GetString()}")];

    /// <summary>Returns the message of the first finding with <paramref name="code"/>, or null.</summary>
    public static string? FindingMessage(ToolResult result, string code) =>
        Content(result).GetProperty("findings").EnumerateArray()
            .Where(finding => finding.GetProperty("code").GetString() == code)
            .Select(finding => finding.GetProperty("message").GetString())
            .FirstOrDefault();

    /// <summary>Returns <c>facts.<paramref name="name"/></c>.</summary>
    public static JsonElement Fact(ToolResult result, string name) => Content(result).GetProperty("facts").GetProperty(name);

    /// <summary>Returns the item rows.</summary>
    public static IReadOnlyList<JsonElement> Items(ToolResult result) => [.. Content(result).GetProperty("items").EnumerateArray()];

    /// <summary>Returns the structured error object of an error result.</summary>
    public static JsonElement Error(ToolResult result) => Content(result).GetProperty("error");

    /// <summary>Returns the structured content; fails when there is none.</summary>
    public static JsonElement Content(ToolResult result) =>
        result.StructuredContent ?? throw new InvalidOperationException("The result has no structured content.");
}
