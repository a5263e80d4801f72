using System.Text.Json;
using ArubaNoc.Simulator.Tenant;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Clients;

public sealed class ListAllClientsToolTests
{
    private const string Tool = "list_all_clients";

    [Fact]
    public async Task ListAllClients_NoArguments_SendsConnectedClauseAndLimit()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/clients", request.Path);
        Assert.Equal(["filter=status eq 'Connected'", "limit=100"], QueryPairs(request));
        Assert.Contains("filter status eq 'Connected'", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAllClients_UpperCaseStatus_SentAsConnected()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"status": "CONNECTED", "connection_type": "wireless", "vlan_id": "10", "site_id": "1001", "sort": "name asc"}""");

        Assert.Equal(
            ["site-id=1001", "filter=status eq 'Connected' and clientConnectionType eq 'Wireless' and vlanId eq '10'", "sort=clientName ASC", "limit=100"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task ListAllClients_AllStatusWithWindow_SendsInClauseAndTimes()
    {
        using var central = SimulatedCentral.Create();
        var now = central.Time.GetUtcNow();

        var result = await CallAsync(central, Tool, $$"""{"status": "all", "start_query_time": "{{now.AddHours(-2):yyyy-MM-ddTHH:mm:ssZ}}", "end_query_time": "{{now.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}}"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(
            ["start-at", "end-at", "filter", "limit"],
            SingleRequest(central).QueryKeys());
        Assert.Equal("status in ('Connected','Failed')", SingleRequest(central).QueryValue("filter"));
    }

    [Fact]
    public async Task ListAllClients_RawStatusFilter_ReplacesDefaultStatus()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool, """{"filter": "status eq 'Failed' and network eq 'corp'"}""");

        Assert.Equal("status eq 'Failed' and wlanName eq 'corp'", SingleRequest(central).QueryValue("filter"));
    }

    [Fact]
    public async Task ListAllClients_SiteIdAndSiteName_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": "1001", "site_name": "HQ Campus"}""");

        Assert.True(result.IsError);
        Assert.Contains("Invalid argument 'site_name'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task ListAllClients_NullSiteAndLimit_DefaultsApply()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": null, "limit": null}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(["filter=status eq 'Connected'", "limit=100"], QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task ListAllClients_250Clients_ThreePagesThroughNext()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 8).AddSite("100", "Paging Site").AddAccessPoints("100", 5).AddClients("100", 250).Build();
        using var central = SimulatedCentral.Create(tenant);
        var seen = new List<string>();
        string? next = null;
        var pages = 0;

        do
        {
            var arguments = next is null ? """{"limit": 100}""" : $$"""{"limit": 100, "next": "{{next}}"}""";
            var result = await CallAsync(central, Tool, arguments);
            pages++;
            seen.AddRange(Structured(result).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("macAddress").GetString()!));
            var page = Structured(result).GetProperty("page");
            next = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        }
        while (next is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(250, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(250, seen.Count);
        Assert.DoesNotContain(central.ApiRequests(), request => request.QueryKeys().Contains("offset"));
    }

    [Fact]
    public async Task ListAllClients_5000Clients_TextCappedAndItemsFlagged()
    {
        var tenant = SimulatedTenant.CreateBuilder(seed: 12).AddSite("200", "Big Site").AddAccessPoints("200", 20).AddClients("200", 5000).Build();
        using var central = SimulatedCentral.Create(tenant);

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        Assert.True(result.Text.Length <= ToolResultBuilder.MaxTextLength);
        Assert.Contains("... and 975 more", result.Text, StringComparison.Ordinal);
        Assert.Contains("[MORE] more results: call list_all_clients again with next=\"2\"", result.Text, StringComparison.Ordinal);
        Assert.Equal(100, Structured(result).GetProperty("items").GetArrayLength());
        Assert.True(Structured(result).GetProperty("itemsTruncated").GetBoolean());
    }

    [Fact]
    public async Task ListAllClients_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"status": "ALL", "limit": 1000}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Wireless: {Fact(result, "wireless").GetInt64():#,0}", KeyFactLine(result, "Wireless"));
        Assert.Equal($"- Failed: {Fact(result, "failed").GetInt64():#,0}", KeyFactLine(result, "Failed"));
        Assert.Equal($"- Poor signal: {Fact(result, "poorSignal").GetInt64():#,0}", KeyFactLine(result, "Poor signal"));
    }
}
