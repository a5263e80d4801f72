using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Alerts;

public sealed class GetAlertsToolTests : IDisposable
{
    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    public void Dispose() => _central.Dispose();

    private Task<ArubaNoc.Tools.Framework.ToolResult> CallAsync(string json) => ToolCalls.Start(_central.Tool("get_alerts"), json);

    [Fact]
    public async Task Default_SendsActiveFilterSortAndLimit()
    {
        await CallAsync("{}");

        var list = _central.ApiRequests()[0];
        Assert.Equal("/network-notifications/v1/alerts", list.Path);
        Assert.Equal(["filter", "sort", "limit"], list.QueryKeys());
        Assert.Equal("status eq 'Active'", list.QueryValue("filter"));
        Assert.Equal("createdAt DESC", list.QueryValue("sort"));
        Assert.Equal("50", list.QueryValue("limit"));
    }

    [Fact]
    public async Task Default_ClassificationUsesSameFilter()
    {
        await CallAsync("{}");

        var breakdown = _central.ApiRequests()[1];
        Assert.Equal("/network-notifications/v1/alerts/classification", breakdown.Path);
        Assert.Equal(["type", "filter"], breakdown.QueryKeys());
        Assert.Equal("severity", breakdown.QueryValue("type"));
        Assert.Equal("status eq 'Active'", breakdown.QueryValue("filter"));
    }

    [Fact]
    public async Task TypedArguments_BecomeClauses()
    {
        await CallAsync("""{"site_id": "2778382", "status": "cleared", "category": "system", "device_type": "access_point", "sort": "severity asc"}""");

        var list = _central.ApiRequests()[0];
        Assert.Equal("siteId eq '2778382' and status eq 'Cleared' and category eq 'System' and deviceType eq 'Access Point'", list.QueryValue("filter"));
        Assert.Equal("severity ASC", list.QueryValue("sort"));
    }

    [Fact]
    public async Task StatusAll_SendsNoFilter()
    {
        await CallAsync("""{"status": "ALL", "include_breakdown": false}""");

        Assert.Equal(["sort", "limit"], Assert.Single(_central.ApiRequests()).QueryKeys());
    }

    [Fact]
    public async Task Breakdown_CountsAllMatchingAlerts()
    {
        var facts = (await CallAsync("""{"limit": 5}""")).Facts();

        Assert.Equal("all", facts.GetProperty("severityScope").GetString());
        Assert.Equal(facts.GetProperty("total").GetInt64(), facts.GetProperty("bySeverity").EnumerateObject().Sum(pair => pair.Value.GetInt64()));
    }

    [Fact]
    public async Task BreakdownFails_ResultIsPartial()
    {
        _central.Handler.Faults.Arm(FaultScript.ServerError(500), "/network-notifications/v1/alerts/classification");

        var result = await CallAsync("{}");

        Assert.True(result.StructuredContent!.Value.GetProperty("partial").GetBoolean());
        Assert.Equal("page", result.Facts().GetProperty("severityScope").GetString());
        Assert.Contains("[WARN] severity breakdown unavailable: 500", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Severity_FiltersRowsLocally()
    {
        var result = await CallAsync("""{"severity": "critical", "status": "ALL", "limit": 100}""");

        Assert.All(result.Items(), item => Assert.Equal("Critical", item.GetProperty("severity").GetString()));
        Assert.DoesNotContain(_central.ApiRequests(), request => request.QueryKeys().Contains("severity"));
    }

    [Fact]
    public async Task SmallLimit_OffersNextPage()
    {
        var result = await CallAsync("""{"limit": 5}""");

        Assert.Equal("2", result.StructuredContent!.Value.GetProperty("page").GetProperty("next").GetString());
        Assert.EndsWith("[MORE] more results: call get_alerts again with next=\"2\"", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_MatchesOutputSchema()
    {
        var result = await CallAsync("""{"status": "ALL"}""");

        ToolCalls.AssertMatchesOutputSchema(_central.Tool("get_alerts"), result);
    }

    [Fact]
    public async Task StatusInRawAndTyped_RejectedWithoutRequest()
    {
        var result = await CallAsync("""{"status": "ACTIVE", "filter": "status eq 'Cleared'"}""");

        Assert.Equal("validation", result.ErrorKind());
        Assert.Empty(_central.ApiRequests());
    }
}
