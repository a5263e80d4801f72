using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;

namespace ArubaNoc.Tools.Tests.TestSupport;

/// <summary>Calls tools with the test's cancellation token.</summary>
internal static class ToolCall
{
    /// <summary>Calls <paramref name="tool"/> with arguments given as a JSON object text.</summary>
    public static Task<ToolResult> RunAsync(INocTool tool, string argumentsJson = "{}") =>
        SimulatedCentral.CallAsync(tool, argumentsJson, TestContext.Current.CancellationToken);

    /// <summary>
    /// Serves <paramref name="bodies"/> (raw path → JSON) from a <see cref="CannedCentral"/>, calls the tool that
    /// <paramref name="createTool"/> builds on it, and asserts that the structured content matches the output schema.
    /// </summary>
    public static async Task<ToolResult> RunCannedAsync(
        Func<ToolEnvironment, INocTool> createTool,
        string argumentsJson,
        params (string Path, string Json)[] bodies)
    {
        using var canned = new CannedCentral();
        foreach (var (path, json) in bodies)
        {
            canned.Serve(path, json);
        }

        var tool = createTool(canned.Environment);
        var result = await RunAsync(tool, argumentsJson);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
        return result;
    }
}
