using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Devices;

public sealed class GetDeviceInventoryToolTests
{
    private const string Tool = "get_device_inventory";

    [Fact]
    public async Task GetDeviceInventory_NoArguments_AlwaysSendsLimit()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/device-inventory", request.Path);
        Assert.Equal(["limit=100"], QueryPairs(request));
    }

    [Fact]
    public async Task GetDeviceInventory_AllArguments_SendsKebabCaseKeys()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"device_type": "switch", "site_assigned": "unassigned", "filter": "model eq 'AP-635'", "sort": "model", "limit": 50, "next": "3"}""");

        Assert.Equal(
            ["filter=model eq 'AP-635' and deviceType eq 'SWITCH'", "sort=model", "site-assigned=UNASSIGNED", "limit=50", "next=3"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task GetDeviceInventory_UnassignedDevices_CountedAndNeverShowKeys()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_assigned": "UNASSIGNED"}""");

        Assert.Equal(5, Fact(result, "unlicensed").GetInt64());
        Assert.Equal(5, Fact(result, "notProvisioned").GetInt64());
        Assert.DoesNotContain("SUB", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("subscriptionKey", Structured(result).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDeviceInventory_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Unassigned: {Fact(result, "unassigned").GetInt64():#,0}", KeyFactLine(result, "Unassigned"));
        Assert.Equal($"- Offline: {Fact(result, "offline").GetInt64():#,0}", KeyFactLine(result, "Offline"));
        Assert.Contains("No tier", Fact(result, "byTier").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDeviceInventory_SmallPage_PrintsNextCursor()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 3}""");

        Assert.Contains("[MORE] more results: call get_device_inventory again with next=\"2\"", result.Text, StringComparison.Ordinal);
    }
}
