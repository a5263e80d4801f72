using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Search;

public sealed class FindClientToolTests : IDisposable
{
    private const string HqSiteId = "2778382";

    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    public void Dispose() => _central.Dispose();

    private Task<ToolResult> CallAsync(string json) => ToolCalls.Start(_central.Tool("find_client"), json);

    [Fact]
    public async Task Mac_Found_ShowsDetailAndEventsHint()
    {
        var client = _central.Tenant.Clients.First(c => c.Status == "Connected" && c.ClientName is not null);

        var result = await CallAsync($$"""{"mac": "{{client.MacAddress.ToUpperInvariant()}}"}""");

        Assert.Equal($"/network-monitoring/v1/clients/{client.MacAddress}", Assert.Single(_central.ApiRequests()).Path);
        Assert.True(result.Facts().GetProperty("found").GetBoolean());
        Assert.Contains($"context_identifier={client.MacAddress}", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mac_Unknown_NormalNotFoundResult()
    {
        var result = await CallAsync("""{"mac": "aabb.ccdd.eeff"}""");

        Assert.False(result.IsError);
        Assert.False(result.Facts().GetProperty("found").GetBoolean());
        Assert.Contains("[INFO] Client 'aa:bb:cc:dd:ee:ff' not found", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_SendsStatusClauseAndPageSize()
    {
        await CallAsync($$"""{"name": "nobody-has-this-name", "site_id": "{{HqSiteId}}"}""");

        var first = _central.ApiRequests()[0];
        Assert.Equal("/network-monitoring/v1/clients", first.Path);
        Assert.Equal(["site-id", "filter", "limit"], first.QueryKeys());
        Assert.Equal("status in ('Connected','Failed')", first.QueryValue("filter"));
        Assert.Equal("1000", first.QueryValue("limit"));
    }

    [Fact]
    public async Task Name_WholeSite_ScanIsComplete()
    {
        var result = await CallAsync($$"""{"name": "nobody-has-this-name", "site_id": "{{HqSiteId}}", "max_scan": 5000}""");

        var facts = result.Facts();
        Assert.True(facts.GetProperty("scanComplete").GetBoolean());
        Assert.Equal(facts.GetProperty("totalInScope").GetInt64(), facts.GetProperty("scanned").GetInt64());
        Assert.Equal(2, _central.ApiRequests().Count);
    }

    [Fact]
    public async Task Name_MaxScanReached_ReportsIncomplete()
    {
        var result = await CallAsync($$"""{"name": "nobody-has-this-name", "site_id": "{{HqSiteId}}", "max_scan": 100}""");

        Assert.Equal(100, result.Facts().GetProperty("scanned").GetInt64());
        Assert.False(result.Facts().GetProperty("scanComplete").GetBoolean());
        Assert.Contains("SCAN_INCOMPLETE", result.FindingCodes());
    }

    [Fact]
    public async Task Name_ExactMatchRanksFirst()
    {
        var client = _central.Tenant.Clients.First(c => c.SiteId == HqSiteId && c.Status == "Connected" && c.ClientName is not null);

        var result = await CallAsync($$"""{"name": "{{client.ClientName!.ToUpperInvariant()}}", "site_id": "{{HqSiteId}}"}""");

        Assert.Equal(client.MacAddress, result.Items().First().GetProperty("macAddress").GetString());
        ToolCalls.AssertMatchesOutputSchema(_central.Tool("find_client"), result);
    }

    [Fact]
    public async Task SiteIdAndSiteName_RejectedWithoutRequest()
    {
        var result = await CallAsync("""{"name": "x", "site_id": "1", "site_name": "HQ"}""");

        Assert.StartsWith("[ERR] Invalid argument 'site_name'", result.Text, StringComparison.Ordinal);
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task MacAndName_RejectedWithoutRequest()
    {
        var result = await CallAsync("""{"name": "x", "mac": "aa:bb:cc:dd:ee:ff"}""");

        Assert.Equal("validation", result.ErrorKind());
        Assert.Empty(_central.ApiRequests());
    }
}
