using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Tests.Framework;
using ArubaNoc.Tools.Tests.TestSupport;

namespace ArubaNoc.Tools.Tests.Gateways;

public sealed class ListGatewayTunnelsToolTests
{
    private const string Path = "/network-monitoring/v1/clusters/c1/tunnels";

    private static Task<ToolResult> CallCannedAsync(params string[] tunnels) =>
        ToolCall.RunCannedAsync(environment => new ListGatewayTunnelsTool(environment), """{"cluster_name": "c1"}""",
            (Path, $$"""{"items": [{{string.Join(",", tunnels)}}], "count": {{tunnels.Length}}, "total": {{tunnels.Length}}, "next": null}"""));

    private static string Tunnel(string name, string status = "Up", string health = "Good", string reasons = "", string encapsulation = "IPSec") =>
        $$"""{"tunnelName": "{{name}}", "status": "{{status}}", "health": "{{health}}", "healthReasons": [{{reasons}}], "encapsulation": "{{encapsulation}}", "mode": "Orchestrated", "gateway": "gw-1", "destinationName": "gw-2"}""";

    [Fact]
    public async Task ListTunnels_AllArguments_SendDocumentedQueryInOrder()
    {
        using var central = SimulatedCentral.Create();
        var tool = new ListGatewayTunnelsTool(central.Environment);

        var result = await ToolCall.RunAsync(tool, """{"cluster_name": "HQ Cluster", "status": "up", "health": "GOOD", "filter": "encapsulation eq 'IPSec'", "sort": "vni DESC", "limit": 2}""");

        Assert.False(result.IsError, result.Text);
        var request = central.ApiRequests().Single();
        Assert.Equal("/network-monitoring/v1/clusters/HQ%20Cluster/tunnels", request.Path);
        Assert.Equal(["filter", "sort", "limit"], request.QueryKeys());
        Assert.Equal("encapsulation eq 'IPSec' and status eq 'Up' and health eq 'Good'", request.QueryValue("filter"));
        Assert.Equal("vni desc", request.QueryValue("sort"));
        SchemaAssert.Validates(tool.Definition.OutputSchema!.Value, result.StructuredContent!.Value);
    }

    [Fact]
    public async Task ListTunnels_Defaults_SendLimit100()
    {
        using var central = SimulatedCentral.Create();

        await ToolCall.RunAsync(new ListGatewayTunnelsTool(central.Environment), """{"cluster_name": "HQ Cluster"}""");

        Assert.Equal("100", central.ApiRequests().Single().QueryValue("limit"));
    }

    [Fact]
    public async Task ListTunnels_NextPage_ForwardsCursorAndPrintsMore()
    {
        using var central = SimulatedCentral.Create();

        var first = await ToolCall.RunAsync(new ListGatewayTunnelsTool(central.Environment), """{"cluster_name": "HQ Cluster", "limit": 2}""");
        await ToolCall.RunAsync(new ListGatewayTunnelsTool(central.Environment), """{"cluster_name": "HQ Cluster", "limit": 2, "next": 2}""");

        Assert.EndsWith("[MORE] more results: call list_gateway_tunnels again with next=\"2\"", first.Text, StringComparison.Ordinal);
        Assert.Equal("2", central.ApiRequests()[1].QueryValue("next"));
    }

    [Fact]
    public async Task ListTunnels_StatusGivenTwice_RejectedWithoutRequest()
    {
        using var central = SimulatedCentral.Create();

        var result = await ToolCall.RunAsync(new ListGatewayTunnelsTool(central.Environment), """{"cluster_name": "HQ Cluster", "status": "UP", "filter": "status eq 'Down'"}""");

        Assert.True(result.IsError);
        Assert.Empty(central.ApiRequests());
    }

    [Fact]
    public async Task ListTunnels_UnknownCluster_NamesCluster()
    {
        using var canned = new CannedCentral();

        var result = await ToolCall.RunAsync(new ListGatewayTunnelsTool(canned.Environment), """{"cluster_name": "no such"}""");

        Assert.Equal($"[ERR] Cluster 'no such' not found (404 {CannedCentral.NotFoundCode}, debugId {CannedCentral.NotFoundDebugId})", result.Text);
        Assert.Equal("/network-monitoring/v1/clusters/no%20such/tunnels?limit=100", canned.Requests.Single());
    }

    [Fact]
    public async Task ListTunnels_NoTunnels_InfoNotOk()
    {
        var result = await CallCannedAsync();

        Assert.Equal(["INFO NO_TUNNELS"], ResultReader.Findings(result));
    }

    [Fact]
    public async Task ListTunnels_AllDown_Crit()
    {
        var result = await CallCannedAsync(Tunnel("t1", "Down", "Poor"), Tunnel("t2", "Down", "Poor"));

        Assert.Contains("CRIT TUNNELS_DOWN", ResultReader.Findings(result));
    }

    [Fact]
    public async Task ListTunnels_SomeDown_WarnsCount()
    {
        var result = await CallCannedAsync(Tunnel("t1", "Down", "Poor"), Tunnel("t2"), Tunnel("t3"));

        Assert.Equal("1 of 3 down", ResultReader.FindingMessage(result, "TUNNELS_DOWN"));
        Assert.Contains("Down tunnels:", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTunnels_Poor_WarnsWithReasons()
    {
        var result = await CallCannedAsync(Tunnel("t1", health: "Poor", reasons: "\"TUNNEL_STATUS\""), Tunnel("t2"));

        Assert.Equal("1 tunnels in poor health: t1 (TUNNEL_STATUS)", ResultReader.FindingMessage(result, "TUNNELS_POOR"));
    }

    [Theory]
    [InlineData("TUNNEL_ENCRYPTION")]
    [InlineData("TUNNEL_AUTHENTICATION")]
    public async Task ListTunnels_SecurityReason_WarnsTunnelSecurity(string reason)
    {
        var result = await CallCannedAsync(Tunnel("t1", health: "Fair", reasons: $"\"{reason}\""));

        Assert.Contains("WARN TUNNEL_SECURITY", ResultReader.Findings(result));
    }

    [Fact]
    public async Task ListTunnels_EnumsOutsideSchema_KeptVerbatimInBreakdowns()
    {
        var result = await CallCannedAsync(Tunnel("t1", encapsulation: "802.1Q"), Tunnel("t2"), Tunnel("t3"));

        var byEncapsulation = ResultReader.Fact(result, "byEncapsulation");
        Assert.Equal(2, byEncapsulation.GetProperty("IPSec").GetInt64());
        Assert.Equal(1, byEncapsulation.GetProperty("802.1Q").GetInt64());
    }

    [Fact]
    public async Task ListTunnels_Row_ShowsGatewayDestinationEncapsulationHealth()
    {
        var result = await CallCannedAsync(Tunnel("t1"));

        Assert.Contains("[UP] t1 · gw-1 -> gw-2 · IPSec · Good", result.Text, StringComparison.Ordinal);
    }
}
