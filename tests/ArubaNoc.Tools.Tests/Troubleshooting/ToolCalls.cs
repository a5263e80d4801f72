using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Troubleshooting;

/// <summary>Helpers for calling the ops tools against the simulated Central and reading their results.</summary>
internal static class ToolCalls
{
    /// <summary>Fake time added per step while a call that waits on the clock runs.</summary>
    public static readonly TimeSpan ClockStep = TimeSpan.FromMilliseconds(250);

    // One catalog per simulated Central, so the start tools and get_async_test_result share their task registry.
    private static readonly ConditionalWeakTable<SimulatedCentral, ToolCatalog> Catalogs = new();

    /// <summary>Returns the registered tool named <paramref name="name"/> from the one catalog of <paramref name="central"/>.</summary>
    public static INocTool Tool(this SimulatedCentral central, string name)
    {
        var catalog = Catalogs.GetValue(central, simulated => simulated.Catalog());
        Assert.True(catalog.TryGet(name, out var tool), $"tool {name} is not registered");
        return tool;
    }

    /// <summary>Starts a call of <paramref name="tool"/> with JSON arguments, cancelled with the test.</summary>
    public static Task<ToolResult> Start(INocTool tool, string json, ToolCallContext? context = null) =>
        StartCancellable(tool, json, context, TestContext.Current.CancellationToken);

    /// <summary>Starts a call of <paramref name="tool"/> that <paramref name="cancellationToken"/> cancels.</summary>
    public static Task<ToolResult> StartCancellable(INocTool tool, string json, ToolCallContext? context, CancellationToken cancellationToken) =>
        tool.InvokeAsync(TestArguments.Parse(json), context ?? ToolCallContext.None, cancellationToken).AsTask();

    /// <summary>
    /// Moves the fake clock forward in small steps until <paramref name="call"/> completes, yielding between steps
    /// so the tool's continuations run. No real time is waited for; the final guard only stops a hung test.
    /// </summary>
    public static async Task<ToolResult> DriveClockAsync(this SimulatedCentral central, Task<ToolResult> call, int maxSteps = 800)
    {
        for (var step = 0; step < maxSteps && !call.IsCompleted; step++)
        {
            central.Time.Advance(ClockStep);
            await Task.Yield();
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    /// <summary>The <c>facts</c> object of a successful result.</summary>
    public static JsonElement Facts(this ToolResult result)
    {
        Assert.False(result.IsError, result.Text);
        return result.StructuredContent!.Value.GetProperty("facts");
    }

    /// <summary>The <c>items</c> array of a result.</summary>
    public static JsonElement.ArrayEnumerator Items(this ToolResult result) => result.StructuredContent!.Value.GetProperty("items").EnumerateArray();

    /// <summary>The <c>error.kind</c> of an error result, or null.</summary>
    public static string? ErrorKind(this ToolResult result) =>
        result.IsError ? result.StructuredContent!.Value.GetProperty("error").GetProperty("kind").GetString() : null;

    /// <summary>The finding codes of a result.</summary>
    public static IReadOnlyList<string> FindingCodes(this ToolResult result) =>
        [.. result.StructuredContent!.Value.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("code").GetString()!)];

    /// <summary>Asserts that the result's structured content validates against the tool's output schema.</summary>
    public static void AssertMatchesOutputSchema(INocTool tool, ToolResult result) =>
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
}

/// <summary>Records progress reports synchronously, in order.</summary>
internal sealed class ProgressRecorder : IProgress<ToolProgress>
{
    private readonly ConcurrentQueue<ToolProgress> _reports = new();

    public IReadOnlyList<ToolProgress> Reports => [.. _reports];

    public void Report(ToolProgress value) => _reports.Enqueue(value);
}
