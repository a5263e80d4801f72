using ArubaNoc.Simulator.Faults;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Gateways;

public sealed class GetGatewayClusterInfoToolTests
{
    private const string Prefix = "/network-monitoring/v1/clusters/c1";

    private static Task<ToolResult> CallCannedAsync(string members, string status = """{"up": 2, "down": 0}""", string health = """[{"serialNumber": "GW1", "tunnelHealth": {"good": 1, "fair": 0, "poor": 0}}]""") =>
        ToolCall.RunCannedAsync(environment => new GetGatewayClusterInfoTool(environment), """{"cluster_name": "c1"}""",
            (Prefix + "/members", $$"""{"items": [{{members}}], "count": 1, "next": null}"""),
            (Prefix + "/tunnels-status-summary", status),
            (Prefix + "/tunnels-health-summary", health));

    private static string Member(int n, string role, string status = "ONLINE", string firmware = "10.7.0.1") =>
        $$"""{"serialNumber": "GW{{n}}", "deviceName": "gw-{{n}}", "role": "{{role}}", "status": "{{status}}", "firmwareVersion": "{{firmware}}", "model": "9004", "siteName": "HQ"}""";

    [Fact]
    public async Task GetClusterInfo_NameWithSpace_EncodedInEveryPath()
    {
        using var central = SimulatedCentral.Create();
        var tool = new GetGatewayClusterInfoTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, """{"cluster_name": "HQ Cluster"}""");

