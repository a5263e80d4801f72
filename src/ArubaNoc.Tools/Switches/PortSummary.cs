using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches.Wire;

namespace ArubaNoc.Tools.Switches;

/// <summary>Counts and findings over one page of switch ports, computed before any row selection.</summary>
internal sealed class PortSummary
{
    /// <summary>At most this many error ports are named in the ERROR_PORTS finding.</summary>
    public const int MaxNamedErrorPorts = 5;

    private PortSummary()
    {
    }

    public long Returned { get; private init; }

    public long Up { get; private init; }

    public long Down { get; private init; }

    public long AdminDown { get; private init; }

    public long DownEnabled { get; private init; }

    public long PoePorts { get; private init; }

    public long Trunk { get; private init; }

    public long Access { get; private init; }

    public long StpBlocking { get; private init; }

    public IReadOnlyList<SwitchInterface> ErrorPorts { get; private init; } = [];

    public IReadOnlyList<SwitchInterface> BadTransceivers { get; private init; } = [];

    public static PortSummary Of(IReadOnlyList<SwitchInterface> ports) => new()
    {
        Returned = ports.Count,
        Up = ports.Count(port => DeviceText.Is(port.OperStatus, "Up")),
        Down = ports.Count(port => DeviceText.Is(port.OperStatus, "Down")),
        AdminDown = ports.Count(port => DeviceText.Is(port.AdminStatus, "Down")),
        DownEnabled = ports.Count(port => DeviceText.Is(port.OperStatus, "Down") && DeviceText.Is(port.AdminStatus, "Up")),
        PoePorts = ports.Count(IsPoe),
        Trunk = ports.Count(port => DeviceText.Is(port.VlanMode ?? port.PortMode, "Trunk")),
        Access = ports.Count(port => DeviceText.Is(port.VlanMode ?? port.PortMode, "Access")),
        StpBlocking = ports.Count(port => DeviceText.Is(port.StpPortState, "Blocking") || DeviceText.Is(port.StpPortState, "Discarding")),
        ErrorPorts = [.. ports.Where(HasError)],
        BadTransceivers = [.. ports.Where(port => port.TransceiverStatus is not null && !DeviceText.Is(port.TransceiverStatus, "Good"))],
    };

    /// <summary>Whether the port lists errors or an error reason other than <c>None</c>.</summary>
    public static bool HasError(SwitchInterface port) =>
        port.PortError is { Count: > 0 } || (port.ErrorReason is not null && !DeviceText.Is(port.ErrorReason, "None"));

    /// <summary>Returns the port's errors and error reason as one text.</summary>
    public static string ErrorText(SwitchInterface port)
    {
        var parts = new List<string>(port.PortError ?? []);
        if (port.ErrorReason is not null && !DeviceText.Is(port.ErrorReason, "None") && !parts.Contains(port.ErrorReason, StringComparer.Ordinal))
        {
            parts.Add(port.ErrorReason);
        }

        return string.Join(", ", parts);
    }

    public void AddFindings(ToolResultBuilder result)
    {
        var downShare = ValueFormat.PercentOf(DownEnabled, Returned);
        if (DownEnabled == 0)
        {
            result.AddFinding(FindingLevel.Ok, "PORTS_OK", "no enabled port is down on this page");
        }
        else if (downShare < GetSwitchInterfacesTool.DownEnabledWarnPct)
        {
            result.AddFinding(FindingLevel.Ok, "PORTS_OK", $"{DownEnabled} enabled ports down ({ValueFormat.Percent(downShare)} of this page; likely unused)");
        }
        else
        {
            result.AddFinding(FindingLevel.Warn, "PORTS_DOWN", $"{DownEnabled} enabled ports down ({ValueFormat.Percent(downShare)} of this page)");
        }

        if (ErrorPorts.Count > 0)
        {
            var named = string.Join("; ", ErrorPorts.Take(MaxNamedErrorPorts).Select(port => $"{ValueFormat.Text(port.Name)}: {ErrorText(port)}"));
            var more = ErrorPorts.Count > MaxNamedErrorPorts ? $" and {ErrorPorts.Count - MaxNamedErrorPorts} more" : string.Empty;
            result.AddFinding(FindingLevel.Warn, "ERROR_PORTS", $"{ErrorPorts.Count} ports report errors: {named}{more}");
        }

        if (StpBlocking > 0)
        {
            result.AddFinding(FindingLevel.Info, "STP_BLOCKING", $"{StpBlocking} ports are blocking or discarding (spanning tree)");
        }

        if (BadTransceivers.Count > 0)
        {
            var named = string.Join("; ", BadTransceivers.Take(MaxNamedErrorPorts).Select(port => $"{ValueFormat.Text(port.Name)}: {port.TransceiverStatus}"));
            result.AddFinding(FindingLevel.Warn, "TRANSCEIVER", $"{BadTransceivers.Count} transceivers not Good: {named}");
        }
    }

    private static bool IsPoe(SwitchInterface port)
    {
        var status = port.PoeStatus ?? port.PoeEnabled;
        return status is not null && !DeviceText.Is(status, "Disabled") && !DeviceText.Is(status, "Off") && !DeviceText.Is(status, "false");
    }
}
