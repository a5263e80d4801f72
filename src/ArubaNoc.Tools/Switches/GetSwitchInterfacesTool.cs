using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;
using ArubaNoc.Tools.Switches.Wire;

namespace ArubaNoc.Tools.Switches;

/// <summary>
/// <c>get_switch_interfaces</c>: port summary and port list of one switch or stack, from
/// GET <c>/network-monitoring/v1/switches/{serial-number}/interfaces</c> (offset paging; Central returns the
/// next offset itself). Counts and findings cover the whole page; <c>status_filter</c> only selects printed rows.
/// </summary>
internal sealed class GetSwitchInterfacesTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    /// <summary>Central path of the call.</summary>
    public const string PathTemplate = "/network-monitoring/v1/switches/{serial-number}/interfaces";

    /// <summary>Down-but-enabled ports at or above this share of the page are a warning; fewer are likely unused ports.</summary>
    public const double DownEnabledWarnPct = 10;

    internal static readonly ToolParameter SerialParam = ToolParameters.StackRef(
            "serial", "Switch serial number, stack ID (such as 01000c97-5f80e1c0) or the stack conductor's serial number.")
        .AsRequired()
        .WithAlias("serial_number");

    internal static readonly ToolParameter StatusFilterParam = ToolParameters.Enum(
            "status_filter", "Which ports to print: UP, DOWN or ALL (default). Counts always cover the whole page.",
            new EnumOption("UP"), new EnumOption("DOWN"), new EnumOption("ALL"))
        .WithDefault("ALL");

    internal static readonly ToolParameter SearchParam = ToolParameters.Text("search", "Text to look for in port names, aliases, descriptions and neighbours (1-256 characters).");

    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec(
        "name", "speed", "status", "connector", "duplex", "lag", "vlanmode", "neighbourFamily", "neighbourFunction", "poeClass", "poeStatus", "operStatus"));

    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "port", "speed", "neighbour", "neighbourFamily", "nativeVlan", "neighbourRole", "alias", "connector", "lag", "vlanMode", "poeClass", "ipv4", "mtu"));

    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 1000);

    internal static readonly ToolParameter OffsetParam = ToolParameters.Offset().WithDefault(0);

    private static readonly OutputField TotalFact = new("total", OutputKind.Integer);
    private static readonly OutputField ReturnedFact = new("returned", OutputKind.Integer);
    private static readonly OutputField UpFact = new("up", OutputKind.Integer, "Up (this page)");
    private static readonly OutputField DownFact = new("down", OutputKind.Integer, "Down (this page)");
    private static readonly OutputField AdminDownFact = new("adminDown", OutputKind.Integer, "Admin down (this page)");
    private static readonly OutputField DownEnabledFact = new("downEnabled", OutputKind.Integer, "Down but enabled (this page)");
    private static readonly OutputField PoePortsFact = new("poePorts", OutputKind.Integer, "PoE ports (this page)");
    private static readonly OutputField ErrorPortsFact = new("errorPorts", OutputKind.Integer, "Ports with errors (this page)");
    private static readonly OutputField TrunkFact = new("trunk", OutputKind.Integer, "Trunk ports (this page)");
    private static readonly OutputField AccessFact = new("access", OutputKind.Integer, "Access ports (this page)");
    private static readonly OutputField StpBlockingFact = new("stpBlocking", OutputKind.Integer);

    private static readonly OutputField NameItem = new("name", OutputKind.Text);
    private static readonly OutputField OperStatusItem = new("operStatus", OutputKind.Text);
    private static readonly OutputField AdminStatusItem = new("adminStatus", OutputKind.Text);
    private static readonly OutputField SpeedItem = new("speedMbps", OutputKind.Number);
    private static readonly OutputField DuplexItem = new("duplex", OutputKind.Text);
    private static readonly OutputField VlanModeItem = new("vlanMode", OutputKind.Text);
    private static readonly OutputField NativeVlanItem = new("nativeVlan", OutputKind.Integer);
    private static readonly OutputField PoeStatusItem = new("poeStatus", OutputKind.Text);
    private static readonly OutputField NeighbourItem = new("neighbour", OutputKind.Text);
    private static readonly OutputField NeighbourPortItem = new("neighbourPort", OutputKind.Text);
    private static readonly OutputField PortErrorItem = new("portError", OutputKind.TextList);

    private static readonly OutputShape Shape = new(
        [TotalFact, ReturnedFact, UpFact, DownFact, AdminDownFact, DownEnabledFact, PoePortsFact, ErrorPortsFact, TrunkFact, AccessFact, StpBlockingFact],
        [NameItem, OperStatusItem, AdminStatusItem, SpeedItem, DuplexItem, VlanModeItem, NativeVlanItem, PoeStatusItem, NeighbourItem, NeighbourPortItem, PortErrorItem]);

    private readonly CentralClient _central = environment.Central;

    public override string Name => "get_switch_interfaces";

    public override string Title => "Switch interfaces";

    public override string Description =>
        "Port summary and port list of one switch or stack: up/down, admin down, down-but-enabled, PoE, trunk/access, errors, STP blocking and transceiver problems. Pages by offset.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
        [SerialParam, StatusFilterParam, SearchParam, FilterParam, SortParam, LimitParam, OffsetParam];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (!TryBuildFilter(arguments, FilterParam, [], out var filter, out var rejection))
        {
            return rejection!;
        }

        var serial = arguments.GetRequiredString(SerialParam);
        var offset = arguments.GetInteger(OffsetParam) ?? 0;
        var sort = arguments.GetString(SortParam);
        var request = CentralRequest.Get(PathTemplate)
            .WithPath("serial-number", serial)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("offset", offset)
            .WithQuery("filter", filter)
            .WithQuery("search", arguments.GetString(SearchParam))
            .WithQuery("sort", sort);
        var response = await _central.SendAsync(request, SwitchDetailsJsonContext.Default.SwitchInterfacePage, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, notFound: ("Switch", serial));
        }

        var ports = response.Value.Items ?? [];
        var total = response.Value.Total;
        var summary = PortSummary.Of(ports);
        var result = CreateResult(arguments, StatusToken.Port, $"Interfaces of switch {serial}: {ValueFormat.Integer(ports.Count)} of {ValueFormat.Integer(total)}")
            .WithScope(new ResultScope { SerialNumber = serial, Filter = filter, Sort = sort, Extra = Extra(arguments) })
            .WithPage(PageInfo.FromReturnedOffset(ports.Count, total, response.Value.Offset, offset));
        result.AddDeprecationNotice(response);
        result.Facts
            .Set(TotalFact, total)
            .Set(ReturnedFact, ports.Count)
            .Set(UpFact, summary.Up)
            .Set(DownFact, summary.Down)
            .Set(AdminDownFact, summary.AdminDown)
            .Set(DownEnabledFact, summary.DownEnabled)
            .Set(PoePortsFact, summary.PoePorts)
            .Set(ErrorPortsFact, summary.ErrorPorts.Count)
            .Set(TrunkFact, summary.Trunk)
            .Set(AccessFact, summary.Access)
            .Set(StpBlockingFact, summary.StpBlocking);

        var printedPorts = arguments.GetString(StatusFilterParam) switch
        {
            "UP" => ports.Where(port => DeviceText.IsUp(port.OperStatus)).ToList(),
            "DOWN" => ports.Where(port => DeviceText.IsDown(port.OperStatus)).ToList(),
            _ => ports,
        };
        result.AddSection("Ports", [.. printedPorts.Select(Row)]);
        foreach (var port in ports)
        {
            result.AddItem(Item(port));
        }

        summary.AddFindings(result);
        return result.Build();
    }

    private static List<string> Extra(ToolArguments arguments)
    {
        var extra = new List<string>();
        if (arguments.GetString(SearchParam) is { } search)
        {
            extra.Add($"search '{search}'");
        }

        if (arguments.GetString(StatusFilterParam) is { } statusFilter and not "ALL")
        {
            extra.Add($"rows {statusFilter} only");
        }

        return extra;
    }

    private static TextRow Row(SwitchInterface port)
    {
        var speed = port.Speed is { } mbps ? $"{DeviceText.Number(mbps)} Mbps {port.Duplex}".TrimEnd() : null;
        var vlanMode = port.VlanMode ?? port.PortMode;
        var nativeVlan = port.NativeVlan ?? port.Vlan;
        var vlan = vlanMode is null && nativeVlan is null ? null : $"{ValueFormat.Text(vlanMode)} VLAN {DeviceText.Id(nativeVlan)}";
        var poeClass = string.IsNullOrEmpty(port.PoeClass) ? null : "PoE " + port.PoeClass;
        var neighbour = port.Neighbour ?? port.LldpNeighbor;
        var link = neighbour is null ? null : $"-> {neighbour} {port.NeighbourPort}".TrimEnd();
        var errors = PortSummary.HasError(port) ? "errors: " + PortSummary.ErrorText(port) : null;
        return new TextRow(DeviceText.Token(port.OperStatus), DeviceText.Join(ValueFormat.Text(port.Name), speed, vlan, poeClass, link, errors));
    }

    private OutputValues Item(SwitchInterface port) => Output.NewItem()
        .Set(NameItem, port.Name)
        .Set(OperStatusItem, port.OperStatus)
        .Set(AdminStatusItem, port.AdminStatus)
        .Set(SpeedItem, port.Speed)
        .Set(DuplexItem, port.Duplex)
        .Set(VlanModeItem, port.VlanMode ?? port.PortMode)
        .Set(NativeVlanItem, port.NativeVlan ?? port.Vlan)
        .Set(PoeStatusItem, port.PoeStatus ?? port.PoeEnabled)
        .Set(NeighbourItem, port.Neighbour ?? port.LldpNeighbor)
        .Set(NeighbourPortItem, port.NeighbourPort)
        .Set(PortErrorItem, port.PortError ?? []);
}
