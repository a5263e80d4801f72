using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Wireless;

public sealed class GetTopApsByBandwidthToolTests
{
    private const string Tool = "get_top_aps_by_bandwidth";

    [Fact]
    public async Task GetTopAps_NoArguments_Sends24HoursEndingAMinuteAgo()
    {
        using var central = SimulatedCentral.Create();
        var end = central.Time.GetUtcNow().AddSeconds(-60);

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/top-aps-by-wireless-usage", request.Path);
        Assert.Equal(
            ["limit=10", $"start-at={end.AddHours(-24):yyyy-MM-ddTHH:mm:ss.fffZ}", $"end-at={end:yyyy-MM-ddTHH:mm:ss.fffZ}"],
            QueryPairs(request));
    }

    [Fact]
    public async Task GetTopAps_30Days_SpanStaysBelow30Days()
    {
        using var central = SimulatedCentral.Create();
        var end = central.Time.GetUtcNow().AddSeconds(-60);

        var result = await CallAsync(central, Tool, """{"time_range": "30DAYS", "site_name": "HQ Campus", "limit": 25}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(
            ["site-name=HQ Campus", "limit=25", $"start-at={end.AddDays(-30).AddSeconds(60):yyyy-MM-ddTHH:mm:ss.fffZ}", $"end-at={end:yyyy-MM-ddTHH:mm:ss.fffZ}"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task GetTopAps_OnlyStartTime_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"start_time": "2026-06-30T00:00:00Z"}""");

        Assert.True(result.IsError);
        Assert.Contains("Invalid argument 'end_time'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetTopAps_DefaultTenant_SharesAndFactsAgree()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
        var shares = Structured(result).GetProperty("items").EnumerateArray().Sum(item => item.GetProperty("sharePct").GetDouble());
        Assert.Equal(100.0, shares, precision: 6);
        Assert.Equal($"- Top AP: {Fact(result, "topSerial").GetString()}", KeyFactLine(result, "Top AP"));
        Assert.Contains("#1 ", result.Text, StringComparison.Ordinal);
    }
}
