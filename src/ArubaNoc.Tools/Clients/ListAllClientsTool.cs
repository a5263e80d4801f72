using ArubaNoc.Central.Http;
using ArubaNoc.Tools.Clients.Wire;
using ArubaNoc.Tools.Devices;
using ArubaNoc.Tools.Framework;

namespace ArubaNoc.Tools.Clients;

/// <summary>
/// <c>list_all_clients</c>: one cursor page of <c>GET /network-monitoring/v1/clients</c> with breakdowns by
/// connection type, status, band, signal and WLAN on the page. Central adds <c>status eq 'Connected'</c>
/// whenever the filter has no status clause, so this tool always sends one and shows it in the scope.
/// </summary>
internal sealed partial class ListAllClientsTool(ToolEnvironment environment) : NocTool(environment.TimeProvider)
{
    public const string ToolName = "list_all_clients";

    internal const string Path = "/network-monitoring/v1/clients";

    internal static readonly ToolParameter SiteIdParam = ToolParameters.SiteId();
    internal static readonly ToolParameter SiteNameParam = ToolParameters.SiteName();
    internal static readonly ToolParameter SerialParam = ToolParameters.Serial("serial_number", "Serial number of the device the clients connect to.").WithAlias("serial");
    internal static readonly ToolParameter StartParam = ToolParameters.Time("start_query_time", "Window start; affects failed clients only (Central default: end minus 3 hours).");
    internal static readonly ToolParameter EndParam = ToolParameters.Time("end_query_time", "Window end; at most 7 days after the start tenant-wide, 31 days with a site.");
    internal static readonly ToolParameter StatusParam = ToolParameters.Enum(
        "status", "Client status: CONNECTED (default), FAILED or ALL.", new EnumOption("CONNECTED", "Connected"), new EnumOption("FAILED", "Failed"), new EnumOption("ALL"))
        .WithDefault("CONNECTED");
    internal static readonly ToolParameter ConnectionParam = ToolParameters.Enum(
        "connection_type", "Connection type: WIRED or WIRELESS.", new EnumOption("WIRED", "Wired"), new EnumOption("WIRELESS", "Wireless"));
    internal static readonly ToolParameter WlanParam = ToolParameters.WlanName(description: "Only clients of this WLAN (1-32 characters).");
    internal static readonly ToolParameter VlanParam = ToolParameters.Integer("vlan_id", "Only clients in this VLAN (1-4094).", 1, 4094);
    internal static readonly ToolParameter FilterParam = ToolParameters.Filter(new FilterSpec("clientConnectionType", "status", "wlanName", "vlanId", "tunnelType", "role")
    {
        LegacyFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = "clientConnectionType", ["network"] = "wlanName", ["tunnel"] = "tunnelType" },
        RejectedFields = new Dictionary<string, string>(StringComparer.Ordinal) { ["experience"] = "it has no v1 equivalent" },
    });
    internal static readonly ToolParameter SortParam = ToolParameters.Sort(new SortSpec(
        "clientName", "status", "clientConnectionType", "macAddress", "ipv4", "ipv6", "connectedDeviceSerial", "connectedTo", "lastSeenAt",
        "port", "role", "wlanName", "vlanId", "tunnelType", "tunnelId", "connectedAt")
    {
        LegacyFields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "clientName", ["mac"] = "macAddress", ["type"] = "clientConnectionType", ["network"] = "wlanName", ["connectedSince"] = "connectedAt",
        },
        UpperCaseDirection = true,
    });
    internal static readonly ToolParameter LimitParam = ToolParameters.Limit(1, 1000, 100);
    internal static readonly ToolParameter NextParam = ToolParameters.Cursor();

    public override string Name => ToolName;

    public override string Title => "Client list";

    public override string Description =>
        "Pages through clients (connected by default) with counts by connection type, status, band and signal on the page, and the busiest WLANs and devices.";

    public override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        SiteIdParam, SiteNameParam, SerialParam, StartParam, EndParam, StatusParam, ConnectionParam, WlanParam, VlanParam,
        FilterParam, SortParam, LimitParam, NextParam,
    ];

    public override OutputShape Output => Shape;

    protected override async ValueTask<ToolResult> ExecuteAsync(ToolArguments arguments, ToolCallContext context, CancellationToken cancellationToken)
    {
        if (ClientArguments.CheckOneSite(arguments, SiteIdParam, SiteNameParam) is { } conflict)
        {
            return Reject(conflict);
        }

        var siteId = arguments.GetString(SiteIdParam);
        var siteName = arguments.GetString(SiteNameParam);
        var maxSpan = siteId is null && siteName is null ? ClientArguments.TenantWideMaxSpan : ClientArguments.SiteMaxSpan;
        if (!TryResolveWindow(arguments, StartParam, EndParam, new WindowRule(StartParam.Name, EndParam.Name, EndBeforeNow: false, MaxSpan: maxSpan), out _, out var rejection) ||
            !TryBuildFilter(arguments, FilterParam, TypedClauses(arguments), out var filter, out rejection))
        {
            return rejection!;
        }

        var start = arguments.GetTime(StartParam);
        var end = arguments.GetTime(EndParam);
        var sort = arguments.GetString(SortParam);
        var cursor = arguments.GetString(NextParam);
        var serial = arguments.GetString(SerialParam);
        var request = CentralRequest.Get(Path)
            .WithQuery("site-id", siteId)
            .WithQuery("site-name", siteName)
            .WithQuery("serial-number", serial)
            .WithQuery("start-at", start is { } s ? TimeArgument.ToWire(s) : null)
            .WithQuery("end-at", end is { } e ? TimeArgument.ToWire(e) : null)
            .WithQuery("filter", filter)
            .WithQuery("sort", sort)
            .WithQuery("limit", arguments.GetInteger(LimitParam))
            .WithQuery("next", cursor);
        var response = await environment.Central.SendAsync(request, ClientsJsonContext.Default.CentralListClientItem, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            return CentralErrors.ToResult(Name, response.Error, suggestSiteId: siteId is null && siteName is null);
        }

        var clients = response.Value.Items ?? [];
        var total = response.Value.Total;
        var result = CreateResult(arguments, StatusToken.Client, $"Clients: {ValueFormat.Integer(clients.Count)} of {ValueFormat.Integer(total)}")
            .WithScope(new ResultScope { SiteId = siteId, SiteName = siteName, SerialNumber = serial, StartAt = start, EndAt = end, Filter = filter, Sort = sort, AllSitesWhenNoSite = true })
            .WithPage(PageInfo.FromCursor(clients.Count, total, response.Value.Next, cursor));
        result.AddDeprecationNotice(response);
        Summarize(result, clients, total);
        return result.Build();
    }

    private static List<FilterClause> TypedClauses(ToolArguments arguments)
    {
        var clauses = new List<FilterClause>();
        var rawHasStatus = arguments.GetFilter(FilterParam)?.HasField("status") == true;
        if (arguments.GetOption(StatusParam) is { } status && (arguments.IsGiven(StatusParam) || !rawHasStatus))
        {
            clauses.Add(status.Value == "ALL"
                ? FilterClause.In("status", ["Connected", "Failed"], StatusParam.Name)
                : FilterClause.Eq("status", status.WireValue, StatusParam.Name));
        }

        if (arguments.GetOption(ConnectionParam) is { } connection)
        {
            clauses.Add(FilterClause.Eq("clientConnectionType", connection.WireValue, ConnectionParam.Name));
        }

        if (arguments.GetString(WlanParam) is { } wlan)
        {
            clauses.Add(FilterClause.Eq("wlanName", wlan, WlanParam.Name));
        }

        // vlanId is a string field in v1, so the number is sent quoted.
        if (arguments.GetInteger(VlanParam) is { } vlan)
        {
            clauses.Add(FilterClause.Eq("vlanId", vlan.ToString(System.Globalization.CultureInfo.InvariantCulture), VlanParam.Name));
        }

        return clauses;
    }
}
