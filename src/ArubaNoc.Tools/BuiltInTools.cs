using ArubaNoc.Tools.AccessPoints;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways;
using ArubaNoc.Tools.Switches;

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
            new GetSwitchDetailsTool(environment),
            new GetApDetailsTool(environment),
            new GetGatewayDetailsTool(environment),
            new GetApCpuUtilizationTool(environment),
            new GetApRadiosTool(environment),
            new GetGatewayClusterInfoTool(environment),
            new ListGatewayTunnelsTool(environment),
            new GetGatewayUplinksTool(environment),
            new GetStackMembersTool(environment),
            new GetSwitchInterfacesTool(environment),
        ]);
    }
}
