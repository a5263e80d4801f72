using System.Text.Json.Nodes;

namespace ArubaNoc.Simulator.Tenant;

internal sealed partial class WireBuilder
{
    private void BuildDevice(DeviceRecord device)
    {
        var deviceType = SimulatedTenant.DeviceTypeName(device.Kind);
        var uptime = device.Online ? (long)Between(3.6e6, 9.0e9) : (long?)null;
        var lastSeen = device.Online ? _now.AddSeconds(-_random.Next(5, 120)) : _now.AddHours(-_random.Next(2, 200));

        if (device.Monitored)
        {
            // Central's /devices list: status ONLINE/OFFLINE; empty values come as "", "-" or null.
            device.DeviceItem = new JsonObject
            {
                ["id"] = device.Serial,
                ["type"] = "network-monitoring/device-monitoring",
                ["serialNumber"] = device.Serial,
                ["deviceName"] = device.Name,
                ["deviceType"] = deviceType,
                ["status"] = device.Online ? "ONLINE" : "OFFLINE",
                ["deployment"] = Deployment(device),
                ["model"] = device.Model,
                ["partNumber"] = "R" + device.Serial[^4..] + "A",
                ["siteId"] = device.Site.Id,
                ["siteName"] = SiteNameOrNull(device.Site),
                ["firmwareVersion"] = device.Index % 29 == 3 ? null : device.Firmware,
                ["ipv4"] = device.Online ? device.Ipv4 : null,
                ["ipv6"] = device.Index % 3 == 0 ? "" : null,
                ["macAddress"] = device.Mac,
                ["role"] = device.Index % 7 == 2 ? "-" : device.Kind == DeviceKind.Switch ? "access" : "AP",
                ["persona"] = null,
                ["deviceFunction"] = device.Kind switch
                {
                    DeviceKind.AccessPoint => "Campus AP",
                    DeviceKind.Gateway => "Branch Gateway",
                    _ => "Access Switch",
                },
                ["clusterName"] = device.ClusterName ?? "",
                ["configStatus"] = device.Index % 11 == 4 ? "Not in sync" : "Synchronized",
                ["lastSeenAt"] = device.Online ? Rfc3339(lastSeen) : null,
                ["uptimeInMillis"] = uptime,
            };
        }

        device.InventoryItem = new JsonObject
        {
            ["id"] = device.Serial,
            ["type"] = "network-monitoring/device-inventory",
            ["serialNumber"] = device.Serial,
            ["deviceName"] = device.Name,
            ["deviceType"] = deviceType,
            ["model"] = device.Model,
            ["partNumber"] = "R" + device.Serial[^4..] + "A",
            ["macAddress"] = device.Mac,
            ["siteId"] = device.Site.Id,
            ["siteName"] = device.Site == SiteRecord.Unassigned ? null : device.Site.Name,
            ["status"] = device.Monitored ? (device.Online ? "ONLINE" : "OFFLINE") : null,
            ["isProvisioned"] = device.Monitored ? (device.Index % 2 == 0 ? "YES" : "Yes") : "No",
            ["tier"] = device.Index % 5 == 1 ? null : device.Kind == DeviceKind.Switch ? "Foundation" : "Advanced",
            ["subscriptionKey"] = device.Monitored ? "SUB" + device.Serial[^6..] : "",
            ["deviceFunction"] = device.Kind == DeviceKind.Gateway ? "Branch Gateway" : "",
            ["deviceGroupName"] = device.Monitored ? "default" : "",
            ["firmwareVersion"] = device.Firmware,
            ["stackId"] = device.StackId,
        };

        if (device.Monitored)
        {
            var recommended = device.Kind switch
            {
                DeviceKind.AccessPoint => "10.7.1.0_91234",
                DeviceKind.Switch => "10.13.1010",
                _ => "10.6.0.2_90468",
            };
            device.FirmwareItem = new JsonObject
            {
                ["id"] = device.Serial,
                ["type"] = "network-services/firmware-details",
                ["serialNumber"] = device.Serial,
                ["deviceName"] = device.Name,
                ["deviceType"] = deviceType,
                ["firmwareVersion"] = device.Firmware,
                ["recommendedVersion"] = recommended,
                ["upgradeStatus"] = device.Firmware == recommended ? "Up To Date" : device.Index % 13 == 6 ? "Upgrade Failed" : "Upgrade Available",
                ["firmwareClassification"] = device.Index % 4 == 0 ? "" : device.Firmware == recommended ? "Recommended" : "Supported",
                ["lastUpgradedTimeAt"] = device.Index % 9 == 8 ? null : Rfc3339(_now.AddDays(-_random.Next(3, 400))),
                ["siteId"] = device.Site.Id,
                ["siteName"] = device.Site.Name ?? "",
            };
        }

        switch (device.Kind)
        {
            case DeviceKind.Switch when device.Monitored:
                BuildSwitch(device, uptime, lastSeen);
                break;
            case DeviceKind.Gateway:
                BuildGateway(device, uptime, lastSeen);
                break;
        }
    }

    private static string Deployment(DeviceRecord device) => device switch
    {
        { Kind: DeviceKind.Gateway } => "Cluster",
        { StackId: not null } => "Stack",
        _ => "Standalone",
    };
}
