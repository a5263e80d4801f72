using System.Text.Json;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Framework.Conformance;

/// <summary>
/// Every built-in tool's input and output schema avoids type arrays such as <c>["string", "null"]</c>, which
/// clients that map schemas onto a single-type dialect reject; several types are written as <c>anyOf</c> branches.
/// </summary>
public sealed class SchemaPortabilityTests
{
    [Fact]
    public void BuiltInSchemas_HaveNoTypeArrays()
    {
        using var central = SimulatedCentral.Create();
        var typeArrays = new List<string>();

        foreach (var tool in central.Catalog().Tools)
        {
            FindTypeArrays(tool.Definition.InputSchema, $"{tool.Definition.Name} inputSchema", typeArrays);
            if (tool.Definition.OutputSchema is { } output)
            {
                FindTypeArrays(output, $"{tool.Definition.Name} outputSchema", typeArrays);
            }
        }

        Assert.Empty(typeArrays);
    }

    [Fact]
    public void CursorAndTimeParameters_UseAnyOfBranches()
    {
        using var central = SimulatedCentral.Create();
        var devices = central.Catalog().Tools.Single(tool => tool.Definition.Name == "get_device_list").Definition.InputSchema;
        var events = central.Catalog().Tools.Single(tool => tool.Definition.Name == "get_events").Definition.InputSchema;

        Assert.Equal(["string", "integer"], BranchTypes(devices.GetProperty("properties").GetProperty("next")));
        Assert.Equal(["string", "integer"], BranchTypes(events.GetProperty("properties").GetProperty("start_time")));
    }

    private static IEnumerable<string?> BranchTypes(JsonElement property) =>
        property.GetProperty("anyOf").EnumerateArray().Select(branch => branch.GetProperty("type").GetString());

    private static void FindTypeArrays(JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                FindTypeArrays(item, $"{path}[{index++}]", found);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "type" && property.Value.ValueKind == JsonValueKind.Array)
            {
                found.Add($"{path}.type is {property.Value.GetRawText()}");
            }
            else if (property.Name is not ("enum" or "examples" or "default" or "const" or "required"))
            {
                FindTypeArrays(property.Value, $"{path}.{property.Name}", found);
            }
        }
    }
}
