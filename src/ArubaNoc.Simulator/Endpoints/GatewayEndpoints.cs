using System.Text.Json.Nodes;
using ArubaNoc.Simulator.Http;
using ArubaNoc.Simulator.Querying;
using ArubaNoc.Simulator.Routing;
using ArubaNoc.Simulator.Tenant;
using static ArubaNoc.Simulator.Routing.QueryParameter;

namespace ArubaNoc.Simulator.Endpoints;

/// <summary>Gateways, their uplinks and WAN tunnel health, and gateway clusters.</summary>
internal static class GatewayEndpoints
{
    private const string Gateway = EndpointRegistry.Monitoring + "/gateways/{serial-number}";
    private const string Cluster = EndpointRegistry.Monitoring + "/clusters/{cluster-name}";

    // The filter and sort field is "deployment" while the item carries the value as "mode".
    private static readonly ListQuery<DeviceRecord> GatewayQuery = new(
        (gw, field) => gw.GatewayItem![field == "deployment" ? "mode" : field],
        ["siteId", "model", "status", "deployment", "macAddress", "siteName", "deviceName", "firmwareVersion", "serialNumber", "clusterName"],
        ["siteId", "model", "status", "deployment", "serialNumber", "deviceName", "macAddress", "siteName", "firmwareVersion"]);

    private static readonly ListQuery<JsonObject> UplinkQuery = new((u, field) => u[field], [], ["linkTag", "status"]);

    private static readonly ListQuery<DeviceRecord> MemberQuery = new(
        (gw, field) => gw.ClusterMemberItem![field],
        ["status", "role", "model", "softwareVersion", "firmwareVersion", "siteName"],
        ["status", "role", "model", "ipv4", "softwareVersion", "firmwareVersion", "siteName", "macAddress"]);

    private static readonly ListQuery<JsonObject> TunnelQuery = new(
        (t, field) => t[field],
        ["tunnelName", "health", "status", "gateway", "encapsulation", "mode"],
        ["tunnelName", "gateway", "encapsulation", "destinationIpAddress", "sourceIpAddress", "mode", "uptime", "vni"]);

    public static void Register(RouteTable table)
    {
        table.Get(EndpointRegistry.Monitoring + "/gateways", ApiFamily.Monitoring,
            [Filter(), Sort(), Integer("limit", 0, 1000), Cursor()],
            context => Lists.Cursor(context, context.Tenant.Monitored(DeviceKind.Gateway), GatewayQuery, gw => gw.GatewayItem!, 20));

        table.Get(Gateway, ApiFamily.Monitoring, [], context =>
            Lookups.Device(context, DeviceKind.Gateway, "Gateway", out var error) is { } gw ? JsonResponses.Node(200, gw.Detail) : error!);

        table.Get(Gateway + "/uplinks", ApiFamily.Monitoring, [Sort()], context =>
        {
            if (Lookups.Device(context, DeviceKind.Gateway, "Gateway", out var error) is not { } gw)
            {
                return error!;
            }

            var sorted = UplinkQuery.Sort(gw.Uplinks, context.Get("sort"), out var problem);
            return sorted is null ? context.BadRequest(problem!) : Lists.All([.. sorted], withNext: true);
        });

        table.Get(Gateway + "/wan-tunnels-health-summary", ApiFamily.Monitoring, [], context =>
            Lookups.Device(context, DeviceKind.Gateway, "Gateway", out var error) is { } gw ? JsonResponses.Node(200, gw.WanHealth) : error!);

        table.Get(Cluster + "/members", ApiFamily.Monitoring, [Filter(), Sort(), Integer("limit", 0, 100), Cursor()], context =>
            FindCluster(context, out var error) is { } cluster
                ? Lists.Cursor(context, cluster.Members, MemberQuery, gw => gw.ClusterMemberItem!, 20)
                : error!);

        table.Get(Cluster + "/tunnels", ApiFamily.Monitoring, [Filter(), Sort(), Integer("limit", 0, 100), Cursor()], context =>
            FindCluster(context, out var error) is { } cluster
                ? Lists.Cursor(context, cluster.Tunnels, TunnelQuery, t => t, 20)
                : error!);

        table.Get(Cluster + "/tunnels-health-summary", ApiFamily.Monitoring, [], context =>
            FindCluster(context, out var error) is { } cluster ? JsonResponses.Node(200, cluster.TunnelHealth) : error!);

        table.Get(Cluster + "/tunnels-status-summary", ApiFamily.Monitoring, [], context =>
            FindCluster(context, out var error) is { } cluster ? JsonResponses.Node(200, cluster.TunnelStatus) : error!);
    }

    private static ClusterRecord? FindCluster(RequestContext context, out SimResponse? error)
    {
        var name = context.Path("cluster-name");
        error = null;
        if (name.Length > 256)
        {
            error = context.BadRequest("Invalid path parameter cluster-name: must be at most 256 characters");
            return null;
        }

        if (context.Tenant.ClustersByName.TryGetValue(name, out var cluster))
        {
            return cluster;
        }

        error = context.NotFound($"Cluster '{name}' was not found");
        return null;
    }
}
