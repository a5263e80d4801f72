using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private void BuildGateway(DeviceRecord gw, long? uptime, DateTimeOffset lastSeen)
    {
        // Gateways use Online/Offline where every other device uses ONLINE/OFFLINE.
        gw.GatewayItem = new JsonObject
        {
            ["id"] = gw.Serial,
            ["type"] = "network-monitoring/gateway",
            ["serialNumber"] = gw.Serial,
            ["deviceName"] = gw.Name,
            ["status"] = gw.Online ? "Online" : "Offline",
            ["mode"] = gw.ClusterName is null ? "Standalone" : "Cluster",
            ["role"] = gw.ClusterRole ?? "Member",
            ["clusterName"] = gw.ClusterName ?? "",
            ["model"] = gw.Model,
            ["deviceFunction"] = "Branch Gateway",
            ["siteId"] = gw.Site.Id,
            ["siteName"] = gw.Site.Name,
            ["firmwareVersion"] = gw.Firmware,
            ["cpuUtilization"] = gw.Online ? Math.Round(Between(4, 70), 1) : null,
            ["memoryUtilization"] = gw.Online ? Math.Round(Between(25, 80), 1) : null,
            ["uptimeInMillis"] = uptime,
            ["ipAddress"] = gw.Ipv4,
            ["macAddress"] = gw.Mac,
            ["macRange"] = gw.Mac + "-" + gw.Mac[..^2] + "ff",
            ["rebootReason"] = gw.Index % 2 == 0 ? "-" : "Power cycle",
        };
        gw.Detail = (JsonObject)gw.GatewayItem.DeepClone();

        // Uplink, link and WAN status are Up or Down. One link tag contains a '/'.
        string[] tags = ["INET-1", "MPLS/primary", "LTE backup"];
        for (var i = 0; i < tags.Length; i++)
        {
            var up = gw.Online && !(i == 2 && gw.Index % 2 == 1);
            gw.Uplinks.Add(new JsonObject
            {
                ["id"] = gw.Serial + "-uplink-" + Text(i + 1),
                ["type"] = "network-monitoring/gateway-uplink",
                ["linkTag"] = tags[i],
                ["status"] = up ? "Up" : "Down",
                ["linkStatus"] = up ? "Up" : "Down",
                ["wanStatus"] = up ? "Up" : "Down",
                ["isBackupUplink"] = i == 2,
                ["privateIpAddress"] = "192.168." + Text(10 + i) + "." + Text(gw.Index % 250 + 2),
                ["publicIpAddress"] = i == 1 ? "" : "203.0.113." + Text(gw.Index % 250 + 2),
                ["vlanId"] = 4001 + i,
                ["throughput"] = new JsonObject
                {
                    ["sent"] = up ? (long)Between(1e5, 8e7) : 0,
                    ["received"] = up ? (long)Between(1e5, 2e8) : 0,
                },
                ["usage"] = Usage(up),
            });
        }

        var poor = gw.Online ? 0 : 4;
        var fair = gw.Index % 3 == 0 ? 1 : 0;
        gw.WanHealth = new JsonObject
        {
            ["id"] = gw.Serial,
            ["type"] = "network-monitoring/wan-tunnel-health",
            ["health"] = (poor, fair) switch
            {
                ( > 0, _) => "Poor",
                (_, > 0) => "Fair",
                _ => "Good",
            },
            ["healthReasons"] = "TUNNEL_STATUS",
            ["tunnelHealth"] = new JsonObject { ["good"] = 4 - poor - fair, ["fair"] = fair, ["poor"] = poor },
        };

        gw.ClusterMemberItem = new JsonObject
        {
            ["id"] = gw.Serial,
            ["type"] = "network-monitoring/cluster-member",
            ["serialNumber"] = gw.Serial,
            ["deviceName"] = gw.Name,
            ["clusterName"] = gw.ClusterName ?? "",
            ["role"] = gw.ClusterRole ?? "Member",
            ["status"] = gw.Online ? "ONLINE" : "OFFLINE",
            ["model"] = gw.Model,
            ["partNumber"] = "R" + gw.Serial[^4..] + "A",
            ["firmwareVersion"] = gw.Firmware,
            ["softwareVersion"] = gw.Firmware,
            ["siteId"] = gw.Site.Id,
            ["siteName"] = gw.Site.Name,
            ["ipv4"] = gw.Ipv4,
            ["ipv6"] = "",
            ["macAddress"] = gw.Mac,
            ["lastSeenAt"] = Rfc3339(lastSeen),
        };
    }

    private JsonObject Usage(bool up)
    {
        var sent = up ? (long)Between(1e8, 5e11) : 0;
        var received = up ? (long)Between(1e8, 9e11) : 0;
        return new JsonObject { ["sent"] = sent, ["received"] = received, ["total"] = sent + received };
    }

    private static void BuildCluster(ClusterRecord cluster)
    {
        var index = 0;
        var up = 0;
        var down = 0;
        foreach (var source in cluster.Members)
        {
            foreach (var destination in cluster.Members.Where(m => m != source))
            {
                index++;
                var tunnelUp = source.Online && destination.Online;
                if (tunnelUp)
                {
                    up++;
                }
                else
                {
                    down++;
                }

                // Central's own examples use encapsulation 802.1Q and mode ORCH outside their enums.
                cluster.Tunnels.Add(new JsonObject
                {
                    ["id"] = cluster.Name + "-t" + Text(index),
                    ["type"] = "network-monitoring/cluster-tunnel",
                    ["tunnelName"] = $"{source.Name}→{destination.Name}",
                    ["status"] = tunnelUp ? "Up" : "Down",
                    ["health"] = tunnelUp ? (index % 4 == 0 ? "Fair" : "Good") : "Poor",
                    ["healthReasons"] = tunnelUp ? new JsonArray() : new JsonArray("TUNNEL_STATUS"),
                    ["encapsulation"] = index switch
                    {
                        2 => "802.1Q",
                        _ when index % 2 == 0 => "GRE",
                        _ => "IPSec",
                    },
                    ["mode"] = index == 3 ? "ORCH" : "Orchestrated",
                    ["gateway"] = source.Name,
                    ["gatewayRole"] = source.ClusterRole,
                    ["sourceIpAddress"] = source.Ipv4,
                    ["destinationIpAddress"] = destination.Ipv4,
                    ["destinationName"] = destination.Name,
                    ["destinationSerial"] = destination.Serial,
                    ["destinationSite"] = destination.Site.Name ?? "",
                    ["ssid"] = "",
                    ["vni"] = 5000 + index,
                });
            }
        }

        cluster.TunnelStatus = new JsonObject
        {
            ["id"] = cluster.Name,
            ["type"] = "network-monitoring/tunnels-status",
            ["up"] = up,
            ["down"] = down,
        };

        // The schema describes one object; Central's examples send an array with one entry per member.
        var health = new JsonArray();
        foreach (var member in cluster.Members)
        {
            health.Append(new JsonObject
            {
                ["id"] = member.Serial,
                ["type"] = "network-monitoring/tunnels-health",
                ["deviceName"] = member.Name,
                ["serialNumber"] = member.Serial,
                ["siteId"] = member.Site.Id,
                ["tunnelHealth"] = new JsonObject
                {
                    ["good"] = member.Online ? cluster.Members.Count - 1 : 0,
                    ["fair"] = 0,
                    ["poor"] = member.Online ? 0 : cluster.Members.Count - 1,
                },
            });
        }

        cluster.TunnelHealth = health;
    }
}
