using ArubaNoc.Tools.Firmware;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Firmware;

public sealed class GetFirmwareDetailsToolTests
{
    private const string Tool = "get_firmware_details";

    [Fact]
    public async Task GetFirmwareDetails_NoArguments_CallsServicesPath()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("/network-services/v1/firmware-details", request.Path);
        Assert.Equal(["limit=100"], QueryPairs(request));
    }

    [Fact]
    public async Task GetFirmwareDetails_SearchIsLocal_NeverSent()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"search": "zürich", "device_type": "ACCESS_POINT", "site_id": "2778405", "limit": 1000}""");

        Assert.Equal(["filter=siteId eq '2778405' and deviceType eq 'ACCESS_POINT'", "limit=1000"], QueryPairs(SingleRequest(central)));
        Assert.Equal(1, Fact(result, "returned").GetInt64());
        Assert.All(Structured(result).GetProperty("items").EnumerateArray(),
            item => Assert.Contains("zürich", item.GetProperty("deviceName").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Up To Date", nameof(UpgradeBucket.UpToDate))]
    [InlineData("Upgrade Required", nameof(UpgradeBucket.Required))]
    [InlineData("upgrade available", nameof(UpgradeBucket.Available))]
    [InlineData("Upgrade Failed", nameof(UpgradeBucket.Other))]
    [InlineData(null, nameof(UpgradeBucket.Other))]
    public void BucketOf_StatusText_MapsCaseInsensitively(string? status, string expected)
    {
        Assert.Equal(expected, GetFirmwareDetailsTool.BucketOf(status).ToString());
    }

    [Fact]
    public async Task GetFirmwareDetails_DefaultTenant_MatchesOutputSchemaAndFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        AssertMatchesOutputSchema(central, Tool, result);
        Assert.Equal($"- Update available: {Fact(result, "updateAvailable").GetInt64():#,0}", KeyFactLine(result, "Update available"));
        Assert.Equal($"- Behind recommended: {Fact(result, "behindRecommended").GetInt64():#,0}", KeyFactLine(result, "Behind recommended"));
        Assert.Contains("Unclassified", Fact(result, "byClassification").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFirmwareDetails_SmallPage_PrintsNextCursor()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 5}""");

        Assert.Contains("[MORE] more results: call get_firmware_details again with next=\"2\"", result.Text, StringComparison.Ordinal);
    }
}
