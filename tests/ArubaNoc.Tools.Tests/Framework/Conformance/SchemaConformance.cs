using System.Text.Json;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

/// <summary>
/// Checks any <see cref="INocTool"/> for agreement between its input schema and its validation: the
/// schema's baseline call must pass validation, and every call from <see cref="SchemaViolations"/> must be
/// rejected as a validation error naming the broken argument. For a <see cref="NocTool"/>, the rules
/// that JSON Schema cannot express are also broken one by one (<see cref="DeclaredRuleViolations"/>).
/// <c>now</c> must be the time of the tool's clock. When <c>requestCount</c> is given, it must return how
/// many requests reached Central so far; the rejected calls must not add any (the valid baseline call may).
/// </summary>
public static class SchemaConformance
{
    /// <summary>Returns one description per disagreement; an empty list means schema and validation agree.</summary>
    public static async Task<IReadOnlyList<string>> FindMismatchesAsync(INocTool tool, DateTimeOffset now, Func<int>? requestCount = null)
    {
        var mismatches = new List<string>();
        var schema = tool.Definition.InputSchema;

        var baseline = SchemaViolations.ToDictionary(SchemaViolations.Baseline(schema));
        var baselineResult = await tool.InvokeAsync(baseline, ToolCallContext.None, CancellationToken.None);
        if (ErrorKind(baselineResult) == "validation")
        {
            mismatches.Add($"{tool.Definition.Name}: baseline call was rejected: {baselineResult.Text}");
        }

        var requestsAfterBaseline = requestCount?.Invoke() ?? 0;
        var violations = SchemaViolations.Generate(schema);
        if (tool is NocTool declared)
        {
            violations = violations.Concat(DeclaredRuleViolations.Generate(declared, now));
        }

        foreach (var violation in violations)
        {
            var result = await tool.InvokeAsync(violation.Arguments, ToolCallContext.None, CancellationToken.None);
            if (ErrorKind(result) != "validation")
            {
                mismatches.Add($"{tool.Definition.Name}: {violation} was accepted");
                continue;
            }

            if (!NamesArgument(result, violation.Argument))
            {
                mismatches.Add($"{tool.Definition.Name}: {violation} was rejected without naming the argument: {result.Text}");
            }
        }

        if (requestCount is not null && requestCount() != requestsAfterBaseline)
        {
            mismatches.Add($"{tool.Definition.Name}: rejected calls sent {requestCount() - requestsAfterBaseline} request(s)");
        }

        return mismatches;
    }

    private static string? ErrorKind(ToolResult result) =>
        result.IsError && result.StructuredContent is { } content && content.TryGetProperty("error", out var error)
            ? error.GetProperty("kind").GetString()
            : null;

    private static bool NamesArgument(ToolResult result, string argument) =>
        result.Text.Contains($"Invalid argument '{argument}'", StringComparison.Ordinal) &&
        result.StructuredContent!.Value.GetProperty("error").GetProperty("violations").EnumerateArray()
            .Any(violation => violation.GetProperty("argument").GetString() == argument);
}
