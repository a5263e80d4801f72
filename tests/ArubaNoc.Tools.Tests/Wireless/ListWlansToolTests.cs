using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Wireless;

public sealed class ListWlansToolTests
{
    private const string Tool = "list_wlans";

    [Fact]
    public async Task ListWlans_NoArguments_SendsDefaultLimitOnly()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/wlans", request.Path);
        Assert.Equal(["limit=100"], QueryPairs(request));
    }

    [Fact]
    public async Task ListWlans_BandShorthand_NormalisedIntoFilter()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"band": "5ghz", "site_id": "2778382", "serial_number": "cn0001", "sort": "wlanName DESC", "next": "2", "limit": 10}""");

        Assert.Equal(
            ["site-id=2778382", "serial-number=CN0001", "filter=band eq '5 GHz'", "sort=wlanName desc", "limit=10", "next=2"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task ListWlans_DefaultTenant_CountsOpenAndDisabled()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        Assert.Equal(1, Fact(result, "disabled").GetInt64());
        Assert.Equal(1, Fact(result, "open").GetInt64());
        Assert.Contains("[WARN] OPEN_WLAN: 1 enabled WLAN(s) without encryption: Café–Gäste", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListWlans_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Enabled: {Fact(result, "enabled").GetInt64():#,0}", KeyFactLine(result, "Enabled"));
        Assert.Equal(4, Fact(result, "byBand").GetProperty("2.4 GHz").GetInt64());
    }

    [Fact]
    public async Task ListWlans_SmallPage_PrintsNextCursor()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 2}""");

        Assert.Contains("[MORE] more results: call list_wlans again with next=\"2\"", result.Text, StringComparison.Ordinal);
    }
}
