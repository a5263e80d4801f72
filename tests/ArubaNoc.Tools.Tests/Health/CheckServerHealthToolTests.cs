using ArubaNoc.Central.Http;
using ArubaNoc.Central.Wire;
using ArubaNoc.Simulator;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Tests.TestSupport;
using ArubaNoc.Tools.Tests.Troubleshooting;

namespace ArubaNoc.Tools.Tests.Health;

public sealed class CheckServerHealthToolTests
{
    [Fact]
    public async Task Probe_SendsDevicesWithLimitOne()
    {
        using var central = SimulatedCentral.Create();

        await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        var probe = Assert.Single(central.ApiRequests());
        Assert.Equal("/network-monitoring/v1/devices", probe.Path);
        Assert.Equal(["limit"], probe.QueryKeys());
        Assert.Equal("1", probe.QueryValue("limit"));
    }

    [Fact]
    public async Task Healthy_ReportsOk()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        Assert.Equal("OK", result.Facts().GetProperty("overall").GetString());
        Assert.StartsWith("[HEALTH] Server health: OK", result.Text, StringComparison.Ordinal);
        Assert.Equal("ok", result.Facts().GetProperty("probe").GetProperty("status").GetString());
        Assert.Equal("valid", result.Facts().GetProperty("token").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Healthy_MatchesOutputSchema()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        ToolCalls.AssertMatchesOutputSchema(central.Tool("check_server_health"), result);
    }

    [Fact]
    public async Task Output_NeverContainsSecret()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        Assert.DoesNotContain(SimulatorCredentials.ClientSecret, result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SimulatorCredentials.ClientSecret, result.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_ReportsDownWithoutRequest()
    {
        using var central = SimulatedCentral.Create(configure: options => options with { ClientId = null, ClientSecret = null });

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        Assert.False(result.IsError);
        Assert.Equal("DOWN", result.Facts().GetProperty("overall").GetString());
        Assert.False(result.Facts().GetProperty("server").GetProperty("credentialsConfigured").GetBoolean());
        Assert.Equal("skipped", result.Facts().GetProperty("probe").GetProperty("status").GetString());
        Assert.Contains("[CRIT] credentials missing", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, central.Handler.RequestLog.Count);
        ToolCalls.AssertMatchesOutputSchema(central.Tool("check_server_health"), result);
    }

    [Fact]
    public async Task BreakerOpen_ReportsDown()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.ServerError(500), "/network-monitoring/v1/devices");
        for (var i = 0; i < central.Client.Options.CircuitBreakerThreshold; i++)
        {
            await central.Client.SendAsync(CentralRequest.Get("/network-monitoring/v1/devices"), CentralJsonContext.Default.CentralListJsonElement, TestContext.Current.CancellationToken);
        }

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        Assert.Equal("DOWN", result.Facts().GetProperty("overall").GetString());
        Assert.Equal("open", result.Facts().GetProperty("breaker").GetProperty("state").GetString());
        Assert.Equal("skipped", result.Facts().GetProperty("probe").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ProbeServerError_ReportsDegraded()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.ServerError(503), "/network-monitoring/v1/devices", times: 1);

        var result = await ToolCalls.Start(central.Tool("check_server_health"), "{}");

        Assert.Equal("DEGRADED", result.Facts().GetProperty("overall").GetString());
        Assert.Equal(503, result.Facts().GetProperty("probe").GetProperty("httpStatus").GetInt32());
        Assert.Single(central.ApiRequests());
    }

    [Fact]
    public async Task ProbeDisabled_SendsNothing()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCalls.Start(central.Tool("check_server_health"), """{"probe": false}""");

        Assert.Equal("skipped", result.Facts().GetProperty("probe").GetProperty("status").GetString());
        Assert.Equal(0, central.Handler.RequestLog.Count);
    }
}
