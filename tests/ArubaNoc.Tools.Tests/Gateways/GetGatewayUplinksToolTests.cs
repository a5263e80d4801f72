using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Gateways;

public sealed class GetGatewayUplinksToolTests
{
    private const string Serial = "GW0000000001";
    private const string Path = "/network-monitoring/v1/gateways/" + Serial + "/uplinks";

    private static Task<ToolResult> CallCannedAsync(params string[] uplinks) =>
        ToolCall.RunCannedAsync(environment => new GetGatewayUplinksTool(environment), $$"""{"serial": "{{Serial}}"}""",
            (Path, $$"""{"items": [{{string.Join(",", uplinks)}}]}"""));

    private static string Uplink(string tag, string status, bool backup, string wan = "", long sent = 1000, long received = 2000) =>
        $$$"""{"linkTag": "{{{tag}}}", "status": "{{{status}}}", "linkStatus": "{{{status}}}", "wanStatus": "{{{(wan.Length > 0 ? wan : status)}}}", "isBackupUplink": {{{(backup ? "true" : "false")}}}, "vlanId": 304, "publicIpAddress": "220.227.124.242", "throughput": {"sent": {{{sent}}}, "received": {{{received}}}}, "usage": {"sent": 500, "received": 1000, "total": 1500}}""";

    [Fact]
    public async Task GetGatewayUplinks_Sort_SendsOnlySortQuery()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "GATEWAY" && device.IsMonitored && device.IsOnline).SerialNumber;
        var tool = new GetGatewayUplinksTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial_number": "{{serial}}", "sort": "linkTag DESC"}""");

        Assert.False(result.IsError, result.Text);
        var request = central.ApiRequests().Single();
        Assert.Equal($"/network-monitoring/v1/gateways/{serial}/uplinks", request.Path);
        Assert.Equal(["sort"], request.QueryKeys());
        Assert.Equal("linkTag desc", request.QueryValue("sort"));
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetGatewayUplinks_LinkTagWithSlash_PrintedVerbatim()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "GATEWAY" && device.IsMonitored && device.IsOnline).SerialNumber;

        var result = await ToolCall.RunAsync(new GetGatewayUplinksTool(central.Environment), $$"""{"serial": "{{serial}}"}""");

        Assert.Contains("MPLS/primary (primary)", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayUplinks_SortFieldNotListed_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayUplinksTool(central.Environment), """{"serial": "GW1", "sort": "vlanId asc"}""");

        Assert.StartsWith("[ERR] Invalid argument 'sort'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetGatewayUplinks_UnknownGateway_NamesGateway()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetGatewayUplinksTool(canned.Environment), """{"serial": "GW404"}""");

        Assert.Equal($"[ERR] Gateway 'GW404' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetGatewayUplinks_Row_ShowsRatesInMbpsAndVolume()
    {
        var result = await CallCannedAsync(Uplink("att", "Up", false, sent: 0, received: 1250));

        Assert.Contains("[UP] att (primary) · VLAN 304 · 220.227.124.242 · tx 0.00 / rx 0.01 Mbps · 1.46 KB total", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayUplinks_VlanId_PrintedWithoutSeparator()
    {
        var result = await CallCannedAsync(Uplink("att", "Up", false).Replace("\"vlanId\": 304", "\"vlanId\": 4001", StringComparison.Ordinal));

        Assert.Contains("· VLAN 4001 ·", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayUplinks_Facts_SumRatesAndVolume()
    {
        var result = await CallCannedAsync(Uplink("a", "Up", false, sent: 1_000_000, received: 2_000_000), Uplink("b", "Up", true, sent: 250_000, received: 0));

        Assert.Equal(10, ResultReader.Fact(result, "sentMbps").GetDouble(), 6);
        Assert.Equal(16, ResultReader.Fact(result, "receivedMbps").GetDouble(), 6);
        Assert.Equal(3000, ResultReader.Fact(result, "usageBytes").GetInt64());
        Assert.Equal(1, ResultReader.Fact(result, "primaryUp").GetInt64());
    }

    [Fact]
    public async Task GetGatewayUplinks_AllUp_OkAndFailoverReady()
    {
        var result = await CallCannedAsync(Uplink("a", "Up", false), Uplink("b", "Up", true));

        Assert.Equal(["OK ALL_UP", "OK FAILOVER_READY"], ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_PrimaryDownBackupUp_OnBackupAndNoFailover()
    {
        var result = await CallCannedAsync(Uplink("a", "Down", false), Uplink("b", "Up", true));

        Assert.Contains("CRIT PRIMARY_UPLINK_DOWN", ResultReader.Findings(result));
        Assert.Contains("WARN ON_BACKUP", ResultReader.Findings(result));
        Assert.Contains("WARN NO_FAILOVER", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_AllDown_Crit()
    {
        var result = await CallCannedAsync(Uplink("a", "Down", false), Uplink("b", "Down", true));

        Assert.Contains("CRIT ALL_DOWN", ResultReader.Findings(result));
        Assert.Contains("WARN BACKUP_UPLINK_DOWN", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_OneOfThreePrimariesDown_Partial()
    {
        var result = await CallCannedAsync(Uplink("a", "Down", false), Uplink("b", "Up", false), Uplink("c", "Up", false));

        Assert.Contains("WARN PARTIAL", ResultReader.Findings(result));
        Assert.Contains("OK FAILOVER_READY", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_LinkUpWanDown_Warns()
    {
        var result = await CallCannedAsync(Uplink("a", "Up", false, wan: "Down"));

        Assert.Contains("WARN WAN_DOWN_LINK_UP", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_UpWithoutTraffic_InfoIdle()
    {
        var result = await CallCannedAsync(Uplink("a", "Up", false, sent: 0, received: 0));

        Assert.Contains("INFO IDLE", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetGatewayUplinks_AlphaFieldNames_Read()
    {
        var result = await CallCannedAsync("""{"linkTag": "old", "status": "UP", "wanBackup": "true", "publicIp": "198.51.100.1", "privateIp": "10.0.0.1"}""");

        var item = ResultReader.Items(result)[0];
        Assert.True(item.GetProperty("isBackupUplink").GetBoolean());
        Assert.Equal("198.51.100.1", item.GetProperty("publicIpAddress").GetString());
        Assert.Equal("10.0.0.1", item.GetProperty("privateIpAddress").GetString());
    }

    [Fact]
    public async Task GetGatewayUplinks_NoItems_InfoNoUplinks()
    {
        var result = await CallCannedAsync();

        Assert.False(result.IsError);
        Assert.Contains($"[INFO] NO_UPLINKS: no uplinks reported for gateway '{Serial}'", result.Text, StringComparison.Ordinal);
    }
}