        Assert.False(result.IsError, result.Text);
        Assert.Equal(
            ["/network-monitoring/v1/clusters/HQ%20Cluster/members", "/network-monitoring/v1/clusters/HQ%20Cluster/tunnels-status-summary", "/network-monitoring/v1/clusters/HQ%20Cluster/tunnels-health-summary"],
            central.ApiRequests().Select(request => request.Path));
        Assert.Equal(["limit"], central.ApiRequests()[0].QueryKeys());
        Assert.Equal("100", central.ApiRequests()[0].QueryValue("limit"));
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Theory]
    [InlineData("a%2Fb", "a%252Fb")]
    [InlineData("Zürich ✓", "Z%C3%BCrich%20%E2%9C%93")]
    [InlineData("x?y#z", "x%3Fy%23z")]
    public async Task GetClusterInfo_UnusualName_StaysOneEncodedSegment(string name, string encoded)
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), $$"""{"cluster_name": "{{name}}"}""");

        Assert.Equal($"/network-monitoring/v1/clusters/{encoded}/members", central.ApiRequests().Single().Path);
        Assert.Equal($"[ERR] Cluster '{name}' not found (404 {ResultReader.Error(result).GetProperty("errorCode").GetString()}, debugId {ResultReader.Error(result).GetProperty("debugId").GetString()})", result.Text);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task GetClusterInfo_DotSegment_RejectedWithoutRequest(string name)
    {
        // A normalizing server decodes %2E%2E and removes the segment, so ".." would reach /network-monitoring/v1/members.
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), $$"""{"cluster_name": "{{name}}"}""");

        Assert.StartsWith("[ERR] Invalid argument 'cluster_name': ", result.Text, StringComparison.Ordinal);
        Assert.Contains("not only dots", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetClusterInfo_NameWithSlash_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), """{"cluster_name": "HQ/../x"}""");

        Assert.StartsWith("[ERR] Invalid argument 'cluster_name': must be 1-256 characters without control characters, '/' or '\\'", result.Text, StringComparison.Ordinal);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task GetClusterInfo_TunnelHealthFails_ReturnsPartial()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/clusters/{cluster-name}/tunnels-health-summary");
        var tool = new GetGatewayClusterInfoTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, """{"cluster_name": "HQ Cluster"}""");

        Assert.False(result.IsError, result.Text);
        var subError = Assert.Single(ResultReader.Content(result).GetProperty("subErrors").EnumerateArray());
        Assert.True(ResultReader.Content(result).GetProperty("partial").GetBoolean());
        Assert.Equal("/network-monitoring/v1/clusters/HQ%20Cluster/tunnels-health-summary", subError.GetProperty("path").GetString());
        Assert.Contains($"[WARN] Tunnel health unavailable: 403 {subError.GetProperty("errorCode").GetString()}", result.Text, StringComparison.Ordinal);
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task GetClusterInfo_StatusSummaryFails_ReturnsPartial()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.NotFound(), "/network-monitoring/v1/clusters/{cluster-name}/tunnels-status-summary");

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), """{"cluster_name": "HQ Cluster"}""");

        Assert.Contains("[WARN] Inter-gateway tunnel status unavailable: 404 HPE_GL_ERROR_NOT_FOUND", result.Text, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ResultReader.Fact(result, "tunnelsUp").ValueKind);
    }

    [Fact]
    public async Task GetClusterInfo_MembersFail_ErrorResult()
    {
        using var central = SimulatedCentral.Create();
        central.Handler.Faults.Arm(FaultScript.Forbidden(), "/network-monitoring/v1/clusters/{cluster-name}/members");

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), """{"cluster_name": "HQ Cluster"}""");

        Assert.True(result.IsError);
        Assert.StartsWith("[ERR] Central returned 403", result.Text, StringComparison.Ordinal);
        Assert.Single(central.ApiRequests());
    }

    [Fact]
    public async Task GetClusterInfo_SimulatedClusterWithOfflineMember_WarnsMembersOffline()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(central.Environment), """{"cluster_name": "ord-cluster-2"}""");

        Assert.Contains("WARN MEMBERS_OFFLINE", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_HealthyPair_OkRedundant()
    {
        var result = await CallCannedAsync(Member(1, "Leader") + "," + Member(2, "Member"));

        Assert.Equal(["OK REDUNDANT"], ResultReader.Findings(result));
        Assert.Equal("GW1", ResultReader.Fact(result, "leaderSerial").GetString());
        Assert.Equal(1, ResultReader.Items(result)[0].GetProperty("tunnelsGood").GetInt64());
    }

    [Fact]
    public async Task GetClusterInfo_NoLeader_Crit()
    {
        var result = await CallCannedAsync(Member(1, "Member") + "," + Member(2, "Member"));

        Assert.Contains("CRIT NO_LEADER", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_TwoLeaders_Warns()
    {
        var result = await CallCannedAsync(Member(1, "Leader") + "," + Member(2, "Leader"));

        Assert.Contains("WARN MULTIPLE_LEADERS", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_Isoleader_WarnsIsolated()
    {
        var result = await CallCannedAsync(Member(1, "Isoleader") + "," + Member(2, "Member"));

        Assert.Contains("WARN LEADER_ISOLATED", ResultReader.Findings(result));
        Assert.Equal("Isoleader", ResultReader.Fact(result, "leaderRole").GetString());
    }

    [Fact]
    public async Task GetClusterInfo_LeaderOffline_Crit()
    {
        var result = await CallCannedAsync(Member(1, "Leader", status: "Offline") + "," + Member(2, "Member"));

        Assert.Contains("CRIT LEADER_OFFLINE", ResultReader.Findings(result));
        Assert.Contains("WARN MEMBERS_OFFLINE", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_SingleMember_WarnsNoRedundancy()
    {
        var result = await CallCannedAsync(Member(1, "Leader"));

        Assert.Contains("WARN SINGLE_MEMBER", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_FirmwareMismatch_WarnsListingVersions()
    {
        var result = await CallCannedAsync(Member(1, "Leader") + "," + Member(2, "Member", firmware: "10.6.0.3"));

        Assert.Equal("members run different firmware: 10.7.0.1, 10.6.0.3", ResultReader.FindingMessage(result, "FIRMWARE_MISMATCH"));
    }

    [Theory]
    [InlineData("""{"up": 0, "down": 2}""", "CRIT INTER_GW_TUNNELS_DOWN")]
    [InlineData("""{"up": "3", "down": "1"}""", "WARN INTER_GW_TUNNELS_DOWN")]
    public async Task GetClusterInfo_TunnelsDown_LevelByUpCount(string status, string expected)
    {
        var result = await CallCannedAsync(Member(1, "Leader") + "," + Member(2, "Member"), status: status);

        Assert.Contains(expected, ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_PoorTunnels_Warns()
    {
        var health = """{"serialNumber": "GW1", "tunnelHealth": {"good": 0, "fair": 0, "poor": 3}}""";

        var result = await CallCannedAsync(Member(1, "Leader") + "," + Member(2, "Member"), health: health);

        Assert.Contains("WARN TUNNELS_POOR", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_EndlessMemberPages_StopsAfterThree()
    {
        using var canned = new CannedCentral();
        for (var page = 1; page <= 4; page++)
        {
            var query = page == 1 ? "?limit=100" : $"?limit=100&next={page}";
            canned.Serve(Prefix + "/members" + query, $$"""{"items": [{{Member(page, page == 1 ? "Leader" : "Member")}}], "next": "{{page + 1}}"}""");
        }

        canned.Serve(Prefix + "/tunnels-status-summary", """{"up": 1, "down": 0}""").Serve(Prefix + "/tunnels-health-summary", "[]");

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(canned.Environment), """{"cluster_name": "c1"}""");

        Assert.Equal(
            [Prefix + "/members?limit=100", Prefix + "/members?limit=100&next=2", Prefix + "/members?limit=100&next=3"],
            canned.Requests.Where(request => request.Contains("/members", StringComparison.Ordinal)));
        Assert.Equal(3, ResultReader.Fact(result, "members").GetInt64());
        Assert.Contains("INFO MEMBERS_NOT_ALL_READ", ResultReader.Findings(result));
    }

    [Fact]
    public async Task GetClusterInfo_NoMembers_InfoWithoutSecondaryCalls()
    {
        using var canned = new CannedCentral().Serve(Prefix + "/members", """{"items": [], "count": 0, "next": null}""");

        var result = await ToolCall.RunAsync(new GetGatewayClusterInfoTool(canned.Environment), """{"cluster_name": "c1"}""");

        Assert.False(result.IsError);
        Assert.Contains("[INFO] no members reported; check the name with list_gateways", result.Text, StringComparison.Ordinal);
        Assert.Single(canned.Requests);
    }
}
