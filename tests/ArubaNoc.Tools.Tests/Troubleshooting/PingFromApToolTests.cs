using System.Text.Json;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Troubleshooting;

public sealed class PingFromApToolTests : IDisposable
{
    private const string PingRoute = "/network-troubleshooting/v1/aps/{serial-number}/ping";

    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    private string OnlineAp => _central.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && d.IsOnline && d.IsMonitored).SerialNumber;

    private string OfflineAp => _central.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && !d.IsOnline && d.IsMonitored).SerialNumber;

    public void Dispose() => _central.Dispose();

    private Task<ArubaNoc.Tools.Framework.ToolResult> PingAsync(string json) => ToolCalls.Start(_central.Tool("ping_from_ap"), json);

    [Fact]
    public async Task PingFromAp_Start_SendsOnePostToApPath()
    {
        await PingAsync($$"""{"serial": "{{OnlineAp.ToLowerInvariant()}}", "target": "8.8.8.8"}""");

        var request = Assert.Single(_central.ApiRequests());
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/network-troubleshooting/v1/aps/{OnlineAp}/ping", request.Path);
        Assert.Empty(request.Query);
    }

    [Fact]
    public async Task PingFromAp_Start_SendsDocumentedBodyFields()
    {
        await PingAsync($$"""{"serial_number": "{{OnlineAp}}", "target": "example.com", "count": "3", "vlan": 20, "interface_port": "eth0", "include_raw_output": true}""");

        using var body = JsonDocument.Parse(_central.ApiRequests().Single().Body!);
        Assert.Equal(
            ["destination", "count", "packetSize", "vlan", "interfacePort", "includeRawOutput"],
            body.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal(3, body.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(64, body.RootElement.GetProperty("packetSize").GetInt32());
    }

    [Fact]
    public async Task PingFromAp_Start_ReturnsLocationAsTaskHandle()
    {
        var result = await PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "8.8.8.8"}""");

        var handle = result.Facts().GetProperty("taskHandle").GetString()!;
        Assert.StartsWith($"/network-troubleshooting/v1/aps/{OnlineAp}/ping/async-operations/", handle, StringComparison.Ordinal);
        Assert.Equal(handle[(handle.LastIndexOf('/') + 1)..], result.Facts().GetProperty("taskId").GetString());
        Assert.Contains($"task_handle=\"{handle}\"", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PingFromAp_Start_MatchesOutputSchema()
    {
        var result = await PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "8.8.8.8"}""");

        ToolCalls.AssertMatchesOutputSchema(_central.Tool("ping_from_ap"), result);
    }

    [Fact]
    public async Task PingFromAp_Offline_ReportsNotReady()
    {
        var result = await PingAsync($$"""{"serial": "{{OfflineAp}}", "target": "8.8.8.8"}""");

        Assert.True(result.IsError);
        Assert.StartsWith($"[ERR] Device '{OfflineAp}' is offline or not ready (409 HPE_GRAVITY_DEVICE_OFFLINE:", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PingFromAp_UnknownSerial_ReportsApNotFound()
    {
        var result = await PingAsync("""{"serial": "CN0000000000", "target": "8.8.8.8"}""");

        Assert.Equal("not_found", result.ErrorKind());
        Assert.StartsWith("[ERR] AP 'CN0000000000' not found (404 HPE_GRAVITY_DEVICE_NOT_FOUND", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PingFromAp_ServerError_PostNotRetried()
    {
        _central.Handler.Faults.Arm(FaultScript.ServerError(503), PingRoute, times: 1);

        var result = await PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "8.8.8.8"}""");

        Assert.True(result.IsError);
        Assert.Single(_central.ApiRequests(), request => request.Method == "POST");
    }

    [Fact]
    public async Task PingFromAp_Timeout_PostNotRetried()
    {
        _central.Handler.Faults.Arm(FaultScript.Latency(TimeSpan.FromSeconds(45)), PingRoute, times: 1);

        var result = await _central.DriveClockAsync(PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "8.8.8.8"}"""));

        Assert.Equal("transport", result.ErrorKind());
        Assert.Single(_central.ApiRequests(), request => request.Method == "POST");
    }

    [Fact]
    public async Task PingFromAp_InvalidTarget_SendsNothing()
    {
        var result = await PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "bad host"}""");

        Assert.Equal("validation", result.ErrorKind());
        Assert.Empty(_central.ApiRequests());
    }

    [Fact]
    public async Task PingFromAp_BadInterfacePort_SendsNothing()
    {
        var result = await PingAsync($$"""{"serial": "{{OnlineAp}}", "target": "8.8.8.8", "interface_port": "eth 0"}""");

        Assert.Contains("Invalid argument 'interface_port'", result.Text, StringComparison.Ordinal);
        Assert.Empty(_central.ApiRequests());
    }
}
