using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Wireless;

public sealed class GetWlanDetailsToolTests
{
    private const string Tool = "get_wlan_details";

    [Fact]
    public async Task GetWlanDetails_NameWithSpace_PercentEncodedSegment()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "IoT devices", "site_id": "2778382"}""");

        Assert.False(result.IsError, result.Text);
        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/wlans/IoT%20devices", request.Path);
        Assert.Equal(["site-id=2778382"], QueryPairs(request));
        Assert.Contains("[INFO] CONSIDER_WPA3", result.Text, StringComparison.Ordinal);
        Assert.Contains("[INFO] SINGLE_BAND", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWlanDetails_UnicodeName_PrintedIntact()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "Café–Gäste"}""");

        Assert.StartsWith("[WIFI] WLAN Café–Gäste", result.Text, StringComparison.Ordinal);
        Assert.Contains("[WARN] OPEN_WLAN", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWlanDetails_Disabled_ShowsDownAndInfo()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "Legacy Scanners"}""");

        Assert.Contains("[DN] Legacy Scanners", result.Text, StringComparison.Ordinal);
        Assert.Contains("[INFO] WLAN_DISABLED", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWlanDetails_UnknownName_NotFound()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "nope"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] WLAN 'nope' not found (404 HPE_GL_NETWORK_MONITORING_WLAN_NOT_FOUND", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWlanDetails_SlashInName_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "a/b"}""");

        Assert.True(result.IsError);
        Assert.Contains("Invalid argument 'wlan_name'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetWlanDetails_Guest_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"wlan_name": "Guest"}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Clients: {Fact(result, "clients").GetInt64():#,0}", KeyFactLine(result, "Clients"));
        Assert.Equal("- Security level: Captive Portal", KeyFactLine(result, "Security level"));
        Assert.Contains("[INFO] CAPTIVE_PORTAL", result.Text, StringComparison.Ordinal);
    }
}
