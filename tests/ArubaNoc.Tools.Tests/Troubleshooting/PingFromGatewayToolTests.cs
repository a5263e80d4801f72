using System.Text.Json;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Troubleshooting;

public sealed class PingFromGatewayToolTests : IDisposable
{
    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    private string OnlineGateway => _central.Tenant.Devices.First(d => d.DeviceType == "GATEWAY" && d.IsOnline && d.IsMonitored).SerialNumber;

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task PingFromGateway_Start_SendsOnlyGivenBodyFields()
    {
        await ToolCalls.Start(_central.Tool("ping_from_gateway"), $$"""{"serial": "{{OnlineGateway}}", "target": "10.0.0.1", "source_interface": "VLAN-interface", "vlan": 10, "dont_fragment": "true"}""");

        var request = Assert.Single(_central.ApiRequests());
        Assert.Equal($"/network-troubleshooting/v1/gateways/{OnlineGateway}/ping", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(["destination", "count", "sourceInterface", "vlan", "dontFragmentFlag"], body.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal("vlan-interface", body.RootElement.GetProperty("sourceInterface").GetString());
    }

    [Fact]
    public async Task PingFromGateway_EndToEnd_LossFromSuccessRate()
    {
        var start = await ToolCalls.Start(_central.Tool("ping_from_gateway"), $$"""{"serial": "{{OnlineGateway}}", "target": "lossy.example.com"}""");
        var handle = start.Facts().GetProperty("taskHandle").GetString();

        var result = await _central.DriveClockAsync(ToolCalls.Start(_central.Tool("get_async_test_result"), $$"""{"task_handle": "{{handle}}", "wait_seconds": 30}"""));

        Assert.Equal(20, result.Facts().GetProperty("lossPct").GetDouble());
        Assert.Equal(4, result.Facts().GetProperty("received").GetInt64());
        Assert.Equal(5, result.Facts().GetProperty("sent").GetInt64());
    }

    [Fact]
    public async Task PingFromGateway_UnknownSerial_ReportsGatewayNotFound()
    {
        var result = await ToolCalls.Start(_central.Tool("ping_from_gateway"), """{"serial": "CN0000000000", "target": "8.8.8.8"}""");

        Assert.StartsWith("[ERR] Gateway 'CN0000000000' not found", result.Text, StringComparison.Ordinal);
    }
}
