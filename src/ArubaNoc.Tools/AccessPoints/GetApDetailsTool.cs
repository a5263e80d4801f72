using ArubaNoc.Central.Http;
using ArubaNoc.Tools.AccessPoints.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.AccessPoints;

/// <summary>
/// <c>get_ap_details</c>: one access point with every radio (6 GHz included), port and broadcast WLAN, from
/// GET <c>/network-monitoring/v1/aps/{serial-number}</c>. Modem identifiers are never read or returned.
/// </summary>
internal sealed class GetApDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/aps/{serial-number}";

    /// <summary>CPU and memory above this percentage are reported as high.</summary>
    public const double LoadWarnPct = 80;

    /// <summary>More clients than this are reported as high.</summary>
    public const long ClientsWarn = 50;

    /// <summary>Radio channel utilisation at or above this percentage is a warning.</summary>
    public const double ChannelUtilizationWarnPct = 80;

    /// <summary>At most this many WLANs are printed.</summary>
    public const int MaxWlanRows = 10;

    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Access point serial number (1-16 letters or digits).")
        .AsRequired()
        .WithAlias("serial");

    private static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    private static readonly OutputField ModelFact = new("model", OutputKind.Text, "Model");
    private static readonly OutputField FirmwareFact = new("firmwareVersion", OutputKind.Text, "Firmware");
    private static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");
    private static readonly OutputField CpuFact = new("cpuPct", OutputKind.Percent, "CPU");
    private static readonly OutputField MemoryFact = new("memoryPct", OutputKind.Percent, "Memory");
    private static readonly OutputField UptimeFact = new("uptimeMs", OutputKind.DurationMs, "Uptime");
    private static readonly OutputField RadiosUpFact = new("radiosUp", OutputKind.Integer, "Radios up");
    private static readonly OutputField RadiosFact = new("radios", OutputKind.Integer);

    private static readonly OutputField RadioNumberItem = new("radioNumber", OutputKind.Integer);
    private static readonly OutputField BandItem = new("band", OutputKind.Text);
    private static readonly OutputField ChannelItem = new("channel", OutputKind.Text);
    private static readonly OutputField BandwidthItem = new("bandwidth", OutputKind.Text);
    private static readonly OutputField PowerItem = new("powerDbm", OutputKind.Number);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField UtilizationItem = new("channelUtilizationPct", OutputKind.Percent);
    private static readonly OutputField NoiseItem = new("noiseFloorDbm", OutputKind.Number);

    private static readonly OutputShape Shape = new(
        [StatusFact, ModelFact, FirmwareFact, ClientsFact, CpuFact, MemoryFact, UptimeFact, RadiosUpFact, RadiosFact],
        [RadioNumberItem, BandItem, ChannelItem, BandwidthItem, PowerItem, StatusItem, UtilizationItem, NoiseItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_ap_details";

    public override string Title => "Access point details";

    public override string Description =>
        "Detail of one access point: status, model, firmware, clients, CPU, memory, uptime, every radio (2.4, 5 and 6 GHz), ports and broadcast WLANs, with findings for load, clients, radios and the uplink port.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetRequiredString(SerialParam);
        var request = CentralRequest.Get(PathTemplate).WithPath("serial-number", serial);
        var response = await _central.SendAsync(request, AccessPointDetailsJsonContext.Default.AccessPointDetail, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("AP", serial));
        }

        var ap = response.Value;
        var clients = ap.ApStats?.ClientCount ?? ap.ClientCount;
        var cpu = ap.ApStats?.CpuUtilization ?? ap.CpuUtilization;
        var memory = ap.ApStats?.MemoryUtilization ?? ap.MemoryUtilization;
        var radios = (ap.Radios ?? []).OrderBy(radio => radio.RadioNumber ?? long.MaxValue).ToList();
        var radiosUp = radios.Count(radio => DeviceText.IsUp(radio.Status));

        var result = CreateResult(arguments, StatusToken.AccessPoint, "AP " + (ap.DeviceName ?? serial))
            .WithScope(new ResultScope { SerialNumber = serial });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(StatusFact, ap.Status)
            .Set(ModelFact, ap.Model)
            .Set(FirmwareFact, ap.FirmwareVersion ?? ap.SoftwareVersion)
            .Set(ClientsFact, clients)
            .Set(CpuFact, cpu)
            .Set(MemoryFact, memory)
            .Set(UptimeFact, ap.UptimeInMillis)
            .Set(RadiosUpFact, radiosUp)
            .Set(RadiosFact, radios.Count);

        result.AddSection("Details",
        [
            new(DeviceText.Token(ap.Status), "status " + ValueFormat.Text(ap.Status)),
            new(StatusToken.AccessPoint, DeviceText.Join(ap.Model, ap.Deployment, ap.Role, ap.Mode)),
            new(StatusToken.Firmware, ValueFormat.Text(ap.FirmwareVersion ?? ap.SoftwareVersion)),
            new(StatusToken.Site, ap.SiteName is null ? ValueFormat.Text(ap.SiteId) : $"{ap.SiteName} ({ValueFormat.Text(ap.SiteId)})"),
            new(StatusToken.Network, $"IPv4 {ValueFormat.Text(ap.Ipv4)} · MAC {ValueFormat.Text(ap.MacAddress)} · uplink {ValueFormat.Text(ap.CurrentUplinkInUse)} · power {ValueFormat.Text(ap.NegotiatedPower)}"),
            new(StatusToken.Cpu, $"CPU {ValueFormat.Percent(cpu)} · memory {ValueFormat.Percent(memory)} · uptime {ValueFormat.Duration(ap.UptimeInMillis)}"),
            new(StatusToken.Info, "last reboot: " + ValueFormat.Text(ap.LastRebootReason)),
        ]);
        result.AddSection($"Radios ({radiosUp} of {radios.Count} up)", [.. radios.Select(RadioRow)]);
        result.AddSection("Ports", [.. (ap.Ports ?? []).Select(PortRow)]);
        result.AddSection("WLANs", [.. (ap.Wlans ?? []).Select(WlanRow)], cap: MaxWlanRows);
        foreach (var radio in radios)
        {
            result.AddItem(Output.NewItem()
                .Set(RadioNumberItem, radio.RadioNumber)
                .Set(BandItem, radio.Band)
                .Set(ChannelItem, radio.Channel)
                .Set(BandwidthItem, radio.Bandwidth)
                .Set(PowerItem, radio.Power ?? radio.TxPower)
                .Set(StatusItem, radio.Status)
                .Set(UtilizationItem, radio.RadioStats?.ChannelUtilization)
                .Set(NoiseItem, radio.RadioStats?.NoiseFloor));
        }

        AddFindings(result, ap, clients, cpu, memory, radios);
        return result.Build();
    }

    private static void AddFindings(ToolResultBuilder result, AccessPointDetail ap, long? clients, double? cpu, double? memory, List<AccessPointRadio> radios)
    {
        if (DeviceText.Is(ap.Status, "OFFLINE"))
        {
            result.AddFinding(FindingLevel.Crit, "AP_OFFLINE", "access point is offline");
        }

        if (cpu > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "CPU_HIGH", $"CPU at {ValueFormat.Percent(cpu)} (above {LoadWarnPct:0} %)");
        }

        if (memory > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "MEMORY_HIGH", $"memory at {ValueFormat.Percent(memory)} (above {LoadWarnPct:0} %)");
        }

        if (clients > ClientsWarn)
        {
            result.AddFinding(FindingLevel.Warn, "CLIENTS_HIGH", $"{clients} clients (more than {ClientsWarn})");
        }

        foreach (var radio in radios)
        {
            var name = $"radio r{ValueFormat.Integer(radio.RadioNumber)} ({ValueFormat.Text(radio.Band)})";
            if (DeviceText.Is(radio.Status, "DOWN"))
            {
                result.AddFinding(FindingLevel.Warn, "RADIO_DOWN", name + " is down");
            }
            else if (DeviceText.Is(radio.Status, "DISABLED"))
            {
                result.AddFinding(FindingLevel.Info, "RADIO_DISABLED", name + " is disabled");
            }

            if (radio.RadioStats?.ChannelUtilization >= ChannelUtilizationWarnPct)
            {
                result.AddFinding(FindingLevel.Warn, "CHANNEL_UTILIZATION_HIGH", $"{name} channel utilisation {ValueFormat.Percent(radio.RadioStats.ChannelUtilization)}");
            }
        }

        foreach (var port in (ap.Ports ?? []).Where(port => port.IsUplink == true && !DeviceText.IsUp(port.PortStatus ?? port.Status)))
        {
            result.AddFinding(FindingLevel.Warn, "UPLINK_PORT_DOWN", $"uplink port {ValueFormat.Text(port.Name)} is {ValueFormat.Text(port.PortStatus ?? port.Status)}");
        }
    }

    private static TextRow RadioRow(AccessPointRadio radio) => new(
        StatusToken.Radio,
        $"r{ValueFormat.Integer(radio.RadioNumber)} {ValueFormat.Text(radio.Band)} ch {ValueFormat.Text(radio.Channel)} {ValueFormat.Text(radio.Bandwidth)} "
        + $"{DeviceText.Number(radio.Power ?? radio.TxPower)} dBm util {ValueFormat.Percent(radio.RadioStats?.ChannelUtilization)} "
        + $"noise {DeviceText.Number(radio.RadioStats?.NoiseFloor)} dBm {DeviceText.Token(radio.Status)}");

    private static TextRow PortRow(AccessPointPort port)
    {
        var status = port.PortStatus ?? port.Status;
        return new TextRow(StatusToken.Port, DeviceText.Join(ValueFormat.Text(port.Name), DeviceText.Token(status), port.Speed is null ? null : "speed " + port.Speed, port.IsUplink == true ? "uplink" : null));
    }

    private static TextRow WlanRow(AccessPointWlan wlan) =>
        new(StatusToken.Wireless, DeviceText.Join(ValueFormat.Text(wlan.WlanName ?? wlan.OlderWlanName), wlan.SecurityLevel, wlan.Status));
}
