using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches.Wire;

namespace ArubaNoc.Tools.Switches;

/// <summary>
/// <c>get_switch_details</c>: status, health, load and PoE budget of one switch or stack, from
/// GET <c>/network-monitoring/v1/switches/{serial-number}</c>. No site lookup is made first.
/// </summary>
internal sealed class GetSwitchDetailsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/switches/{serial-number}";

    /// <summary>CPU and memory above this percentage are reported as high.</summary>
    public const double LoadWarnPct = 80;

    /// <summary>PoE use above this percentage of the budget is a warning.</summary>
    public const double PoeWarnPct = 70;

    /// <summary>PoE use above this percentage of the budget is critical.</summary>
    public const double PoeCritPct = 90;

    internal static readonly ToolParameter SerialParam = ToolParameters.StackRef(
            "serial", "Switch serial number, stack ID (such as 01000c97-5f80e1c0) or the stack conductor's serial number.")
        .AsRequired()
        .WithAlias("serial_number");

    private static readonly OutputField StatusFact = new("status", OutputKind.Text, "Status");
    private static readonly OutputField HealthFact = new("health", OutputKind.Text, "Health");
    private static readonly OutputField ModelFact = new("model", OutputKind.Text, "Model");
    private static readonly OutputField FirmwareFact = new("firmwareVersion", OutputKind.Text, "Firmware");
    private static readonly OutputField UptimeFact = new("uptimeMs", OutputKind.DurationMs, "Uptime");
    private static readonly OutputField CpuFact = new("cpuPct", OutputKind.Percent, "CPU");
    private static readonly OutputField MemoryFact = new("memoryPct", OutputKind.Percent, "Memory");
    private static readonly OutputField PoeAvailableFact = new("poeAvailableW", OutputKind.Number);
    private static readonly OutputField PoeConsumptionFact = new("poeConsumptionW", OutputKind.Number);
    private static readonly OutputField PoeUsedFact = new("poeUsedPct", OutputKind.Percent, "PoE used");
    private static readonly OutputField TemperatureFact = new("temperature", OutputKind.Number);
    private static readonly OutputField PoorReasonsFact = new("poorReasons", OutputKind.TextList);
    private static readonly OutputField FairReasonsFact = new("fairReasons", OutputKind.TextList);

    private static readonly OutputShape Shape = new(
        [StatusFact, HealthFact, ModelFact, FirmwareFact, UptimeFact, CpuFact, MemoryFact, PoeAvailableFact, PoeConsumptionFact, PoeUsedFact, TemperatureFact, PoorReasonsFact, FairReasonsFact],
        []);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_switch_details";

    public override string Title => "Switch details";

    public override string Description =>
        "Status, health, CPU, memory, temperature and PoE budget of one switch or stack, with findings for high load, PoE budget and poor health. Port data: get_switch_interfaces; stack members: get_stack_members.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetRequiredString(SerialParam);
        var request = CentralRequest.Get(PathTemplate).WithPath("serial-number", serial);
        var response = await _central.SendAsync(request, SwitchDetailsJsonContext.Default.SwitchDetail, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("Switch", serial));
        }

        var detail = response.Value;
        var trend = SelectTrend(detail.SwitchTrends, detail.SerialNumber ?? serial);
        var cpu = trend?.CpuUtilization ?? detail.CpuUtilization;
        var memory = trend?.MemoryUtilization ?? detail.MemoryUtilization;
        var poeAvailable = trend?.PoeAvailable;
        var poeConsumption = trend?.PoeConsumption;
        double? poeUsed = poeAvailable > 0 && poeConsumption is { } drawn ? drawn / poeAvailable.Value * 100 : null;
        var poorReasons = detail.HealthReasons?.PoorReasons ?? [];
        var fairReasons = detail.HealthReasons?.FairReasons ?? [];

        var result = CreateResult(arguments, StatusToken.Switch, "Switch " + (detail.DeviceName ?? serial))
            .WithScope(new ResultScope { SerialNumber = serial });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(StatusFact, detail.Status)
            .Set(HealthFact, detail.Health)
            .Set(ModelFact, detail.Model)
            .Set(FirmwareFact, detail.FirmwareVersion)
            .Set(UptimeFact, detail.UptimeInMillis ?? detail.Uptime)
            .Set(CpuFact, cpu)
            .Set(MemoryFact, memory)
            .Set(PoeAvailableFact, poeAvailable)
            .Set(PoeConsumptionFact, poeConsumption)
            .Set(PoeUsedFact, poeUsed)
            .Set(TemperatureFact, trend?.SystemTemperature)
            .Set(PoorReasonsFact, poorReasons)
            .Set(FairReasonsFact, fairReasons);

        var lines = new List<TextRow>
        {
            new(DeviceText.Token(detail.Status), "status " + ValueFormat.Text(detail.Status)),
            new(StatusToken.Switch, DeviceText.Join(detail.Model, detail.SwitchType, detail.SwitchRole, detail.Deployment)),
            new(StatusToken.Firmware, ValueFormat.Text(detail.FirmwareVersion)),
            new(StatusToken.Site, $"{ValueFormat.Text(detail.SiteName)} ({ValueFormat.Text(detail.SiteId)})"),
            new(StatusToken.Network, $"IPv4 {ValueFormat.Text(detail.Ipv4)} · MAC {ValueFormat.Text(detail.MacAddress)}"),
            new(StatusToken.Cpu, $"CPU {ValueFormat.Percent(cpu)} · memory {ValueFormat.Percent(memory)} · temperature {DeviceText.Number(trend?.SystemTemperature)}"),
            new(StatusToken.Port, $"PoE {DeviceText.Number(poeConsumption)} W of {DeviceText.Number(poeAvailable)} W ({ValueFormat.Percent(poeUsed)}) · uplink ports {ValueFormat.Text(trend?.UpLinkPorts)}"),
            new(StatusToken.Health, $"health {ValueFormat.Text(detail.Health)}" + Reasons(poorReasons, fairReasons)),
            new(StatusToken.Info, "last restart: " + ValueFormat.Text(detail.LastRestartReason)),
        };
        if (DeviceText.Is(detail.Deployment, "Stack"))
        {
            lines.Add(new(StatusToken.Stack, $"stack member: call get_stack_members with stack_id=\"{serial}\" for the members"));
        }

        lines.Add(new(StatusToken.Port, $"port list: call get_switch_interfaces with serial=\"{serial}\""));
        result.AddSection("Details", lines);

        AddFindings(result, detail, cpu, memory, poeUsed, poorReasons, fairReasons);
        return result.Build();
    }

    /// <summary>Picks the trend entry of <paramref name="serial"/>, else the first entry.</summary>
    private static SwitchTrend? SelectTrend(List<SwitchTrend>? trends, string serial)
    {
        if (trends is null || trends.Count == 0)
        {
            return null;
        }

        return trends.FirstOrDefault(trend => string.Equals(trend.SerialNumber, serial, StringComparison.OrdinalIgnoreCase)) ?? trends[0];
    }

    private static string Reasons(List<string> poor, List<string> fair)
    {
        var reasons = poor.Count > 0 ? poor : fair;
        return reasons.Count == 0 ? string.Empty : ": " + string.Join(", ", reasons);
    }

    private static void AddFindings(ToolResultBuilder result, SwitchDetail detail, double? cpu, double? memory, double? poeUsed, List<string> poorReasons, List<string> fairReasons)
    {
        if (DeviceText.Is(detail.Status, "OFFLINE"))
        {
            result.AddFinding(FindingLevel.Crit, "SWITCH_OFFLINE", $"switch is {detail.Status}");
        }

        if (DeviceText.Is(detail.Health, "Poor"))
        {
            var reasons = poorReasons.Count == 0 ? "no reason reported" : string.Join(", ", poorReasons);
            result.AddFinding(FindingLevel.Crit, "SWITCH_HEALTH_POOR", "health is Poor: " + reasons);
        }
        else if (DeviceText.Is(detail.Health, "Fair"))
        {
            var reasons = fairReasons.Count == 0 ? "no reason reported" : string.Join(", ", fairReasons);
            result.AddFinding(FindingLevel.Warn, "SWITCH_HEALTH_FAIR", "health is Fair: " + reasons);
        }

        if (cpu > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "CPU_HIGH", $"CPU at {ValueFormat.Percent(cpu)} (above {LoadWarnPct:0} %)");
        }

        if (memory > LoadWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "MEMORY_HIGH", $"memory at {ValueFormat.Percent(memory)} (above {LoadWarnPct:0} %)");
        }

        if (poeUsed > PoeCritPct)
        {
            result.AddFinding(FindingLevel.Crit, "POE_BUDGET", $"PoE use at {ValueFormat.Percent(poeUsed)} of the budget (above {PoeCritPct:0} %)");
        }
        else if (poeUsed > PoeWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "POE_BUDGET", $"PoE use at {ValueFormat.Percent(poeUsed)} of the budget (above {PoeWarnPct:0} %)");
        }
    }
}
