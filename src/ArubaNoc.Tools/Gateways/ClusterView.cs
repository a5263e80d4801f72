using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// What <c>get_gateway_cluster_info</c> computes from the members and the tunnel summaries: leaders
/// (role <c>Leader</c> or <c>Isoleader</c>), online and offline counts, firmware versions, tunnel health sums
/// and the redundancy findings. Tunnel data that failed to load is null and raises no finding.
/// </summary>
internal sealed class ClusterView(List<ClusterMember> members, ClusterTunnelStatusSummary? tunnelStatus, List<ClusterMemberTunnelHealth>? health)
{
    public List<ClusterMember> Leaders { get; } = [.. members.Where(member => DeviceText.Is(member.Role, "Leader") || DeviceText.Is(member.Role, "Isoleader"))];

    public int Online { get; } = members.Count(member => DeviceText.IsUp(member.Status));

    public int Offline { get; } = members.Count(member => DeviceText.IsDown(member.Status));

    public List<string> FirmwareVersions { get; } = DeviceText.Distinct(members.Select(Firmware));

    public (long? Good, long? Fair, long? Poor)? HealthTotals { get; } = health is null ? null : SingleOrArray.Sum(health.Select(entry => entry.TunnelHealth));

    public static string? Firmware(ClusterMember member) => member.FirmwareVersion ?? member.SoftwareVersion;

    /// <summary>Returns the tunnel health entry of <paramref name="member"/>, matched by serial number.</summary>
    public TunnelHealthCounts? HealthOf(ClusterMember member) =>
        health?.FirstOrDefault(entry => entry.SerialNumber is not null && string.Equals(entry.SerialNumber, member.SerialNumber, StringComparison.OrdinalIgnoreCase))?.TunnelHealth;

    public void AddFindings(ToolResultBuilder result)
    {
        var problems = 0;
        void Add(FindingLevel level, string code, string message)
        {
            result.AddFinding(level, code, message);
            problems++;
        }

        if (Leaders.Count == 0)
        {
            Add(FindingLevel.Crit, "NO_LEADER", "no member has the Leader role");
        }
        else if (Leaders.Count > 1)
        {
            Add(FindingLevel.Warn, "MULTIPLE_LEADERS", "more than one leader: " + string.Join(", ", Leaders.Select(leader => ValueFormat.Text(leader.SerialNumber))));
        }

        if (Leaders.FirstOrDefault(leader => DeviceText.Is(leader.Role, "Isoleader")) is { } isolated)
        {
            Add(FindingLevel.Warn, "LEADER_ISOLATED", $"leader {ValueFormat.Text(isolated.SerialNumber)} is Isoleader: it sees no peers");
        }

        if (Leaders.FirstOrDefault(leader => DeviceText.IsDown(leader.Status)) is { } offlineLeader)
        {
            Add(FindingLevel.Crit, "LEADER_OFFLINE", $"leader {ValueFormat.Text(offlineLeader.SerialNumber)} is offline");
        }

        if (Offline > 0)
        {
            var names = members.Where(member => DeviceText.IsDown(member.Status)).Select(member => ValueFormat.Text(member.SerialNumber));
            Add(FindingLevel.Warn, "MEMBERS_OFFLINE", $"{Offline} of {members.Count} members offline: {string.Join(", ", names)}");
        }

        if (members.Count == 1)
        {
            Add(FindingLevel.Warn, "SINGLE_MEMBER", "the cluster has one member, so there is no redundancy");
        }

        if (FirmwareVersions.Count > 1)
        {
            Add(FindingLevel.Warn, "FIRMWARE_MISMATCH", "members run different firmware: " + string.Join(", ", FirmwareVersions));
        }

        if (tunnelStatus is { Down: > 0 } status)
        {
            var level = status.Up == 0 ? FindingLevel.Crit : FindingLevel.Warn;
            Add(level, "INTER_GW_TUNNELS_DOWN", $"{status.Down} inter-gateway tunnels down, {ValueFormat.Integer(status.Up)} up");
        }

        if (HealthTotals is { Poor: > 0 } totals)
        {
            Add(FindingLevel.Warn, "TUNNELS_POOR", $"{totals.Poor} tunnels in poor health");
        }

        if (problems == 0)
        {
            result.AddFinding(FindingLevel.Ok, "REDUNDANT", $"{members.Count} members online with one leader, one firmware version and no tunnel problems");
        }
    }
}
