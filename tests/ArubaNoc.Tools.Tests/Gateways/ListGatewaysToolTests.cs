using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Gateways;

public sealed class ListGatewaysToolTests
{
    private const string Tool = "list_gateways";

    [Fact]
    public async Task ListGateways_NoArguments_SendsDefaultLimitOnly()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/gateways", request.Path);
        Assert.Equal(["limit=100"], QueryPairs(request));
    }

    [Fact]
    public async Task ListGateways_UpperCaseStatus_SentAsOnline()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"status": "ONLINE", "cluster_name": "HQ Cluster", "sort": "deviceName ASC", "next": 2, "limit": 10}""");

        Assert.Equal(
            ["filter=status eq 'Online' and clusterName eq 'HQ Cluster'", "sort=deviceName asc", "limit=10", "next=2"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task ListGateways_OneOfTwoOffline_AvailabilityOnPage()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 4).AddSite("1", "Branch").AddGatewayCluster("1", "c1", 2, offlineCount: 1).Build();
        using var central = SimulatedCentral.Create(tenant);

        var result = await CallAsync(central, Tool);

        Assert.Equal(50.0, Fact(result, "availabilityPct").GetDouble());
        Assert.Equal("- Availability (this page): 50.00 %", KeyFactLine(result, "Availability (this page)"));
        Assert.Contains("[WARN] GATEWAYS_OFFLINE", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGateways_AllOffline_Critical()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 4).AddSite("1", "Branch").AddGatewayCluster("1", "c1", 2, offlineCount: 2).Build();
        using var central = SimulatedCentral.Create(tenant);

        var result = await CallAsync(central, Tool);

        Assert.Contains("[CRIT] GATEWAYS_OFFLINE: 2 of 2 gateways", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListGateways_DefaultTenant_MatchesOutputSchema()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Offline: {Fact(result, "offline").GetInt64():#,0}", KeyFactLine(result, "Offline"));
    }

    [Fact]
    public async Task ListGateways_SmallPage_PrintsNextCursor()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 2}""");

        Assert.Contains("[MORE] more results: call list_gateways again with next=\"2\"", result.Text, StringComparison.Ordinal);
    }
}
