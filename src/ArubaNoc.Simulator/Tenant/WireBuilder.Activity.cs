using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private static readonly (string Name, string Category, string Severity, string Priority, string DeviceType, string TypeId)[] AlertKinds =
    [
        ("AP Down", "System", "Critical", "High", "Access Point", "102"),
        ("Gateway Uplink Down", "Routing", "Major", "High", "Gateway", "211"),
        ("High Client Authentication Failures", "Clients", "Major", "Medium", "Access Point", "4"),
        ("PoE Budget Exceeded", "Switching", "Minor", "Medium", "Switch", "318"),
        ("Radio Channel Utilization High", "Wireless", "Minor", "Low", "Access Point", "127"),
        ("Firmware Upgrade Available", "System", "Info", "Low", "Access Point, Switch", "540"),
    ];

    private static readonly (string Id, string Name, string Category, string Severity, string Source, string Reason)[] EventKinds =
    [
        ("1001", "Client Association Success", "Client", "positive", "Wireless Client", "Association succeeded"),
        ("1002", "Client Authentication Failure", "Client", "negative", "Wireless Client", "802.1X timeout"),
        ("1003", "DHCP Timeout", "Client", "negative", "Wired Client", "No DHCP offer"),
        ("2001", "AP Reboot", "System", "neutral", "Access Point", "Power cycle"),
        ("2002", "Radio Channel Change", "RF", "neutral", "Access Point", "Radar detected"),
        ("3001", "Port Down", "Switching", "negative", "Switch", "Link lost"),
        ("3002", "PoE Power Denied", "Switching", "negative", "Switch", "Insufficient PoE budget"),
        ("4001", "Tunnel Down", "Routing", "negative", "Gateway", "Peer unreachable"),
    ];

    private void BuildAlerts()
    {
        string[] statuses = ["Active", "Active", "Cleared", "Deferred"];
        foreach (var (site, count) in _data.AlertPlan)
        {
            for (var i = 0; i < count; i++)
            {
                var index = _data.Alerts.Count;
                var kind = AlertKinds[_random.Next(AlertKinds.Length)];
                var status = statuses[index % statuses.Length];
                var created = _now.AddMinutes(-_random.Next(5, 60 * 24 * 14));
                _data.Alerts.Add(new AlertRecord
                {
                    Site = site,
                    Wire = new JsonObject
                    {
                        ["id"] = NextId(),
                        ["type"] = "network-notifications/alert",
                        ["key"] = kind.TypeId + "-" + site.Id + "-" + Text(index),
                        ["typeId"] = kind.TypeId,
                        ["name"] = kind.Name,
                        ["severity"] = kind.Severity,
                        ["priority"] = kind.Priority,
                        ["status"] = status,
                        ["category"] = kind.Category,
                        ["deviceType"] = kind.DeviceType,
                        ["summary"] = $"{kind.Name} at {site.Name ?? site.Id}",
                        ["createdAt"] = Rfc3339(created),
                        ["updatedAt"] = Rfc3339(created.AddMinutes(_random.Next(0, 600))),
                        ["updatedBy"] = index % 5 == 2 ? null : "system",
                        ["clearedReason"] = status == "Cleared" ? "Condition resolved" : "",
                    },
                });
            }
        }
    }

    private void BuildEvents()
    {
        foreach (var (site, count) in _data.EventPlan)
        {
            var aps = _data.Devices.Where(d => d.Site == site && d.Kind == DeviceKind.AccessPoint && d.Monitored).ToList();
            var switches = _data.Devices.Where(d => d.Site == site && d.Kind == DeviceKind.Switch && d.Monitored).ToList();
            var gateways = _data.Devices.Where(d => d.Site == site && d.Kind == DeviceKind.Gateway).ToList();
            var clients = _data.Clients.Where(c => c.Site == site).ToList();
            for (var i = 0; i < count; i++)
            {
                var kind = EventKinds[_random.Next(EventKinds.Length)];
                var time = _now.AddSeconds(-_random.Next(60, 86_400));
                var contexts = new Dictionary<string, string>(StringComparer.Ordinal) { ["SITE"] = site.Id };
                var wire = new JsonObject
                {
                    ["eventId"] = kind.Id,
                    ["eventIdentifier"] = NextId(),
                    ["eventName"] = kind.Name,
                    ["category"] = kind.Category,
                    ["severity"] = kind.Severity,
                    ["sourceType"] = kind.Source,
                    ["timeAt"] = Rfc3339(time),
                    ["reason"] = kind.Reason,
                    ["bssid"] = "",
                };

                DeviceRecord? device = kind.Source switch
                {
                    "Access Point" => Pick(aps),
                    "Switch" => Pick(switches),
                    "Gateway" => Pick(gateways) ?? Pick(switches),
                    _ => null,
                };
                var client = kind.Source.EndsWith("Client", StringComparison.Ordinal) ? Pick(clients) : null;
                if (client is not null)
                {
                    contexts[client.Wireless ? "WIRELESS_CLIENT" : "WIRED_CLIENT"] = client.Mac;
                    device = client.ConnectedDevice;
                    wire["clientMacAddress"] = client.Mac;
                    wire["sourceName"] = client.Name ?? client.Mac;
                }

                if (device is not null)
                {
                    contexts[device.Kind switch
                    {
                        DeviceKind.AccessPoint => "ACCESS_POINT",
                        DeviceKind.Switch => "SWITCH",
                        _ => "GATEWAY",
                    }] = device.Serial;
                    wire["serialNumber"] = device.Serial;
                    wire["deviceMacAddress"] = device.Mac;
                    wire["stackId"] = device.StackId;
                    wire["sourceName"] ??= device.Name;
                }

                wire["sourceName"] ??= site.Name ?? site.Id;
                wire["description"] = $"{kind.Name}: {kind.Reason}";
                _data.Events.Add(new EventRecord { Site = site, Contexts = contexts, Time = time, Wire = wire });
            }
        }
    }

    private void BuildThreats()
    {
        string[] severities = ["CRITICAL", "HIGH", "MEDIUM", "MEDIUM", "LOW", "LOW", "INFORMATIONAL"];
        string[] signatures = ["ET MALWARE Cobalt Strike Beacon", "ET SCAN Nmap Scripting Engine", "ET POLICY TLS to Tor node", "ET EXPLOIT Log4j JNDI lookup", "ET INFO DNS over HTTPS"];
        var gateways = _data.Devices.Where(d => d.Kind == DeviceKind.Gateway).ToList();
        for (var index = 0; index < _data.ThreatCount; index++)
        {
            var time = _now.AddSeconds(-_random.Next(60, 7 * 86_400));
            var gateway = Pick(gateways);
            var client = Pick(_data.Clients);
            var signature = signatures[_random.Next(signatures.Length)];
            var wire = new JsonObject
            {
                ["id"] = NextId(),
                ["severity"] = severities[_random.Next(severities.Length)],
                ["action"] = _random.Next(10) < 8 ? "Blocked" : "Alerted",
                ["srcIp"] = "10.64." + Text(_random.Next(250)) + "." + Text(_random.Next(2, 250)),
                ["srcPort"] = Text(_random.Next(1024, 65535)),
                ["destIp"] = "198.51.100." + Text(_random.Next(2, 250)),
                ["destPort"] = _random.Next(2) == 0 ? "443" : "53",
                ["appProto"] = _random.Next(2) == 0 ? "tls" : "dns",
                ["proto"] = "TCP",
                ["timestamp"] = Text(time.ToUnixTimeMilliseconds()),
                ["deviceSerialNum"] = gateway?.Serial,
                ["deviceName"] = gateway?.Name,
                ["siteName"] = gateway?.Site.Name,
                ["clientMacaddr"] = client?.Mac,
                ["userName"] = index % 4 == 0 ? "-" : "user" + Text(index) + "@corp.example",
                ["malwareFamily"] = signature.Contains("MALWARE", StringComparison.Ordinal) ? "CobaltStrike" : "",
                ["cveReference"] = signature.Contains("Log4j", StringComparison.Ordinal) ? "CVE-2021-44228" : "",
                ["signatureId"] = Text(2_000_000 + _random.Next(100_000)),
            };

            // Older responses name the signature "threatName"; every twentieth threat uses that name.
            wire[index % 20 == 7 ? "threatName" : "signatureName"] = signature;
            _data.Threats.Add(new ThreatRecord { TimeMilliseconds = time.ToUnixTimeMilliseconds(), Wire = wire });
        }
    }

    private T? Pick<T>(List<T> items)
        where T : class =>
        items.Count == 0 ? null : items[_random.Next(items.Count)];
}
