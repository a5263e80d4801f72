using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Sites;

public sealed class GetSitesHealthToolTests
{
    private const string Tool = "get_sites_health";

    [Fact]
    public async Task GetSitesHealth_NoArguments_SendsLimitAndOffsetOnly()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/network-monitoring/v1/sites-health", request.Path);
        Assert.Equal(["limit=100", "offset=0"], QueryPairs(request));
    }

    [Fact]
    public async Task GetSitesHealth_SiteNameWithApostropheAndComma_SendsOneQuotedClause()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_name": "O'Hare, Bldg 2", "sort": "siteHealth desc", "limit": "5", "offset": 0}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(["limit=5", "offset=0", "filter=siteName eq 'O''Hare, Bldg 2'", "sort=siteHealth DESC"], QueryPairs(SingleRequest(central)));
        Assert.Equal(1, Fact(result, "returned").GetInt64());
    }

    [Fact]
    public async Task GetSitesHealth_SiteWithoutName_ShowsIdAndNa()
    {
        using var central = SimulatedCentral.Create();
        var unnamed = central.Tenant.Sites.Single(site => site.Name is null);

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        Assert.Contains($"SITE_NAME_MISSING: 1 site(s) have no name yet (name n/a): {unnamed.Id}", result.Text, StringComparison.Ordinal);
        var item = Structured(result).GetProperty("items").EnumerateArray().Single(row => row.GetProperty("siteId").GetString() == unnamed.Id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("siteName").ValueKind);
    }

    [Fact]
    public async Task GetSitesHealth_DefaultTenant_MatchesOutputSchema()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
    }

    [Fact]
    public async Task GetSitesHealth_KeyFacts_EqualStructuredFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        Assert.Equal($"- Total sites: {Fact(result, "total").GetInt64():#,0}", KeyFactLine(result, "Total sites"));
        Assert.Equal($"- Devices: {Fact(result, "devices").GetInt64():#,0}", KeyFactLine(result, "Devices"));
        Assert.Equal($"- Poor devices: {Fact(result, "poorDevices").GetInt64():#,0}", KeyFactLine(result, "Poor devices"));
        Assert.Equal($"- Critical alerts: {Fact(result, "criticalAlerts").GetInt64():#,0}", KeyFactLine(result, "Critical alerts"));
    }

    [Fact]
    public async Task GetSitesHealth_SmallerPage_PrintsNextOffset()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 2, "offset": 2}""");

        Assert.Contains("[MORE] more results: call get_sites_health again with offset=4", result.Text, StringComparison.Ordinal);
        Assert.Equal(4, Structured(result).GetProperty("page").GetProperty("nextOffset").GetInt64());
    }

    [Fact]
    public async Task GetSitesHealth_HealthShares_DivideByReturnedSites()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 3)
            .AddSite("1", "A").AddAccessPoints("1", 2)
            .AddSite("2", "B").AddAccessPoints("2", 2, offlineCount: 2)
            .AddSite("3", "C").AddAccessPoints("3", 2)
            .Build();
        using var central = SimulatedCentral.Create(tenant);

        var result = await CallAsync(central, Tool, """{"limit": 2}""");

        Assert.Contains("[OK] Good: 1 (50.0 %)", result.Text, StringComparison.Ordinal);
        Assert.Contains("[CRIT] Poor: 1 (50.0 %)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSitesHealth_CentralError_ShowsCodeMessageAndDebugId()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.ServerError(500), "/network-monitoring/v1/sites-health");

        var result = await CallAsync(central, Tool);

        Assert.True(result.IsError);
        var error = Structured(result).GetProperty("error");
        Assert.StartsWith("[ERR] Central returned 500 ", result.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("errorCode").GetString()));
        Assert.Contains(error.GetProperty("debugId").GetString()!, result.Text, StringComparison.Ordinal);
    }
}
