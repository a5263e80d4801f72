using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Switches;

public sealed class GetSwitchInterfacesToolTests
{
    private const string Serial = "SW0000000001";
    private const string Path = "/network-monitoring/v1/switches/" + Serial + "/interfaces";

    private static Task<ToolResult> CallCannedAsync(string itemsJson, string arguments = "{\"serial\": \"" + Serial + "\"}", string paging = "\"total\": 40, \"offset\": null") =>
        ToolCall.RunCannedAsync(environment => new GetSwitchInterfacesTool(environment), arguments, (Path, $$"""{"items": [{{itemsJson}}], {{paging}}}"""));

    private static string Port(string name, string oper, string admin = "Up", string extra = "") =>
        $$"""{"name": "{{name}}", "operStatus": "{{oper}}", "adminStatus": "{{admin}}"{{(extra.Length > 0 ? ", " + extra : "")}}}""";

    private static string Ports(int up, int downEnabled) =>
        string.Join(",", Enumerable.Range(1, up).Select(i => Port($"1/1/{i}", "Up")).Concat(Enumerable.Range(up + 1, downEnabled).Select(i => Port($"1/1/{i}", "Down"))));

    [Fact]
    public async Task GetSwitchInterfaces_AllArguments_SendsDocumentedQueryInOrder()
    {
        using var central = SimulatedCentral.Create();
        var stackId = central.Tenant.StackIds[0];

        var result = await ToolCall.RunAsync(new GetSwitchInterfacesTool(central.Environment),
            $$"""{"serial": "{{stackId}}", "filter": "vlanmode eq 'Access'", "search": "AP", "sort": "port DESC", "limit": "50", "offset": 0}""");

        Assert.False(result.IsError, result.Text);
        var request = central.ApiRequests().Single();
        Assert.Equal($"/network-monitoring/v1/switches/{stackId}/interfaces", request.Path);
        Assert.Equal(["limit", "offset", "filter", "search", "sort"], request.QueryKeys());
        Assert.Equal("port desc", request.QueryValue("sort"));
        Assert.Equal("vlanmode eq 'Access'", request.QueryValue("filter"));
    }

