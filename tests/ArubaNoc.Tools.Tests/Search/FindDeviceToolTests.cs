using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Search;

public sealed class FindDeviceToolTests : IDisposable
{
    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    public void Dispose() => _central.Dispose();

    private Task<ToolResult> CallAsync(string json) => ToolCalls.Start(_central.Tool("find_device"), json);

    [Fact]
    public async Task Serial_InDevices_OneFilteredRequest()
    {
        var ap = _central.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && d.IsMonitored);

        var result = await CallAsync($$"""{"serial": "{{ap.SerialNumber.ToLowerInvariant()}}"}""");

        var request = Assert.Single(_central.ApiRequests());
        Assert.Equal("/network-monitoring/v1/devices", request.Path);
        Assert.Equal($"serialNumber eq '{ap.SerialNumber}'", request.QueryValue("filter"));
        Assert.Equal("10", request.QueryValue("limit"));
        Assert.Equal("devices", result.Facts().GetProperty("source").GetString());
        Assert.Contains("details: get_ap_details", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serial_GatewayMissingFromDevices_FoundInGateways()
    {
        var gateway = _central.Tenant.Devices.First(d => d.ClusterName == "ord-cluster-2");

        var result = await CallAsync($$"""{"serial": "{{gateway.SerialNumber}}"}""");

        Assert.Equal(["/network-monitoring/v1/devices", "/network-monitoring/v1/gateways"], _central.ApiRequests().Select(request => request.Path));
        Assert.Equal("gateways", result.Facts().GetProperty("source").GetString());
    }

    [Fact]
    public async Task Serial_InventoryOnly_ReportsNotMonitored()
    {
        var device = _central.Tenant.Devices.First(d => !d.IsMonitored);

        var result = await CallAsync($$"""{"serial": "{{device.SerialNumber}}"}""");

        Assert.Equal("device-inventory", result.Facts().GetProperty("source").GetString());
        Assert.Contains("NOT_MONITORED", result.FindingCodes());
    }

    [Fact]
    public async Task Name_Unicode_MatchedAndPrintedIntact()
    {
        var result = await CallAsync("""{"name": "Zürich–Süd 🚀"}""");

        Assert.Equal("deviceName eq 'Zürich–Süd 🚀'", _central.ApiRequests()[0].QueryValue("filter"));
        Assert.Equal(1, result.Facts().GetProperty("matches").GetInt64());
        Assert.Contains("Zürich–Süd 🚀", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Name_Substring_FoundByScan()
    {
        var result = await CallAsync("""{"name": "zürich–süd"}""");

        Assert.Equal("scan", result.Facts().GetProperty("source").GetString());
        Assert.True(result.Facts().GetProperty("scanComplete").GetBoolean());
        Assert.Equal(1, result.Facts().GetProperty("matches").GetInt64());
    }

    [Fact]
    public async Task Mac_NotFound_ReportsIncompleteScan()
    {
        var result = await CallAsync("""{"mac": "AA-BB-CC-DD-EE-FF", "max_scan": 100}""");

        var facts = result.Facts();
        Assert.False(facts.GetProperty("found").GetBoolean());
        Assert.Equal(100, facts.GetProperty("scanned").GetInt64());
        Assert.False(facts.GetProperty("scanComplete").GetBoolean());
        Assert.Contains("SCAN_INCOMPLETE", result.FindingCodes());
        Assert.Contains("[INFO] No device matches mac 'aa:bb:cc:dd:ee:ff'", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mac_GatewayLookupTriesBothCases()
    {
        await CallAsync("""{"mac": "aa:bb:cc:dd:ee:ff", "max_scan": 100}""");

        var gatewayFilters = _central.ApiRequests().Where(request => request.Path == "/network-monitoring/v1/gateways").Select(request => request.QueryValue("filter"));
        Assert.Equal(["macAddress eq 'aa:bb:cc:dd:ee:ff'", "macAddress eq 'AA:BB:CC:DD:EE:FF'"], gatewayFilters);
    }

    [Fact]
    public async Task Mac_OfAccessPoint_FoundByScan()
    {
        var page = await _central.Client.SendAsync(
            CentralRequest.Get("/network-monitoring/v1/devices").WithQuery("filter", "deviceType eq 'ACCESS_POINT'").WithQuery("limit", 1),
            CentralJsonContext.Default.CentralListJsonElement,
            TestContext.Current.CancellationToken);
        var mac = page.Value!.Items![0].GetProperty("macAddress").GetString()!;

        var result = await CallAsync($$"""{"mac": "{{mac.ToUpperInvariant()}}", "device_type": "ACCESS_POINT"}""");

        Assert.Equal("scan", result.Facts().GetProperty("source").GetString());
        Assert.Equal(mac, result.Items().Single().GetProperty("macAddress").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"serial": "CN1", "name": "x"}""")]
    public async Task KeyCountNotOne_RejectedWithoutRequest(string json)
    {
        var result = await CallAsync(json);

        Assert.Equal("validation", result.ErrorKind());
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task Result_MatchesOutputSchema()
    {
        var result = await CallAsync("""{"name": "zürich"}""");

        ToolCalls.AssertMatchesOutputSchema(_central.Tool("find_device"), result);
    }
}
