using ArubaNoc.Tools.Clients;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Firmware;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Sites;
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

        return new ToolCatalog(
        [
            new GetDeviceListTool(environment),
            new ListAllClientsTool(environment),
            new GetFirmwareDetailsTool(environment),
            new ListGatewaysTool(environment),
            new GetSitesHealthTool(environment),
            new GetDeviceInventoryTool(environment),
            new GetSiteDetailsTool(environment),
            new GetTenantDeviceHealthTool(environment),
            new GetClientTrendsTool(environment),
            new GetTopApsByBandwidthTool(environment),
            new GetTopClientsByUsageTool(environment),
            new ListWlansTool(environment),
            new GetWlanDetailsTool(environment),
        ]);
    }
}
