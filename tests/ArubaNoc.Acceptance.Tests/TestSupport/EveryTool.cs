using ArubaNoc.Simulator.Tenant;

namespace ArubaNoc.Acceptance.Tests.TestSupport;

/// <summary>Valid arguments for every tool the server lists, taken from the demo tenant.</summary>
internal static class EveryTool
{
    /// <summary>The tools that start an async test; each returns a task handle.</summary>
    public static readonly IReadOnlySet<string> TestStarters = new HashSet<string>(StringComparer.Ordinal)
    {
        "ping_from_ap", "ping_from_gateway", "traceroute_from_ap",
    };

    /// <summary>
    /// Tool name and arguments (a JSON object) for all tools except <c>get_async_test_result</c>, which needs
    /// a handle from a started test: see <see cref="AsyncResult"/>.
    /// </summary>
    public static IReadOnlyList<(string Tool, string Arguments)> Calls(SimulatedTenant tenant)
    {
        var ap = Online(tenant, "ACCESS_POINT");
        var @switch = Online(tenant, "SWITCH");
        var gateway = Online(tenant, "GATEWAY");
        var client = tenant.Clients.First(c => c.Status == "Connected" && c.ConnectionType == "Wireless");
        var site = ap.SiteId;
        var cluster = gateway.ClusterName ?? tenant.ClusterNames[0];
        return
        [
            ("get_device_list", """{"limit": 50}"""),
            ("list_all_clients", """{"limit": 100}"""),
            ("get_firmware_details", "{}"),
            ("list_gateways", "{}"),
            ("get_sites_health", "{}"),
            ("get_device_inventory", "{}"),
            ("get_switch_details", $$"""{"serial": "{{@switch.SerialNumber}}"}"""),
            ("get_ap_details", $$"""{"serial_number": "{{ap.SerialNumber}}"}"""),
            ("get_site_details", $$"""{"site_id": "{{site}}"}"""),
            ("get_tenant_device_health", "{}"),
            ("get_client_trends", $$"""{"site_id": "{{site}}"}"""),
            ("get_gateway_details", $$"""{"serial_number": "{{gateway.SerialNumber}}"}"""),
            ("get_top_aps_by_bandwidth", "{}"),
            ("get_top_clients_by_usage", "{}"),
            ("get_ap_cpu_utilization", $$"""{"serial": "{{ap.SerialNumber}}"}"""),
            ("list_wlans", "{}"),
            ("get_wlan_details", $$"""{"wlan_name": "{{tenant.WlanNames[0]}}"}"""),
            ("get_ap_radios", $$"""{"serial": "{{ap.SerialNumber}}"}"""),
            ("get_gateway_cluster_info", $$"""{"cluster_name": "{{cluster}}"}"""),
            ("list_gateway_tunnels", $$"""{"cluster_name": "{{cluster}}"}"""),
            ("get_gateway_uplinks", $$"""{"serial": "{{gateway.SerialNumber}}"}"""),
            ("ping_from_ap", $$"""{"serial": "{{ap.SerialNumber}}", "target": "10.1.1.1"}"""),
            ("ping_from_gateway", $$"""{"serial": "{{gateway.SerialNumber}}", "target": "10.1.1.1"}"""),
            ("traceroute_from_ap", $$"""{"serial": "{{ap.SerialNumber}}", "target": "example.com"}"""),
            ("list_idps_threats", "{}"),
            ("get_stack_members", $$"""{"stack_id": "{{tenant.StackIds[0]}}"}"""),
            ("get_switch_interfaces", $$"""{"serial": "{{@switch.SerialNumber}}"}"""),
            ("check_server_health", "{}"),
            ("get_alerts", "{}"),
            ("get_events", $$"""{"site_id": "{{site}}"}"""),
            ("find_client", $$"""{"mac": "{{client.MacAddress}}"}"""),
            ("find_device", $$"""{"serial": "{{@switch.SerialNumber}}"}"""),
        ];
    }

    /// <summary>Arguments of <c>get_async_test_result</c> for a task handle a start tool returned.</summary>
    public static string AsyncResult(string taskHandle) => $$"""{"task_handle": "{{taskHandle}}"}""";

    private static SimulatedDevice Online(SimulatedTenant tenant, string deviceType) =>
        tenant.Devices.First(d => d.DeviceType == deviceType && d.IsOnline && d.IsMonitored && (deviceType != "SWITCH" || d.StackId is null));
}
