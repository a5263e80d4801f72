using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Gateways;

public sealed class GetGatewayDetailsToolTests
{
    private const string Serial = "GW0000000001";
    private const string DetailPath = "/network-monitoring/v1/gateways/" + Serial;

    private static string OnlineGateway(SimulatedCentral central) =>
        central.Tenant.Devices.First(device => device.DeviceType == "GATEWAY" && device.IsMonitored && device.IsOnline).SerialNumber;

    private static Task<ToolResult> CallCannedAsync(string detail, string uplinks, string health) =>
        ToolCall.RunCannedAsync(environment => new GetGatewayDetailsTool(environment), $$"""{"serial_number": "{{Serial}}"}""",
            (DetailPath, detail),
            (DetailPath + "/uplinks", uplinks),
            (DetailPath + "/wan-tunnels-health-summary", health));

    private static string Uplink(string tag, string status, bool backup) =>
        $$"""{"linkTag": "{{tag}}", "status": "{{status}}", "isBackupUplink": {{(backup ? "true" : "false")}}, "publicIpAddress": "203.0.113.9"}""";

    private const string OnlineDetail = """{"deviceName": "gw-1", "status": "Online", "cpuUtilization": 10, "memoryUtilization": 20}""";
    private const string GoodHealth = """{"health": "Good", "tunnelHealth": {"good": 4, "fair": 0, "poor": 0}}""";

    [Fact]
    public async Task GetGatewayDetails_Serial_SendsDetailUplinksAndTunnelHealth()
    {
        using var central = SimulatedCentral.Create();
        var serial = OnlineGateway(central);
        var tool = new GetGatewayDetailsTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial": "{{serial.ToLowerInvariant()}}"}""");

        Assert.False(result.IsError, result.Text);
        var prefix = "/network-monitoring/v1/gateways/" + serial;
        Assert.Equal([prefix, prefix + "/uplinks", prefix + "/wan-tunnels-health-summary"], central.ApiRequests().Select(request => request.Path));
        Assert.All(central.ApiRequests(), request => Assert.Empty(request.Query));
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetGatewayDetails_UplinksFail_ReturnsPartial()
    {
        using var central = SimulatedCentral.Create();
        var serial = OnlineGateway(central);
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/gateways/{serial-number}/uplinks");
        var tool = new GetGatewayDetailsTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial_number": "{{serial}}"}""");

