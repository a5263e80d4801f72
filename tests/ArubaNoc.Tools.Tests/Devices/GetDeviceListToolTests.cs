using System.Text.Json;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;
using static ArubaNoc.Tools.Tests.Devices.InventoryToolKit;

namespace ArubaNoc.Tools.Tests.Devices;

public sealed class GetDeviceListToolTests
{
    private const string Tool = "get_device_list";

    [Fact]
    public async Task GetDeviceList_NoArguments_SendsDefaultLimitOnly()
    {
        using var central = SimulatedCentral.Create();

        await CallAsync(central, Tool);

        var request = SingleRequest(central);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/network-monitoring/v1/devices", request.Path);
        Assert.Equal(["limit=100"], QueryPairs(request));
    }

    [Fact]
    public async Task GetDeviceList_LowerCaseStatus_SentAsUpperCaseClause()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"status": "online", "device_type": "access_point", "site_id": "1001", "sort": "deviceName DESC", "limit": 5, "next": "2"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(
            ["filter=siteId eq '1001' and deviceType eq 'ACCESS_POINT' and status eq 'ONLINE'", "sort=deviceName desc", "limit=5", "next=2"],
            QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task GetDeviceList_NullArguments_TreatedAsNotGiven()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"site_id": null, "limit": null}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(["limit=100"], QueryPairs(SingleRequest(central)));
    }

    [Fact]
    public async Task GetDeviceList_DashAndNullFields_MatchOutputSchema()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        Assert.False(result.IsError, result.Text);
        AssertMatchesOutputSchema(central, Tool, result);
    }

    [Fact]
    public async Task GetDeviceList_KeyFacts_EqualStructuredFacts()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        Assert.Equal($"- Total: {Fact(result, "total").GetInt64():#,0}", KeyFactLine(result, "Total"));
        Assert.Equal($"- Online: {Fact(result, "online").GetInt64():#,0}", KeyFactLine(result, "Online"));
        Assert.Equal($"- Offline: {Fact(result, "offline").GetInt64():#,0}", KeyFactLine(result, "Offline"));
    }

    [Fact]
    public async Task GetDeviceList_SmallPage_PrintsNextCursorAndPageShares()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 4}""");

        Assert.Contains("[MORE] more results: call get_device_list again with next=\"2\"", result.Text, StringComparison.Ordinal);
        Assert.True(Structured(result).GetProperty("page").GetProperty("hasMore").GetBoolean());
        var shares = Fact(result, "byStatus").EnumerateObject().Sum(pair => pair.Value.GetInt64());
        Assert.Equal(4, shares);
    }

    [Fact]
    public async Task GetDeviceList_DashRole_NotCountedAsValue()
    {
        using var central = SimulatedCentral.Create();

        var result = await CallAsync(central, Tool, """{"limit": 1000}""");

        var deployments = Fact(result, "byDeployment").EnumerateObject().Select(pair => pair.Name).ToList();
        Assert.DoesNotContain("-", deployments);
        Assert.DoesNotContain(Structured(result).GetProperty("items").EnumerateArray(), item => item.GetProperty("ipv4").ValueKind == JsonValueKind.String && item.GetProperty("ipv4").GetString() is "" or "-");
    }

    [Fact]
    public async Task GetDeviceList_BadRequestFromCentral_ShowsErrorCodeAndDebugId()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/devices");

        var result = await CallAsync(central, Tool);

        Assert.True(result.IsError);
        var error = Structured(result).GetProperty("error");
        Assert.Equal("HPE_GL_ERROR_FORBIDDEN", error.GetProperty("errorCode").GetString());
        Assert.Contains("HPE_GL_ERROR_FORBIDDEN", result.Text, StringComparison.Ordinal);
        Assert.Contains($"debugId {error.GetProperty("debugId").GetString()}", result.Text, StringComparison.Ordinal);
    }
}
