using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    /// <summary>Returns a device's health group: offline devices are Poor, every eighth online one Fair.</summary>
    internal static string DeviceHealth(DeviceRecord device) => device switch
    {
        { Online: false } => "Poor",
        { Index: var index } when index % 8 == 5 => "Fair",
        _ => "Good",
    };

    private static string ClientHealth(ClientRecord client) => client.Status switch
    {
        "Connected" => client.Index % 10 == 7 ? "Fair" : "Good",
        "Connecting" => "Fair",
        _ => "Poor",
    };

    private void BuildSiteHealth(SiteRecord site)
    {
        var devices = _data.Devices.Where(d => d.Site == site && d.Monitored).ToList();
        var clients = _data.Clients.Where(c => c.Site == site).ToList();
        var alerts = _data.AlertPlan.Where(p => p.Site == site).Sum(p => p.Count);
        var deviceGroups = Groups(devices.Select(DeviceHealth));
        var clientGroups = Groups(clients.Select(ClientHealth));
        var siteGroups = Groups(devices.Select(DeviceHealth).Concat(clients.Select(ClientHealth)));

        var item = new JsonObject
        {
            ["id"] = site.Id,
            ["type"] = "network-monitoring/site-health",
        };

        // A site created moments ago has neither siteName nor the older "name" yet.
        if (site.Name is not null)
        {
            item["siteName"] = site.Name;
        }

        item["address"] = new JsonObject
        {
            ["address"] = site.Name is null ? "" : "1 Example Way",
            ["city"] = site.City ?? "-",
            ["state"] = "",
            ["country"] = site.Country,
            ["zipCode"] = "",
        };
        item["health"] = new JsonObject { ["groups"] = siteGroups };
        item["devices"] = new JsonObject { ["count"] = devices.Count, ["health"] = new JsonObject { ["groups"] = deviceGroups } };
        item["clients"] = new JsonObject { ["count"] = clients.Count, ["health"] = new JsonObject { ["groups"] = clientGroups } };
        item["alerts"] = new JsonObject
        {
            ["totalCount"] = alerts,
            ["groups"] = new JsonArray(
                new JsonObject { ["name"] = "Critical", ["count"] = alerts / 6 },
                new JsonObject { ["name"] = "Major", ["count"] = alerts / 3 },
                new JsonObject { ["name"] = "Minor", ["count"] = alerts - (alerts / 6) - (alerts / 3) }
            ),
        };
        item["reasons"] = Reasons(devices);
        site.HealthItem = item;

        var deviceTypes = new JsonArray();
        foreach (var (kind, label) in new[] { (DeviceKind.AccessPoint, "Access Points"), (DeviceKind.Switch, "Switches"), (DeviceKind.Gateway, "Gateways") })
        {
            deviceTypes.Append(new JsonObject
            {
                ["name"] = label,
                ["health"] = new JsonObject { ["groups"] = Groups(devices.Where(d => d.Kind == kind).Select(DeviceHealth)) },
            });
        }

        site.HealthDetail = new JsonObject
        {
            ["id"] = site.Id,
            ["type"] = "network-monitoring/site-health",
            ["health"] = new JsonObject { ["groups"] = siteGroups.DeepClone() },
            ["deviceTypes"] = deviceTypes,
            ["clientTypes"] = new JsonArray(
                new JsonObject { ["name"] = "Wireless", ["health"] = new JsonObject { ["groups"] = Groups(clients.Where(c => c.Wireless).Select(ClientHealth)) } },
                new JsonObject { ["name"] = "Wired", ["health"] = new JsonObject { ["groups"] = Groups(clients.Where(c => !c.Wireless).Select(ClientHealth)) } }
            ),
            ["compute"] = new JsonArray(),
            ["reasons"] = Reasons(devices),
            ["response"] = new JsonObject { ["status"] = "SUCCESS", ["code"] = "200", ["message"] = "" },
        };
    }

    internal static JsonArray Groups(IEnumerable<string> healths)
    {
        var list = healths.ToList();
        var groups = new JsonArray();
        foreach (var name in new[] { "Poor", "Fair", "Good" })
        {
            groups.Append(new JsonObject { ["name"] = name, ["value"] = list.Count(h => h == name) });
        }

        return groups;
    }

    private static JsonArray Reasons(List<DeviceRecord> devices)
    {
        var reasons = new JsonArray();
        var offline = devices.Count(d => !d.Online);
        if (offline > 0)
        {
            reasons.Append(new JsonObject { ["health"] = "Poor", ["reason"] = "DEVICE_OFFLINE", ["data"] = new JsonObject { ["count"] = offline } });
        }

        var fair = devices.Count(d => DeviceHealth(d) == "Fair");
        if (fair > 0)
        {
            reasons.Append(new JsonObject { ["health"] = "Fair", ["reason"] = "HIGH_CPU_UTILIZATION", ["data"] = new JsonObject { ["count"] = fair } });
        }

        return reasons;
    }
}
