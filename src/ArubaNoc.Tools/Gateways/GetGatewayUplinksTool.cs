using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Gateways.Wire;

namespace ArubaNoc.Tools.Gateways;

/// <summary>
/// <c>get_gateway_uplinks</c>: WAN uplinks of one gateway with status, role, throughput and volume, from
/// GET <c>/network-monitoring/v1/gateways/{serial-number}/uplinks</c> (one response of at most 100 items).
/// </summary>
internal sealed class GetGatewayUplinksTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/gateways/{serial-number}/uplinks";

    internal static readonly ToolParameter SerialParam = ToolParameters.Serial().AsRequired().WithAlias("serial_number");

    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec("linkTag", "status"));

    private static readonly OutputField TotalFact = new("total", OutputKind.Integer, "Uplinks");
    private static readonly OutputField UpFact = new("up", OutputKind.Integer, "Up");
    private static readonly OutputField DownFact = new("down", OutputKind.Integer, "Down");
    private static readonly OutputField PrimaryUpFact = new("primaryUp", OutputKind.Integer, "Primary up");
    private static readonly OutputField SentFact = new("sentMbps", OutputKind.Mbps, "Sent");
    private static readonly OutputField ReceivedFact = new("receivedMbps", OutputKind.Mbps, "Received");
    private static readonly OutputField UsageFact = new("usageBytes", OutputKind.Bytes, "Volume");

    private static readonly OutputField LinkTagItem = new("linkTag", OutputKind.Text);
    private static readonly OutputField StatusItem = new("status", OutputKind.Text);
    private static readonly OutputField LinkStatusItem = new("linkStatus", OutputKind.Text);
    private static readonly OutputField WanStatusItem = new("wanStatus", OutputKind.Text);
    private static readonly OutputField BackupItem = new("isBackupUplink", OutputKind.Boolean);
    private static readonly OutputField VlanItem = new("vlanId", OutputKind.Integer);
    private static readonly OutputField PublicIpItem = new("publicIpAddress", OutputKind.Text);
    private static readonly OutputField PrivateIpItem = new("privateIpAddress", OutputKind.Text);
    private static readonly OutputField SentItem = new("sentBps", OutputKind.Integer);
    private static readonly OutputField ReceivedItem = new("receivedBps", OutputKind.Integer);
    private static readonly OutputField UsageItem = new("usageBytes", OutputKind.Bytes);

    private static readonly OutputShape Shape = new(
        [TotalFact, UpFact, DownFact, PrimaryUpFact, SentFact, ReceivedFact, UsageFact],
        [LinkTagItem, StatusItem, LinkStatusItem, WanStatusItem, BackupItem, VlanItem, PublicIpItem, PrivateIpItem, SentItem, ReceivedItem, UsageItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_gateway_uplinks";

    public override string Title => "Gateway uplinks";

    public override string Description =>
        "WAN uplinks of one gateway: status, link and WAN status, primary or backup, VLAN, addresses, current throughput (Mbps) and volume, with findings for uplinks down, running on backup, no failover and idle links.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } = [SerialParam, SortParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        var serial = arguments.GetRequiredString(SerialParam);
        var sort = arguments.GetString(SortParam);
        var request = CentralRequest.Get(PathTemplate).WithPath("serial-number", serial).WithQuery("sort", sort);
        var response = await _central.SendAsync(request, GatewayDetailsJsonContext.Default.CentralListGatewayUplink, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("Gateway", serial));
        }

        var uplinks = response.Value.Items ?? [];
        var result = CreateResult(arguments, StatusToken.Link, "Uplinks of gateway " + serial)
            .WithScope(new ResultScope { SerialNumber = serial, Sort = sort });
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(TotalFact, uplinks.Count)
            .Set(UpFact, uplinks.Count(uplink => DeviceText.IsUp(uplink.Status)))
            .Set(DownFact, uplinks.Count(uplink => DeviceText.IsDown(uplink.Status)))
            .Set(PrimaryUpFact, uplinks.Count(uplink => !uplink.IsBackup && DeviceText.IsUp(uplink.Status)))
            .Set(SentFact, SumMbps(uplinks.Select(uplink => uplink.Throughput?.Sent)))
            .Set(ReceivedFact, SumMbps(uplinks.Select(uplink => uplink.Throughput?.Received)))
            .Set(UsageFact, Sum(uplinks.Select(Usage)));
        if (uplinks.Count == 0)
        {
            result.AddFinding(FindingLevel.Info, "NO_UPLINKS", $"no uplinks reported for gateway '{serial}'");
            return result.Build();
        }

        result.AddSection("Uplinks", [.. uplinks.Select(Row)]);
        foreach (var uplink in uplinks)
        {
            result.AddItem(Output.NewItem()
                .Set(LinkTagItem, uplink.LinkTag)
                .Set(StatusItem, uplink.Status)
                .Set(LinkStatusItem, uplink.LinkStatus)
                .Set(WanStatusItem, uplink.WanStatus)
                .Set(BackupItem, uplink.IsBackupUplink ?? uplink.WanBackup)
                .Set(VlanItem, uplink.VlanId)
                .Set(PublicIpItem, uplink.PublicAddress)
                .Set(PrivateIpItem, uplink.PrivateAddress)
                .Set(SentItem, uplink.Throughput?.Sent)
                .Set(ReceivedItem, uplink.Throughput?.Received)
                .Set(UsageItem, Usage(uplink)));
        }

        UplinkFindings.Add(result, uplinks);
        return result.Build();
    }

    /// <summary>Converts bytes per second to megabits per second.</summary>
    internal static double? ToMbps(long? bytesPerSecond) => bytesPerSecond * 8 / 1_000_000.0;

    private static long? Usage(GatewayUplink uplink) =>
        uplink.Usage?.Total ?? (uplink.Usage?.Sent is null && uplink.Usage?.Received is null ? null : (uplink.Usage.Sent ?? 0) + (uplink.Usage.Received ?? 0));

    private static long? Sum(IEnumerable<long?> values)
    {
        var present = values.OfType<long>().ToList();
        return present.Count == 0 ? null : present.Sum();
    }

    private static double? SumMbps(IEnumerable<long?> bytesPerSecond) => ToMbps(Sum(bytesPerSecond));

    /// <summary>Formats a rate in Mbps with 2 decimals and no unit, or n/a.</summary>
    private static string Rate(long? bytesPerSecond) =>
        ToMbps(bytesPerSecond) is { } mbps ? mbps.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : ValueFormat.Missing;

    private static TextRow Row(GatewayUplink uplink) => new(
        DeviceText.Token(uplink.Status),
        DeviceText.Join(
            $"{ValueFormat.Text(uplink.LinkTag)} ({(uplink.IsBackup ? "backup" : "primary")})",
            "VLAN " + DeviceText.Id(uplink.VlanId),
            ValueFormat.Text(uplink.PublicAddress ?? uplink.PrivateAddress),
            $"tx {Rate(uplink.Throughput?.Sent)} / rx {Rate(uplink.Throughput?.Received)} Mbps",
            ValueFormat.Bytes(Usage(uplink)) + " total"));
}
