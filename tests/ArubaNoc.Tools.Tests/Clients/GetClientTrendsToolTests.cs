using ArubaNoc.Tools.Clients;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Clients;

public sealed class GetClientTrendsToolTests
{
    private const string Tool = "get_client_trends";

    [Fact]
    public async Task GetClientTrends_NoArguments_SendsLast24HoursAndDefaults()
    {
        using var central = SimulatedCentral.Create();
        var now = central.Time.GetUtcNow();

        var result = await CallAsync(central, Tool);

        Assert.False(result.IsError, result.Text);
        var request = SingleRequest(central);
        Assert.Equal("/network-monitoring/v1/clients-trend", request.Path);
        Assert.Equal(
            [$"start-at={now.AddHours(-24):yyyy-MM-ddTHH:mm:ss.fffZ}", $"end-at={now:yyyy-MM-ddTHH:mm:ss.fffZ}", "group-by=TYPE", "type=ALL"],
            QueryPairs(request));
    }

    [Fact]
    public async Task GetClientTrends_DeprecatedInterval_IgnoredWithNotice()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"interval": "1hour", "group_by": "wlan", "client_type": "wireless", "site_name": "HQ Campus"}""");

        Assert.Contains("ARG_IGNORED", result.Text, StringComparison.Ordinal);
        Assert.Equal(["site-name", "start-at", "end-at", "group-by", "type"], SingleRequest(central).QueryKeys());
        Assert.Equal("WIRELESS", SingleRequest(central).QueryValue("type"));
    }

    [Fact]
    public async Task GetClientTrends_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool);

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Points: {Fact(result, "points").GetInt64():#,0}", KeyFactLine(result, "Points"));
        Assert.Equal($"- Trend: {Fact(result, "trend").GetString()}", KeyFactLine(result, "Trend"));
    }

    [Theory]
    [InlineData(new[] { 0.0, 0.0, 5.0 }, "Increasing (from zero)")]
    [InlineData(new[] { 0.0, 0.0 }, "Stable")]
    [InlineData(new[] { 10.0, 20.0 }, "Increasing")]
    [InlineData(new[] { 20.0, 10.0 }, "Decreasing")]
    [InlineData(new[] { 10.0, 10.5 }, "Stable")]
    [InlineData(new[] { 10.0 }, "Stable")]
    public void Trend_Totals_Classified(double[] totals, string expected)
    {
        Assert.Equal(expected, GetClientTrendsTool.Trend(totals).Trend);
    }
}
