using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private void BuildSwitch(DeviceRecord sw, long? uptime, DateTimeOffset lastSeen)
    {
        var role = sw.StackId is null ? "Standalone" : StackRole(sw.StackMemberId);
        var health = DeviceHealth(sw);
        sw.Detail = new JsonObject
        {
            ["id"] = sw.Serial,
            ["type"] = "network-monitoring/switch",
            ["serialNumber"] = sw.Serial,
            ["deviceName"] = sw.Name,
            ["model"] = sw.Model,
            ["status"] = sw.Online ? "ONLINE" : "OFFLINE",
            ["firmwareVersion"] = sw.Firmware,
            ["uptimeInMillis"] = uptime,
            ["siteId"] = sw.Site.Id,
            ["siteName"] = sw.Site.Name,
            ["health"] = health,
            ["healthReasons"] = new JsonObject
            {
                ["fairReasons"] = health == "Fair" ? new JsonArray("HIGH_CPU") : new JsonArray(),
                ["poorReasons"] = health == "Poor" ? new JsonArray("DEVICE_OFFLINE") : new JsonArray(),
                ["primaryReason"] = new JsonObject
                {
                    ["reasonEnum"] = health switch
                    {
                        "Good" => "",
                        "Fair" => "HIGH_CPU",
                        _ => "DEVICE_OFFLINE",
                    },
                    ["totalReasons"] = health == "Good" ? 0 : 1,
                    ["typeId"] = "switch-health",
                },
            },
            ["switchRole"] = role,
            ["switchType"] = "AOS-CX",
            ["deployment"] = sw.StackId is null ? "Standalone" : "Stack",
            ["ipv4"] = sw.Online ? sw.Ipv4 : "",
            ["ipv6"] = "",
            ["macAddress"] = sw.Mac,
            ["manufacturer"] = "Aruba",
            ["lastRestartReason"] = sw.Index % 5 == 2 ? "Reboot requested by user" : "-",
            // Central sends these two as epoch milliseconds, not date-time strings.
            ["lastSeenAt"] = lastSeen.ToUnixTimeMilliseconds(),
            ["lastConfigChange"] = _now.AddDays(-_random.Next(1, 60)).ToUnixTimeMilliseconds(),
            ["switchTrends"] = SwitchTrends(sw),
        };

        BuildInterfaces(sw);
    }

    private static string StackRole(int stackMemberId) => stackMemberId switch
    {
        1 => "Conductor",
        2 => "Standby",
        _ => "Member",
    };

    private JsonObject SwitchTrends(DeviceRecord sw)
    {
        var poeAvailable = sw.Model.Contains("48G", StringComparison.Ordinal) ? 740.0 : 370.0;
        var poeConsumption = Math.Round(poeAvailable * Between(0.2, sw.Index % 6 == 1 ? 0.95 : 0.65), 1);
        return new JsonObject
        {
            ["serialNumber"] = sw.Serial,
            ["switchRole"] = sw.StackId is null ? "Standalone" : "Member",
            ["cpuUtilization"] = sw.Online ? Math.Round(Between(2, 60), 1) : null,
            ["memoryUtilization"] = sw.Online ? Math.Round(Between(20, 70), 1) : null,
            ["poeAvailable"] = poeAvailable,
            ["poeConsumption"] = poeConsumption,
            ["powerConsumption"] = Math.Round(Between(80, 260), 1),
            ["totalPowerConsumption"] = Math.Round(poeConsumption + 150, 1),
            ["systemTemperature"] = Math.Round(Between(32, 58), 1),
            ["upLinkPorts"] = "1/1/49,1/1/50",
            ["usage"] = Math.Round(Between(1e6, 9e9), 0),
        };
    }

    private void BuildInterfaces(DeviceRecord sw)
    {
        var member = sw.StackMemberId == 0 ? 1 : sw.StackMemberId;
        var accessPorts = sw.Model.Contains("48G", StringComparison.Ordinal) ? 48 : 24;
        for (var port = 1; port <= accessPorts + 4; port++)
        {
            var uplink = port > accessPorts;
            var up = sw.Online && (uplink ? port <= accessPorts + 2 : _random.Next(100) < 70);
            var adminDown = !up && port % 9 == 0;
            var speed = uplink ? 10000 : 1000;
            sw.Interfaces.Add(new JsonObject
            {
                ["id"] = sw.Serial + "-" + Text(port),
                ["type"] = "network-monitoring/switch-interface",
                ["index"] = port,
                ["name"] = $"{member}/1/{port}",
                ["serialNumber"] = sw.Serial,
                ["alias"] = uplink ? "uplink to core" : port % 12 == 1 ? "AP port" : "",
                ["description"] = port == 1 ? "Zürich uplink ↔ 東京" : "",
                ["adminStatus"] = adminDown ? "Down" : "Up",
                ["operStatus"] = up ? "Up" : "Down",
                ["status"] = up ? "Up" : "Down",
                ["speed"] = up ? speed : 0,
                ["duplex"] = up ? "full" : "-",
                ["connector"] = uplink ? "SFP+" : "RJ45",
                ["vlanMode"] = uplink ? "Trunk" : "Access",
                ["nativeVlan"] = uplink ? 1 : 100,
                ["allowedVlans"] = uplink ? new JsonArray("1", "100", "200", "300") : new JsonArray("100"),
                ["allowedVlanIds"] = uplink ? new JsonArray(1, 100, 200, 300) : new JsonArray(100),
                ["mtu"] = 1500,
                ["lag"] = uplink ? "lag1" : "",
                ["poeStatus"] = !uplink && up && port % 3 == 0 ? "Delivering" : "Searching",
                ["poeClass"] = !uplink && up && port % 3 == 0 ? "4" : "",
                ["neighbour"] = up && port % 12 == 1 ? "AP-neighbour-" + Text(port) : "",
                ["neighbourFamily"] = up && port % 12 == 1 ? "Access Point" : "",
                ["neighbourFunction"] = "",
                ["neighbourPort"] = up && port % 12 == 1 ? "eth0" : "",
                ["portError"] = port % 17 == 0 ? new JsonArray("CRC_ERRORS") : new JsonArray(),
                ["errorReason"] = port % 17 == 0 ? "CRC errors" : "",
                ["uplink"] = uplink,
                ["transceiverStatus"] = uplink ? "OK" : "",
            });
        }
    }

    private static void BuildStack(StackRecord stack)
    {
        var members = new JsonArray();
        foreach (var sw in stack.Members)
        {
            var role = StackRole(sw.StackMemberId);
            members.Append(new JsonObject
            {
                ["id"] = sw.Serial,
                ["type"] = "network-monitoring/stack-member",
                ["serialNumber"] = sw.Serial,
                ["deviceName"] = sw.Name,
                ["model"] = sw.Model,
                ["status"] = sw.Online ? "ONLINE" : "OFFLINE",
                ["stackId"] = stack.Id,
                ["stackMemberId"] = sw.StackMemberId,
                ["stackMemberPriority"] = role switch
                {
                    "Conductor" => 255,
                    "Standby" => 200,
                    _ => 128,
                },
                ["stackMemberStatus"] = "Ready",
                ["switchRole"] = role,
                ["switchType"] = "AOS-CX",
                ["firmwareVersion"] = sw.Firmware,
                ["health"] = "Good",
                ["uptimeInMillis"] = sw.Detail!["uptimeInMillis"]?.DeepClone(),
                ["siteId"] = sw.Site.Id,
                ["macAddress"] = sw.Mac,
                ["ipv4"] = sw.Ipv4,
            });
        }

        stack.Wire = new JsonObject
        {
            ["id"] = stack.Id,
            ["type"] = "network-monitoring/stack",
            ["stackType"] = "VSF",
            ["topology"] = stack.Members.Count > 2 ? "Ring" : "Chain",
            ["members"] = members,
            ["portLinks"] = new JsonArray(),
        };

        // Central's example sends the conductor's switchTrends as an array with one entry per member.
        var conductor = stack.Members[0];
        var trends = new JsonArray();
        foreach (var sw in stack.Members)
        {
            trends.Append(sw.Detail!["switchTrends"]!.DeepClone());
        }

        conductor.Detail!["switchTrends"] = trends;
    }
}
