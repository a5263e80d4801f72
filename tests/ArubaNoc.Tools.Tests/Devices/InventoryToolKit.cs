using System.Text.Json;
using ArubaNoc.Simulator.Logging;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Devices;

/// <summary>Helpers for the inventory, site, client, WLAN and firmware tool tests.</summary>
internal static class InventoryToolKit
{
    /// <summary>Calls the catalog tool <paramref name="name"/> on <paramref name="central"/>.</summary>
    public static Task<ToolResult> CallAsync(SimulatedCentral central, string name, string argumentsJson = "{}") =>
        SimulatedCentral.CallAsync(central.Catalog().Tools.Single(tool => tool.Definition.Name == name), argumentsJson, TestContext.Current.CancellationToken);

    /// <summary>Returns the structured content of a result.</summary>
    public static JsonElement Structured(ToolResult result) => result.StructuredContent ?? throw new InvalidOperationException("The result has no structured content.");

    /// <summary>Returns <c>structuredContent.facts.&lt;name&gt;</c>.</summary>
    public static JsonElement Fact(ToolResult result, string name) => Structured(result).GetProperty("facts").GetProperty(name);

    /// <summary>Asserts that the structured content validates against the tool's declared output schema.</summary>
    public static void AssertMatchesOutputSchema(SimulatedCentral central, string name, ToolResult result)
    {
        var schema = central.Catalog().Tools.Single(tool => tool.Definition.Name == name).Definition.OutputSchema!.Value;
        SchemaAssert.Validates(schema, Structured(result));
    }

    /// <summary>The only request that reached Central.</summary>
    public static RecordedRequest SingleRequest(SimulatedCentral central) => central.ApiRequests().Single();

    /// <summary>Query pairs of a request as <c>key=value</c> strings, in order.</summary>
    public static IReadOnlyList<string> QueryPairs(RecordedRequest request) => [.. request.Query.Select(pair => $"{pair.Key}={pair.Value}")];

    /// <summary>Returns the "Key facts:" line with <paramref name="label"/>, such as <c>- Total: 12</c>.</summary>
    public static string KeyFactLine(ToolResult result, string label) =>
        result.Text.Split('\n').Single(line => line.StartsWith($"- {label}: ", StringComparison.Ordinal));
}
