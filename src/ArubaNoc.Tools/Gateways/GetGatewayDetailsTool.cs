using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// <c>get_gateway_details</c>: one gateway with cluster role, load, uplinks and WAN tunnel health. The detail
/// call is primary, so its failure is an error result. The uplinks and WAN tunnel health calls are secondary,
/// so a failure there adds a sub-error and makes the result partial.
/// </summary>
internal sealed class GetGatewayDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Path of the primary call.</summary>
    public const string DetailPath = "/network-monitoring/v1/gateways/{serial-number}";

    /// <summary>Path of the uplinks call.</summary>
    public const string UplinksPath = DetailPath + "/uplinks";

    /// <summary>Path of the WAN tunnel health call.</summary>
    public const string TunnelHealthPath = DetailPath + "/wan-tunnels-health-summary";

    /// <summary>CPU and memory above this percentage are reported as high.</summary>
    public const double LoadWarnPct = 80;

    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Gateway serial number (1-16 letters or digits).")
        .AsRequired()
        .WithAlias("serial");

    private static readonly OutputField GoodField = new("good", OutputKind.Integer);
    private static readonly OutputField FairField = new("fair", OutputKind.Integer);
    private static readonly OutputField PoorField = new("poor", OutputKind.Integer);

    private static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    private static readonly OutputField ModelFact = new("model", OutputKind.Text, "Model");
    private static readonly OutputField FirmwareFact = new("firmwareVersion", OutputKind.Text, "Firmware");
    private static readonly OutputField UptimeFact = new("uptimeMs", OutputKind.DurationMs, "Uptime");
    private static readonly OutputField ModeFact = new("mode", OutputKind.Text);
    private static readonly OutputField RoleFact = new("role", OutputKind.Text);
    private static readonly OutputField ClusterFact = new("clusterName", OutputKind.Text, "Cluster");
    private static readonly OutputField CpuFact = new("cpuPct", OutputKind.Percent);
    private static readonly OutputField MemoryFact = new("memoryPct", OutputKind.Percent);
    private static readonly OutputField UplinksUpFact = new("uplinksUp", OutputKind.Integer, "Uplinks up");
    private static readonly OutputField UplinksTotalFact = new("uplinksTotal", OutputKind.Integer, "Uplinks");
    private static readonly OutputField TunnelHealthFact = new("tunnelHealth", OutputKind.Object, "WAN tunnels", [GoodField, FairField, PoorField]);

    private static readonly OutputField LinkTagItem = new("linkTag", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField BackupItem = new("isBackupUplink", OutputKind.Boolean);
    private static readonly OutputField PublicIpItem = new("publicIpAddress", OutputKind.Text);

    private static readonly OutputShape Shape = new(
        [StatusFact, ModelFact, FirmwareFact, UptimeFact, ModeFact, RoleFact, ClusterFact, CpuFact, MemoryFact, UplinksUpFact, UplinksTotalFact, TunnelHealthFact],
        [LinkTagItem, StatusItem, BackupItem, PublicIpItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_gateway_details";

    public override string Title => "Gateway details";

    public override string Description =>
        "One gateway with status, model, firmware, uptime, mode, cluster and role, CPU and memory, every WAN uplink and WAN tunnel health; flags an offline gateway, high load, uplinks down and poor tunnels.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetRequiredString(SerialParam);
        var detailRequest = CentralRequest.Get(DetailPath).WithPath("serial-number", serial);
        var detailResponse = await _central.SendAsync(detailRequest, GatewayDetailsJsonContext.Default.GatewayDetail, cancellationToken).ConfigureAwait(false);
        if (!detailResponse.IsSuccess)
        {
            return CentralErrors.ToResult(Name, detailResponse.Error, notFound: ("Gateway", serial));
        }

        var gateway = detailResponse.Value;
        var result = CreateResult(arguments, StatusToken.Gateway, "Gateway " + (gateway.DeviceName ?? serial))
            .WithScope(new ResultScope { SerialNumber = serial });
        result.AddDeprecationNotice(detailResponse);

        var uplinksRequest = CentralRequest.Get(UplinksPath).WithPath("serial-number", serial);
        var uplinksResponse = await _central.SendAsync(uplinksRequest, GatewayDetailsJsonContext.Default.CentralListGatewayUplink, cancellationToken).ConfigureAwait(false);
        List<GatewayUplink>? uplinks = null;
        if (uplinksResponse.IsSuccess)
        {
            result.AddDeprecationNotice(uplinksResponse);
            uplinks = uplinksResponse.Value.Items ?? [];
        }
        else
        {
            result.AddSubError("Uplinks", SubErrorOf(uplinksRequest, uplinksResponse.Error));

            // The v1alpha1 detail carried the uplinks itself; use them when the detail still does.
            uplinks = gateway.Uplinks;
        }

        var healthRequest = CentralRequest.Get(TunnelHealthPath).WithPath("serial-number", serial);
        var healthResponse = await _central.SendAsync(healthRequest, GatewayDetailsJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);
        (long? Good, long? Fair, long? Poor)? tunnels = null;
        if (healthResponse.IsSuccess)
        {
            result.AddDeprecationNotice(healthResponse);
            var summaries = SingleOrArray.Read(healthResponse.Value, GatewayDetailsJsonContext.Default.WanTunnelHealthSummary);
            tunnels = SingleOrArray.Sum(summaries.Select(summary => summary.TunnelHealth));
        }
        else
        {
            result.AddSubError("WAN tunnel health", SubErrorOf(healthRequest, healthResponse.Error));
        }

        Describe(result, gateway, uplinks, tunnels);
        return result.Build();
    }

    /// <summary>Builds the sub-error of a failed secondary call; the path is the resolved path without host or query.</summary>
    internal static SubError SubErrorOf(CentralRequest request, CentralError error) =>
        new(request.BuildPathAndQuery(), error.HttpStatus, error.ErrorCode, error.Message, error.DebugId);

    private void Describe(ToolResultBuilder result, GatewayDetail gateway, List<GatewayUplink>? uplinks, (long? Good, long? Fair, long? Poor)? tunnels)
    {
        var mode = gateway.Mode ?? gateway.Deployment;
        var role = gateway.Role ?? gateway.ClusterRole;
        var uplinksUp = uplinks?.Count(uplink => DeviceText.IsUp(uplink.Status));
        result.Facts
            .Set(StatusFact, gateway.Status)
            .Set(ModelFact, gateway.Model)
            .Set(FirmwareFact, gateway.FirmwareVersion)
            .Set(UptimeFact, gateway.UptimeInMillis)
            .Set(ModeFact, mode)
            .Set(RoleFact, role)
            .Set(ClusterFact, gateway.ClusterName)
            .Set(CpuFact, gateway.CpuUtilization)
            .Set(MemoryFact, gateway.MemoryUtilization)
            .Set(UplinksUpFact, uplinksUp)
            .Set(UplinksTotalFact, uplinks?.Count)
            .Set(TunnelHealthFact, tunnels is { } counts
                ? OutputValues.For(TunnelHealthFact).Set(GoodField, counts.Good).Set(FairField, counts.Fair).Set(PoorField, counts.Poor)
                : null);

        var tunnelText = tunnels is { } health
            ? $"WAN tunnels good {ValueFormat.Integer(health.Good)} · fair {ValueFormat.Integer(health.Fair)} · poor {ValueFormat.Integer(health.Poor)}"
            : "WAN tunnel health n/a";
        result.AddSection("Details",
        [
            new(DeviceText.Token(gateway.Status), "status " + ValueFormat.Text(gateway.Status)),
            new(StatusToken.Gateway, DeviceText.Join(gateway.Model, gateway.DeviceFunction)),
            new(StatusToken.Firmware, $"{ValueFormat.Text(gateway.FirmwareVersion)} · uptime {ValueFormat.Duration(gateway.UptimeInMillis)} · last reboot: {ValueFormat.Text(gateway.RebootReason)}"),
            new(StatusToken.Site, $"{ValueFormat.Text(gateway.SiteName)} ({ValueFormat.Text(gateway.SiteId)})"),
            new(StatusToken.Network, $"mode {ValueFormat.Text(mode)} · cluster {ValueFormat.Text(gateway.ClusterName)} · role {ValueFormat.Text(role)} · IP {ValueFormat.Text(gateway.IpAddress)} · MAC {ValueFormat.Text(gateway.MacAddress)}"),
            new(StatusToken.Cpu, $"CPU {ValueFormat.Percent(gateway.CpuUtilization)} · memory {ValueFormat.Percent(gateway.MemoryUtilization)}"),
            new(StatusToken.Vpn, tunnelText),
        ]);
        if (uplinks is not null)
        {
            result.AddSection("Uplinks", [.. uplinks.Select(uplink => new TextRow(
                DeviceText.Token(uplink.Status),
                $"{ValueFormat.Text(uplink.LinkTag)} ({(uplink.IsBackup ? "backup" : "primary")}) {ValueFormat.Text(uplink.PublicAddress)}"))]);
            foreach (var uplink in uplinks)
            {
                result.AddItem(Output.NewItem()
                    .Set(LinkTagItem, uplink.LinkTag)
                    .Set(StatusItem, uplink.Status)
                    .Set(BackupItem, uplink.IsBackupUplink ?? uplink.WanBackup)
                    .Set(PublicIpItem, uplink.PublicAddress));
            }
        }

        AddFindings(result, gateway, uplinks, tunnels?.Poor);
    }

    private static void AddFindings(ToolResultBuilder result, GatewayDetail gateway, List<GatewayUplink>? uplinks, long? poorTunnels)
    {
        if (DeviceText.Is(gateway.Status, "Offline"))
        {
            result.AddFinding(FindingLevel.Crit, "GATEWAY_OFFLINE", "gateway is offline");
        }

        if (gateway.CpuUtilization > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "CPU_HIGH", $"CPU at {ValueFormat.Percent(gateway.CpuUtilization)} (above {LoadWarnPct:0} %)");
        }

        if (gateway.MemoryUtilization > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "MEMORY_HIGH", $"memory at {ValueFormat.Percent(gateway.MemoryUtilization)} (above {LoadWarnPct:0} %)");
        }

        if (uplinks is not null)
        {
            AddUplinkFindings(result, uplinks);
        }

        if (poorTunnels > 0)
        {
            result.AddFinding(FindingLevel.Warn, "TUNNELS_POOR", $"{poorTunnels} WAN tunnels in poor health");
        }
    }

    private static void AddUplinkFindings(ToolResultBuilder result, List<GatewayUplink> uplinks)
    {
        if (uplinks.Count == 0)
        {
            result.AddFinding(FindingLevel.Info, "NO_UPLINKS", "no uplinks reported");
            return;
        }

        if (!uplinks.Any(uplink => DeviceText.IsUp(uplink.Status)))
        {
            result.AddFinding(FindingLevel.Crit, "ALL_UPLINKS_DOWN", $"all {uplinks.Count} uplinks are down");
        }

        foreach (var uplink in uplinks.Where(uplink => DeviceText.IsDown(uplink.Status)))
        {
            if (uplink.IsBackup)
            {
                result.AddFinding(FindingLevel.Warn, "UPLINK_DOWN", $"backup uplink {ValueFormat.Text(uplink.LinkTag)} is down");
            }
            else
            {
                result.AddFinding(FindingLevel.Crit, "PRIMARY_UPLINK_DOWN", $"primary uplink {ValueFormat.Text(uplink.LinkTag)} is down");
            }
        }
    }
}
