using ArubaNoc.Central.Http;
using ArubaNoc.Tools.AccessPoints.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.AccessPoints;

/// <summary>
/// <c>get_ap_radios</c>: RF state of each radio of one access point, from
/// GET <c>/network-monitoring/v1/aps/{serial-number}/radios</c>, with per-radio and cross-radio findings.
/// </summary>
internal sealed class GetApRadiosTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/aps/{serial-number}/radios";

    /// <summary>Channel utilisation at or above this percentage is critical.</summary>
    public const double UtilizationCritPct = 80;

    /// <summary>Channel utilisation at or above this percentage is a warning.</summary>
    public const double UtilizationWarnPct = 60;

    /// <summary>Mean utilisation of the UP radios above this percentage suggests more APs or a channel-plan review.</summary>
    public const double MeanUtilizationInfoPct = 70;

    /// <summary>More clients than this on one radio is a warning.</summary>
    public const long ClientsWarn = 30;

    /// <summary>A noise floor above this many dBm is a warning.</summary>
    public const double NoiseFloorWarnDbm = -85;

    /// <summary>More channel changes than this (Central counts the last 3 hours) is a warning.</summary>
    public const long ChannelChangesWarn = 5;

    /// <summary>The non-overlapping 2.4 GHz channels.</summary>
    private static readonly int[] StandardChannels24 = [1, 6, 11];

    internal static readonly ToolParameter SerialParam = ToolParameters.Serial().AsRequired().WithAlias("serial_number");

    private static readonly OutputField RadiosFact = new("radios", OutputKind.Integer, "Radios");
    private static readonly OutputField UpFact = new("up", OutputKind.Integer, "Up");
    private static readonly OutputField ClientsFact = new("clients", OutputKind.Integer, "Clients");
    private static readonly OutputField MeanUtilizationFact = new("meanUtilizationPct", OutputKind.Percent, "Mean utilisation (UP radios)");

    private static readonly OutputField RadioNumberItem = new("radioNumber", OutputKind.Integer);
    private static readonly OutputField BandItem = new("band", OutputKind.Text);
    private static readonly OutputField ChannelItem = new("channel", OutputKind.Text);
    private static readonly OutputField BandwidthItem = new("bandwidth", OutputKind.Text);
    private static readonly OutputField PowerItem = new("powerDbm", OutputKind.Number);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField ClientsItem = new("clients", OutputKind.Integer);
    private static readonly OutputField UtilizationItem = new("utilizationPct", OutputKind.Percent);
    private static readonly OutputField NoiseItem = new("noiseFloorDbm", OutputKind.Number);
    private static readonly OutputField ChannelChangesItem = new("channelChanges", OutputKind.Integer);

    private static readonly OutputShape Shape = new(
        [RadiosFact, UpFact, ClientsFact, MeanUtilizationFact],
        [RadioNumberItem, BandItem, ChannelItem, BandwidthItem, PowerItem, StatusItem, ClientsItem, UtilizationItem, NoiseItem, ChannelChangesItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_ap_radios";

    public override string Title => "Access point radios";

    public override string Description =>
        "RF state of each radio of one access point: band, channel, bandwidth, power, clients, channel utilisation, noise floor and channel changes, with findings for busy or noisy channels, non-standard 2.4 GHz channels, channel churn and radios that are down.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetRequiredString(SerialParam);
        var request = CentralRequest.Get(PathTemplate).WithPath("serial-number", serial);
        var response = await _central.SendAsync(request, AccessPointDetailsJsonContext.Default.CentralListRadioItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("AP", serial));
        }

        var radios = (response.Value.Items ?? []).OrderBy(radio => radio.RadioNumber ?? long.MaxValue).ToList();
        var upRadios = radios.Where(radio => DeviceText.IsUp(radio.Status)).ToList();
        var utilizations = upRadios.Select(Utilization).OfType<double>().ToList();
        double? meanUtilization = utilizations.Count > 0 ? utilizations.Average() : null;
        var clientCounts = radios.Select(radio => radio.ClientCount).OfType<long>().ToList();

        var result = CreateResult(arguments, StatusToken.Radio, "Radios of AP " + serial)
            .WithScope(new ResultScope { SerialNumber = serial });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(RadiosFact, radios.Count)
            .Set(UpFact, upRadios.Count)
            .Set(ClientsFact, clientCounts.Count > 0 ? clientCounts.Sum() : null)
            .Set(MeanUtilizationFact, meanUtilization);

        if (radios.Count == 0)
        {
            result.AddFinding(new Finding(FindingLevel.Info, "NO_RADIOS", $"no radio information for AP '{serial}'") { PrintsCode = false });
            return result.Build();
        }

        result.AddSection("Radios", [.. radios.Select(Row)]);
        foreach (var radio in radios)
        {
            result.AddItem(Output.NewItem()
                .Set(RadioNumberItem, radio.RadioNumber)
                .Set(BandItem, radio.Band)
                .Set(ChannelItem, radio.Channel)
                .Set(BandwidthItem, radio.Bandwidth)
                .Set(PowerItem, radio.Power ?? radio.TxPower)
                .Set(StatusItem, radio.Status)
                .Set(ClientsItem, radio.ClientCount)
                .Set(UtilizationItem, Utilization(radio))
                .Set(NoiseItem, radio.NoiseFloor)
                .Set(ChannelChangesItem, radio.ChannelChangeCount));
            AddRadioFindings(result, radio);
        }

        AddSharedChannelFindings(result, upRadios);
        if (meanUtilization > MeanUtilizationInfoPct)
        {
            result.AddFinding(FindingLevel.Info, "HIGH_MEAN_UTILIZATION",
                $"mean utilisation of UP radios is {ValueFormat.Percent(meanUtilization)}; consider more access points or a channel-plan review");
        }

        return result.Build();
    }

    private static double? Utilization(RadioItem radio) => radio.ChannelUtilization ?? radio.UtilizationPercent;

    private static bool Is24Ghz(RadioItem radio) => radio.Band?.TrimStart().StartsWith("2.4", StringComparison.Ordinal) == true;

    private static void AddRadioFindings(ToolResultBuilder result, RadioItem radio)
    {
        var name = $"r{ValueFormat.Integer(radio.RadioNumber)} {ValueFormat.Text(radio.Band)}";
        if (DeviceText.Is(radio.Status, "DOWN"))
        {
            result.AddFinding(FindingLevel.Warn, "RADIO_DOWN", name + " is down");
        }
        else if (DeviceText.Is(radio.Status, "DISABLED"))
        {
            result.AddFinding(FindingLevel.Info, "RADIO_DISABLED", name + " is disabled");
        }

        var channel = DeviceText.LeadingInteger(radio.Channel);
        if (Is24Ghz(radio) && channel is { } number && !StandardChannels24.Contains(number))
        {
            result.AddFinding(FindingLevel.Warn, "NON_STANDARD_CHANNEL", $"{name} uses channel {number}; use 1, 6 or 11 to avoid overlap");
        }

        var utilization = Utilization(radio);
        if (utilization >= UtilizationCritPct)
        {
            result.AddFinding(FindingLevel.Crit, "CHANNEL_UTILIZATION_HIGH", $"{name} channel utilisation {ValueFormat.Percent(utilization)} (at or above {UtilizationCritPct:0} %)");
        }
        else if (utilization >= UtilizationWarnPct)
        {
            result.AddFinding(FindingLevel.Warn, "CHANNEL_UTILIZATION_HIGH", $"{name} channel utilisation {ValueFormat.Percent(utilization)} (at or above {UtilizationWarnPct:0} %)");
        }

        if (radio.ClientCount > ClientsWarn)
        {
            result.AddFinding(FindingLevel.Warn, "CLIENTS_HIGH", $"{name} serves {radio.ClientCount} clients (more than {ClientsWarn})");
        }

        if (radio.NoiseFloor > NoiseFloorWarnDbm)
        {
            result.AddFinding(FindingLevel.Warn, "NOISE_HIGH", $"{name} noise floor {DeviceText.Number(radio.NoiseFloor)} dBm (above {NoiseFloorWarnDbm:0} dBm)");
        }

        if (radio.ChannelChangeCount > ChannelChangesWarn)
        {
            result.AddFinding(FindingLevel.Warn, "CHANNEL_CHURN", $"{name} changed channel {radio.ChannelChangeCount} times in the last 3 hours");
        }
    }

    /// <summary>Reports UP radios of the same band that share a channel number.</summary>
    private static void AddSharedChannelFindings(ToolResultBuilder result, List<RadioItem> upRadios)
    {
        var groups = upRadios
            .Where(radio => radio.Band is not null && DeviceText.LeadingInteger(radio.Channel) is not null)
            .GroupBy(radio => (Band: radio.Band!.Trim().ToUpperInvariant(), Channel: DeviceText.LeadingInteger(radio.Channel)!.Value))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var names = string.Join(", ", group.Select(radio => "r" + ValueFormat.Integer(radio.RadioNumber)));
            result.AddFinding(FindingLevel.Info, "SAME_CHANNEL", $"radios {names} share channel {group.Key.Channel} in band {group.First().Band}");
        }
    }

    private static TextRow Row(RadioItem radio) => new(
        StatusToken.Radio,
        $"r{ValueFormat.Integer(radio.RadioNumber)} {ValueFormat.Text(radio.Band)} ch {ValueFormat.Text(radio.Channel)} {ValueFormat.Text(radio.Bandwidth)} "
        + $"{DeviceText.Number(radio.Power ?? radio.TxPower)} dBm · util {ValueFormat.Percent(Utilization(radio))} · noise {DeviceText.Number(radio.NoiseFloor)} dBm · "
        + $"clients {ValueFormat.Integer(radio.ClientCount)} · {DeviceText.Token(radio.Status)}");
}