    [Fact]
    public async Task GetSwitchInterfaces_Defaults_SendLimit1000AndOffset0()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "SWITCH" && device.IsMonitored).SerialNumber;
        var tool = new GetSwitchInterfacesTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, $$"""{"serial_number": "{{serial}}"}""");

        var request = central.ApiRequests().Single();
        Assert.Equal(["limit", "offset"], request.QueryKeys());
        Assert.Equal("1000", request.QueryValue("limit"));
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetSwitchInterfaces_NextOffsetFromCentral_PrintsMoreLine()
    {
        using var central = SimulatedCentral.Create();
        var serial = central.Tenant.Devices.First(device => device.DeviceType == "SWITCH" && device.IsMonitored && device.StackId is null).SerialNumber;

        var result = await ToolCall.RunAsync(new GetSwitchInterfacesTool(central.Environment), $$"""{"serial": "{{serial}}", "limit": 10, "offset": 10}""");

        Assert.EndsWith("[MORE] more results: call get_switch_interfaces again with offset=20", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSwitchInterfaces_FilterFieldNotListed_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetSwitchInterfacesTool(central.Environment), """{"serial": "SW1", "filter": "vlanMode eq 'Access'"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] Invalid argument 'filter'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetSwitchInterfaces_UnknownSwitch_NamesSwitch()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new GetSwitchInterfacesTool(canned.Environment), """{"serial": "NOPE1"}""");

        Assert.Equal($"[ERR] Switch 'NOPE1' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
    }

    [Fact]
    public async Task GetSwitchInterfaces_CentralRejectsQuery_ShowsCodeMessageAndDebugId()
    {
        using var canned = new CannedCentral().Serve(Path, """{"httpStatusCode": 400, "errorCode": "HPE_GL_NETWORK_MONITORING_INVALID_INPUT", "message": "Invalid filter", "debugId": "abc"}""", System.Net.HttpStatusCode.BadRequest);

        var result = await ToolCall.RunAsync(new GetSwitchInterfacesTool(canned.Environment), "{\"serial\": \"" + Serial + "\"}");

        Assert.True(result.IsError);
        Assert.Equal("[ERR] Central returned 400 HPE_GL_NETWORK_MONITORING_INVALID_INPUT: Invalid filter (debugId abc)", result.Text);
    }

    [Fact]
    public async Task GetSwitchInterfaces_FewDownEnabled_OkLikelyUnused()
    {
        var result = await CallCannedAsync(Ports(up: 19, downEnabled: 1));

        Assert.Contains("OK PORTS_OK", ResultReader.Findings(result));
        Assert.Equal(1, ResultReader.Fact(result, "downEnabled").GetInt64());
    }

    [Fact]
    public async Task GetSwitchInterfaces_TenPercentDownEnabled_WarnsPortsDown()
    {
        var result = await CallCannedAsync(Ports(up: 18, downEnabled: 2));

        Assert.Contains("WARN PORTS_DOWN", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetSwitchInterfaces_AdminDownPort_NotDownEnabled()
    {
        var result = await CallCannedAsync(Port("1/1/1", "Down", admin: "Down") + "," + Port("1/1/2", "Up"));

        Assert.Equal(1, ResultReader.Fact(result, "adminDown").GetInt64());
        Assert.Equal(0, ResultReader.Fact(result, "downEnabled").GetInt64());
        Assert.Contains("OK PORTS_OK", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetSwitchInterfaces_PortErrors_WarnNamingPortAndReason()
    {
        var result = await CallCannedAsync(Port("1/1/7", "Up", extra: "\"portError\": [\"CRC_ERRORS\"], \"errorReason\": \"None\"") + "," + Port("1/1/8", "Up", extra: "\"portError\": [], \"errorReason\": \"None\""));

        Assert.Contains("WARN ERROR_PORTS", ResultReader.Findings(result));
        Assert.Equal("1 ports report errors: 1/1/7: CRC_ERRORS", ResultReader.FindingMessage(result, "ERROR_PORTS"));
    }

    [Fact]
    public async Task GetSwitchInterfaces_StpDiscarding_InfoStpBlocking()
    {
        var result = await CallCannedAsync(Port("1/1/1", "Up", extra: "\"stpPortState\": \"Discarding\""));

        Assert.Contains("INFO STP_BLOCKING", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetSwitchInterfaces_TransceiverNotGood_WarnsTransceiver()
    {
        var result = await CallCannedAsync(Port("1/1/49", "Up", extra: "\"transceiverStatus\": \"Faulty\"") + "," + Port("1/1/50", "Up", extra: "\"transceiverStatus\": \"Good\""));

        Assert.Equal("1 transceivers not Good: 1/1/49: Faulty", ResultReader.FindingMessage(result, "TRANSCEIVER"));
    }

    [Fact]
    public async Task GetSwitchInterfaces_PoeAndVlanModes_Counted()
    {
        var ports = string.Join(",",
            Port("1/1/1", "Up", extra: "\"poeStatus\": \"Delivering\", \"vlanMode\": \"Access\""),
            Port("1/1/2", "Up", extra: "\"poeStatus\": \"Disabled\", \"vlanMode\": \"Trunk\""),
            Port("1/1/3", "Up", extra: "\"poeStatus\": \"\", \"portMode\": \"Access\""));

        var result = await CallCannedAsync(ports);

        Assert.Equal(1, ResultReader.Fact(result, "poePorts").GetInt64());
        Assert.Equal(1, ResultReader.Fact(result, "trunk").GetInt64());
        Assert.Equal(2, ResultReader.Fact(result, "access").GetInt64());
    }

    [Fact]
    public async Task GetSwitchInterfaces_StatusFilterDown_PrintsDownRowsButCountsAll()
    {
        var result = await CallCannedAsync(Port("1/1/1", "Up") + "," + Port("1/1/2", "Down"), "{\"serial\": \"" + Serial + "\", \"status_filter\": \"down\"}");

        Assert.Contains("[DN] 1/1/2", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[UP] 1/1/1", result.Text, StringComparison.Ordinal);
        Assert.Equal(1, ResultReader.Fact(result, "up").GetInt64());
        Assert.Equal(2, ResultReader.Items(result).Count);
    }

    [Fact]
    public async Task GetSwitchInterfaces_Row_ShowsSpeedVlanPoeAndNeighbour()
    {
        var port = Port("1/1/1", "Up", extra: "\"speed\": 1000, \"duplex\": \"Full\", \"vlanMode\": \"Access\", \"nativeVlan\": \"10\", \"poeClass\": \"Class4\", \"neighbour\": \"CoreSwitch\", \"neighbourPort\": \"1/0/24\"");

        var result = await CallCannedAsync(port);

        Assert.Contains("[UP] 1/1/1 · 1000 Mbps Full · Access VLAN 10 · PoE Class4 · -> CoreSwitch 1/0/24", result.Text, StringComparison.Ordinal);
    }
}
