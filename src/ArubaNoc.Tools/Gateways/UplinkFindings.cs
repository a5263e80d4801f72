using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>Per-uplink and overall findings of <c>get_gateway_uplinks</c>; primary means <c>isBackupUplink</c> false.</summary>
internal static class UplinkFindings
{
    public static void Add(ToolResultBuilder result, List<GatewayUplink> uplinks)
    {
        foreach (var uplink in uplinks)
        {
            AddPerUplink(result, uplink);
        }

        var up = uplinks.Count(uplink => DeviceText.IsUp(uplink.Status));
        var primaryDown = uplinks.Any(uplink => !uplink.IsBackup && DeviceText.IsDown(uplink.Status));
        var backupUp = uplinks.Any(uplink => uplink.IsBackup && DeviceText.IsUp(uplink.Status));
        if (up == 0)
        {
            result.AddFinding(FindingLevel.Crit, "ALL_DOWN", $"all {uplinks.Count} uplinks are down");
        }
        else if (primaryDown && backupUp)
        {
            result.AddFinding(FindingLevel.Warn, "ON_BACKUP", "a primary uplink is down and traffic runs on a backup uplink");
        }
        else if (up == uplinks.Count)
        {
            result.AddFinding(FindingLevel.Ok, "ALL_UP", $"all {uplinks.Count} uplinks are up");
        }
        else
        {
            result.AddFinding(FindingLevel.Warn, "PARTIAL", $"{up} of {uplinks.Count} uplinks are up");
        }

        if (uplinks.Count > 1 && up >= 2)
        {
            result.AddFinding(FindingLevel.Ok, "FAILOVER_READY", $"{up} uplinks up, so one can fail over to another");
        }
        else if (uplinks.Count > 1 && up == 1)
        {
            result.AddFinding(FindingLevel.Warn, "NO_FAILOVER", "only one uplink is up, so there is no failover path");
        }
    }

    private static void AddPerUplink(ToolResultBuilder result, GatewayUplink uplink)
    {
        var name = ValueFormat.Text(uplink.LinkTag);
        if (DeviceText.IsDown(uplink.Status))
        {
            if (uplink.IsBackup)
            {
                result.AddFinding(FindingLevel.Warn, "BACKUP_UPLINK_DOWN", $"backup uplink {name} is down");
            }
            else
            {
                result.AddFinding(FindingLevel.Crit, "PRIMARY_UPLINK_DOWN", $"primary uplink {name} is down");
            }
        }

        var linkUp = DeviceText.IsUp(uplink.Status) || DeviceText.IsUp(uplink.LinkStatus);
        if (linkUp && DeviceText.IsDown(uplink.WanStatus))
        {
            result.AddFinding(FindingLevel.Warn, "WAN_DOWN_LINK_UP", $"uplink {name} has link but its WAN is down");
        }

        if (DeviceText.IsUp(uplink.Status) && uplink.Throughput is { Sent: 0, Received: 0 })
        {
            result.AddFinding(FindingLevel.Info, "IDLE", $"uplink {name} is up with no traffic in either direction");
        }
    }
}
