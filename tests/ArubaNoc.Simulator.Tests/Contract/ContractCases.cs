using System.Text;
using ArubaNoc.Simulator.Faults;
using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>Typical and edge requests for every served path of the OpenAPI files, on the default tenant.</summary>
internal static class ContractCases
{
    private const string M = "/network-monitoring/v1";
    private const string T = "/network-troubleshooting/v1";

    private static readonly Lazy<IReadOnlyDictionary<string, ContractCase>> Cases = new(Build);

    public static IReadOnlyDictionary<string, ContractCase> All => Cases.Value;

    private static Dictionary<string, ContractCase> Build()
    {
        var tenant = SimulatorHarness.DefaultTenant;
        var aps = tenant.Devices.Where(d => d.DeviceType == "ACCESS_POINT" && d.IsMonitored).ToList();
        var ap = aps[0].SerialNumber;
        var otherAp = aps[1].SerialNumber;
        var offlineAp = aps.First(d => !d.IsOnline).SerialNumber;
        var sw = tenant.Devices.First(d => d.DeviceType == "SWITCH" && d.StackId is null).SerialNumber;
        var stack = tenant.StackIds[0];
        var gateways = tenant.Devices.Where(d => d.DeviceType == "GATEWAY").ToList();
        var gateway = gateways[0].SerialNumber;
        var offlineGateway = gateways.First(d => !d.IsOnline).SerialNumber;
        var cluster = Uri.EscapeDataString(tenant.ClusterNames[0]);
        var degradedCluster = Uri.EscapeDataString(tenant.ClusterNames[1]);
        var hq = tenant.Sites[0].Id;
        var newSite = tenant.Sites.First(s => s.Name is null).Id;
        var client = tenant.Clients.First(c => c.ConnectionType == "Wireless").MacAddress;
        var wlan = Uri.EscapeDataString("Café–Gäste");
        const string window = "start-at=2026-06-30T12:00:00.000Z&end-at=2026-07-01T11:59:00.000Z";
        var ohare = Uri.EscapeDataString("siteName eq 'O''Hare, Bldg 2'");

        var list = new List<ContractCase>
        {
            Get("devices first page", "monitoring", M + "/devices", M + "/devices?limit=100"),
            Get("devices all", "monitoring", M + "/devices", M + "/devices?limit=1000"),
            Get("devices filtered by quoted site name", "monitoring", M + "/devices", $"{M}/devices?filter={ohare}&sort=deviceName%20desc"),
            Get("devices unknown parameter", "monitoring", M + "/devices", M + "/devices?end=1", 400),
            Get("devices camelCase parameter", "monitoring", M + "/devices", M + "/devices?topN=5", 400),
            Get("devices malformed filter", "monitoring", M + "/devices", M + "/devices?filter=status%20eq%20'ONLINE'%20or%20model%20eq%20'x'", 400),
            Get("devices limit out of range", "monitoring", M + "/devices", M + "/devices?limit=1001", 400),
            Get("inventory", "monitoring", M + "/device-inventory", M + "/device-inventory?limit=1000"),
            Get("inventory unassigned", "monitoring", M + "/device-inventory", M + "/device-inventory?site-assigned=UNASSIGNED"),
            Get("gateways", "monitoring", M + "/gateways", M + "/gateways?limit=1000"),
            Get("gateways by deployment", "monitoring", M + "/gateways", M + "/gateways?filter=deployment%20eq%20'Cluster'&sort=status%20desc"),
            Get("gateway", "monitoring", M + "/gateways/{serial-number}", $"{M}/gateways/{gateway}"),
            Get("gateway offline", "monitoring", M + "/gateways/{serial-number}", $"{M}/gateways/{offlineGateway}"),
            Get("gateway unknown", "monitoring", M + "/gateways/{serial-number}", $"{M}/gateways/NOSUCHGW", 404),
            Get("gateway uplinks", "monitoring", M + "/gateways/{serial-number}/uplinks", $"{M}/gateways/{gateway}/uplinks?sort=linkTag%20desc"),
            Get("gateway wan health", "monitoring", M + "/gateways/{serial-number}/wan-tunnels-health-summary", $"{M}/gateways/{gateway}/wan-tunnels-health-summary"),
            Get("cluster members", "monitoring", M + "/clusters/{cluster-name}/members", $"{M}/clusters/{cluster}/members?limit=100"),
            Get("cluster unknown", "monitoring", M + "/clusters/{cluster-name}/members", $"{M}/clusters/no%20such/members", 404),
            Get("cluster tunnels", "monitoring", M + "/clusters/{cluster-name}/tunnels", $"{M}/clusters/{cluster}/tunnels?limit=100"),
            Get("cluster tunnels with a member down", "monitoring", M + "/clusters/{cluster-name}/tunnels", $"{M}/clusters/{degradedCluster}/tunnels"),
            Get("cluster tunnel health", "monitoring", M + "/clusters/{cluster-name}/tunnels-health-summary", $"{M}/clusters/{cluster}/tunnels-health-summary"),
            Get("cluster tunnel status", "monitoring", M + "/clusters/{cluster-name}/tunnels-status-summary", $"{M}/clusters/{cluster}/tunnels-status-summary"),
            Get("ap", "monitoring", M + "/aps/{serial-number}", $"{M}/aps/{ap}"),
            Get("ap other", "monitoring", M + "/aps/{serial-number}", $"{M}/aps/{otherAp}"),
            Get("ap offline", "monitoring", M + "/aps/{serial-number}", $"{M}/aps/{offlineAp}"),
            Get("ap unknown", "monitoring", M + "/aps/{serial-number}", $"{M}/aps/NOSUCHAP", 404),
            Get("ap serial too long", "monitoring", M + "/aps/{serial-number}", $"{M}/aps/ABCDEFGHIJKLMNOPQ", 400),
            Get("ap radios", "monitoring", M + "/aps/{serial-number}/radios", $"{M}/aps/{ap}/radios"),
            Get("ap radios other", "monitoring", M + "/aps/{serial-number}/radios", $"{M}/aps/{otherAp}/radios"),
            Get("ap cpu default window", "monitoring", M + "/aps/{serial-number}/cpu-utilization-trends", $"{M}/aps/{ap}/cpu-utilization-trends"),
            Get("ap cpu filtered window", "monitoring", M + "/aps/{serial-number}/cpu-utilization-trends",
                $"{M}/aps/{ap}/cpu-utilization-trends?filter=timestamp%20gt%202026-06-30T12:00:00.000Z%20and%20timestamp%20lt%202026-07-01T11:00:00.000Z"),
            Get("switch", "monitoring", M + "/switches/{serial-number}", $"{M}/switches/{sw}"),
            Get("switch by stack id", "monitoring", M + "/switches/{serial-number}", $"{M}/switches/{stack}"),
            Get("switch unknown", "monitoring", M + "/switches/{serial-number}", $"{M}/switches/NOSUCHSW", 404),
            Get("switch interfaces", "monitoring", M + "/switches/{serial-number}/interfaces", $"{M}/switches/{sw}/interfaces"),
            Get("switch interfaces page", "monitoring", M + "/switches/{serial-number}/interfaces", $"{M}/switches/{sw}/interfaces?limit=10&offset=10&sort=speed%20desc"),
            Get("stack interfaces", "monitoring", M + "/switches/{serial-number}/interfaces", $"{M}/switches/{stack}/interfaces?filter=operStatus%20eq%20'Up'"),
            Get("stack members", "monitoring", M + "/stack/{serial-number}/members", $"{M}/stack/{stack}/members"),
            Get("sites health", "monitoring", M + "/sites-health", M + "/sites-health?limit=1000"),
            Get("sites health by name", "monitoring", M + "/sites-health", $"{M}/sites-health?filter={ohare}&limit=1"),
            Get("site health", "monitoring", M + "/site-health/{site-id}", $"{M}/site-health/{hq}"),
            Get("site health new site", "monitoring", M + "/site-health/{site-id}", $"{M}/site-health/{newSite}"),
            // site-health documents no 404, so the response is checked against the monitoring API's common not-found body.
            Get("site health unknown", "monitoring", M + "/site-health/{site-id}", $"{M}/site-health/999", 404) with { SchemaOperation = M + "/aps/{serial-number}" },
            Get("tenant device health", "monitoring", M + "/tenant-device-health", M + "/tenant-device-health"),
            Get("clients", "monitoring", M + "/clients", M + "/clients?limit=1000"),
            Get("clients last page", "monitoring", M + "/clients", M + "/clients?limit=1000&next=3"),
            Get("clients every other status", "monitoring", M + "/clients",
                M + "/clients?limit=1000&filter=" + Uri.EscapeDataString("status in ('Failed', 'Connecting', 'Disconnected', 'Blocked')")),
            Get("clients of a site", "monitoring", M + "/clients", $"{M}/clients?site-id={hq}&sort=clientName%20DESC&limit=50"),
            Get("client", "monitoring", M + "/clients/{mac-address}", $"{M}/clients/{client}"),
            // The default tenant puts siteId as a number on client 3, wirelessChannel as a number on 4, lastSeenAt 0 on 17.
            Get("client with numeric site id", "monitoring", M + "/clients/{mac-address}", $"{M}/clients/{tenant.Clients[3].MacAddress}"),
            Get("client with numeric channel", "monitoring", M + "/clients/{mac-address}", $"{M}/clients/{tenant.Clients[4].MacAddress}"),
            Get("client with zero last seen", "monitoring", M + "/clients/{mac-address}", $"{M}/clients/{tenant.Clients[17].MacAddress}"),
            Get("client unknown", "monitoring", M + "/clients/{mac-address}", $"{M}/clients/00:00:00:00:00:01", 404),
            Get("clients trend", "monitoring", M + "/clients-trend", M + "/clients-trend"),
            Get("clients trend week by wlan", "monitoring", M + "/clients-trend",
                $"{M}/clients-trend?group-by=WLAN&start-at=2026-06-24T12:00:00Z&end-at=2026-07-01T11:00:00Z"),
            Get("top clients", "monitoring", M + "/clients-topn-usage", $"{M}/clients-topn-usage?limit=100&{window}"),
            Get("top aps", "monitoring", M + "/top-aps-by-wireless-usage", $"{M}/top-aps-by-wireless-usage?limit=25&site-id={hq}"),
            Get("top aps bad window", "monitoring", M + "/top-aps-by-wireless-usage", $"{M}/top-aps-by-wireless-usage?start-at=2026-07-01T11:00:00Z&end-at=2026-07-01T10:00:00Z", 400),
            Get("wlans", "monitoring", M + "/wlans", M + "/wlans?limit=1000"),
            Get("wlans by band", "monitoring", M + "/wlans", M + "/wlans?filter=band%20eq%20'5%20GHz'&sort=vlan%20desc"),
            Get("wlan", "monitoring", M + "/wlans/{wlan-name}", $"{M}/wlans/{wlan}"),
            Get("wlan unknown", "monitoring", M + "/wlans/{wlan-name}", $"{M}/wlans/nope", 404),
            Get("firmware", "services", "/network-services/v1/firmware-details", "/network-services/v1/firmware-details?limit=1000"),
            Get("firmware bad sort", "services", "/network-services/v1/firmware-details", "/network-services/v1/firmware-details?sort=model", 400),
            Get("alerts", "notifications", "/network-notifications/v1/alerts", "/network-notifications/v1/alerts?limit=100"),
            Get("alerts of a site", "notifications", "/network-notifications/v1/alerts", $"/network-notifications/v1/alerts?filter=siteId%20eq%20'{hq}'&sort=severity%20ASC"),
            Get("alerts bad limit", "notifications", "/network-notifications/v1/alerts", "/network-notifications/v1/alerts?limit=0", 400),
            Get("alert classification", "notifications", "/network-notifications/v1/alerts/classification", "/network-notifications/v1/alerts/classification?type=severity"),
            Get("events of a site", "troubleshooting", T + "/events", $"{T}/events?context-type=SITE&context-identifier={hq}&site-id={hq}&{window}&limit=1000"),
            Get("events of an ap", "troubleshooting", T + "/events", $"{T}/events?context-type=ACCESS_POINT&context-identifier={ap}&site-id={hq}&{window}&limit=10"),
            Get("events missing limit", "troubleshooting", T + "/events", $"{T}/events?context-type=SITE&context-identifier={hq}&site-id={hq}&{window}", 400),
            Get("events unknown context", "troubleshooting", T + "/events", $"{T}/events?context-type=ACCESS_POINT&context-identifier=NOSUCH&site-id={hq}&{window}&limit=10", 404),
            Post("ap ping", T + "/aps/{serial-number}/ping", $"{T}/aps/{ap}/ping", """{"destination":"8.8.8.8","count":5}""", 202),
            Post("gateway ping", T + "/gateways/{serial-number}/ping", $"{T}/gateways/{gateway}/ping", """{"destination":"10.0.0.1","sourceInterface":"loopback"}""", 202),
            Post("ap traceroute", T + "/aps/{serial-number}/traceroute", $"{T}/aps/{ap}/traceroute", """{"destination":"example.com"}""", 202),
            Post("ap ping offline", T + "/aps/{serial-number}/ping", $"{T}/aps/{offlineAp}/ping", """{"destination":"8.8.8.8"}""", 409),
            Post("ap ping unknown device", T + "/aps/{serial-number}/ping", $"{T}/aps/NOSUCHAP/ping", """{"destination":"8.8.8.8"}""", 404),
            Post("ap ping bad count", T + "/aps/{serial-number}/ping", $"{T}/aps/{ap}/ping", """{"destination":"8.8.8.8","count":101}""", 400),
            Poll("ap ping running", "aps", ap, "ping", "8.8.8.8", TimeSpan.FromSeconds(5)),
            Poll("ap ping completed", "aps", ap, "ping", "lossy.example.com", TimeSpan.FromSeconds(30)),
            Poll("ap ping unresolved", "aps", ap, "ping", "nowhere.invalid", TimeSpan.FromSeconds(30)),
            Poll("gateway ping completed", "gateways", gateway, "ping", "10.0.0.1", TimeSpan.FromSeconds(30)),
            Poll("gateway ping failed", "gateways", gateway, "ping", "192.0.2.7", TimeSpan.FromSeconds(30)),
            Poll("ap traceroute completed", "aps", ap, "traceroute", "example.com", TimeSpan.FromMinutes(2)),
            Poll("ap ping expired", "aps", ap, "ping", "8.8.8.8", TimeSpan.FromHours(1), 404),
            Get("ap list tasks", "troubleshooting", T + "/aps/{serial-number}/list-tasks", $"{T}/aps/{ap}/list-tasks"),
            Get("gateway list tasks", "troubleshooting", T + "/gateways/{serial-number}/list-tasks", $"{T}/gateways/{gateway}/list-tasks"),
            Post("gateway traceroute", T + "/gateways/{serial-number}/traceroute", $"{T}/gateways/{gateway}/traceroute", """{"destination":"example.com"}""", 202),
            Poll("gateway traceroute completed", "gateways", gateway, "traceroute", "example.com", TimeSpan.FromMinutes(2)),
            Faulted("devices rate limited", "monitoring", M + "/devices", M + "/devices", FaultScript.RateLimitedUntilReset(TimeSpan.FromSeconds(3)), 429),
            Faulted("devices forbidden", "monitoring", M + "/devices", M + "/devices", FaultScript.Forbidden(), 403),
            Faulted("devices server error", "monitoring", M + "/devices", M + "/devices", FaultScript.ServerError(500), 500),
            Faulted("devices token expired", "monitoring", M + "/devices", M + "/devices", FaultScript.ExpireToken(), 401),
            Faulted("firmware rate limited", "services", "/network-services/v1/firmware-details", "/network-services/v1/firmware-details", FaultScript.RateLimitedRetryAfter(2), 429),
            Faulted("alerts unauthorized", "notifications", "/network-notifications/v1/alerts", "/network-notifications/v1/alerts", FaultScript.Unauthorized(), 401),
            Faulted("events forbidden", "troubleshooting", T + "/events",
                $"{T}/events?context-type=SITE&context-identifier={hq}&site-id={hq}&{window}&limit=10", FaultScript.Forbidden(), 403),
            Faulted("ap result rate limited", "troubleshooting", T + "/aps/{serial-number}/ping/async-operations/{task-id}",
                $"{T}/aps/{ap}/ping/async-operations/00000000-0000-4000-8000-000000000000", FaultScript.RateLimitedUntilReset(TimeSpan.FromSeconds(1)), 429),
            Faulted("ap result forbidden", "troubleshooting", T + "/aps/{serial-number}/ping/async-operations/{task-id}",
                $"{T}/aps/{ap}/ping/async-operations/00000000-0000-4000-8000-000000000000", FaultScript.Forbidden(), 403),
        };

        return list.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private static ContractCase Get(string name, string file, string operation, string path, int status = 200) =>
        new(name, file, operation, "get", status, harness => harness.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken));

    private static ContractCase Faulted(string name, string file, string operation, string path, FaultScript fault, int status) =>
        new(name, file, operation, "get", status, harness =>
        {
            harness.Handler.Faults.Arm(fault, times: 1);
            return harness.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        });

    private static ContractCase Post(string name, string operation, string path, string json, int status) =>
        new(name, "troubleshooting", operation, "post", status, harness => PostJson(harness, path, json));

    private static ContractCase Poll(string name, string deviceType, string serial, string test, string destination, TimeSpan wait, int status = 200) =>
        new(name, "troubleshooting", $"{T}/{deviceType}/{{serial-number}}/{test}/async-operations/{{task-id}}", "get", status, async harness =>
        {
            using var started = await PostJson(harness, $"{T}/{deviceType}/{serial}/{test}", $$"""{"destination":"{{destination}}"}""");
            var location = System.Text.Json.Nodes.JsonNode.Parse(await started.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["location"]!.GetValue<string>();
            harness.Time.Advance(wait);
            return await harness.Client.GetAsync(new Uri(location, UriKind.Relative), TestContext.Current.CancellationToken);
        });

    private static Task<HttpResponseMessage> PostJson(SimulatorHarness harness, string path, string json) =>
        harness.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
