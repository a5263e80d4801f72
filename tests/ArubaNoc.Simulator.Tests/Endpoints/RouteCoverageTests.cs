namespace ArubaNoc.Simulator.Tests.Endpoints;

public sealed class RouteCoverageTests
{
    // Every path the tools call (the tool contract's path table), as method and template.
    private static readonly string[] ToolPaths =
    [
        "GET /network-monitoring/v1/devices",
        "GET /network-monitoring/v1/device-inventory",
        "GET /network-monitoring/v1/gateways",
        "GET /network-monitoring/v1/gateways/{serial-number}",
        "GET /network-monitoring/v1/gateways/{serial-number}/uplinks",
        "GET /network-monitoring/v1/gateways/{serial-number}/wan-tunnels-health-summary",
        "GET /network-monitoring/v1/clusters/{cluster-name}/members",
        "GET /network-monitoring/v1/clusters/{cluster-name}/tunnels",
        "GET /network-monitoring/v1/clusters/{cluster-name}/tunnels-health-summary",
        "GET /network-monitoring/v1/clusters/{cluster-name}/tunnels-status-summary",
        "GET /network-monitoring/v1/aps/{serial-number}",
        "GET /network-monitoring/v1/aps/{serial-number}/radios",
        "GET /network-monitoring/v1/aps/{serial-number}/cpu-utilization-trends",
        "GET /network-monitoring/v1/switches/{serial-number}",
        "GET /network-monitoring/v1/switches/{serial-number}/interfaces",
        "GET /network-monitoring/v1/stack/{serial-number}/members",
        "GET /network-monitoring/v1/sites-health",
        "GET /network-monitoring/v1/site-health/{site-id}",
        "GET /network-monitoring/v1/tenant-device-health",
        "GET /network-monitoring/v1/clients",
        "GET /network-monitoring/v1/clients/{mac-address}",
        "GET /network-monitoring/v1/clients-trend",
        "GET /network-monitoring/v1/clients-topn-usage",
        "GET /network-monitoring/v1/top-aps-by-wireless-usage",
        "GET /network-monitoring/v1/wlans",
        "GET /network-monitoring/v1/wlans/{wlan-name}",
        "GET /network-monitoring/v1alpha1/threats",
        "GET /network-services/v1/firmware-details",
        "POST /network-troubleshooting/v1/aps/{serial-number}/ping",
        "POST /network-troubleshooting/v1/gateways/{serial-number}/ping",
        "POST /network-troubleshooting/v1/aps/{serial-number}/traceroute",
        "GET /network-troubleshooting/v1/aps/{serial-number}/ping/async-operations/{task-id}",
        "GET /network-troubleshooting/v1/gateways/{serial-number}/ping/async-operations/{task-id}",
        "GET /network-troubleshooting/v1/aps/{serial-number}/traceroute/async-operations/{task-id}",
        "GET /network-troubleshooting/v1/gateways/{serial-number}/traceroute/async-operations/{task-id}",
        "GET /network-troubleshooting/v1/events",
        "GET /network-notifications/v1/alerts",
        "GET /network-notifications/v1/alerts/classification",
    ];

    [Fact]
    public void Handler_ServesEveryToolPath()
    {
        var served = SimulatorHandler.RouteTemplates.ToHashSet(StringComparer.Ordinal);
        var missing = ToolPaths.Where(p => !served.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "Not served: " + string.Join(", ", missing));
    }
}