        Assert.False(result.IsError, result.Text);
        var content = ResultReader.Content(result);
        Assert.True(content.GetProperty("partial").GetBoolean());
        var subError = Assert.Single(content.GetProperty("subErrors").EnumerateArray());
        Assert.Equal($"/network-monitoring/v1/gateways/{serial}/uplinks", subError.GetProperty("path").GetString());
        Assert.Equal(403, subError.GetProperty("httpStatus").GetInt32());
        Assert.Contains($"[WARN] Uplinks unavailable: 403 {subError.GetProperty("errorCode").GetString()}", result.Text, StringComparison.Ordinal);
        Assert.Equal(3, central.ApiRequests().Count);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, content);
    }

    [Fact]
    public async Task GetGatewayDetails_TunnelHealthFails_ReturnsPartialWithUplinks()
    {
        using var central = SimulatedCentral.Create();
        var serial = OnlineGateway(central);
        central.Handler.Faults.Arm(FaultScript.NotFound(), "/network-monitoring/v1/gateways/{serial-number}/wan-tunnels-health-summary");

        var result = await ToolCall.RunAsync(new GetGatewayDetailsTool(central.Environment), $$"""{"serial_number": "{{serial}}"}""");

        Assert.True(ResultReader.Content(result).GetProperty("partial").GetBoolean());
        Assert.Contains("[WARN] WAN tunnel health unavailable: 404 HPE_GL_ERROR_NOT_FOUND", result.Text, StringComparison.Ordinal);
        Assert.Equal(3, ResultReader.Fact(result, "uplinksTotal").GetInt64());
    }

    [Fact]
    public async Task GetGatewayDetails_DetailFails_ErrorWithoutSecondaryCalls()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayDetailsTool(central.Environment), """{"serial_number": "GWNOSUCH1"}""");

        Assert.True(result.IsError);
        var error = ResultReader.Error(result);
        Assert.Equal($"[ERR] Gateway 'GWNOSUCH1' not found (404 {error.GetProperty("errorCode").GetString()}, debugId {error.GetProperty("debugId").GetString()})", result.Text);
        Assert.Single(central.ApiRequests());
    }

    [Fact]
    public async Task GetGatewayDetails_UnknownGateway_CannedCodeAndDebugId()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetGatewayDetailsTool(canned.Environment), """{"serial": "GW404"}""");

        Assert.Equal($"[ERR] Gateway 'GW404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetGatewayDetails_InvalidSerial_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayDetailsTool(central.Environment), """{"serial_number": "GW/../../devices"}""");

        Assert.StartsWith("[ERR] Invalid argument 'serial_number': must be 1-16 letters or digits", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetGatewayDetails_OfflineAndHighLoad_CritAndWarns()
    {
        var detail = """{"status": "OFFLINE", "cpuUtilization": "81", "memoryUtilization": 80.5}""";

        var result = await CallCannedAsync(detail, """{"items": [], "count": 0}""", GoodHealth);

        Assert.Contains("CRIT GATEWAY_OFFLINE", ResultReader.Findings(result));
        Assert.Contains("WARN CPU_HIGH", ResultReader.Findings(result));
        Assert.Contains("WARN MEMORY_HIGH", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayDetails_NoUplinks_InfoNotAllDown()
    {
        var result = await CallCannedAsync(OnlineDetail, """{"items": [], "count": 0}""", GoodHealth);

        Assert.Contains("INFO NO_UPLINKS", ResultReader.Findings(result));
        Assert.DoesNotContain("CRIT ALL_UPLINKS_DOWN", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayDetails_AllUplinksDown_CritAllAndPrimary()
    {
        var uplinks = $$"""{"items": [{{Uplink("att", "Down", false)}}, {{Uplink("lte", "Down", true)}}]}""";

        var result = await CallCannedAsync(OnlineDetail, uplinks, GoodHealth);

        Assert.Contains("CRIT ALL_UPLINKS_DOWN", ResultReader.Findings(result));
        Assert.Contains("CRIT PRIMARY_UPLINK_DOWN", ResultReader.Findings(result));
        Assert.Contains("WARN UPLINK_DOWN", ResultReader.Findings(result));
        Assert.Equal(0, ResultReader.Fact(result, "uplinksUp").GetInt64());
    }

    [Fact]
    public async Task GetGatewayDetails_BackupDown_WarnOnly()
    {
        var uplinks = $$"""{"items": [{{Uplink("att", "Up", false)}}, {{Uplink("lte", "Down", true)}}]}""";

        var result = await CallCannedAsync(OnlineDetail, uplinks, GoodHealth);

        Assert.Equal(["WARN UPLINK_DOWN"], ResultReader.Findings(result));
        Assert.Contains("[UP] att (primary) 203.0.113.9", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayDetails_TunnelHealthArray_SummedAndPoorWarns()
    {
        var health = """[{"tunnelHealth": {"good": 3, "fair": "1", "poor": 0}}, {"tunnelHealth": {"good": 1, "fair": 0, "poor": "2"}}]""";

        var result = await CallCannedAsync(OnlineDetail, """{"items": []}""", health);

        var tunnelHealth = ResultReader.Fact(result, "tunnelHealth");
        Assert.Equal(4, tunnelHealth.GetProperty("good").GetInt64());
        Assert.Equal(1, tunnelHealth.GetProperty("fair").GetInt64());
        Assert.Equal(2, tunnelHealth.GetProperty("poor").GetInt64());
        Assert.Contains("WARN TUNNELS_POOR", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayDetails_DeprecatedOnEveryCall_OneNotice()
    {
        using var canned = new CannedCentral()
            .Serve(DetailPath, OnlineDetail)
            .Serve(DetailPath + "/uplinks", """{"items": []}""")
            .Serve(DetailPath + "/wan-tunnels-health-summary", GoodHealth)
            .WithHeader("Deprecation", "true");

        var result = await ToolCall.RunAsync(new GetGatewayDetailsTool(canned.Environment), $$"""{"serial": "{{Serial}}"}""");

        Assert.Single(ResultReader.Findings(result), finding => finding == "INFO DEPRECATED_ENDPOINT");
    }

    [Fact]
    public async Task GetGatewayDetails_DashFields_PrintNa()
    {
        var detail = """{"deviceName": "gw-1", "status": "Online", "rebootReason": "-", "clusterName": "", "uptimeInMillis": null}""";

        var result = await CallCannedAsync(detail, """{"items": []}""", GoodHealth);

        Assert.Contains("last reboot: n/a", result.Text, StringComparison.Ordinal);
        Assert.Contains("- Cluster: n/a", result.Text, StringComparison.Ordinal);
    }
}
