using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Clients;

public sealed class GetTopClientsByUsageToolTests
{
    private const string Tool = "get_top_clients_by_usage";

    [Fact]
    public async Task GetTopClients_NoArguments_Sends24HoursEndingNow()
    {
        using var central = SimulatedCentral.Create();
        var now = central.Time.GetUtcNow();

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/clients-topn-usage", request.Path);
        Assert.Equal(
            [$"start-at={now.AddHours(-24):yyyy-MM-ddTHH:mm:ss.fffZ}", $"end-at={now:yyyy-MM-ddTHH:mm:ss.fffZ}", "limit=10"],
            QueryPairs(request));
    }

    [Fact]
    public async Task GetTopClients_WiredOnly_RequestsTop100AndFiltersLocally()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"connection_type": "wired", "limit": 3, "site_id": "2778382"}""");

        Assert.Equal("100", SingleRequest(central).QueryValue("limit"));
        Assert.True(Fact(result, "filteredLocally").GetBoolean());
        Assert.All(Structured(result).GetProperty("items").EnumerateArray(),
            item => Assert.Equal("Wired", item.GetProperty("clientConnectionType").GetString(), StringComparer.OrdinalIgnoreCase));
        Assert.Contains("filtered by this server from the top 100", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTopClients_WindowOver7DaysTenantWide_Rejected()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"start_time": "2026-06-20T00:00:00Z", "end_time": "2026-06-30T00:00:00Z"}""");

        Assert.True(result.IsError);
        Assert.Contains("Invalid argument 'start_time'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetTopClients_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 100}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Clients: {Fact(result, "clients").GetInt64():#,0}", KeyFactLine(result, "Clients"));
        Assert.Equal($"- Top client: {Fact(result, "topMac").GetString()}", KeyFactLine(result, "Top client"));
    }
}
