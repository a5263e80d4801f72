using System.Text.Json;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Troubleshooting;

public sealed class TracerouteFromApToolTests : IDisposable
{
    private readonly SimulatedCentral _central = SimulatedCentral.Create();

    private string OnlineAp => _central.Tenant.Devices.First(d => d.DeviceType == "ACCESS_POINT" && d.IsOnline && d.IsMonitored).SerialNumber;

    public void Dispose() => _central.Dispose();

    [Fact]
    public async Task Start_SendsDestinationOnly()
    {
        await ToolCalls.Start(_central.Tool("traceroute_from_ap"), $$"""{"serial": "{{OnlineAp}}", "target": "example.com"}""");

        var request = Assert.Single(_central.ApiRequests());
        Assert.Equal($"/network-troubleshooting/v1/aps/{OnlineAp}/traceroute", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(["destination"], body.RootElement.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public async Task MaxHops_IgnoredAndNotSent()
    {
        var result = await ToolCalls.Start(_central.Tool("traceroute_from_ap"), $$"""{"serial": "{{OnlineAp}}", "target": "example.com", "max_hops": 20}""");

        Assert.Contains("ARG_IGNORED", result.FindingCodes());
        Assert.DoesNotContain("maxHops", _central.ApiRequests().Single().Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MatchesOutputSchemaWithoutPingFacts()
    {
        var result = await ToolCalls.Start(_central.Tool("traceroute_from_ap"), $$"""{"serial": "{{OnlineAp}}", "target": "example.com"}""");

        ToolCalls.AssertMatchesOutputSchema(_central.Tool("traceroute_from_ap"), result);
        Assert.False(result.Facts().TryGetProperty("count", out _));
        Assert.Contains("TRACEROUTE_DURATION", result.FindingCodes());
    }

    [Fact]
    public async Task Result_RawOutputPrintedWhenAsked()
    {
        var start = await ToolCalls.Start(_central.Tool("traceroute_from_ap"), $$"""{"serial": "{{OnlineAp}}", "target": "example.com"}""");
        var handle = start.Facts().GetProperty("taskHandle").GetString();

        var result = await _central.DriveClockAsync(ToolCalls.Start(_central.Tool("get_async_test_result"), $$"""{"task_handle": "{{handle}}", "wait_seconds": 60, "include_raw_output": true}"""));

        Assert.Contains("Raw output:", result.Text, StringComparison.Ordinal);
        Assert.Contains("COMMAND=traceroute example.com", result.Facts().GetProperty("rawOutput").GetString(), StringComparison.Ordinal);
    }
}
