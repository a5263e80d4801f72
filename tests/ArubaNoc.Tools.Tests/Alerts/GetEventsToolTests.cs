using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Alerts;

public sealed class GetEventsToolTests : IDisposable
{
    private const string HqSiteId = "2778382";

    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    public void Dispose() => _central.Dispose();

    private Task<ToolResult> CallAsync(string json) => ToolCalls.Start(_central.Tool("get_events"), json);

    [Fact]
    public async Task Site_SendsRequiredQueryInOrder()
    {
        await CallAsync($$"""{"site_id": "{{HqSiteId}}"}""");

        var request = Assert.Single(_central.ApiRequests());
        Assert.Equal("/network-troubleshooting/v1/events", request.Path);
        Assert.Equal(["context-type", "context-identifier", "start-at", "end-at", "site-id", "sort", "limit"], request.QueryKeys());
        Assert.Equal("SITE", request.QueryValue("context-type"));
        Assert.Equal(HqSiteId, request.QueryValue("context-identifier"));
        Assert.Equal("50", request.QueryValue("limit"));
        Assert.Equal("timeAt desc", request.QueryValue("sort"));
    }

    [Fact]
    public async Task Site_WindowEndsOneMinuteBeforeNow()
    {
        await CallAsync($$"""{"site_id": "{{HqSiteId}}"}""");

        var request = _central.ApiRequests().Single();
        var end = _central.Time.GetUtcNow().AddSeconds(-60);
        Assert.Equal(TimeArgument.ToWire(end), request.QueryValue("end-at"));
        Assert.Equal(TimeArgument.ToWire(end.AddHours(-24)), request.QueryValue("start-at"));
    }

    [Fact]
    public async Task Site_CountsEventsBySeverity()
    {
        var facts = (await CallAsync($$"""{"site_id": "{{HqSiteId}}", "limit": 200}""")).Facts();

        var returned = facts.GetProperty("returned").GetInt64();
        Assert.True(returned > 0);
        Assert.Equal(returned, facts.GetProperty("negative").GetInt64() + facts.GetProperty("positive").GetInt64() + facts.GetProperty("neutral").GetInt64());
    }

    [Fact]
    public async Task ClientContext_SendsNormalizedMac()
    {
        var client = _central.Tenant.Clients.First(c => c.SiteId == HqSiteId && c.ConnectionType == "Wireless");

        await CallAsync($$"""{"site_id": "{{HqSiteId}}", "context_type": "wireless_client", "context_identifier": "{{client.MacAddress.ToUpperInvariant().Replace(':', '-')}}"}""");

        Assert.Equal(client.MacAddress, _central.ApiRequests().Single().QueryValue("context-identifier"));
    }

    [Fact]
    public async Task DeviceContextWithoutIdentifier_RejectedWithoutRequest()
    {
        var result = await CallAsync($$"""{"site_id": "{{HqSiteId}}", "context_type": "ACCESS_POINT"}""");

        Assert.StartsWith("[ERR] Invalid argument 'context_identifier': is required when context_type is ACCESS_POINT", result.Text, StringComparison.Ordinal);
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task TypedFilters_MergedAfterRawFilter()
    {
        await CallAsync($$"""{"site_id": "{{HqSiteId}}", "filter": "category eq 'Client'", "source_type": "wireless client", "event_id": "1002"}""");

        Assert.Equal("category eq 'Client' and sourceType eq 'Wireless Client' and eventId eq '1002'", _central.ApiRequests().Single().QueryValue("filter"));
    }

    [Fact]
    public async Task UnknownSite_ReportsContextNotFound()
    {
        var result = await CallAsync("""{"site_id": "999"}""");

        Assert.Equal("not_found", result.ErrorKind());
        Assert.StartsWith("[ERR] Event context SITE '999' not found in site '999'", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndInFuture_IsClamped()
    {
        var end = TimeArgument.ToWire(_central.Time.GetUtcNow().AddMinutes(2));

        var result = await CallAsync($$"""{"site_id": "{{HqSiteId}}", "end_time": "{{end}}"}""");

        Assert.Contains("END_CLAMPED", result.FindingCodes());
    }

    [Fact]
    public async Task Result_MatchesOutputSchema()
    {
        var result = await CallAsync($$"""{"site_id": "{{HqSiteId}}", "limit": 100}""");

        ToolCalls.AssertMatchesOutputSchema(_central.Tool("get_events"), result);
    }
}
