using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Sites;

public sealed class GetSiteDetailsToolTests
{
    private const string Tool = "get_site_details";

    [Fact]
    public async Task GetSiteDetails_SiteId_SendsDetailThenFilteredListing()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": "2778391"}""");

        Assert.False(result.IsError, result.Text);
        var requests = central.ApiRequests();
        Assert.Equal("/network-monitoring/v1/site-health/2778391", requests[0].Path);
        Assert.Empty(requests[0].Query);
        Assert.Equal("/network-monitoring/v1/sites-health", requests[1].Path);
        Assert.Equal(["filter=siteId eq '2778391'", "limit=1"], QueryPairs(requests[1]));
        Assert.StartsWith("[SITE] Site O'Hare, Bldg 2 (2778391)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSiteDetails_ListingFails_PartialResult()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/sites-health");

        var result = await CallAsync(central, Tool, """{"site_id": "2778382"}""");

        Assert.False(result.IsError, result.Text);
        Assert.True(Structured(result).GetProperty("partial").GetBoolean());
        Assert.Contains("[WARN] Site listing unavailable: 403 HPE_GL_ERROR_FORBIDDEN", result.Text, StringComparison.Ordinal);
        AssertMatchesOutputSchema(central, Tool, result);
    }

    [Fact]
    public async Task GetSiteDetails_UnknownSite_NotFound()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": "999"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] Site '999' not found", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSiteDetails_Hq_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": "2778382"}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Poor devices: {Fact(result, "poorDevices").GetInt64():#,0}", KeyFactLine(result, "Poor devices"));
        Assert.Equal($"- Health: {Fact(result, "health").GetString()}", KeyFactLine(result, "Health"));
    }
}
