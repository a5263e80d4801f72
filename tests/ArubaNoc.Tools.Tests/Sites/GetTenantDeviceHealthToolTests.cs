using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Sites;

public sealed class GetTenantDeviceHealthToolTests
{
    private const string Tool = "get_tenant_device_health";

    [Fact]
    public async Task GetTenantDeviceHealth_Default_SendsHealthAndTwoCounts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        var requests = central.ApiRequests();
        Assert.Equal(3, requests.Count);
        Assert.Equal("/network-monitoring/v1/tenant-device-health", requests[0].Path);
        Assert.Empty(requests[0].Query);
        Assert.Equal(["limit=1"], QueryPairs(requests[1]));
        Assert.Equal(["limit=1", "filter=status eq 'OFFLINE'"], QueryPairs(requests[2]));
    }

    [Fact]
    public async Task GetTenantDeviceHealth_WithoutAvailability_SendsOneRequest()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"include_availability": "false"}""");

        Assert.Single(central.ApiRequests());
    }

    [Fact]
    public async Task GetTenantDeviceHealth_Availability_FromTotals()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        var monitored = Fact(result, "devices").GetInt64();
        Assert.True(monitored > 0);
        var offline = Fact(result, "offline").GetInt64();
        Assert.Equal(Math.Round((monitored - offline) * 100.0 / monitored, 2), Fact(result, "availabilityPct").GetDouble());
        Assert.Equal($"- Availability: {Fact(result, "availabilityPct").GetDouble():0.00} %", KeyFactLine(result, "Availability"));
    }

    [Fact]
    public async Task GetTenantDeviceHealth_CountsFail_PartialButValid()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/devices");

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        Assert.True(Structured(result).GetProperty("partial").GetBoolean());
        AssertMatchesOutputSchema(central, Tool, result);
    }

    [Fact]
    public async Task GetTenantDeviceHealth_Default_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Poor: {Fact(result, "poor").GetInt64():#,0}", KeyFactLine(result, "Poor"));
        Assert.Equal(Fact(result, "poor").GetInt64(), Fact(result, "health").GetProperty("poor").GetInt64());
    }
}
