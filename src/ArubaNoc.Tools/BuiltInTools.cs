using ArubaNoc.Tools.AccessPoints;
using ArubaNoc.Tools.Alerts;
using ArubaNoc.Tools.Clients;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Firmware;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Health;
using ArubaNoc.Tools.Search;
using ArubaNoc.Tools.Security;
using ArubaNoc.Tools.Sites;
using ArubaNoc.Tools.Switches;
using ArubaNoc.Tools.Troubleshooting;
using ArubaNoc.Tools.Wireless;

namespace ArubaNoc.Tools;

/// <summary>
/// The explicit list of tools the server exposes, in the order clients list them. Adding a tool means
/// adding it here; nothing is discovered by scanning assemblies.
/// </summary>
public static class BuiltInTools
{
    /// <summary>Creates the catalog of every built-in tool.</summary>
    public static ToolCatalog CreateCatalog(ToolEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        // Shared by the start tools and get_async_test_result, so a task ID alone finds tests started here.
        var startedTests = new AsyncTestRegistry(environment.TimeProvider);
        return new ToolCatalog(
        [
            new GetDeviceListTool(environment),
            new ListAllClientsTool(environment),
            new GetFirmwareDetailsTool(environment),
            new ListGatewaysTool(environment),
            new GetSitesHealthTool(environment),
            new GetDeviceInventoryTool(environment),
            new GetSwitchDetailsTool(environment),
            new GetApDetailsTool(environment),
            new GetSiteDetailsTool(environment),
            new GetTenantDeviceHealthTool(environment),
            new GetClientTrendsTool(environment),
            new GetGatewayDetailsTool(environment),
            new GetTopApsByBandwidthTool(environment),
            new GetTopClientsByUsageTool(environment),
            new GetApCpuUtilizationTool(environment),
            new ListWlansTool(environment),
            new GetWlanDetailsTool(environment),
            new GetApRadiosTool(environment),
            new GetGatewayClusterInfoTool(environment),
            new ListGatewayTunnelsTool(environment),
            new GetGatewayUplinksTool(environment),
            new PingFromApTool(environment, startedTests),
            new PingFromGatewayTool(environment, startedTests),
            new TracerouteFromApTool(environment, startedTests),
            new GetAsyncTestResultTool(environment, startedTests),
            new ListIdpsThreatsTool(environment),
            new GetStackMembersTool(environment),
            new GetSwitchInterfacesTool(environment),
            new CheckServerHealthTool(environment),
            new GetAlertsTool(environment),
            new GetEventsTool(environment),
            new FindClientTool(environment),
            new FindDeviceTool(environment),
        ]);
    }
}
